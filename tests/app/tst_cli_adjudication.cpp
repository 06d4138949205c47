// SPDX-License-Identifier: GPL-3.0-or-later
// Line comments and adjudication through the real codedistiller binary, over the demo campaign.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = wb::test::CliRun;

class TstCliAdjudication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_dir.filePath(u"adjudication.cdw"_s), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("the demo runs its rounds with /usr/bin/python3");
        const Run demo = run({u"demo"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void annotateAndList()
    {
        // Example 1 is the demo's; its round 1 failed with a traceback in the log.
        Run r = run({u"annotate"_s, u"1"_s, u"--round"_s, u"1"_s, u"--file"_s, u"main.py"_s, u"--line"_s, u"1"_s, u"--text"_s,
                     u"the import is fine"_s, u"--annotator"_s, u"alice"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"file"_s).toString(), u"main.py"_s);
        r = run({u"annotate"_s, u"1"_s, u"--round"_s, u"1"_s, u"--file"_s, u"log"_s, u"--line"_s, u"1"_s, u"--text"_s,
                 u"setup took long"_s, u"--annotator"_s, u"bob"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("recorded"));

        r = run({u"annotations"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray comments = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).toObject().value(u"round"_s).toInt(), 1);
        r = run({u"annotations"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("setup took long"));
        QVERIFY(r.out.contains("alice"));
    }

    void queueAndGold()
    {
        Run r = run({u"judge"_s, u"1"_s, u"--annotator"_s, u"alice"_s, u"--decision"_s, u"reject"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({u"adjudicate"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray queue = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().toObject().value(u"conflicts"_s).toArray(), QJsonArray{u"decision"_s});
        r = run({u"adjudicate"_s, u"--campaign"_s, u"demo"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("decision"));
        QVERIFY(r.out.contains("judge=accept"));

        r = run({u"adjudicate"_s, u"1"_s, u"--criterion"_s, u"decision"_s, u"--value"_s, u"needs-work"_s, u"--reason"_s,
                 u"the chart lacks units"_s, u"--adjudicator"_s, u"carol"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"value"_s).toString(), u"needs_work"_s);
        r = run({u"adjudicate"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
        r = run({u"adjudicate"_s});
        QVERIFY(r.out.contains("No disagreements"));
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList annotate{u"annotate"_s, u"1"_s, u"--round"_s, u"1"_s, u"--annotator"_s, u"a"_s, u"--text"_s, u"t"_s};
        QTest::newRow("unknown file") << annotate + QStringList{u"--file"_s, u"setup.py"_s, u"--line"_s, u"1"_s};
        QTest::newRow("past the end") << annotate + QStringList{u"--file"_s, u"main.py"_s, u"--line"_s, u"99999"_s};
        QTest::newRow("line 0") << annotate + QStringList{u"--file"_s, u"log"_s, u"--line"_s, u"0"_s};
        QTest::newRow("no line") << annotate + QStringList{u"--file"_s, u"main.py"_s};
        QTest::newRow("empty text") << QStringList{u"annotate"_s, u"1"_s, u"--round"_s, u"1"_s, u"--file"_s, u"main.py"_s,
                                                   u"--line"_s, u"1"_s, u"--text"_s, u" "_s, u"--annotator"_s, u"a"_s};
        QTest::newRow("not an example") << QStringList{u"annotations"_s, u"one"_s};
        const QStringList gold{u"adjudicate"_s, u"1"_s, u"--criterion"_s, u"decision"_s, u"--adjudicator"_s, u"c"_s};
        QTest::newRow("no reason") << gold + QStringList{u"--value"_s, u"accept"_s};
        QTest::newRow("bad value") << gold + QStringList{u"--value"_s, u"yes"_s, u"--reason"_s, u"r"_s};
        QTest::newRow("unsure gold") << QStringList{u"adjudicate"_s, u"1"_s, u"--criterion"_s, u"function_correct"_s, u"--value"_s,
                                                    u"unsure"_s, u"--reason"_s, u"r"_s, u"--adjudicator"_s, u"c"_s};
        QTest::newRow("gold without example") << QStringList{u"adjudicate"_s, u"--criterion"_s, u"decision"_s};
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("codedistiller: "));
    }
};

QTEST_GUILESS_MAIN(TstCliAdjudication)
#include "tst_cli_adjudication.moc"
