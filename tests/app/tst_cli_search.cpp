// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller search`: ranked results, JSON, --accepted-only, hostile queries, --coverage; a real CLI process.
#include "clirun.h"
#include "libraryfixture.h"
#include "review/blindreview.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::test::CliRun;

class TstCliSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<wb::test::TempWorkspace> m_temp;
    std::unique_ptr<wb::test::LibraryFixture> m_fixture;

    CliRun cli(const QStringList &args) { return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_temp->location(), args); }

    static void noSqlError(const CliRun &r)
    {
        const QString all = QString::fromUtf8(r.out + r.err).toLower();
        for (const QString &word : {u"sql"_s, u"fts5"_s, u"syntax error"_s, u"tsquery"_s, u"unexpected error"_s})
            QVERIFY2(!all.contains(word), qPrintable(all));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_temp = std::make_unique<wb::test::TempWorkspace>();
        m_fixture = std::make_unique<wb::test::LibraryFixture>(m_temp->workspace());
    }

    void naturalQuestion()
    {
        const CliRun r = cli({u"search"_s, u"planar and macroscopic average of an electrostatic potential"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        // "rank score repository #id (campaign) [accepted]", the title, then the highlighted description.
        QVERIFY2(lines.at(0).startsWith(u" 1  "_s), r.out.constData());
        QVERIFY2(lines.at(0).endsWith(u"  WMD-group/MacroDensity  #%1 (gpt-5)  [accepted]"_s.arg(m_fixture->macroDensity)), r.out.constData());
        QVERIFY(lines.at(1).trimmed().startsWith(u"MacroDensity: Computes the planar average"_s));
        QVERIFY2(lines.at(2).contains(u"description: Computes the «planar» «average» and the «macroscopic» «average»"_s), r.out.constData());
        QVERIFY(lines.at(3).startsWith(u" 2  "_s));
        QVERIFY(lines.at(3).contains(u"ase/ase"_s));
        QVERIFY(r.out.contains("words: planar macroscopic average electrostatic potential"));
    }

    void json()
    {
        const CliRun r = cli({u"--json"_s, u"search"_s, u"--limit"_s, u"3"_s, u"planar"_s, u"and"_s, u"macroscopic"_s, u"average"_s,
                              u"of"_s, u"an"_s, u"electrostatic"_s, u"potential"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"query"_s).toString(), u"planar and macroscopic average of an electrostatic potential"_s);
        QCOMPARE(o.value(u"terms"_s).toArray().size(), 5);
        const QJsonArray results = o.value(u"results"_s).toArray();
        QVERIFY(results.size() >= 2 && results.size() <= 3);
        const QJsonObject first = results.at(0).toObject();
        QCOMPARE(first.value(u"example_id"_s).toInteger(), m_fixture->macroDensity);
        QCOMPARE(first.value(u"repository"_s).toString(), u"WMD-group/MacroDensity"_s);
        QCOMPARE(first.value(u"campaign"_s).toString(), u"gpt-5"_s);
        QCOMPARE(first.value(u"rank"_s).toInt(), 1);
        QVERIFY(first.value(u"score"_s).toDouble() > results.at(1).toObject().value(u"score"_s).toDouble());
        QVERIFY(first.value(u"accepted"_s).toBool());
        QCOMPARE(first.value(u"decision"_s).toString(), u"accept: alice"_s);
        const QJsonObject passage = first.value(u"passages"_s).toArray().at(0).toObject();
        QCOMPARE(passage.value(u"field"_s).toString(), u"description"_s);
        const QString text = passage.value(u"text"_s).toString();
        const QJsonArray range = passage.value(u"highlights"_s).toArray().at(0).toArray();
        QCOMPARE(text.mid(range.at(0).toInt(), range.at(1).toInt()), u"planar"_s);
    }

    void acceptedOnly()
    {
        CliRun r = cli({u"--json"_s, u"search"_s, u"posterior sampler"_s});
        QCOMPARE(r.json().object().value(u"results"_s).toArray().size(), 2);
        r = cli({u"--json"_s, u"search"_s, u"--accepted-only"_s, u"posterior sampler"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = r.json().object().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"example_id"_s).toInteger(), m_fixture->emceeAccepted);
        r = cli({u"search"_s, u"--accepted-only"_s, u"phonon"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("No match among 5 accepted examples for: phonon"), r.out.constData());
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("quote") << QStringList{u"\""_s} << 2 << u"has no words"_s;
        QTest::newRow("star") << QStringList{u"*"_s} << 2 << u"has no words"_s;
        QTest::newRow("empty") << QStringList{u""_s} << 2 << u"Nothing to search for"_s;
        QTest::newRow("nothing") << QStringList{} << 2 << u"Nothing to search for"_s;
        QTest::newRow("near") << QStringList{u"NEAR("_s} << 0 << QString();
        QTest::newRow("minus after --") << QStringList{u"--"_s, u"-x"_s} << 0 << QString();
        QTest::newRow("minus as option") << QStringList{u"-x"_s} << 2 << u"Unknown option 'x'"_s;
        QTest::newRow("inside") << QStringList{u"potential -x \"planar* NEAR(average) AND:"_s} << 0 << u"MacroDensity"_s;
        QTest::newRow("column") << QStringList{u"description:LOCPOT"_s} << 0 << u"MacroDensity"_s;
        QTest::newRow("sql") << QStringList{u"'); DROP TABLE library_documents; --"_s} << 0 << QString();
        QTest::newRow("bad limit") << QStringList{u"--limit"_s, u"x"_s, u"potential"_s} << 2 << u"--limit takes a number"_s;
    }

    void hostileQueries()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliRun r = cli(QStringList{u"search"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        noSqlError(r);
        if (!says.isEmpty())
            QVERIFY2(QString::fromUtf8(r.out + r.err).contains(says), QByteArray(r.out + r.err).constData());
        // The index survived whatever was typed.
        QCOMPARE(cli({u"--json"_s, u"search"_s, u"LOCPOT"_s}).json().object().value(u"results"_s).toArray().size(), 1);
    }

    void coverage()
    {
        CliRun r = cli({u"--json"_s, u"search"_s, u"--coverage"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(u"accepted_examples"_s).toInt(), 5);
        QStringList uncovered;
        for (const auto &v : o.value(u"uncovered_repositories"_s).toArray())
            uncovered << v.toObject().value(u"repository"_s).toString();
        QCOMPARE(uncovered, (QStringList{u"lmfit/lmfit-py"_s, u"phonopy/phonopy"_s, u"sunpy/sunpy"_s}));
        QCOMPARE(o.value(u"vague_examples"_s).toArray().at(0).toObject().value(u"example_id"_s).toInteger(), m_fixture->pymatgenTwin);
        QCOMPARE(o.value(u"duplicates"_s).toArray().size(), 1);

        r = cli({u"search"_s, u"--coverage"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Repositories without an accepted example (3):"), r.out.constData());
        QVERIFY(r.out.contains("sunpy/sunpy"));
        QVERIFY(r.out.contains("no example distilled yet"));
        QVERIFY(r.out.contains("identical main.py"));
        r = cli({u"search"_s, u"--coverage"_s, u"potential"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void rebuild()
    {
        const CliRun r = cli({u"--json"_s, u"search"_s, u"--rebuild"_s, u"LOCPOT"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"documents"_s).toInt(), 7);
    }

    void blindReview()
    {
        wb::review::BlindReview::setEnabled(m_temp->workspace(), true);
        const QString question = u"planar and macroscopic average of an electrostatic potential"_s;
        // Someone who has not judged it sees no verdict, no decision and no campaign (it may name the model).
        CliRun r = cli({u"--json"_s, u"search"_s, u"--annotator"_s, u"zoe"_s, question});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject first = r.json().object().value(u"results"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"example_id"_s).toInteger(), m_fixture->macroDensity);   // found all the same
        QVERIFY(first.value(u"verdict"_s).toString().isEmpty() && first.value(u"decision"_s).toString().isEmpty());
        QVERIFY(!first.value(u"accepted"_s).toBool());
        QVERIFY(!r.out.contains("gpt-5"));
        QVERIFY(r.json().object().value(u"blind"_s).toObject().value(u"hidden"_s).toInt() > 0);
        // Who judged it sees it whole.
        r = cli({u"--json"_s, u"search"_s, u"--annotator"_s, u"alice"_s, question});
        first = r.json().object().value(u"results"_s).toArray().first().toObject();
        QVERIFY(first.value(u"decision"_s).toString().contains(u"alice"_s));
        // Filtering by acceptance would reveal the decisions.
        QCOMPARE(cli({u"search"_s, u"--accepted-only"_s, u"--annotator"_s, u"zoe"_s, question}).exitCode, 2);
        r = cli({u"search"_s, u"--annotator"_s, u"zoe"_s, question});
        QVERIFY2(r.out.contains("(hidden)") && !r.out.contains("[accepted]"), r.out.constData());
        wb::review::BlindReview::setEnabled(m_temp->workspace(), false);
    }
};

QTEST_GUILESS_MAIN(TstCliSearch)
#include "tst_cli_search.moc"
