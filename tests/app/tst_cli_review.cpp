// SPDX-License-Identifier: GPL-3.0-or-later
// The review commands of the real codedistiller binary, over the demo campaign: judge and agreement.
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

class TstCliReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run run(const QStringList &args)
    {
        return wb::test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_dir.filePath(u"review.cdw"_s), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(u"/usr/bin/python3"_s))
            QSKIP("the demo runs its rounds with /usr/bin/python3");
        const Run demo = run({u"demo"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
    }

    void judgeAndAgreement()
    {
        // Example 1 is the demo's: the judge found it finished.
        Run r = run({u"judge"_s, u"1"_s, u"--annotator"_s, u"alice"_s, u"--ran"_s, u"yes"_s, u"--shows-function"_s, u"yes"_s,
                     u"--correct"_s, u"yes"_s, u"--decision"_s, u"accept"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 first = QJsonDocument::fromJson(r.out).object().value(u"id"_s).toInteger();
        r = run({u"judge"_s, u"1"_s, u"--annotator"_s, u"alice"_s, u"--decision"_s, u"needs-work"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"supersedes"_s).toInteger(), first);
        r = run({u"judge"_s, u"1"_s, u"--annotator"_s, u"bob"_s, u"--decision"_s, u"accept"_s});
        QCOMPARE(r.exitCode, 0);

        r = run({u"agreement"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray pairs = QJsonDocument::fromJson(r.out).object().value(u"pairs"_s).toArray();
        bool judgeAlice = false, judgeBob = false;
        for (const auto &v : pairs) {
            const QJsonObject p = v.toObject();
            if (p.value(u"criterion"_s).toString() != u"decision"_s || p.value(u"rater_a"_s).toString() != u"judge"_s)
                continue;
            if (p.value(u"rater_b"_s).toString() == u"alice"_s)
                judgeAlice = p.value(u"observed_agreement"_s).toDouble() == 0.0;   // alice's current: needs_work
            if (p.value(u"rater_b"_s).toString() == u"bob"_s)
                judgeBob = p.value(u"observed_agreement"_s).toDouble() == 1.0;
        }
        QVERIFY2(judgeAlice && judgeBob, r.out.constData());
    }

    /** The demo's example: round 1 failed with api_misuse, round 2 finished (none); an expert corrects round 1. */
    void errorClassesAndTheirCorrection()
    {
        Run r = run({u"report"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject taxonomy = QJsonDocument::fromJson(r.out).object().value(u"error_classes"_s).toObject();
        QVERIFY(taxonomy.value(u"classes"_s).toArray().contains(u"api_misuse"_s));
        QJsonObject campaign = taxonomy.value(u"campaigns"_s).toArray().first().toObject();
        QCOMPARE(campaign.value(u"rounds"_s).toObject().value(u"api_misuse"_s).toInt(), 1);
        QCOMPARE(campaign.value(u"rounds"_s).toObject().value(u"none"_s).toInt(), 1);
        QCOMPARE(campaign.value(u"final_failures_total"_s).toInt(), 0);   // the example succeeded
        QCOMPARE(campaign.value(u"corrected"_s).toInt(), 0);

        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"1"_s, u"--class"_s, u"crash"_s, u"--annotator"_s, u"alice"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("environment, dependency, api_misuse"), r.err.constData());   // names the classes
        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"9"_s, u"--class"_s, u"other"_s, u"--annotator"_s, u"alice"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("no round 9"), r.err.constData());
        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"1"_s, u"--class"_s, u"other"_s});
        QCOMPARE(r.exitCode, 2);   // who?

        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"1"_s, u"--class"_s, u"scientific"_s, u"--annotator"_s, u"alice"_s,
                 u"--reason"_s, u"the wavelength unit is a science error"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(first.value(u"judge_error_class"_s).toString(), u"api_misuse"_s);
        QVERIFY(first.value(u"supersedes"_s).isNull());
        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"1"_s, u"--class"_s, u"dependency"_s, u"--annotator"_s, u"bob"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("set to dependency by bob (the judge said api_misuse); supersedes correction"), r.out.constData());
        r = run({u"error-class"_s, u"1"_s, u"--round"_s, u"1"_s, u"--history"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history = QJsonDocument::fromJson(r.out).object().value(u"corrections"_s).toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(u"reason"_s).toString(), u"the wavelength unit is a science error"_s);
        QCOMPARE(history[1].toObject().value(u"supersedes"_s).toInteger(), first.value(u"id"_s).toInteger());

        r = run({u"report"_s, u"--json"_s});
        taxonomy = QJsonDocument::fromJson(r.out).object().value(u"error_classes"_s).toObject();
        campaign = taxonomy.value(u"campaigns"_s).toArray().first().toObject();
        QCOMPARE(campaign.value(u"rounds"_s).toObject().value(u"api_misuse"_s).toInt(), 0);
        QCOMPARE(campaign.value(u"rounds"_s).toObject().value(u"dependency"_s).toInt(), 1);
        QCOMPARE(campaign.value(u"corrected"_s).toInt(), 1);
        QCOMPARE(taxonomy.value(u"corrected"_s).toInt(), 1);

        r = run({u"report"_s});   // Markdown: Table 1, then the error classes and how many an expert corrected
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("## Error classes"), r.out.constData());
        QVERIFY2(r.out.contains(" | 1 | 0 | 1 | 0 | 0 | 0 | 0 | — | 1 |\n") && r.out.contains("| rounds (2) | "), r.out.constData());
        QVERIFY2(r.out.contains("1 round(s) carry an expert's error class"), r.out.constData());
        r = run({u"report"_s, u"--error-classes"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("campaign,counted,total,none,environment,dependency,api_misuse"), r.out.constData());
        QCOMPARE(r.out.count('\n'), 3);   // header, rounds, final failures
    }

    void reportJsonCarriesTheChartSeries()
    {
        const Run r = run({u"report"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"campaigns"_s).toArray().size(), 1);
        const QJsonObject series = report.value(u"series"_s).toObject();
        QCOMPARE(series.value(u"max_rounds"_s).toInt(), 2);   // round 1 failed, the repair finished
        const QJsonObject campaign = series.value(u"campaigns"_s).toArray().first().toObject();
        QCOMPARE(campaign.value(u"rounds_histogram"_s).toObject().value(u"successes"_s).toArray(), QJsonArray({0, 1}));
        const QJsonObject example = campaign.value(u"examples"_s).toArray().first().toObject();
        QCOMPARE(example.value(u"example_id"_s).toInteger(), 1);
        QVERIFY(example.value(u"judge_success"_s).toBool());
        QCOMPARE(example.value(u"annotators"_s).toInt(), 2);   // alice and bob
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no annotator") << QStringList{u"judge"_s, u"1"_s, u"--decision"_s, u"accept"_s};
        QTest::newRow("bad answer") << QStringList{u"judge"_s, u"1"_s, u"--annotator"_s, u"a"_s, u"--ran"_s, u"perhaps"_s};
        QTest::newRow("bad decision") << QStringList{u"judge"_s, u"1"_s, u"--annotator"_s, u"a"_s, u"--decision"_s, u"ok"_s};
        QTest::newRow("nothing to record") << QStringList{u"judge"_s, u"1"_s, u"--annotator"_s, u"a"_s};
        QTest::newRow("not an id") << QStringList{u"judge"_s, u"one"_s, u"--annotator"_s, u"a"_s, u"--ran"_s, u"yes"_s};
        QTest::newRow("unknown example") << QStringList{u"judge"_s, u"999"_s, u"--annotator"_s, u"a"_s, u"--ran"_s, u"yes"_s};
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("codedistiller: "));
    }
};

QTEST_GUILESS_MAIN(TstCliReview)
#include "tst_cli_review.moc"
