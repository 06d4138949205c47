// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller import-codedistiller` with hostile run folders, and `codedistiller export` in every
// format: no overwriting unasked, no foreign git repository, no API key in the output.
#include "clirun.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using wb::test::CliRun;

namespace {
constexpr char kKey[] = "sk-test-echoed-0123456789abcdef";   // a key a server echoed back
constexpr char kSecret[] = "HOST-SECRET-51c2e0";               // a file outside the run folder

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void link(const QString &target, const QString &at)
{
    QFile::remove(at);
    QDir(at).removeRecursively();
    QDir().mkpath(QFileInfo(at).absolutePath());
    if (::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) != 0)
        qFatal("cannot link %s", qPrintable(at));
}

/**
 * A finished run of the original CodeDistiller with one executed round, judged finished, whose files,
 * logs, artifact, summary, metadata and verdict all carry @p text.
 */
QString makeRun(const QString &dir, const QString &repoUrl, const QByteArray &text, const QString &pathOut = {})
{
    const QString out = dir + u"/modal-python-20250101-100000"_s;
    const QByteArray mainPy = "# " + text + "\nprint('ok')\n";
    write(out + u"/main.py"_s, mainPy);
    write(out + u"/requirements.txt"_s, "numpy  # " + text + "\n");
    write(out + u"/runscript.sh"_s, "echo " + text + "\npip install -r requirements.txt\n");
    write(out + u"/modal-output/stdout.python.txt"_s, "ok " + text + "\n");
    write(out + u"/modal-output/stderr.python.txt"_s, "");
    write(out + u"/modal-output/results.json"_s, "{\"echo\": \"" + text + "\"}");
    write(out + u"/modal-output/to_save/figure.txt"_s, text);
    const QString t = QString::fromUtf8(text);
    const QJsonObject verdict{{u"is_finished"_s, true}, {u"is_faithful"_s, true}, {u"is_accurate"_s, true}, {u"is_complete"_s, true},
                              {u"faithfulness_accurate_completeness_statement"_s, QString(u"works; the server said "_s + t)}};
    const QJsonObject state{
        {u"repo_url"_s, repoUrl},
        {u"repository_description"_s, QString(u"A tool. "_s + t)},
        {u"model_str_code"_s, u"gpt-5"_s},
        {u"status"_s, u"SUCCESS"_s},
        {u"status_message"_s, u"done"_s},
        {u"code"_s, QString::fromUtf8(mainPy)},
        {u"execution_result"_s,
         QJsonArray{QJsonObject{{u"path_out"_s, pathOut.isEmpty() ? u"/elsewhere/modal-python-20250101-100000"_s : pathOut},
                                {u"code"_s, u"(trimmed)"_s},
                                {u"requirements"_s, u"numpy"_s},
                                {u"runscript"_s, u""_s},
                                {u"metadata"_s, QJsonObject{{u"example_description"_s, QString(u"Runs the tool. "_s + t)},
                                                           {u"example_inclusion_criteria"_s, t}}}}}},
        {u"change_log"_s, QJsonArray{QJsonObject{{u"iteration"_s, 1}, {u"error_information"_s, verdict},
                                                 {u"changes_made"_s, QJsonArray{t}}}}}};
    write(dir + u"/current_state.json"_s, QJsonDocument(state).toJson());
    return dir;
}

QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(u"git"_s, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

bool haveGit()
{
    return git(QDir::tempPath(), {u"--version"_s}).startsWith(u"git version"_s);
}

/** Paths below @p dir (the git folder included) whose name or content holds @p needle. */
QStringList holding(const QString &dir, const QByteArray &needle)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QString::fromUtf8(needle)) || (QFileInfo(path).isFile() && readAll(path).contains(needle)))
            out << path;
    }
    return out;
}

const QStringList kFormats{u"folders"_s, u"jsonl"_s, u"codescientist"_s, u"git"_s};
} // namespace

