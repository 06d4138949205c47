// SPDX-License-Identifier: GPL-3.0-or-later
// What the example view reads of an example in one query: rounds with files, log and artifacts; blind review.
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "review/examplesnapshot.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExampleSnapshot : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    qint64 m_example = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const auto ws = m_tmp.workspace();
        store::PipelineStore pipeline(ws);
        QSqlQuery q = store::exec(ws->database(),
                                  u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                  "VALUES ('repo', 'repo', 'repo', 'repo', '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s);
        const qint64 campaign = pipeline.createCampaign(u"c"_s, R"({"python": "/opt/conda/envs/mat/bin/python"})");
        m_example = pipeline.addExamples(campaign, {store::insertedId(q)}).first().id;
        const auto first = pipeline.createRound(m_example, 1, u"generated"_s, "print(1)\n", "numpy\n", "python main.py\n", "{}");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 1;
        result.log = {{1, u"run"_s, u"stdout"_s, u"one"_s}, {2, u"run"_s, u"stderr"_s, u"Traceback"_s}};
        result.artifacts = {{u"results.json"_s, 9, "{\"a\": 1}\n", true}, {u"to_save/huge.bin"_s, 1LL << 30, {}, false}};
        pipeline.saveExecution(first.id, result);
        pipeline.saveVerdict(first.id, R"({"is_finished": false, "error_class": "api_misuse"})", false, u"api_misuse"_s);
        pipeline.createRound(m_example, 2, u"repaired"_s, "print(2)\n", "numpy\n", "python main.py\n", "{}");
    }

    void readsEveryRound()
    {
        const auto s = review::ExampleSnapshot::load(m_tmp.workspace(), m_example, u"ada"_s);
        QCOMPARE(s.example.id, m_example);
        QVERIFY(!s.blinded);
        QCOMPARE(s.rounds.size(), 2);
        const auto &first = s.rounds.at(0);
        QCOMPARE(first.record.index, 1);
        QCOMPARE(first.files(), (QStringList{u"print(1)\n"_s, u"numpy\n"_s, u"python main.py\n"_s, u"{}"_s}));
        QCOMPARE(first.log.size(), 2);
        QCOMPARE(first.log.at(1).stream, u"stderr"_s);
        QCOMPARE(first.artifacts.size(), 2);
        QCOMPARE(first.artifactContent.value(u"results.json"_s), QByteArray("{\"a\": 1}\n"));
        QVERIFY(!first.artifactContent.contains(u"to_save/huge.bin"_s));   // not kept
        QCOMPARE(s.rounds.at(1).mainPy, u"print(2)\n"_s);
        QVERIFY(s.rounds.at(1).log.isEmpty());
        QCOMPARE(review::ExampleSnapshot::fileNames().size(), 4);
        QCOMPARE(s.pythonPath, u"/opt/conda/envs/mat/bin/python"_s);   // the campaign's, for reading trajectories
    }

    void blindUntilJudged()
    {
        const auto ws = m_tmp.workspace();
        review::BlindReview::setEnabled(ws, true);
        QVERIFY(review::ExampleSnapshot::load(ws, m_example, u"ada"_s).blinded);
        store::JudgementRecord j;
        j.exampleId = m_example;
        j.annotator = u"ada"_s;
        j.decision = store::Decision::Reject;
        store::JudgementStore(ws).add(j);
        QVERIFY(!review::ExampleSnapshot::load(ws, m_example, u"ada"_s).blinded);
        QVERIFY(review::ExampleSnapshot::load(ws, m_example, u"bob"_s).blinded);
        review::BlindReview::setEnabled(ws, false);
    }

    void unknownExample()
    {
        try {
            review::ExampleSnapshot::load(m_tmp.workspace(), m_example + 1000, u"ada"_s);
            QFAIL("no error");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
        }
    }
};

QTEST_MAIN(TstExampleSnapshot)
#include "tst_examplesnapshot.moc"
