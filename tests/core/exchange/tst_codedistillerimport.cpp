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
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>
#include <unistd.h>

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
/** Everything an import stored: round files, verdict and notes, logs, artifact names and contents, summaries. */
QByteArray everythingStored(const std::shared_ptr<store::Workspace> &workspace)
{
    store::PipelineStore pipeline(workspace);
    QByteArray all;
    for (const auto &campaign : pipeline.campaigns())
        for (const auto &example : pipeline.examples(campaign.id)) {
            for (const auto &round : pipeline.rounds(example.id)) {
                for (const QString &blob : {round.mainPyBlob, round.requirementsBlob, round.runShBlob, round.metadataBlob})
                    all += pipeline.blob(blob) + '\n';
                all += round.verdictJson + round.issuesIdentifiedJson + round.changesMadeJson;
                for (const auto &line : pipeline.logs(round.id))
                    all += line.line.toUtf8() + '\n';
                for (const auto &artifact : pipeline.artifacts(round.id))
                    all += artifact.name.toUtf8() + '\n' + pipeline.blob(artifact.blobSha) + '\n';
            }
        }
    return all;
}

void link(const QString &target, const QString &at)
{
    QFile::remove(at);
    QDir(at).removeRecursively();
    QDir().mkpath(QFileInfo(at).absolutePath());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) != 0)
        qFatal("cannot link %s", qPrintable(at));
}

void fifo(const QString &at)
{
    QFile::remove(at);
    QDir().mkpath(QFileInfo(at).absolutePath());
    if (::mkfifo(QFile::encodeName(at).constData(), 0600) != 0)
        qFatal("cannot make the FIFO %s", qPrintable(at));
}

void setPathOut(const QString &run, int execution, const QString &pathOut)
{
    QFile f(run + u"/current_state.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no state");
    QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray executions = state.value(u"execution_result"_s).toArray();
    QJsonObject e = executions[execution].toObject();
    e.insert(u"path_out"_s, pathOut);
    executions[execution] = e;
    state.insert(u"execution_result"_s, executions);
    write(run + u"/current_state.json"_s, QJsonDocument(state).toJson());
}

/** The import, failing the whole test at once when it blocks (on a FIFO, say) instead of returning. */
exchange::CodeDistillerImporter::Result importOrDie(const std::shared_ptr<store::Workspace> &workspace, const QStringList &paths)
{
    auto future = QtConcurrent::run([&] { return exchange::CodeDistillerImporter::import(workspace, paths); });
    for (int i = 0; i < 300 && !future.isFinished(); ++i)
        QThread::msleep(100);
    if (!future.isFinished())
        qFatal("the import blocked for 30 s (reading a FIFO?)");
    return future.result();
}

