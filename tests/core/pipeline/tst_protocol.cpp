// SPDX-License-Identifier: GPL-3.0-or-later
// Protocols as data: the built-in method, a lab's variant, hashes, diffs, and the settings per model.
#include "llm/modelprofiles.h"
#include "pipeline/protocol.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using pipeline::Protocol;

namespace {
void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

class TstProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_PROTOCOL_PATH", m_dir.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        // A lab's variant: a shorter round budget and its own judge prompt, everything else the method's.
        write(m_dir.filePath(u"strict-judge/protocol.json"_s),
              R"({"name": "strict-judge", "extends": "codedistiller-2025", "title": "Stricter judge",
                  "rounds": {"max_rounds": 5}, "prompts": {"judge_verdict": "judge.md"}})");
        QFile base(u":/wb/protocols/codedistiller-2025/prompts/judge_verdict.md"_s);
        QVERIFY(base.open(QIODevice::ReadOnly));
        write(m_dir.filePath(u"strict-judge/judge.md"_s), base.readAll() + "\nReject any example that prints no numbers.\n");
    }

    void theMethodIsBuiltIn()
    {
        const Protocol p = Protocol::load(Protocol::defaultName());
        QCOMPARE(p.name(), u"codedistiller-2025"_s);
        QCOMPARE(p.hash().size(), 64);
        QCOMPARE(p.maxRounds(), 8);
        QCOMPARE(p.wallMinutes(), 45);
        QCOMPARE(p.minRating(), 3);
        QCOMPARE(p.readmeMaxTokens(), 50000);
        QCOMPARE(p.fileMaxTokens(), 50000);
        QVERIFY(p.systemPrompt().isEmpty());   // the method sends one user message
        // The same protocol, loaded again or from its snapshot, has the same hash.
        QCOMPARE(Protocol::load(Protocol::defaultName()).hash(), p.hash());
        QCOMPARE(Protocol::fromSnapshot(p.snapshot()).hash(), p.hash());
        // Partials are included; every stage's template is there.
        for (const QString &stage : {u"repository_summary"_s, u"file_classification"_s, u"example_generation"_s, u"judge_verdict"_s,
                                     u"example_repair"_s}) {
            const QString t = p.promptTemplate(stage);
            QVERIFY2(!t.contains(u"{{>"_s), qPrintable(stage));
            QVERIFY2(t.contains(u"coding agents"_s), qPrintable(stage));   // the purpose statement
        }
    }

    void renderingIsStrict()
    {
        const Protocol p = Protocol::load(Protocol::defaultName());
        QVERIFY_THROWS_EXCEPTION(Error, p.render(u"repository_summary"_s, {}));
        QHash<QString, QString> vars{{u"repository_url"_s, u"u"_s}, {u"commit"_s, u"c"_s}, {u"readme_name"_s, u"README.md"_s},
                                     {u"readme_note"_s, QString()}, {u"readme"_s, u"{{commit}} %1"_s}};
        const QString text = p.render(u"repository_summary"_s, vars);
        QVERIFY(text.contains(u"{{commit}} %1"_s));   // values are not scanned again
        vars.insert(u"stray"_s, u"x"_s);
        QVERIFY_THROWS_EXCEPTION(Error, p.render(u"repository_summary"_s, vars));
    }

    void sectionsRenderToNothingWhenEmpty()
    {
        const Protocol p = Protocol::load(Protocol::defaultName());
        QCOMPARE(p.readmeExcerptMaxTokens(), qint64(6000));
        QHash<QString, QString> vars{{u"repository_url"_s, u"u"_s}, {u"repository_description"_s, u"{}"_s}, {u"readme_excerpt"_s, QString()},
                                     {u"path"_s, u"a.py"_s}, {u"file_note"_s, u"python"_s}, {u"content"_s, u"x = 1"_s}};
        QHash<QString, qsizetype> offsets;
        const QString without = p.render(u"file_classification"_s, vars, &offsets);
        QVERIFY(!without.contains(u"README excerpt"_s));
        QVERIFY(!without.contains(u"{{"_s));
        QVERIFY(without.contains(u"{}\n\nFile: a.py (python)"_s));   // as if the section were not there
        QCOMPARE(without.mid(offsets.value(u"path"_s), 4), u"a.py"_s);
        vars.insert(u"readme_excerpt"_s, u"# matlib"_s);
        const QString with = p.render(u"file_classification"_s, vars);
        QVERIFY(with.contains(u"{}\n\nREADME excerpt (for context):\n<readme>\n# matlib\n</readme>\n\nFile: a.py"_s));
        QCOMPARE(Protocol::resolveSections(u"a{{#x}}b{{x}}{{/x}}c"_s, {{u"x"_s, u"1"_s}}), u"ab{{x}}c"_s);
        QCOMPARE(Protocol::resolveSections(u"a{{#x}}b{{x}}{{/x}}c"_s, {}), u"ac"_s);
    }

    void settingsPerModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("effort");
        QTest::addColumn<bool>("hasTemperature");
        QTest::addColumn<bool>("plan");
        QTest::addColumn<qint64>("generationCap");
        QTest::addColumn<qint64>("judgeCap");
        QTest::addColumn<qint64>("selection");
        QTest::newRow("gpt-5") << u"gpt-5-2025-08-07"_s << u"high"_s << false << false << qint64(145000) << qint64(145000) << qint64(100000);
        QTest::newRow("gpt-5-mini via prefix") << u"openai/gpt-5-mini"_s << u"high"_s << false << false << qint64(145000) << qint64(145000)
                                               << qint64(100000);
        QTest::newRow("gpt-oss (the method caps it lower)") << u"openrouter/openai/gpt-oss-120b"_s << u"high"_s << false << false
                                                            << qint64(75000) << qint64(90000) << qint64(60000);
        QTest::newRow("gpt-oss on a local server") << u"gpt-oss:120b"_s << u"high"_s << false << false << qint64(75000) << qint64(90000)
                                                   << qint64(60000);
        QTest::newRow("o3-mini (family)") << u"o3-mini"_s << u"high"_s << false << false << qint64(145000) << qint64(145000) << qint64(100000);
        QTest::newRow("claude sonnet 4.5") << u"claude-sonnet-4-5-20250929"_s << QString() << true << true << qint64(145000)
                                           << qint64(145000) << qint64(100000);
        QTest::newRow("an unknown local model: 128k window") << u"qwen2.5-coder-32b"_s << QString() << true << true
                                                             << qint64(128000 - 32000) << qint64(128000 - 32000) << qint64(100000);
    }
    void settingsPerModel()
    {
        QFETCH(QString, model);
        QFETCH(QString, effort);
        QFETCH(bool, hasTemperature);
        QFETCH(bool, plan);
        QFETCH(qint64, generationCap);
        QFETCH(qint64, judgeCap);
        QFETCH(qint64, selection);
        const Protocol p = Protocol::load(Protocol::defaultName());
        const auto profile = llm::ModelProfiles::load().find(model);
        const auto generation = p.stageSettings(u"example_generation"_s, profile);
        QCOMPARE(generation.reasoningEffort, effort);
        QCOMPARE(generation.temperature.has_value(), hasTemperature);
        if (hasTemperature) {
            QCOMPARE(*generation.temperature, 0.0);
            QCOMPARE(generation.retryTemperature.value(), 0.1);
        }
        QCOMPARE(generation.maxOutputTokens, 32000);
        QCOMPARE(generation.planFirst, plan);
        QCOMPARE(generation.promptCap, generationCap);
        QCOMPARE(p.stageSettings(u"judge_verdict"_s, profile).promptCap, judgeCap);
        QCOMPARE(p.selectionBudget(profile), selection);
        QVERIFY(generation.lenient);
        QCOMPARE(generation.indispensable, QStringList{u"main_py"_s});
        QCOMPARE(p.stageSettings(u"judge_verdict"_s, profile).indispensable, QStringList{u"is_finished"_s});
        QCOMPARE(p.stageSettings(u"file_classification"_s, profile).indispensable, QStringList{u"how_relevant_rating"_s});
    }

    void outputSectionBudget_data()
    {
        QTest::addColumn<qint64>("soFar");
        QTest::addColumn<qint64>("budget");
        QTest::newRow("plenty left: 10k each") << qint64(40000) << qint64(10000);
        QTest::newRow("(145k - 73k) / 8") << qint64(73000) << qint64(9000);
        QTest::newRow("little left: 1k at least") << qint64(140000) << qint64(1000);
    }
    void outputSectionBudget()
    {
        QFETCH(qint64, soFar);
        QFETCH(qint64, budget);
        QCOMPARE(Protocol::load(Protocol::defaultName()).sectionBudget(145000, soFar), budget);
    }

    void aLabsVariant()
    {
        const Protocol method = Protocol::load(Protocol::defaultName());
        const Protocol variant = Protocol::load(u"strict-judge"_s);
        QCOMPARE(variant.name(), u"strict-judge"_s);
        QCOMPARE(variant.maxRounds(), 5);
        QCOMPARE(variant.wallMinutes(), 45);   // the base's
        QVERIFY(variant.hash() != method.hash());
        QVERIFY(variant.promptTemplate(u"judge_verdict"_s).contains(u"prints no numbers"_s));
        QCOMPARE(variant.promptTemplate(u"example_generation"_s), method.promptTemplate(u"example_generation"_s));
        // Self-contained: the snapshot needs no files.
        QCOMPARE(Protocol::fromSnapshot(variant.snapshot()).promptTemplate(u"judge_verdict"_s), variant.promptTemplate(u"judge_verdict"_s));

        const QStringList diff = Protocol::diff(method, variant);
        QVERIFY2(diff.join(u'\n').contains(u"rounds.max_rounds: 8 → 5"_s), qPrintable(diff.join(u'\n')));
        QVERIFY(diff.join(u'\n').contains(u"+Reject any example that prints no numbers."_s));
        QVERIFY(!diff.join(u'\n').contains(u"example_generation"_s));
        QVERIFY(Protocol::diff(method, Protocol::load(Protocol::defaultName())).isEmpty());

        QStringList names;
        for (const auto &a : Protocol::available())
            names << a.name;
        QVERIFY(names.contains(u"codedistiller-2025"_s));
        QVERIFY(names.contains(u"strict-judge"_s));
    }

    void badProtocolsAreRefusedClearly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown base") << QByteArray(R"({"extends": "no-such-protocol"})") << u"no-such-protocol"_s;
        QTest::newRow("prompt outside the folder") << QByteArray(R"({"extends": "codedistiller-2025", "prompts": {"judge_verdict": "../../etc/passwd"}})")
                                                   << u"inside the protocol's folder"_s;
        QTest::newRow("missing prompt file") << QByteArray(R"({"extends": "codedistiller-2025", "prompts": {"judge_verdict": "nope.md"}})")
                                             << u"nope.md"_s;
        QTest::newRow("semantics no executor implements")
            << QByteArray(R"({"extends": "codedistiller-2025", "execution": {"run_sh": "executed"}})") << u"execution semantics"_s;
        QTest::newRow("no prompts at all") << QByteArray(R"({"title": "empty"})") << u"no prompt for the stage"_s;
        QTest::newRow("not JSON") << QByteArray("{ nope") << u"not valid JSON"_s;
    }
    void badProtocolsAreRefusedClearly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QString folder = m_dir.filePath(u"bad-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        write(folder + u"/protocol.json"_s, json);
        try {
            Protocol::load(folder);
            QFAIL("loaded");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
        }
    }

    void unknownNameListsTheKnownOnes()
    {
        try {
            Protocol::load(u"codedistiller-1999"_s);
            QFAIL("loaded");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
            QVERIFY(e.message().contains(u"codedistiller-2025"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TstProtocol)
#include "tst_protocol.moc"
