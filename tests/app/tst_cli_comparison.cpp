// SPDX-License-Identifier: GPL-3.0-or-later
// codedistiller matrix and pairwise-summary over a workspace built here: two campaigns, judgements, A/B results.
#include "review/blindreview.h"
#include "store/judgementstore.h"
#include "store/pairwisestore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QByteArray err;
};
} // namespace

class TstCliComparison : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    QHash<QString, qint64> m_gpt;      // repository → example
    QHash<QString, qint64> m_claude;

    Run run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, m_tmp.workspace()->path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), args);
        if (!p.waitForFinished(120000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), p.readAllStandardError()};
    }

    QJsonObject json(const QStringList &args)
    {
        const Run r = run(args + QStringList{u"--json"_s});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto ws = m_tmp.workspace();
        store::PipelineStore pipeline(ws);
        QList<qint64> repos;
        for (const QString &name : {u"astro/cosmo"_s, u"bio/seqkit"_s, u"chem/molsim"_s}) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :n, :n, 'c', 0, 0) RETURNING id"_s,
                                            {{u":n"_s, name}});
            repos << store::insertedId(q);
        }
        const qint64 gpt = pipeline.createCampaign(u"gpt-run"_s, R"({"generator": {"provider": "openai", "model": "gpt-5"}})");
        const qint64 claude = pipeline.createCampaign(u"second"_s, R"({"generator": {"provider": "anthropic", "model": "claude-sonnet-4-5"}})");
        for (const auto &e : pipeline.addExamples(gpt, repos))
            m_gpt.insert(e.repositoryName, e.id);
        for (const auto &e : pipeline.addExamples(claude, repos.mid(0, 2)))
            m_claude.insert(e.repositoryName, e.id);
        // The judge: gpt finished cosmo and seqkit, not molsim; claude finished cosmo only.
        auto verdict = [&](qint64 example, bool finished) {
            const auto round = pipeline.createRound(example, 1, u"generated"_s, "print(1)", "", "true", "{}");
            pipeline.saveVerdict(round.id, finished ? R"({"is_finished": true})" : R"({"is_finished": false})", finished,
                                 finished ? u"none"_s : u"other"_s);
            pipeline.setExampleState(example, finished ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
        };
        verdict(m_gpt[u"astro/cosmo"_s], true);
        verdict(m_gpt[u"bio/seqkit"_s], true);
        verdict(m_gpt[u"chem/molsim"_s], false);
        verdict(m_claude[u"astro/cosmo"_s], true);
        verdict(m_claude[u"bio/seqkit"_s], false);
        // alice rejects gpt's seqkit, which the judge found finished: one disagreement.
        for (const auto &[example, decision] : {std::pair(m_gpt[u"astro/cosmo"_s], u"accept"_s), std::pair(m_gpt[u"bio/seqkit"_s], u"reject"_s)}) {
            store::JudgementRecord j;
            j.exampleId = example;
            j.annotator = u"alice"_s;
            j.decision = store::decisionFromString(decision);
            store::JudgementStore(ws).add(j);
        }
        store::PairwiseStore pairwise(ws);
        for (const QString &repo : {u"astro/cosmo"_s, u"bio/seqkit"_s}) {
            store::PairwiseRecord p;
            p.annotator = u"alice"_s;
            p.exampleA = m_gpt[repo];
            p.exampleB = m_claude[repo];
            p.leftExampleId = p.exampleB;
            p.accuracy = repo == u"astro/cosmo"_s ? u"a"_s : u"tie"_s;
            p.completeness = u"b"_s;
            p.soundness = u"a"_s;
            pairwise.add(p);
        }
    }

    void matrixAsText()
    {
        const Run r = run({u"matrix"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = r.out.split(u'\n');
        QVERIFY(lines[0].startsWith(u"REPOSITORY"_s));
        QVERIFY(lines[0].contains(u"gpt-run (openai/gpt-5)"_s));
        QVERIFY(lines[0].contains(u"second (anthropic/claude-sonnet-4-5)"_s));
        const QString seqkit = lines.filter(u"bio/seqkit"_s).value(0);
        QVERIFY2(seqkit.contains(u"#%1 SUCCESS 1r $0.0000 ✓ reject ≠"_s.arg(m_gpt[u"bio/seqkit"_s])), qPrintable(seqkit));
        QVERIFY(seqkit.contains(u"#%1 FAILED 1r $0.0000 ✗ —"_s.arg(m_claude[u"bio/seqkit"_s])));
        const QString molsim = lines.filter(u"chem/molsim"_s).value(0);
        QVERIFY(molsim.trimmed().endsWith(u"—"_s));   // not in the second campaign
        QVERIFY(r.out.contains(u"1 disagreement"_s));
    }

    void matrixAsJsonWithFilters()
    {
        QJsonObject m = json({u"matrix"_s});
        QCOMPARE(m.value(u"rows"_s).toArray().size(), 3);
        QCOMPARE(m.value(u"disagreements"_s).toInt(), 1);
        const QJsonObject cosmo = m.value(u"rows"_s).toArray()[0].toObject();
        QCOMPARE(cosmo.value(u"repository"_s).toString(), u"astro/cosmo"_s);
        const QJsonObject cell = cosmo.value(u"cells"_s).toArray()[0].toObject();
        QCOMPARE(cell.value(u"example"_s).toInteger(), m_gpt[u"astro/cosmo"_s]);
        QCOMPARE(cell.value(u"judge"_s).toString(), u"finished"_s);
        QCOMPARE(cell.value(u"human"_s).toString(), u"accept"_s);
        QCOMPARE(cell.value(u"agrees"_s).toBool(), true);

        m = json({u"matrix"_s, u"--campaign"_s, u"second"_s, u"--campaign"_s, u"gpt-run"_s});
        QCOMPARE(m.value(u"columns"_s).toArray()[0].toObject().value(u"label"_s).toString(), u"second"_s);
        QCOMPARE(m.value(u"columns"_s).toArray().size(), 2);
        m = json({u"matrix"_s, u"--campaign"_s, u"second"_s});
        QCOMPARE(m.value(u"rows"_s).toArray().size(), 2);
        m = json({u"matrix"_s, u"--disagreements"_s});
        QCOMPARE(m.value(u"rows"_s).toArray().size(), 1);
        QCOMPARE(m.value(u"rows"_s).toArray()[0].toObject().value(u"repository"_s).toString(), u"bio/seqkit"_s);

        const Run unknown = run({u"matrix"_s, u"--campaign"_s, u"nope"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("nope"));
    }

    void matrixInBlindMode()
    {
        review::BlindReview::setEnabled(m_tmp.workspace(), true);
        const auto restore = qScopeGuard([&] { review::BlindReview::setEnabled(m_tmp.workspace(), false); });
        Run r = run({u"matrix"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(u"gpt"_s));
        QVERIFY(!r.out.contains(u"claude"_s));
        QVERIFY(r.out.contains(u"Campaign 1"_s));
        for (const QString &line : r.out.split(u'\n').filter(u"/"_s))
            QVERIFY2(!line.contains(u"✓"_s) && !line.contains(u"reject"_s), qPrintable(line));   // nothing for nobody
        r = run({u"matrix"_s, u"--annotator"_s, u"alice"_s});
        const QString seqkit = r.out.split(u'\n').filter(u"bio/seqkit"_s).value(0);
        QVERIFY2(seqkit.contains(u"✓ reject ≠"_s), qPrintable(seqkit));   // alice judged it
        QVERIFY(seqkit.contains(u"◌"_s));                                 // but not the second campaign's
    }

    void pairwiseSummary()
    {
        const QJsonArray pairs = json({u"pairwise-summary"_s}).value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), 3);
        const QJsonObject accuracy = pairs[0].toObject();
        QCOMPARE(accuracy.value(u"campaign_a"_s).toString(), u"gpt-run"_s);
        QCOMPARE(accuracy.value(u"model_b"_s).toString(), u"anthropic/claude-sonnet-4-5"_s);
        QCOMPARE(accuracy.value(u"criterion"_s).toString(), u"accuracy"_s);
        QCOMPARE(accuracy.value(u"wins"_s).toInt(), 1);
        QCOMPARE(accuracy.value(u"ties"_s).toInt(), 1);
        QCOMPARE(accuracy.value(u"losses"_s).toInt(), 0);
        QCOMPARE(accuracy.value(u"win_rate"_s).toDouble(), 0.5);
        QCOMPARE(pairs[1].toObject().value(u"losses"_s).toInt(), 2);

        const Run r = run({u"pairwise-summary"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith(u"CAMPAIGN A"_s));
        const QString soundness = r.out.split(u'\n').filter(u"soundness"_s).value(0);
        QVERIFY2(soundness.contains(u"100.0 %"_s), qPrintable(soundness));
    }

    void helpListsTheCommands()
    {
        const Run r = run({u"--help"_s});
        QVERIFY(r.out.contains(u"  matrix "_s));
        QVERIFY(r.out.contains(u"  pairwise-summary "_s));
        QCOMPARE(run({u"matrix"_s, u"--help"_s}).exitCode, 0);
        QCOMPARE(run({u"matrix"_s, u"extra"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCliComparison)
#include "tst_cli_comparison.moc"
