// SPDX-License-Identifier: GPL-3.0-or-later
// Import of original CodeDistiller run folders, hand-built after the documented layout, broken ones too.
#include "exchange/codedistillerimporter.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

QJsonObject judge(bool finished)
{
    return {{u"correct_behavior"_s, QJsonArray{}}, {u"critical_issues"_s, finished ? QJsonArray{} : QJsonArray{u"ImportError: no module ase"_s}},
            {u"issues"_s, QJsonArray{}}, {u"is_faithful"_s, true}, {u"is_accurate"_s, finished}, {u"is_complete"_s, finished},
            {u"faithfulness_accurate_completeness_statement"_s, finished ? u"works"_s : u"fails to import"_s}, {u"is_finished"_s, finished}};
}

/** A FAILED-then-repaired... a SUCCESS run: two executions, the second finished. */
QString makeRun(const QString &base, const QString &name, const QString &status)
{
    const QString dir = QDir(base).filePath(name);
    const QStringList outs{u"modal-python-20250101-100000"_s, u"modal-python-20250101-100500"_s};
    const QByteArray mains[] = {"import ase\nprint('v1')\n", "from ase.build import bulk\nprint(bulk('Cu').cell)\n"};
    QJsonArray executions;
    for (int i = 0; i < 2; ++i) {
        const QString out = QDir(dir).filePath(outs[i]);
        write(out + u"/main.py"_s, mains[i]);
        write(out + u"/requirements.txt"_s, "ase\n");
        write(out + u"/runscript.sh"_s, "pip install -r requirements.txt\n");
        write(out + u"/modal-output/stdout.python.txt"_s, i == 0 ? "" : "Cell([3.6, 3.6, 3.6])\n");
        write(out + u"/modal-output/stderr.python.txt"_s, i == 0 ? "Traceback (most recent call last):\nImportError: no module ase\n" : "");
        if (i == 1) {
            write(out + u"/modal-output/results.json"_s, R"({"a": 3.6})");
            write(out + u"/modal-output/to_save/cell.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
        }
        executions.append(QJsonObject{{u"path_out"_s, QString(u"/somewhere/else/"_s + outs[i])}, {u"code"_s, u"(trimmed)"_s},
                                      {u"requirements"_s, u"ase"_s}, {u"runscript"_s, u""_s}, {u"metadata"_s, QJsonObject{{u"example_type"_s, u"library_demo"_s}}}});
    }
    const QJsonObject state{
        {u"repo_url"_s, u"https://github.com/ase-org/ase_tools"_s},
        {u"repository_description"_s, u"Atomic simulation tools."_s},
        {u"model_str_code"_s, u"gpt-5"_s},
        {u"model_str_fast"_s, u"gpt-5-mini"_s},
        {u"max_debug_iterations"_s, 8},
        {u"status"_s, status},
        {u"status_message"_s, u"done"_s},
        {u"total_cost"_s, 0.42},
        {u"code"_s, status == u"FAILED"_s ? u"print('a repair never run')\n"_s : QString::fromUtf8(mains[1])},
        {u"classification_list"_s,
         QJsonArray{QJsonObject{{u"file_path"_s, u"scratch/ase_tools_20250101_1234/examples/cu.py"_s},
                                {u"response"_s, QJsonObject{{u"classification"_s, u"code_example"_s}, {u"how_relevant_rating"_s, 5}}}},
                    QJsonObject{{u"file_path"_s, u"scratch/ase_tools_20250101_1234/big.dat"_s}, {u"response"_s, QJsonValue()}}}},
        {u"execution_result"_s, executions},
        {u"change_log"_s, QJsonArray{QJsonObject{{u"iteration"_s, 1}, {u"error_information"_s, judge(false)},
                                                 {u"issues_identified"_s, QJsonArray{u"ase missing"_s}}, {u"changes_made"_s, QJsonArray{u"import bulk"_s}}},
                                     QJsonObject{{u"iteration"_s, 2}, {u"error_information"_s, judge(status == u"SUCCESS"_s)}}}}};
    write(dir + u"/current_state.json"_s, QJsonDocument(state).toJson());
    return dir;
}
} // namespace

class TstCodeDistillerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsARunCompletely()
    {
        QTemporaryDir base;
        test::TempWorkspace tmp;
        makeRun(base.path(), u"ase-org_ase_tools_20250101_100000"_s, u"SUCCESS"_s);
        const auto result = exchange::CodeDistillerImporter::import(tmp.workspace(), {base.path()});
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.problems.size(), 1);   // the classification without an answer is reported
        QVERIFY(result.problems.first().contains(u"without an answer"_s));

        const auto repositories = store::RepositoryStore(tmp.workspace()).repositories();
        QCOMPARE(repositories.size(), 1);
        QCOMPARE(repositories.first().name, u"ase-org/ase_tools"_s);   // from repo_url, not the folder name
        QCOMPARE(repositories.first().commitSha, u"unknown"_s);
        store::PipelineStore pipeline(tmp.workspace());
        const auto campaign = pipeline.findCampaign(u"imported gpt-5"_s);
        QVERIFY(campaign);
        const auto example = pipeline.examples(campaign->id).first();
        QCOMPARE(example.status, u"SUCCESS"_s);
        QVERIFY(qAbs(example.costUsd - 0.42) < 1e-9);
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(QString::fromUtf8(pipeline.blob(rounds[0].mainPyBlob)), u"import ase\nprint('v1')\n"_s);   // the file, not "(trimmed)"
        QCOMPARE(rounds[0].isFinished, std::optional<bool>(false));
        QCOMPARE(rounds[1].isFinished, std::optional<bool>(true));
        QVERIFY(QString::fromUtf8(rounds[1].changesMadeJson).contains(u"import bulk"_s));
        bool traceback = false;
        for (const auto &l : pipeline.logs(rounds[0].id))
            traceback = traceback || (l.stream == u"stderr"_s && l.line.contains(u"ImportError"_s));
        QVERIFY(traceback);
        QStringList artifacts;
        for (const auto &a : pipeline.artifacts(rounds[1].id))
            artifacts << a.name;
        artifacts.sort();
        QCOMPARE(artifacts, QStringList({u"results.json"_s, u"to_save/cell.png"_s}));
        const auto classifications = pipeline.classifications(example.id);
        QCOMPARE(classifications.size(), 2);
        QCOMPARE(classifications.first().path, u"examples/cu.py"_s);   // without the scratch prefix
        QCOMPARE(classifications.first().rating, std::optional<int>(5));

        // Importing again changes nothing.
        const auto again = exchange::CodeDistillerImporter::import(tmp.workspace(), {base.path()});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.skipped, 1);
        QCOMPARE(pipeline.rounds(example.id).size(), 2);
        QCOMPARE(pipeline.examples(campaign->id).size(), 1);
    }

    void interruptedImportIsRedoneNotSkipped()
    {
        // What a kill -9 in the middle of an import leaves: the example with some rounds, still PENDING.
        QTemporaryDir base;
        test::TempWorkspace tmp;
        const QString dir = makeRun(base.path(), u"run"_s, u"SUCCESS"_s);
        QCOMPARE(exchange::CodeDistillerImporter::import(tmp.workspace(), {dir}).imported, 1);
        store::PipelineStore pipeline(tmp.workspace());
        const qint64 campaign = pipeline.campaigns().first().id;
        const qint64 first = pipeline.examples(campaign).first().id;
        pipeline.setExampleState(first, u"PENDING"_s, u"summary"_s);
        store::exec(tmp.workspace()->database(), u"DELETE FROM rounds WHERE example_id = :id AND round_index = 2"_s, {{u":id"_s, first}});
        QCOMPARE(pipeline.rounds(first).size(), 1);

        const auto again = exchange::CodeDistillerImporter::import(tmp.workspace(), {dir});
        QCOMPARE(again.imported, 1);
        QCOMPARE(again.skipped, 0);
        const auto examples = pipeline.examples(campaign);
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.first().status, u"SUCCESS"_s);
        QCOMPARE(pipeline.rounds(examples.first().id).size(), 2);
        QVERIFY(qAbs(examples.first().costUsd - 0.42) < 1e-9);   // the cost is not counted twice
    }

    void failedRunKeepsItsUnexecutedRepair()
    {
        QTemporaryDir base;
        test::TempWorkspace tmp;
        const QString dir = makeRun(base.path(), u"run"_s, u"FAILED"_s);
        QCOMPARE(exchange::CodeDistillerImporter::import(tmp.workspace(), {dir}).imported, 1);
        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(pipeline.campaigns().first().id).first();
        QCOMPARE(example.status, u"FAILED"_s);
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 3);
        QVERIFY(!rounds[2].executed);
        QCOMPARE(QString::fromUtf8(pipeline.blob(rounds[2].mainPyBlob)), u"print('a repair never run')\n"_s);
    }

    void brokenFoldersAreReported()
    {
        QTemporaryDir base;
        test::TempWorkspace tmp;
        QDir().mkpath(base.filePath(u"empty_run"_s));
        write(base.filePath(u"bad_json/current_state.json"_s), "{ not json");
        write(base.filePath(u"no_url/current_state.json"_s), R"({"status": "SUCCESS"})");
        write(base.filePath(u"no_rounds/current_state.json"_s), R"({"repo_url": "someone/thing", "status": "ERROR"})");
        const auto result = exchange::CodeDistillerImporter::import(tmp.workspace(), {base.path(), base.filePath(u"missing"_s)});
        QCOMPARE(result.imported, 1);   // no_rounds: the example, its status, nothing else
        const QString problems = result.problems.join(u'\n');
        QVERIFY2(problems.contains(u"empty_run: no current_state.json"_s), qPrintable(problems));
        QVERIFY(problems.contains(u"bad_json: current_state.json is not a JSON object"_s));
        QVERIFY(problems.contains(u"no_url: no repo_url"_s));
        QVERIFY(problems.contains(u"no_rounds: no execution_result"_s));
        QVERIFY(problems.contains(u"missing: not a folder"_s));
        QCOMPARE(store::RepositoryStore(tmp.workspace()).repositories().first().url, u"https://github.com/someone/thing"_s);
    }
};

QTEST_GUILESS_MAIN(TstCodeDistillerImport)
#include "tst_codedistillerimport.moc"
