// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller run --compare`: three models over the same repositories, one campaign each, all at once.
#include "clirun.h"
#include "distillationscript.h"
#include "fakellmserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstCliCompare : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    wb::test::CliRun run(const QString &workspace, const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace, args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_repo = m_dir.filePath(u"matlib"_s);
        wb::test::DistillationScript::makeRepository(m_repo);
    }

    void threeModelsAtOnce()
    {
        wb::test::FakeLlmServer server;
        server.setHandler(wb::test::DistillationScript::handler());
        const QString ws = m_dir.filePath(u"compare.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        const QStringList models{u"model-a"_s, u"model-b"_s, u"model-c"_s};
        QStringList args{u"run"_s, u"--campaign"_s, u"trio"_s, u"--base-url"_s, server.openAiBaseUrl(), u"--executor"_s, u"local"_s,
                         u"--max-rounds"_s, u"3"_s, u"--round-timeout"_s, u"2"_s, u"--json"_s};
        for (const QString &m : models)
            args << u"--compare"_s << u"vllm/"_s + m;
        const wb::test::CliRun r = run(ws, args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray campaigns = r.json().object().value(u"campaigns"_s).toArray();
        QCOMPARE(campaigns.size(), 3);
        QStringList names;
        for (const auto &c : campaigns) {
            QCOMPARE(c.toObject().value(u"success"_s).toInt(), 1);
            names << c.toObject().value(u"campaign"_s).toString();
        }
        QCOMPARE(names, (QStringList{u"trio vllm/model-a"_s, u"trio vllm/model-b"_s, u"trio vllm/model-c"_s}));
        for (const QString &m : models)   // per-campaign progress, prefixed by the model
            QVERIFY2(r.err.contains((u"[vllm/"_s + m + u"] [matlib] RUNNING"_s).toUtf8()), r.err.constData());

        // The server saw all three models, their requests interleaved: the campaigns ran at the same time.
        QStringList asked;
        for (const auto &request : server.requests())
            asked << QString::fromStdString(request.json().value("model", std::string()));
        for (const QString &x : models)
            for (const QString &y : models)
                if (x != y)
                    QVERIFY2(asked.indexOf(x) >= 0 && asked.indexOf(x) < asked.lastIndexOf(y), qPrintable(asked.join(u' ')));

        // Three campaigns in the workspace, each with its own successful example.
        const wb::test::CliRun status = run(ws, {u"status"_s, u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        const QJsonArray listed = status.json().array();
        QCOMPARE(listed.size(), 3);
        for (const auto &c : listed)
            QCOMPARE(c.toObject().value(u"examples"_s).toArray().first().toObject().value(u"status"_s).toString(), u"SUCCESS"_s);
    }

    void refusesHalfAComparison()
    {
        const QString ws = m_dir.filePath(u"usage.cdw"_s);
        QCOMPARE(run(ws, {u"add"_s, m_repo}).exitCode, 0);
        QCOMPARE(run(ws, {u"run"_s, u"--compare"_s, u"vllm/a"_s}).exitCode, 2);   // one model is no comparison
        QCOMPARE(run(ws, {u"run"_s, u"--compare"_s, u"vllm/a"_s, u"--compare"_s, u"vllm/b"_s, u"--model"_s, u"c"_s}).exitCode, 2);
        QCOMPARE(run(ws, {u"run"_s, u"--compare"_s, u"vllm"_s, u"--compare"_s, u"vllm/b"_s}).exitCode, 2);
        QCOMPARE(run(ws, {u"status"_s, u"--json"_s}).json().array().size(), 0);   // nothing was written
    }
};

QTEST_GUILESS_MAIN(TstCliCompare)
#include "tst_cli_compare.moc"
