// SPDX-License-Identifier: GPL-3.0-or-later
// The vetted library outside the workbench: a real campaign (scripted model on loopback, real rounds) whose
// example an expert accepts, exported in every format by the CLI; an exported folder copied alone into a
// clean directory runs with `bash run_example.sh` (fetching the repository at its commit) and reproduces
// its figure; `export --verify` and `verify-export` report what ran and what failed.
#include "clirun.h"
#include "distillationscript.h"
#include "fakellmserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::test::CliRun;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Shell
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** `bash run_example.sh` in @p dir with a clean environment (no REPO_DIR, nothing of the workbench's). */
Shell runExample(const QString &dir, const QStringList &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "LANG", "TMPDIR"})
        if (qEnvironmentVariableIsSet(name))
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    for (const QString &kv : extraEnv)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(u"bash"_s, {u"run_example.sh"_s});
    if (!p.waitForFinished(300000))
        qFatal("run_example.sh did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(path, target))
            return false;
        QFile::setPermissions(target, QFile::permissions(path));
    }
    return true;
}
} // namespace

class TstCliLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_repo;
    QString m_commit;

    CliRun cli(const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_workspace, args, 300000);
    }

    /** The one example folder of a folders export in @p out. */
    static QString onlyFolder(const QString &out)
    {
        const QStringList dirs = QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return dirs.size() == 1 ? QDir(out).filePath(dirs.first()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_repo = m_dir.filePath(u"matlib"_s);
        m_commit = wb::test::DistillationScript::makeRepository(m_repo);
        m_workspace = m_dir.filePath(u"library.cdw"_s);
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        CliRun r = cli({u"add"_s, m_repo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({u"--json"_s, u"run"_s, u"--campaign"_s, u"lib"_s, u"--provider"_s, u"vllm"_s, u"--base-url"_s, server.openAiBaseUrl(),
                 u"--model"_s, u"gpt-oss-120b"_s, u"--executor"_s, u"local"_s, u"--max-rounds"_s, u"3"_s, u"--round-timeout"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"success"_s).toInt(), 1);
        r = cli({u"--json"_s, u"status"_s});
        const QString id = QString::number(
            r.json().array().first().toObject().value(u"examples"_s).toArray().first().toObject().value(u"id"_s).toInt());
        r = cli({u"judge"_s, id, u"--annotator"_s, u"ada"_s, u"--ran"_s, u"yes"_s, u"--shows-function"_s, u"yes"_s, u"--correct"_s,
                 u"yes"_s, u"--decision"_s, u"accept"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : {u"folders"_s, u"git"_s, u"jsonl"_s, u"codescientist"_s})
            QTest::newRow(qPrintable(f)) << f;
    }

    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(u"export-"_s + format);
        const CliRun r = cli({u"--json"_s, u"export"_s, u"--format"_s, format, u"--out"_s, out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"written"_s).toInt(), 1);
        if (format == u"jsonl"_s) {
            const QList<QByteArray> lines = readAll(out + u"/examples.jsonl"_s).trimmed().split('\n');
            QCOMPARE(lines.size(), 1);
            const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
            QVERIFY(line.value(u"files"_s).toObject().value(u"main.py"_s).toString().contains(u"savefig"_s));
            QCOMPARE(line.value(u"provenance"_s).toObject().value(u"commit"_s).toString(), m_commit);
            return;
        }
        if (format == u"codescientist"_s) {
            const QJsonObject index = QJsonDocument::fromJson(readAll(out + u"/codeblocks/codeblock_summaries.json"_s)).object();
            QCOMPARE(index.size(), 1);
            const QString name = index.keys().first();
            const QStringList blocks = QDir(out + u"/codeblocks/codedistiller"_s).entryList({u"*.py"_s});
            QCOMPARE(blocks.size(), 1);
            QVERIFY(readAll(out + u"/codeblocks/codedistiller/"_s + blocks.first()).startsWith(QByteArray("# Name: " + name.toUtf8() + '\n')));
            return;
        }
        // folders and git: one runnable folder with everything it needs.
        const QString folder = onlyFolder(out);
        QVERIFY2(!folder.isEmpty(), qPrintable(QDir(out).entryList().join(u", "_s)));
        const QString name = QFileInfo(folder).fileName();
        QVERIFY(name.size() <= 60);
        QVERIFY2(QRegularExpression(u"^matlib_[a-z0-9_]+$"_s).match(name).hasMatch(), qPrintable(name));
        for (const QString &file : {u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s, u"provenance.json"_s,
                                    u"README.md"_s, u"run_example.sh"_s, u"LICENSE"_s, u"expected_output/energy.png"_s})
            QVERIFY2(QFileInfo(folder + u'/' + file).isFile(), qPrintable(file));
        QVERIFY(QFileInfo(folder + u"/run_example.sh"_s).isExecutable());
        QVERIFY(readAll(folder + u"/expected_output/energy.png"_s).startsWith("\x89PNG"));
        QVERIFY(readAll(folder + u"/LICENSE"_s).startsWith("Permission is hereby granted, free of charge"));
        const QString readme = QString::fromUtf8(readAll(folder + u"/README.md"_s));
        QVERIFY(readme.contains(m_commit));
        QVERIFY(readme.contains(u"bash run_example.sh"_s));
        QVERIFY(readme.contains(u"expected_output/energy.png"_s));
        QVERIFY2(readme.contains(u"- Experts: ada accept on "_s), qPrintable(readme));
        QVERIFY2(readme.contains(u"- Judge (vllm/gpt-oss-120b): finished after round 2 of 2"_s), qPrintable(readme));
        if (format == u"git"_s) {
            QProcess git;
            git.setWorkingDirectory(out);
            git.start(u"git"_s, {u"ls-tree"_s, u"-r"_s, u"HEAD"_s});
            QVERIFY(git.waitForFinished(30000));
            const QString tree = QString::fromUtf8(git.readAllStandardOutput());
            QVERIFY2(tree.contains(QRegularExpression(u"100755 blob [0-9a-f]+\\t"_s + name + u"/run_example.sh"_s)), qPrintable(tree));
            QVERIFY(tree.contains(name + u"/expected_output/energy.png"_s));
        } else {
            const QJsonObject entry = QJsonDocument::fromJson(readAll(out + u"/manifest.jsonl"_s).trimmed()).object();
            QCOMPARE(entry.value(u"folder"_s).toString(), name);
        }
    }

    void exportedFolderRunsOnItsOwn()
    {
        const QString out = m_dir.filePath(u"export-alone"_s);
        QCOMPARE(cli({u"export"_s, u"--format"_s, u"folders"_s, u"--out"_s, out}).exitCode, 0);
        const QString folder = onlyFolder(out);
        if (const QString sample = qEnvironmentVariable("WB_EXPORT_SAMPLE_DIR"); !sample.isEmpty())   // to look at
            QVERIFY(copyTree(out, sample));
        QTemporaryDir clean;   // a clean place: only this folder, no workspace, no checkout
        const QString copy = clean.filePath(QFileInfo(folder).fileName());
        QVERIFY(copyTree(folder, copy));

        Shell s = runExample(copy);
        QVERIFY2(s.exitCode == 0, QByteArray(s.out + s.err).right(3000).constData());
        QVERIFY2(s.err.contains("fetching"), s.err.constData());
        QCOMPARE(readAll(copy + u"/to_save/energy.png"_s), readAll(copy + u"/expected_output/energy.png"_s));
        QVERIFY(QFileInfo(clean.filePath(u".repositories/matlib-"_s + m_commit.left(12) + u"/matlib/core.py"_s)).isFile());

        // Again: the checkout is reused; with REPO_DIR set nothing is fetched either.
        s = runExample(copy);
        QVERIFY2(s.exitCode == 0 && !s.err.contains("fetching"), s.err.constData());
        const QString own = clean.filePath(u"my-checkout"_s);
        QVERIFY(QDir().rename(clean.filePath(u".repositories/matlib-"_s + m_commit.left(12)), own));
        s = runExample(copy, {u"REPO_DIR="_s + own});
        QVERIFY2(s.exitCode == 0 && !s.err.contains("fetching"), s.err.constData());
        QVERIFY(!QFileInfo::exists(clean.filePath(u".repositories/matlib-"_s + m_commit.left(12))));

        // main.py's exit status is the script's; a repository that cannot be fetched is 2 with a reason.
        QFile main(copy + u"/main.py"_s);
        QVERIFY(main.open(QIODevice::Append));
        main.write("\nraise SystemExit(7)\n");
        main.close();
        QCOMPARE(runExample(copy).exitCode, 7);
        QString script = QString::fromUtf8(readAll(copy + u"/run_example.sh"_s));
        script.replace(QRegularExpression(u"^REPO_URL=.*$"_s, QRegularExpression::MultilineOption), u"REPO_URL='/nonexistent/matlib'"_s);
        QFile f(copy + u"/run_example.sh"_s);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(script.toUtf8());
        f.close();
        QDir(clean.filePath(u".repositories"_s)).removeRecursively();
        s = runExample(copy);
        QCOMPARE(s.exitCode, 2);
        QVERIFY2(s.err.contains("cannot clone /nonexistent/matlib; set REPO_DIR"), s.err.constData());
    }

    void verifyReportsWhatRanAndWhatFailed()
    {
        const QString out = m_dir.filePath(u"export-verified"_s);
        CliRun r = cli({u"--json"_s, u"export"_s, u"--format"_s, u"folders"_s, u"--out"_s, out, u"--verify"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject verified = r.json().object().value(u"verification"_s).toArray().first().toObject();
        QCOMPARE(verified.value(u"outcome"_s).toString(), u"ran"_s);
        QVERIFY(verified.value(u"produced_expected_output"_s).toBool());
        QCOMPARE(verified.value(u"expected_files"_s).toArray(), QJsonArray{u"energy.png"_s});
        const QString folder = onlyFolder(out);
        const QJsonObject entry = QJsonDocument::fromJson(readAll(out + u"/manifest.jsonl"_s).trimmed()).object();
        QCOMPARE(entry.value(u"verification"_s).toObject().value(u"outcome"_s).toString(), u"ran"_s);
        QCOMPARE(QJsonDocument::fromJson(readAll(folder + u"/provenance.json"_s)).object().value(u"verification"_s).toObject()
                     .value(u"outcome"_s).toString(),
                 u"ran"_s);
        // Nothing of the run is left in the exported folder: it ran from a clean copy.
        QVERIFY(!QFileInfo::exists(folder + u"/to_save"_s));

        // A folder that no longer works: failed, with the last error line, exit status 1.
        QFile main(folder + u"/main.py"_s);
        QVERIFY(main.open(QIODevice::WriteOnly | QIODevice::Truncate));
        main.write("import sys\nprint('starting')\nsys.exit('the lattice constant is missing')\n");
        main.close();
        r = cli({u"--json"_s, u"verify-export"_s, out});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject failed = r.json().object().value(u"verification"_s).toArray().first().toObject();
        QCOMPARE(failed.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(failed.value(u"last_error_line"_s).toString(), u"the lattice constant is missing"_s);
        QCOMPARE(failed.value(u"missing_files"_s).toArray(), QJsonArray{u"energy.png"_s});
        r = cli({u"verify-export"_s, out});
        QVERIFY2(r.out.contains(": failed — the lattice constant is missing"), r.out.constData());
        QVERIFY(r.out.contains("0 of 1 examples ran"));

        // Formats without runnable folders are refused before anything is written.
        r = cli({u"export"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, m_dir.filePath(u"never"_s), u"--verify"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never"_s)));
    }

    void importedRunsExportToo()
    {
        // import-codedistiller: an original run folder becomes a campaign; importing twice changes nothing.
        QTemporaryDir runs;
        const QString run = runs.filePath(u"run1"_s);
        const QString out0 = run + u"/modal-python-20250101-100000"_s;   // the original's layout
        QDir().mkpath(out0 + u"/modal-output/to_save"_s);
        auto write = [](const QString &path, const QByteArray &content) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(out0 + u"/main.py"_s, "print('hello')\n");
        write(out0 + u"/requirements.txt"_s, "");
        write(out0 + u"/runscript.sh"_s, "true\n");
        write(out0 + u"/modal-output/stdout.python.txt"_s, "hello\n");
        write(out0 + u"/modal-output/to_save/table.csv"_s, "a,b\n1,2\n");
        const QJsonObject verdict{{u"is_finished"_s, true}, {u"faithfulness_accurate_completeness_statement"_s, u"fine"_s}};
        const QJsonObject state{{u"repo_url"_s, u"https://github.com/org/imported_tool"_s},
                                {u"model_str_code"_s, u"gpt-5"_s},
                                {u"status"_s, u"SUCCESS"_s},
                                {u"code"_s, u"print('hello')\n"_s},
                                {u"execution_result"_s, QJsonArray{QJsonObject{{u"path_out"_s, u"/elsewhere/modal-python-20250101-100000"_s},
                                                                               {u"code"_s, u"print('hello')\n"_s},
                                                                               {u"requirements"_s, u""_s},
                                                                               {u"runscript"_s, u"true"_s},
                                                                               {u"metadata"_s, QJsonObject{{u"example_description"_s,
                                                                                                            u"Says hello."_s}}}}}},
                                {u"change_log"_s, QJsonArray{QJsonObject{{u"iteration"_s, 1}, {u"error_information"_s, verdict}}}}};
        write(run + u"/current_state.json"_s, QJsonDocument(state).toJson());
        CliRun r = cli({u"--json"_s, u"import-codedistiller"_s, runs.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"imported"_s).toInt(), 1);
        r = cli({u"--json"_s, u"import-codedistiller"_s, runs.path()});
        QCOMPARE(r.json().object().value(u"imported"_s).toInt(), 0);
        QCOMPARE(r.json().object().value(u"skipped"_s).toInt(), 1);

        // Unreviewed and with an unknown licence it is not in the library unless asked for.
        const QString out = m_dir.filePath(u"export-imported"_s);
        r = cli({u"--json"_s, u"export"_s, u"--format"_s, u"folders"_s, u"--out"_s, out, u"--all"_s, u"--allow-licence"_s, u"unknown"_s,
                 u"--reason"_s, u"kept for the record"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"written"_s).toInt(), 2);
        const QString folder = QDir(out).filePath(u"imported_tool_says_hello"_s);
        QVERIFY2(QFileInfo(folder + u"/README.md"_s).isFile(), qPrintable(QDir(out).entryList().join(u", "_s)));
        const QString readme = QString::fromUtf8(readAll(folder + u"/README.md"_s));
        QVERIFY(readme.contains(u"- Experts: not reviewed"_s));
        QVERIFY(readme.contains(u"licence could not be determined"_s));
        QVERIFY(readme.contains(u"licence gate was overridden for this example: kept for the record."_s));
        QCOMPARE(readAll(folder + u"/expected_output/table.csv"_s), QByteArray("a,b\n1,2\n"));
    }
};

QTEST_GUILESS_MAIN(TstCliLibrary)
#include "tst_cli_library.moc"
