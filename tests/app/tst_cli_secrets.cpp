// SPDX-License-Identifier: GPL-3.0-or-later
// Keys stay in memory: not in the workbench's /proc environment, not in anything it stores, whatever a
// server echoes back or a round prints.
#include "distillationscript.h"
#include "fakellmserver.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "sk-echoed-0123456789abcdefABCDEF";

QString cliBinary()
{
    const QString overridden = qEnvironmentVariable("WB_CODEDISTILLER_BIN");   // a copy outside the build tree
    return overridden.isEmpty() ? QStringLiteral(CODEDISTILLER_BIN) : overridden;
}

QProcessEnvironment environmentWithKey()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
    env.insert(u"VLLM_API_KEY"_s, QString::fromLatin1(kKey));
    env.insert(u"OPENAI_API_KEY"_s, QString::fromLatin1(kKey));
    return env;
}

// The answer's structured content, edited by @p edit, in the same wire format.
wb::test::FakeResponse editAnswer(wb::test::FakeResponse response, const std::function<void(nlohmann::json &)> &edit)
{
    nlohmann::json body = nlohmann::json::parse(response.body.toStdString());
    auto &content = body["choices"][0]["message"]["content"];
    nlohmann::json answer = nlohmann::json::parse(content.get<std::string>());
    edit(answer);
    content = answer.dump();
    response.body = QByteArray::fromStdString(body.dump());
    return response;
}

} // namespace

class TstCliSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    int runCli(const QString &workspace, const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(environmentWithKey());
        p.start(cliBinary(), QStringList{u"--workspace"_s, workspace} + args);
        if (!p.waitForFinished(300000))
            qFatal("codedistiller did not finish");
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

    // Every value of every table, blobs uncompressed; the rows that hold @p needle, as "table.column".
    static QStringList whereInWorkspace(const QString &workspace, const QByteArray &needle)
    {
        QStringList hits;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scan"_s);
            db.setDatabaseName(workspace);
            if (!db.open())
                qFatal("cannot open the workspace");
            for (const QString &table : db.tables()) {
                QSqlQuery q(db);
                q.exec(u"SELECT * FROM \"%1\""_s.arg(table));
                while (q.next()) {
                    const QSqlRecord rec = q.record();
                    const bool zlib = table == u"blobs"_s && rec.value(u"compression"_s).toString() == u"zlib"_s;
                    for (int i = 0; i < rec.count(); ++i) {
                        QByteArray value = rec.value(i).toByteArray();
                        if (zlib && rec.fieldName(i) == u"data"_s)
                            value = qUncompress(value);
                        if (value.contains(needle))
                            hits << table + u'.' + rec.fieldName(i);
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(u"scan"_s);
        hits.removeDuplicates();
        return hits;
    }

private Q_SLOTS:
    // The key a user exported is taken out of the running program: /proc/<pid>/environ shows no key, and
    // a process of the same ordinary user cannot read that file at all (the program is non-dumpable).
    void keyNotInProcessEnvironment()
    {
        QTcpServer silent;   // accepts and never answers: the program waits, long enough to look at it
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QProcess p;
        p.setProcessEnvironment(environmentWithKey());
        p.start(cliBinary(), {u"--workspace"_s, m_dir.filePath(u"ping.cdw"_s), u"llm"_s, u"ping"_s, u"--provider"_s,
                              u"openai"_s, u"--model"_s, u"gpt-4o"_s, u"--base-url"_s,
                              u"http://127.0.0.1:%1/v1"_s.arg(silent.serverPort()), u"--timeout"_s, u"30"_s,
                              u"--max-retries"_s, u"0"_s});
        QVERIFY(p.waitForStarted());
        QVERIFY(silent.waitForNewConnection(20000));   // the request is out: the key has been read
        QFile environ(u"/proc/%1/environ"_s.arg(p.processId()));
        if (environ.open(QIODevice::ReadOnly)) {
            const QByteArray env = environ.readAll();
            QVERIFY2(!env.isEmpty() || ::geteuid() != 0, "root reads every environment");
            QVERIFY2(!env.contains(kKey), "the key is still in /proc/<pid>/environ");
            QVERIFY(env.contains("CODEDISTILLER_NO_SECRET_STORE=1"));   // the rest of the environment stays
        } else {
            QVERIFY2(::geteuid() != 0, "only a non-root reader may be refused");
        }
        p.kill();
        p.waitForFinished();
    }

    // A server that echoes the key into every answer, and a round that prints a key it found and saves
    // it as an artifact: nothing in the workspace holds the key afterwards, and no round finds a key in
    // the environment of any process it can see.
    void echoedKeyIsFoundNowhere()
    {
        const QString repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(repo);
        // A key the round gets hold of (as if it had found it somewhere): readable by the round's user.
        QTemporaryDir leakDir(u"/tmp/wb-leak-XXXXXX"_s);
        QFile::setPermissions(leakDir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup);
        const QString keyFile = leakDir.filePath(u"key.txt"_s);
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kKey + '\n');
            f.setPermissions(f.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup);
        }
        const std::string leakyCode = u"import glob, os\n"
                                      "for env in glob.glob('/proc/*/environ'):\n"
                                      "    try:\n"
                                      "        if b'sk-echoed-' in open(env, 'rb').read():\n"
                                      "            print('ENV-LEAK', env)\n"
                                      "    except OSError:\n"
                                      "        pass\n"
                                      "found = open('%1').read().strip()\n"
                                      "print('found key', found)\n"
                                      "os.makedirs('to_save', exist_ok=True)\n"
                                      "open('to_save/found.txt', 'w').write(found)\n"_s.arg(keyFile).toStdString();
        const std::string key = kKey.toStdString();

        wb::test::FakeLlmServer server;
        const auto script = wb::test::DistillationScript::handler();
        server.setHandler([&](const wb::test::RecordedRequest &request) {
            const QString stage = wb::test::DistillationScript::stageOf(request);
            wb::test::FakeResponse response = script(request);
            if (stage == u"repository_summary"_s)
                return editAnswer(response, [&](nlohmann::json &a) { a["description"] = a["description"].get<std::string>() + " Key: " + key; });
            if (stage == u"example_generation"_s || stage == u"example_repair"_s)
                return editAnswer(response, [&](nlohmann::json &a) {
                    a["main_py"] = leakyCode + "# echoed " + key + "\n" + a["main_py"].get<std::string>();
                    a["metadata"]["echo"] = key;
                    if (a.contains("changes_made"))
                        a["changes_made"].push_back("used the key " + key);
                });
            if (stage == u"judge_verdict"_s)
                return editAnswer(response, [&](nlohmann::json &a) {
                    a["faithfulness_accurate_completeness_statement"] = "Saw " + key;
                });
            return response;
        });

        const QString ws = m_dir.filePath(u"echo.cdw"_s);
        QByteArray err;
        QCOMPARE(runCli(ws, {u"add"_s, repo}, &err), 0);
        const int rc = runCli(ws, {u"run"_s, u"--campaign"_s, u"echo"_s, u"--provider"_s, u"vllm"_s, u"--base-url"_s,
                                   server.openAiBaseUrl(), u"--model"_s, u"gpt-oss-120b"_s, u"--executor"_s, u"local"_s,
                                   u"--max-rounds"_s, u"2"_s, u"--round-timeout"_s, u"2"_s},
                              &err);
        QVERIFY2(rc == 0 || rc == 1, err.constData());   // the example may fail; it must have run

        QVERIFY2(whereInWorkspace(ws, kKey).isEmpty(), qPrintable(whereInWorkspace(ws, kKey).join(u", "_s)));
        QVERIFY2(!whereInWorkspace(ws, "ENV-LEAK /proc").contains(u"round_logs.line"_s),
                 "a round found a key in a process environment");
        // The key's places are there, redacted: the answers, the code, the round's output and its artifact.
        const QStringList redacted = whereInWorkspace(ws, "[REDACTED]");
        for (const QString &where : {u"round_logs.line"_s, u"blobs.data"_s, u"rounds.changes_made_json"_s})
            QVERIFY2(redacted.contains(where), qPrintable(where + u" has no redacted key: "_s + redacted.join(u", "_s)));
        QVERIFY(whereInWorkspace(ws, "found key [REDACTED]").contains(u"round_logs.line"_s));

        // Nothing under the workspace's folder or the round folders keeps it either.
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(u".cdw"_s) || path.startsWith(m_dir.filePath(u"matlib"_s)))
                continue;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(kKey), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(TstCliSecrets)
#include "tst_cli_secrets.moc"