constexpr char kSecret[] = "HOST-SECRET-7f3a9c";
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
        QCOMPARE(example.status, wb::store::ExampleStatus::Success);
        QVERIFY(qAbs(example.cost.knownUsd() - 0.42) < 1e-9);
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
        pipeline.setExampleState(first, wb::store::ExampleStatus::Pending, u"summary"_s);
        store::exec(tmp.workspace()->database(), u"DELETE FROM rounds WHERE example_id = :id AND round_index = 2"_s, {{u":id"_s, first}});
        QCOMPARE(pipeline.rounds(first).size(), 1);

        const auto again = exchange::CodeDistillerImporter::import(tmp.workspace(), {dir});
        QCOMPARE(again.imported, 1);
        QCOMPARE(again.skipped, 0);
        const auto examples = pipeline.examples(campaign);
        QCOMPARE(examples.size(), 1);
        QCOMPARE(examples.first().status, wb::store::ExampleStatus::Success);
        QCOMPARE(pipeline.rounds(examples.first().id).size(), 2);
        QVERIFY(qAbs(examples.first().cost.knownUsd() - 0.42) < 1e-9);   // the cost is not counted twice
    }

    void failedRunKeepsItsUnexecutedRepair()
    {
        QTemporaryDir base;
        test::TempWorkspace tmp;
        const QString dir = makeRun(base.path(), u"run"_s, u"FAILED"_s);
        QCOMPARE(exchange::CodeDistillerImporter::import(tmp.workspace(), {dir}).imported, 1);
        store::PipelineStore pipeline(tmp.workspace());
        const auto example = pipeline.examples(pipeline.campaigns().first().id).first();
        QCOMPARE(example.status, wb::store::ExampleStatus::Failed);
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 3);
        QVERIFY(!rounds[2].executed);
        QCOMPARE(QString::fromUtf8(pipeline.blob(rounds[2].mainPyBlob)), u"print('a repair never run')\n"_s);
    }

    /**
     * A hostile run folder: links to files and folders outside it (one to /etc/passwd), a path_out
     * leading outside, FIFOs. Nothing outside is stored, nothing blocks, each refusal is reported and
     * the rest of the run is imported.
     */
    void hostileRunFolders_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("refused");   // a fragment of the refusal reported, empty: none expected
        QTest::addColumn<int>("imported");
        QTest::newRow("main.py links to a file outside") << u"main-link"_s << u"modal-python-20250101-100000/main.py: is a symbolic link"_s << 1;
        QTest::newRow("main.py links to /etc/passwd") << u"main-passwd"_s << u"modal-python-20250101-100500/main.py: is a symbolic link"_s << 1;
        QTest::newRow("stdout log links outside") << u"stdout-link"_s << u"modal-output/stderr.python.txt: is a symbolic link"_s << 1;
        QTest::newRow("stdout log links to /etc/passwd") << u"stdout-passwd"_s << u"modal-output/stdout.python.txt: is a symbolic link"_s << 1;
        QTest::newRow("log.json links outside") << u"logjson-link"_s << u"modal-output/log.json: is a symbolic link"_s << 1;
        QTest::newRow("to_save file links outside") << u"tosave-file"_s << u"to_save/secret: is a symbolic link"_s << 1;
        QTest::newRow("to_save folder links outside") << u"tosave-folder"_s << u"modal-output/to_save: is a symbolic link"_s << 1;
        QTest::newRow("modal-output links outside") << u"output-folder"_s << u"modal-python-20250101-100500/modal-output: is a symbolic link"_s << 1;
        QTest::newRow("round folder links outside") << u"round-folder"_s << u"modal-python-20250101-100500: is a symbolic link"_s << 1;
        QTest::newRow("current_state.json links outside") << u"state-link"_s << u"current_state.json: is a symbolic link"_s << 0;
        QTest::newRow("path_out ..") << u"pathout-dotdot"_s << u"path_out \"..\" of execution 1: leads outside"_s << 1;
        QTest::newRow("absolute path_out ending in ..") << u"pathout-abs-dotdot"_s << u"of execution 2: leads outside"_s << 1;
        QTest::newRow("absolute path_out outside") << u"pathout-abs"_s << QString() << 1;
        QTest::newRow("stdout log is a FIFO") << u"stdout-fifo"_s << u"stdout.python.txt: is not a regular file"_s << 1;
        QTest::newRow("to_save holds a FIFO") << u"tosave-fifo"_s << u"to_save/pipe: is not a regular file"_s << 1;
    }

    void hostileRunFolders()
    {
        QFETCH(QString, kind);
        QFETCH(QString, refused);
        QFETCH(int, imported);
        QTemporaryDir base;
        test::TempWorkspace tmp;
        const QString run = makeRun(base.path(), u"run"_s, u"SUCCESS"_s);
        const QString r1 = run + u"/modal-python-20250101-100000"_s;
        const QString r2 = run + u"/modal-python-20250101-100500"_s;
        // Outside the run folder: files and folders holding the secret under every name the import reads.
        const QString outside = base.filePath(u"outside"_s);
        for (const QString &name : {u"secret.txt"_s, u"main.py"_s, u"stdout.python.txt"_s, u"modal-output/stdout.python.txt"_s,
                                    u"modal-output/to_save/s.txt"_s, u"to_save/s.txt"_s, u"stolen/main.py"_s})
            write(outside + u'/' + name, kSecret);
        for (const QString &name : {u"main.py"_s, u"modal-output/stdout.python.txt"_s, u"modal-output/log.json"_s})
            write(base.filePath(name), kSecret);   // what a path_out of ".." reaches
        write(outside + u"/current_state.json"_s, QByteArray(R"({"repo_url": "x/y", "status": "SUCCESS", "code": ")") + kSecret + "\"}");

        if (kind == u"main-link"_s)
            link(outside + u"/secret.txt"_s, r1 + u"/main.py"_s);
        else if (kind == u"main-passwd"_s)
            link(u"/etc/passwd"_s, r2 + u"/main.py"_s);
        else if (kind == u"stdout-link"_s)
            link(outside + u"/secret.txt"_s, r1 + u"/modal-output/stderr.python.txt"_s);
        else if (kind == u"stdout-passwd"_s)
            link(u"/etc/passwd"_s, r2 + u"/modal-output/stdout.python.txt"_s);
        else if (kind == u"logjson-link"_s)
            link(outside + u"/secret.txt"_s, r2 + u"/modal-output/log.json"_s);
        else if (kind == u"tosave-file"_s)
            link(outside + u"/secret.txt"_s, r2 + u"/modal-output/to_save/secret"_s);
        else if (kind == u"tosave-folder"_s)
            link(outside + u"/to_save"_s, r2 + u"/modal-output/to_save"_s);
        else if (kind == u"output-folder"_s)
            link(outside + u"/modal-output"_s, r2 + u"/modal-output"_s);
        else if (kind == u"round-folder"_s)
            link(outside, r2);
        else if (kind == u"state-link"_s)
            link(outside + u"/current_state.json"_s, run + u"/current_state.json"_s);
        else if (kind == u"pathout-dotdot"_s)
            setPathOut(run, 0, u".."_s);
        else if (kind == u"pathout-abs-dotdot"_s)
            setPathOut(run, 1, run + u"/.."_s);
        else if (kind == u"pathout-abs"_s)
            setPathOut(run, 0, outside + u"/stolen"_s);
        else if (kind == u"stdout-fifo"_s)
            fifo(r2 + u"/modal-output/stdout.python.txt"_s);
        else if (kind == u"tosave-fifo"_s)
            fifo(r2 + u"/modal-output/to_save/pipe"_s);

        const auto result = importOrDie(tmp.workspace(), {run});
        const QByteArray stored = everythingStored(tmp.workspace());
        QVERIFY2(!stored.contains(kSecret), stored.constData());
        QFile passwd(u"/etc/passwd"_s);
        if (passwd.open(QIODevice::ReadOnly)) {
            const QByteArray first = passwd.readLine().trimmed();
            QVERIFY2(first.isEmpty() || !stored.contains(first), first.constData());
        }

        const QString refusals = result.refused.join(u'\n');
        QCOMPARE(result.imported, imported);
        if (refused.isEmpty())
            QVERIFY2(refusals.isEmpty(), qPrintable(refusals));
        else
            QVERIFY2(refusals.contains(refused), qPrintable(refusals));
        if (imported == 1) {
            // The rest of the run is there: both rounds, round 2 with the code the state holds or its file.
            store::PipelineStore pipeline(tmp.workspace());
            const auto example = pipeline.examples(pipeline.campaigns().first().id).first();
            QCOMPARE(example.status, wb::store::ExampleStatus::Success);
            QCOMPARE(pipeline.rounds(example.id).size(), 2);
        }
    }

    void linkedFoldersGivenAndFound()
    {
        // A run folder named by a link is the user's choice: followed. A link inside a batch folder is not.
        QTemporaryDir base;
        test::TempWorkspace tmp;
        const QString run = makeRun(base.path(), u"real/ase-org_ase_tools_1"_s, u"SUCCESS"_s);
        link(run, base.filePath(u"named"_s));
        const auto named = importOrDie(tmp.workspace(), {base.filePath(u"named"_s)});
        QCOMPARE(named.imported, 1);
        QVERIFY2(named.refused.isEmpty(), qPrintable(named.refused.join(u'\n')));

        test::TempWorkspace other;
        QDir().mkpath(base.filePath(u"batch"_s));
        makeRun(base.filePath(u"batch"_s), u"own_run"_s, u"SUCCESS"_s);
        link(run, base.filePath(u"batch/linked_run"_s));
        const auto batch = importOrDie(other.workspace(), {base.filePath(u"batch"_s)});
        QCOMPARE(batch.imported, 1);
        QVERIFY2(batch.refused.join(u'\n').contains(u"batch/linked_run: is a symbolic link"_s), qPrintable(batch.refused.join(u'\n')));
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
