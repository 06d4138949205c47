// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller protocol list|show|diff`, `run --protocol`, and the protocol in status, report and matrix.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wb::test::CliRun;

class TstCliProtocol : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_cassette;

    CliRun cli(const QStringList &args) { return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_workspace, args); }

    static void write(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_workspace = m_dir.filePath(u"ws.cdw"_s);
        qputenv("CODEDISTILLER_PROTOCOL_PATH", m_dir.filePath(u"protocols"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        // A lab's variant with fewer rounds.
        write(m_dir.filePath(u"protocols/short-loop/protocol.json"_s),
              R"({"extends": "codedistiller-2025", "title": "Three rounds only", "rounds": {"max_rounds": 3}})");
        // The demo's recorded responses, to run a second campaign on the demo's repository.
        QFile cassette(u":/wb/demo/recorded-responses.jsonl"_s);
        QVERIFY(cassette.open(QIODevice::ReadOnly));
        m_cassette = m_dir.filePath(u"demo.jsonl"_s);
        write(m_cassette, cassette.readAll());
    }

    void listShowDiff()
    {
        CliRun r = cli({u"--json"_s, u"protocol"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        for (const auto &v : r.json().array()) {
            names << v.toObject().value(u"name"_s).toString();
            QCOMPARE(v.toObject().value(u"hash"_s).toString().size(), 12);
        }
        QVERIFY(names.contains(u"codedistiller-2025"_s));
        QVERIFY(names.contains(u"short-loop"_s));

        r = cli({u"--json"_s, u"protocol"_s, u"show"_s, u"codedistiller-2025"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = r.json().object();
        QCOMPARE(shown.value(u"hash"_s).toString().size(), 64);
        QCOMPARE(shown.value(u"rounds"_s).toObject().value(u"max_rounds"_s).toInt(), 8);
        QCOMPARE(shown.value(u"model_settings"_s).toObject().value(u"reasoning"_s).toObject().value(u"reasoning_effort"_s).toString(), u"high"_s);
        QVERIFY(!shown.contains(u"prompts"_s));
        r = cli({u"protocol"_s, u"show"_s, u"codedistiller-2025"_s, u"--prompts"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("===== judge_verdict ====="));
        QVERIFY(r.out.contains("is NOT acceptable"));

        r = cli({u"protocol"_s, u"diff"_s, u"codedistiller-2025"_s, u"short-loop"_s});
        QCOMPARE(r.exitCode, 1);   // they differ
        QVERIFY2(r.out.contains("rounds.max_rounds: 8 → 3"), r.out.constData());
        r = cli({u"protocol"_s, u"diff"_s, u"codedistiller-2025"_s, u"codedistiller-2025"_s});
        QCOMPARE(r.exitCode, 0);

        r = cli({u"protocol"_s, u"show"_s, u"no-such-protocol"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Unknown protocol \"no-such-protocol\""));
        QVERIFY(r.err.contains("codedistiller-2025"));
        r = cli({u"protocol"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void campaignsRecordAndCompareTheirProtocols()
    {
        CliRun r = cli({u"demo"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // An unknown protocol is refused before anything is written.
        r = cli({u"run"_s, u"--campaign"_s, u"bad"_s, u"--protocol"_s, u"codedistiller-1999"_s, u"--provider"_s, u"openai-compatible"_s,
                 u"--model"_s, u"recorded-demo"_s, u"--replay"_s, u"--cassette"_s, m_cassette, u"--executor"_s, u"local"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("codedistiller-1999"));
        // The same repository under the lab's variant.
        r = cli({u"run"_s, u"--campaign"_s, u"short"_s, u"--protocol"_s, u"short-loop"_s, u"--provider"_s, u"openai-compatible"_s,
                 u"--model"_s, u"recorded-demo"_s, u"--replay"_s, u"--cassette"_s, m_cassette, u"--executor"_s, u"local"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = cli({u"--json"_s, u"status"_s});
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> protocols;
        for (const auto &c : r.json().array())
            protocols.insert(c.toObject().value(u"name"_s).toString(), c.toObject().value(u"protocol"_s).toObject());
        QCOMPARE(protocols.value(u"short"_s).value(u"name"_s).toString(), u"short-loop"_s);
        QCOMPARE(protocols.value(u"demo"_s).value(u"name"_s).toString(), u"codedistiller-2025"_s);
        const QString demoHash = protocols.value(u"demo"_s).value(u"hash"_s).toString();
        QCOMPARE(demoHash.size(), 64);
        // The campaign's own snapshot, whatever happens to the files later.
        r = cli({u"--json"_s, u"protocol"_s, u"show"_s, u"campaign:demo"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(u"hash"_s).toString(), demoHash);
        // The short campaign ran under its protocol's round budget (3).
        r = cli({u"--json"_s, u"report"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = r.json().object();
        QStringList rowProtocols;
        for (const auto &row : report.value(u"campaigns"_s).toArray())
            rowProtocols << row.toObject().value(u"protocol"_s).toString();
        QVERIFY2(rowProtocols.join(u' ').contains(u"short-loop ("_s), qPrintable(rowProtocols.join(u' ')));
        const QString warnings = report.value(u"warnings"_s).toVariant().toStringList().join(u' ');
        QVERIFY2(warnings.contains(u"different protocols"_s), qPrintable(warnings));
        r = cli({u"report"_s});
        QVERIFY(r.out.contains("**Warning:**"));
        r = cli({u"--json"_s, u"matrix"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().object().value(u"warnings"_s).toArray().isEmpty());
        r = cli({u"matrix"_s});
        QVERIFY(r.err.contains("different protocols"));
    }
};

QTEST_GUILESS_MAIN(TstCliProtocol)
#include "tst_cli_protocol.moc"
