// SPDX-License-Identifier: GPL-3.0-or-later
// Blind review on the command line: show, status, report and agreement hide the judge's verdicts, the
// others' judgements and the model from an annotator who has not judged yet, and judge records blind = 1.
#include "review/blindreview.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};
} // namespace

class TstCliBlind : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    qint64 m_example = 0;

    Run run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        env.insert(u"CODEDISTILLER_WORKSPACE"_s, m_tmp.location());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), args);
        if (!p.waitForFinished(120000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /** Whether @p text gives away the judge's verdict, the model or bob's judgement. */
    static QString leak(const QString &text)
    {
        for (const QString &tell : {u"SUCCESS"_s, u"judge found"_s, u"gpt"_s, u"openai"_s, u"api_misuse"_s, u"not finished"_s,
                                    u"\"is_finished\": true"_s, u"fixed the call"_s, u"bob"_s, u"reject"_s})
            if (text.contains(tell))
                return tell;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // One campaign of a telling name, one example the judge found finished, bob's judgement of it.
        const auto ws = m_tmp.workspace();
        store::PipelineStore pipeline(ws);
        QSqlQuery q = store::exec(ws->database(),
                                  u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                  "VALUES ('chem/molsim', 'x', 'x', 'x', 'c', 0, 0) RETURNING id"_s);
        const qint64 repository = store::insertedId(q);
        const qint64 campaign = pipeline.createCampaign(u"gpt5-run"_s, R"({"generator": {"provider": "openai", "model": "gpt-5"}})");
        m_example = pipeline.addExamples(campaign, {repository}).first().id;
        const auto r1 = pipeline.createRound(m_example, 1, u"generated"_s, "print(1)", "", "true", "{}");
        pipeline.saveVerdict(r1.id, R"({"is_finished": false, "error_class": "api_misuse"})", false, u"api_misuse"_s);
        const auto r2 = pipeline.createRound(m_example, 2, u"repaired"_s, "print(2)", "", "true", "{}", R"(["wrong call"])",
                                             R"(["fixed the call"])");
        pipeline.saveVerdict(r2.id, R"({"is_finished": true, "is_faithful": true, "is_accurate": true, "is_complete": true})", true,
                             u"none"_s);
        pipeline.setExampleState(m_example, wb::store::ExampleStatus::Success, u"done"_s, u"The judge found round 2 finished."_s);
        pipeline.setCampaignStatus(campaign, u"finished"_s);
        store::JudgementRecord bob;
        bob.exampleId = m_example;
        bob.annotator = u"bob"_s;
        bob.ranWithoutError = store::CriterionAnswer::Yes;
        bob.showsFunction = store::CriterionAnswer::Yes;
        bob.functionCorrect = store::CriterionAnswer::No;
        bob.decision = store::Decision::Reject;
        store::JudgementStore(ws).add(bob);
        review::BlindReview::setEnabled(ws, true);
    }

    void hiddenUntilJudged_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString id = QString::number(m_example);
        QTest::newRow("show") << QStringList{u"show"_s, id};
        QTest::newRow("show json") << QStringList{u"show"_s, id, u"--json"_s};
        QTest::newRow("show round") << QStringList{u"show"_s, id, u"--round"_s, u"1"_s, u"--json"_s};
        QTest::newRow("status") << QStringList{u"status"_s};
        QTest::newRow("status json") << QStringList{u"status"_s, u"--json"_s};
        QTest::newRow("report") << QStringList{u"report"_s};
        QTest::newRow("report json") << QStringList{u"report"_s, u"--json"_s};
        QTest::newRow("report csv") << QStringList{u"report"_s, u"--format"_s, u"csv"_s};
        QTest::newRow("agreement") << QStringList{u"agreement"_s};
        QTest::newRow("agreement json") << QStringList{u"agreement"_s, u"--json"_s};
    }

    void hiddenUntilJudged()
    {
        QFETCH(QStringList, args);
        // Nobody named, and alice who has not judged yet: nothing given away, and a note says why.
        for (const QStringList &who : {QStringList{}, QStringList{u"--annotator"_s, u"alice"_s}}) {
            const Run r = run(args + who);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(leak(r.out).isEmpty(), qPrintable(leak(r.out) + u" in "_s + r.out));
            if (args.contains(u"--json"_s))
                QVERIFY2(r.json().isArray() ? r.json().array().first()[u"blind"_s][u"enabled"_s].toBool()
                                            : r.json().object()[u"blind"_s][u"enabled"_s].toBool(),
                         qPrintable(r.out));
            else
                QVERIFY2(QString(r.out + r.err).contains(u"Blind review is on"_s), qPrintable(r.out + r.err));
        }
    }

    void judgingBlindRevealsAndIsRecorded()
    {
        const QString id = QString::number(m_example);
        Run r = run({u"show"_s, id, u"--annotator"_s, u"carol"_s});
        QVERIFY2(r.out.contains(u"finished (done)"_s), qPrintable(r.out));   // the status as the workbench shows it
        QVERIFY(r.out.contains(u"verdict: hidden"_s));

        r = run({u"judge"_s, id, u"--annotator"_s, u"carol"_s, u"--decision"_s, u"accept"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().object()[u"blind"_s].toBool());
        const auto history = store::JudgementStore(m_tmp.workspace()).history(m_example);
        const auto carol = std::find_if(history.cbegin(), history.cend(), [](const auto &j) { return j.annotator == u"carol"_s; });
        QVERIFY(carol != history.cend() && carol->blind);

        // Now carol sees the verdicts, the model-telling name and bob's judgement counted.
        r = run({u"show"_s, id, u"--annotator"_s, u"carol"_s});
        QVERIFY2(r.out.contains(u"SUCCESS"_s) && r.out.contains(u"verdict: finished"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"Blind review"_s));
        r = run({u"status"_s, u"--annotator"_s, u"carol"_s});
        QVERIFY2(r.out.contains(u"SUCCESS"_s), qPrintable(r.out));
        r = run({u"report"_s, u"--annotator"_s, u"carol"_s});
        QVERIFY2(r.out.contains(u"openai/gpt-5"_s) && r.out.contains(u"100.0%"_s), qPrintable(r.out));
        r = run({u"agreement"_s, u"--annotator"_s, u"carol"_s});
        QVERIFY2(r.out.contains(u"bob"_s), qPrintable(r.out));

        // A second judgement by carol is no longer blind; nor is anyone's with blind mode off.
        r = run({u"judge"_s, id, u"--annotator"_s, u"carol"_s, u"--decision"_s, u"reject"_s, u"--json"_s});
        QVERIFY(!r.json().object()[u"blind"_s].toBool());
        review::BlindReview::setEnabled(m_tmp.workspace(), false);
        r = run({u"judge"_s, id, u"--annotator"_s, u"dave"_s, u"--decision"_s, u"accept"_s, u"--json"_s});
        QVERIFY(!r.json().object()[u"blind"_s].toBool());
        r = run({u"status"_s});
        QVERIFY(r.out.contains(u"SUCCESS"_s) && !r.out.contains(u"Blind review"_s));
        review::BlindReview::setEnabled(m_tmp.workspace(), true);
    }
};

QTEST_GUILESS_MAIN(TstCliBlind)
#include "tst_cli_blind.moc"
