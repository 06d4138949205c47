// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller run` as a process: end to end, kill -9 and resume, cancel from another process.
#include "distillationscript.h"
#include "fakellmserver.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;

class TstCliRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
        return env;
    }

    Run run(const QString &workspace, const QStringList &args, QProcessEnvironment env = environment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, workspace} + args);
        if (!p.waitForFinished(300000))
            qFatal("codedistiller did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QStringList runArgs(const wb::test::FakeLlmServer &server, const QString &campaign) const
    {
        return {u"run"_s, u"--campaign"_s, campaign, u"--provider"_s, u"vllm"_s, u"--base-url"_s, server.openAiBaseUrl(),
                u"--model"_s, u"gpt-oss-120b"_s, u"--executor"_s, u"local"_s, u"--max-rounds"_s, u"3"_s, u"--round-timeout"_s, u"2"_s};
    }

    static QStringList stagesFrom(const QList<wb::test::RecordedRequest> &requests, qsizetype from)
    {
        QStringList out;
        for (qsizetype i = from; i < requests.size(); ++i)
            out << wb::test::DistillationScript::stageOf(requests[i]);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(m_repo);
    }

    void runStatusShow()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"run.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        Run r = run(ws, runArgs(server, u"first"_s) << u"--json"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"success"_s).toInt(), 1);
        QVERIFY(r.err.contains("[matlib] RUNNING judge round 1/3"));

        r = run(ws, {u"status"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject example = r.json().array().first().toObject().value(u"examples"_s).toArray().first().toObject();
        QCOMPARE(example.value(u"status"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(example.value(u"rounds_executed"_s).toInt(), 2);

        r = run(ws, {u"show"_s, QString::number(example.value(u"id"_s).toInt()), u"--round"_s, u"1"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject round1 = r.json().object().value(u"rounds"_s).toArray().first().toObject();
        QCOMPARE(round1.value(u"exit_code"_s).toInt(), 1);
        QCOMPARE(round1.value(u"error_class"_s).toString(), u"api_misuse"_s);
        bool traceback = false;
        for (const auto &l : round1.value(u"log"_s).toArray())
            traceback = traceback || l.toObject().value(u"line"_s).toString().startsWith(u"TypeError"_s);
        QVERIFY(traceback);
        QVERIFY(round1.value(u"main_py"_s).toString().contains(u"spacing=1.6"_s));

        r = run(ws, {u"show"_s, QString::number(example.value(u"id"_s).toInt())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("round 2 (repaired): completed, exit 0"));

        // An expert fix from a folder: stored as round 3 (human), run through the campaign's executor, judged.
        const QString id = QString::number(example.value(u"id"_s).toInt());
        QTemporaryDir fixDir;
        auto write = [&fixDir](const QString &name, const QByteArray &text) {
            QFile f(fixDir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(u"main.py"_s, "print('fixed by hand')\n");
        write(u"run.sh"_s, "python main.py\n");
        write(u"metadata.json"_s, "{\"name\": \"matlib demo\"}");
        QCOMPARE(run(ws, {u"fix"_s, id, u"--from"_s, fixDir.path()}).exitCode, 2);   // no annotator: a usage error
        const int before = int(server.requests().size());
        r = run(ws, {u"fix"_s, id, u"--from"_s, fixDir.path(), u"--annotator"_s, u"ada"_s, u"--judge"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(u"round"_s).toInt(), 3);
        QCOMPARE(r.json().object().value(u"exit_code"_s).toInt(), 0);
        QVERIFY(r.json().object().value(u"judged"_s).toBool());
        QCOMPARE(r.json().object().value(u"status"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(stagesFrom(server.requests(), before), QStringList{u"judge_verdict"_s});
        r = run(ws, {u"show"_s, id});
        QVERIFY2(r.out.contains("round 3 (human): completed, exit 0"), r.out.constData());
        r = run(ws, {u"fix"_s, id, u"--run-only"_s});   // nothing waits to run: refused as invalid input
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no expert round waiting"), r.err.constData());
    }

    void killMinus9ThenResumeForFree()
    {
        wb::test::FakeLlmServer server;
        wb::test::DistillationScript::Options options;
        options.repairDelayMs = 4000;
        server.setHandler(wb::test::DistillationScript::handler(options));
        const QString ws = m_dir.filePath(u"kill.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);

        QProcess victim;
        victim.setProcessEnvironment(environment());
        victim.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, ws} + runArgs(server, u"crash"_s));
        QVERIFY(victim.waitForStarted());
        // Kill while the repair call of round 1 is in flight: everything before it is committed.
        QTRY_VERIFY_WITH_TIMEOUT(stagesFrom(server.requests(), 0).contains(u"example_repair"_s), 120000);
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);
        const qsizetype before = server.requestCount();
        const QStringList stagesBefore = stagesFrom(server.requests(), 0);
        QCOMPARE(stagesBefore.count(u"example_generation"_s), 1);
        QCOMPARE(stagesBefore.count(u"judge_verdict"_s), 1);

        const Run resumed = run(ws, {u"run"_s, u"--resume"_s, u"crash"_s, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QCOMPARE(resumed.json().object().value(u"success"_s).toInt(), 1);
        // After the kill the server saw only the interrupted repair and the new round's judge:
        // no summary, classification, generation or round-1 judge was paid for twice.
        QCOMPARE(stagesFrom(server.requests(), before), (QStringList{u"example_repair"_s, u"judge_verdict"_s}));

        const Run status = run(ws, {u"show"_s, u"1"_s, u"--json"_s});
        const QJsonArray rounds = status.json().object().value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 2);   // no round duplicated
        QCOMPARE(rounds[0].toObject().value(u"round"_s).toInt(), 1);
        QCOMPARE(rounds[1].toObject().value(u"round"_s).toInt(), 2);
        QCOMPARE(rounds[1].toObject().value(u"is_finished"_s).toBool(), true);
    }

    void cancelFromAnotherProcess()
    {
        wb::test::FakeLlmServer server;
        wb::test::DistillationScript::Options options;
        options.repairDelayMs = 3000;
        server.setHandler(wb::test::DistillationScript::handler(options));
        const QString ws = m_dir.filePath(u"cancel.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        QProcess running;
        running.setProcessEnvironment(environment());
        running.start(QStringLiteral(CODEDISTILLER_BIN), QStringList{u"--workspace"_s, ws} + runArgs(server, u"stopme"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stagesFrom(server.requests(), 0).contains(u"example_repair"_s), 120000);
        QCOMPARE(run(ws, {u"cancel"_s, u"stopme"_s}).exitCode, 0);
        QVERIFY(running.waitForFinished(30000));
        QCOMPARE(running.exitCode(), 1);
        const Run status = run(ws, {u"status"_s, u"--json"_s});
        const QJsonObject campaign = status.json().array().first().toObject();
        QCOMPARE(campaign.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(campaign.value(u"examples"_s).toArray().first().toObject().value(u"status"_s).toString(), u"CANCELLED"_s);
    }

    /** The price catalogue's warnings before anything is sent, in --json too; a retired model refused unless --allow-retired. */
    void modelWarningsAndRetiredModels()
    {
        QTemporaryDir config;   // the user's override catalogue (XDG_CONFIG_HOME/codedistiller-workbench/models.json)
        QVERIFY(QDir(config.path()).mkpath(u"codedistiller-workbench"_s));
        QFile file(config.filePath(u"codedistiller-workbench/models.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QDate today = QDate::currentDate();
        file.write(uR"({"as_of": "%1", "models": {
            "retired-model": {"provider": "vllm", "input": 1.0, "output": 2.0, "status": "deprecated", "retires_on": "2020-01-31"},
            "soon-model": {"provider": "vllm", "input": 1.0, "output": 2.0, "status": "deprecated", "retires_on": "%2"}}})"_s
                       .arg(today.toString(Qt::ISODate), today.addDays(10).toString(Qt::ISODate))
                       .toUtf8());
        file.close();
        QProcessEnvironment env = environment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());

        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"retired.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}, env).exitCode, 0);
        auto withModel = [&](const QString &campaign, const QString &model) {
            QStringList args = runArgs(server, campaign);
            args[args.indexOf(u"gpt-oss-120b"_s)] = model;
            return args;
        };

        // retired: refused with what to do, before any campaign is written or any request sent
        Run r = run(ws, withModel(u"old"_s, u"retired-model"_s), env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("codedistiller: warning: retired-model was retired on 2020-01-31"), r.err.constData());
        QVERIFY2(r.err.contains("--allow-retired") && r.err.contains("llm models"), r.err.constData());
        QCOMPARE(server.requests().size(), 0);
        r = run(ws, {u"status"_s, u"--json"_s}, env);
        QCOMPARE(r.json().array().size(), 0);
        r = run(ws, {u"run"_s, u"--compare"_s, u"vllm/soon-model"_s, u"--compare"_s, u"vllm/retired-model"_s, u"--base-url"_s,
                     server.openAiBaseUrl(), u"--executor"_s, u"local"_s},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("retired-model is past its retirement date"), r.err.constData());
        QCOMPARE(server.requests().size(), 0);

        // retiring soon: said on stderr before the first request, and in --json
        r = run(ws, withModel(u"soon"_s, u"soon-model"_s) << u"--json"_s, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray warning = "codedistiller: warning: soon-model retires on " + today.addDays(10).toString(Qt::ISODate).toUtf8();
        QVERIFY2(r.err.contains(warning), r.err.constData());
        QVERIFY(r.err.indexOf(warning) < r.err.indexOf("[matlib]"));
        const QJsonArray warnings = r.json().object().value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().toString().startsWith(u"soon-model retires on"_s));

        // retired, on purpose
        r = run(ws, withModel(u"anyway"_s, u"retired-model"_s) << u"--allow-retired"_s << u"--json"_s, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().object().value(u"warnings"_s).toArray().first().toString().contains(u"was retired on 2020-01-31"_s));
    }

    void usageErrors()
    {
        const QString ws = m_dir.filePath(u"usage.cdw"_s);
        QCOMPARE(run(ws, {u"run"_s, u"--model"_s, u"m"_s}).exitCode, 2);
        QCOMPARE(run(ws, {u"run"_s, u"--provider"_s, u"vllm"_s, u"--model"_s, u"m"_s, u"--executor"_s, u"docker"_s}).exitCode, 2);
        QCOMPARE(run(ws, {u"run"_s, u"--provider"_s, u"vllm"_s, u"--model"_s, u"m"_s, u"--max-rounds"_s, u"zero"_s}).exitCode, 2);
        const Run empty = run(ws, {u"run"_s, u"--provider"_s, u"vllm"_s, u"--model"_s, u"m"_s});
        QCOMPARE(empty.exitCode, 2);
        QVERIFY(empty.err.contains("no repositories"));
        QCOMPARE(run(ws, {u"run"_s, u"--resume"_s, u"nope"_s}).exitCode, 1);
        QCOMPARE(run(ws, {u"show"_s, u"42"_s}).exitCode, 1);
        QCOMPARE(run(ws, {u"cancel"_s, u"nothing"_s}).exitCode, 1);
        QCOMPARE(run(ws, {u"run"_s, u"--help"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TstCliRun)
#include "tst_cli_run.moc"