class TstCliExchange : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;   // one imported run whose every text carries kKey

    CliRun cli(const QStringList &args, const QString &workspace = {})
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace.isEmpty() ? m_workspace : workspace, args, 60000);
    }

    CliRun exportTo(const QString &format, const QString &out, const QStringList &more = {})
    {
        return cli(QStringList{u"--json"_s, u"export"_s, u"--format"_s, format, u"--out"_s, out, u"--all"_s, u"--allow-licence"_s,
                               u"unknown"_s, u"--reason"_s, u"imported for the test"_s}
                   + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qunsetenv("OPENAI_API_KEY");
        // A workspace from before redaction: the key is imported without being known.
        m_workspace = m_dir.filePath(u"ws.cdw"_s);
        makeRun(m_dir.filePath(u"run"_s), u"https://github.com/echo-org/echo_tool"_s, kKey);
        const CliRun r = cli({u"--json"_s, u"import-codedistiller"_s, m_dir.filePath(u"run"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"imported"_s).toInt(), 1);
        const auto ws = wb::store::Workspace::open(m_workspace);
        wb::store::PipelineStore pipeline(ws);
        const auto example = pipeline.examples(pipeline.campaigns().first().id).first();
        const auto rounds = pipeline.rounds(example.id);
        QCOMPARE(rounds.size(), 1);
        QVERIFY(pipeline.blob(rounds.first().mainPyBlob).contains(kKey));   // the premise: the workspace holds it
        QVERIFY(rounds.first().verdictJson.contains(kKey));
    }

    void importRefusesWhatLeadsOutside()
    {
        QTemporaryDir base;
        const QString outside = base.filePath(u"outside"_s);
        for (const QString &name : {u"secret"_s, u"stolen/main.py"_s, u"dir/secret.txt"_s})
            write(outside + u'/' + name, kSecret);
        const QString runs = base.filePath(u"runs"_s);
        write(runs + u"/main.py"_s, kSecret);   // what a path_out of ".." would reach
        const QString r = u"/modal-python-20250101-100000"_s;

        makeRun(runs + u"/a_links"_s, u"org/a"_s, "fine");
        link(u"/etc/passwd"_s, runs + u"/a_links"_s + r + u"/main.py"_s);
        link(outside + u"/secret"_s, runs + u"/a_links"_s + r + u"/modal-output/stdout.python.txt"_s);
        link(outside + u"/secret"_s, runs + u"/a_links"_s + r + u"/modal-output/to_save/secret"_s);
        makeRun(runs + u"/b_to_save_folder"_s, u"org/b"_s, "fine");
        link(outside + u"/dir"_s, runs + u"/b_to_save_folder"_s + r + u"/modal-output/to_save"_s);
        makeRun(runs + u"/c_dotdot"_s, u"org/c"_s, "fine", u".."_s);
        makeRun(runs + u"/d_absolute"_s, u"org/d"_s, "fine", outside + u"/stolen"_s);
        makeRun(runs + u"/e_fifo"_s, u"org/e"_s, "fine");
        const QString fifo = runs + u"/e_fifo"_s + r + u"/modal-output/stderr.python.txt"_s;
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        makeRun(base.filePath(u"elsewhere/run"_s), u"org/f"_s, kSecret);
        link(base.filePath(u"elsewhere/run"_s), runs + u"/f_linked_run"_s);
        // The folder named on the command line is itself a link: followed, as the user chose it.
        link(runs, base.filePath(u"named"_s));

        const QString ws = base.filePath(u"ws.cdw"_s);
        const CliRun imported = cli({u"--json"_s, u"import-codedistiller"_s, base.filePath(u"named"_s)}, ws);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject result = imported.json().object();
        QCOMPARE(result.value(u"imported"_s).toInt(), 5);
        QStringList refused;
        for (const auto &v : result.value(u"refused"_s).toArray())
            refused << v.toString();
        const QString all = refused.join(u'\n');
        const QStringList expectedRefusals{QString(u"a_links" + r + u"/main.py: is a symbolic link"_s),
                                           QString(u"a_links" + r + u"/modal-output/stdout.python.txt: is a symbolic link"_s),
                                           QString(u"a_links" + r + u"/modal-output/to_save/secret: is a symbolic link"_s),
                                           QString(u"b_to_save_folder" + r + u"/modal-output/to_save: is a symbolic link"_s),
                                           u"c_dotdot: path_out \"..\" of execution 1: leads outside the run folder"_s,
                                           QString(u"e_fifo" + r + u"/modal-output/stderr.python.txt: is not a regular file"_s),
                                           u"f_linked_run: is a symbolic link"_s};
        for (const QString &expected : expectedRefusals)
            QVERIFY2(all.contains(expected), qPrintable(expected + u"\nnot in\n"_s + all));
        QCOMPARE(refused.size(), 7);
        QVERIFY(imported.err.contains("refused: "));
        // The plain summary counts them too.
        const CliRun again = cli({u"import-codedistiller"_s, runs}, ws);
        QVERIFY2(again.out.contains("0 runs imported, 5 already there"), again.out.constData());

        // Nothing from outside reached the workspace: an export of everything holds none of it.
        const QString out = base.filePath(u"library"_s);
        const CliRun exported = cli({u"export"_s, u"--format"_s, u"folders"_s, u"--out"_s, out, u"--all"_s, u"--allow-licence"_s,
                                     u"unknown"_s, u"--reason"_s, u"test"_s},
                                    ws);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QDir(out).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 5);
        QVERIFY2(holding(out, kSecret).isEmpty(), qPrintable(holding(out, kSecret).join(u'\n')));
        QFile passwd(u"/etc/passwd"_s);
        if (passwd.open(QIODevice::ReadOnly)) {
            const QByteArray first = passwd.readLine().trimmed();
            QVERIFY2(first.isEmpty() || holding(out, first).isEmpty(), qPrintable(holding(out, first).join(u'\n')));
        }
    }

    void exportRefusesAFolderThatIsNotEmpty_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("theirs");
        QTest::newRow("folders") << u"folders"_s << QString() << u"manifest.jsonl"_s;
        QTest::newRow("jsonl") << u"jsonl"_s << QString() << u"examples.jsonl"_s;
        QTest::newRow("codescientist") << u"codescientist"_s << u"codeblocks/codedistiller"_s << u"manifest.json"_s;
        QTest::newRow("git") << u"git"_s << QString() << u"main.py"_s;
    }

    void exportRefusesAFolderThatIsNotEmpty()
    {
        QFETCH(QString, format);
        QFETCH(QString, folder);
        QFETCH(QString, theirs);
        QTemporaryDir out;
        const QString target = folder.isEmpty() ? out.path() : out.filePath(folder);
        write(target + u'/' + theirs, "{}\n");
        write(target + u"/notes.txt"_s, "keep me\n");
        const CliRun refused = exportTo(format, out.path());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QFile::encodeName(QFileInfo(target).absoluteFilePath())), refused.err.constData());
        QVERIFY2(refused.err.contains(theirs.toUtf8()) && refused.err.contains("notes.txt") && refused.err.contains("--force"),
                 refused.err.constData());
        QCOMPARE(readAll(target + u'/' + theirs), QByteArray("{}\n"));
        QVERIFY(!QDir(out.path()).exists(u".git"_s));

        const CliRun forced = exportTo(format, out.path(), {u"--force"_s});
        QVERIFY2(forced.exitCode == 0, forced.err.constData());
        QCOMPARE(forced.json().object().value(u"written"_s).toInt(), 1);
        QCOMPARE(readAll(target + u"/notes.txt"_s), QByteArray("keep me\n"));
    }

    void gitRefusesAForeignRepository()
    {
        if (!haveGit())
            QSKIP("git is not installed");
        QTemporaryDir foreign;
        git(foreign.path(), {u"init"_s, u"-q"_s});
        write(foreign.filePath(u"README"_s), "theirs\n");
        git(foreign.path(), {u"add"_s, u"README"_s});
        git(foreign.path(), {u"-c"_s, u"user.name=T"_s, u"-c"_s, u"user.email=t@example.invalid"_s, u"commit"_s, u"-qm"_s, u"theirs"_s});
        const QString head = git(foreign.path(), {u"rev-parse"_s, u"HEAD"_s});
        for (const QString &target : {foreign.path(), foreign.filePath(u"library"_s)}) {
            const CliRun r = exportTo(u"git"_s, target, {u"--force"_s});
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains("did not create") || r.err.contains("inside the git repository"), r.err.constData());
        }
        QCOMPARE(git(foreign.path(), {u"rev-parse"_s, u"HEAD"_s}), head);
        QCOMPARE(git(foreign.path(), {u"rev-list"_s, u"--count"_s, u"--all"_s}).trimmed(), u"1"_s);
        QVERIFY(!QFileInfo::exists(foreign.filePath(u"library"_s)));

        // Its own repository: updated with --force, refused without.
        QTemporaryDir own;
        QCOMPARE(exportTo(u"git"_s, own.path()).exitCode, 0);
        QCOMPARE(git(own.path(), {u"rev-list"_s, u"--count"_s, u"HEAD"_s}).trimmed(), u"1"_s);
        QVERIFY(exportTo(u"git"_s, own.path()).exitCode != 0);
        const CliRun update = exportTo(u"git"_s, own.path(), {u"--force"_s});
        QVERIFY2(update.exitCode == 0, update.err.constData());
        QCOMPARE(git(own.path(), {u"rev-list"_s, u"--count"_s, u"HEAD"_s}).trimmed(), u"2"_s);
    }

    void echoedKeyIsInNoExport_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : kFormats)
            QTest::newRow(qPrintable(format)) << format;
    }

    void echoedKeyIsInNoExport()
    {
        QFETCH(QString, format);
        qputenv("OPENAI_API_KEY", kKey);   // configured, so the export knows it
        QTemporaryDir out;
        const CliRun r = exportTo(format, out.path());
        qunsetenv("OPENAI_API_KEY");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"written"_s).toInt(), 1);
        QVERIFY(!r.out.contains(kKey));
        QVERIFY2(holding(out.path(), kKey).isEmpty(), qPrintable(holding(out.path(), kKey).join(u'\n')));
        QVERIFY(!holding(out.path(), "REDACTED").isEmpty());   // the texts are there, the key is not
        if (format == u"git"_s && haveGit()) {
            const QString history = git(out.path(), {u"log"_s, u"-p"_s, u"--all"_s, u"--format=%H %an <%ae>%n%B"_s});
            QVERIFY(history.contains(u"main.py"_s));
            QVERIFY2(!history.contains(QString::fromUtf8(kKey)), qPrintable(history));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliExchange)
#include "tst_cli_exchange.moc"
