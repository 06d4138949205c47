// SPDX-License-Identifier: GPL-3.0-or-later
// A review bundle round trip with the CLI: `workspace bundle` writes one self-contained file, a colleague
// reviews in it (judgements, a line comment, a gold decision) while work goes on at home, and
// `workspace merge-reviews` brings everything back append-only — twice changes nothing, a judgement made
// on both sides by the same person keeps the newer one current, and nothing of either side is lost.
#include "clirun.h"
#include "curationfixture.h"
#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCliReviewBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    test::CliRun cli(const QString &workspace, const QStringList &args)
    {
        return test::runCli(QStringLiteral(CODEDISTILLER_BIN), workspace, args, 120000);
    }

    static store::JudgementRecord judgement(qint64 example, const QString &who, store::Decision decision, const QString &notes = {})
    {
        store::JudgementRecord j;
        j.exampleId = example;
        j.annotator = who;
        j.decision = decision;
        j.notes = notes;
        return j;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    }

    void roundTrip()
    {
        const QString homePath = m_dir.filePath(u"home.cdw"_s);
        qint64 first = 0, second = 0;
        {
            const auto home = store::Workspace::open(homePath);
            test::CurationFixture fixture(home, {u"alice"_s});
            const qint64 campaign = fixture.addCampaign(u"gpt5"_s, u"openai"_s, u"gpt-5"_s);
            test::CurationFixture::Example macroDensity;
            macroDensity.repository = u"WMD-group/MacroDensity"_s;
            macroDensity.rounds = 2;
            macroDensity.correct = {u"yes"_s};
            first = fixture.addExample(campaign, macroDensity);
            test::CurationFixture::Example pymatgen;
            pymatgen.repository = u"materialsproject/pymatgen"_s;
            pymatgen.correct = {u""_s};
            second = fixture.addExample(campaign, pymatgen);
        }

        // The bundle: one file, nothing beside it, no cache folder.
        const QString bundlePath = m_dir.filePath(u"out/for-bob.cdw"_s);
        QDir().mkpath(m_dir.filePath(u"out"_s));
        test::CliRun r = cli(homePath, {u"--json"_s, u"workspace"_s, u"bundle"_s, u"--to"_s, bundlePath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.json().object().value(u"rows"_s).toInteger() > 0);
        QCOMPARE(QDir(m_dir.filePath(u"out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{u"for-bob.cdw"_s});
        // Writing over an existing file is refused.
        QCOMPARE(cli(homePath, {u"workspace"_s, u"bundle"_s, u"--to"_s, bundlePath}).exitCode, 2);

        // Bob reviews in the bundle (a copy opened elsewhere) while alice goes on at home.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(u"review.cdw"_s);
        QVERIFY(QFile::copy(bundlePath, copy));
        {
            const auto bundle = store::Workspace::open(copy, elsewhere.filePath(u"cache"_s));
            QCOMPARE(store::PipelineStore(bundle).rounds(first).size(), 2);   // all there, offline
            QVERIFY(!store::PipelineStore(bundle).blob(store::PipelineStore(bundle).rounds(first).first().mainPyBlob).isEmpty());
            store::JudgementStore(bundle).add(judgement(first, u"bob"_s, store::Decision::Reject, u"wrong units"_s));
            store::JudgementStore(bundle).add(judgement(second, u"bob"_s, store::Decision::Accept));
            store::JudgementStore(bundle).add(judgement(second, u"alice"_s, store::Decision::NeedsWork, u"in the bundle"_s));
            store::AnnotationRecord comment;
            comment.roundId = store::PipelineStore(bundle).rounds(first).last().id;
            comment.target = u"main.py"_s;
            comment.line = 1;
            comment.body = u"eV, not Hartree"_s;
            comment.annotator = u"bob"_s;
            store::AnnotationStore(bundle).add(comment);
            store::AdjudicationRecord gold;
            gold.exampleId = first;
            gold.criterion = u"decision"_s;
            gold.value = u"reject"_s;
            gold.adjudicator = u"bob"_s;
            gold.reason = u"the potential is off by a factor"_s;
            store::AdjudicationStore(bundle).record(gold);
        }   // closed: the workbench writes everything into the file when it closes it
        QFile::remove(bundlePath);
        QVERIFY(QFile::copy(copy, bundlePath));   // sent back
        QThread::msleep(5);
        {
            const auto home = store::Workspace::open(homePath);
            store::JudgementStore(home).add(judgement(second, u"alice"_s, store::Decision::Accept, u"at home, later"_s));
        }

        r = cli(homePath, {u"--json"_s, u"workspace"_s, u"merge-reviews"_s, bundlePath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject merged = r.json().object();
        QCOMPARE(merged.value(u"judgements"_s).toInt(), 3);
        QCOMPARE(merged.value(u"annotations"_s).toInt(), 1);
        QCOMPARE(merged.value(u"adjudications"_s).toInt(), 1);
        QCOMPARE(merged.value(u"annotators"_s).toArray(), (QJsonArray{u"alice"_s, u"bob"_s}));
        QCOMPARE(merged.value(u"conflicts"_s).toArray().size(), 1);
        QVERIFY(merged.value(u"conflicts"_s).toArray().first().toString().contains(u"alice"_s));

        const auto home = store::Workspace::open(homePath);
        // Nothing lost: alice's history of the second example holds both of her judgements; the newer is current.
        QList<store::JudgementRecord> alice;
        for (const auto &j : store::JudgementStore(home).history(second))
            if (j.annotator == u"alice"_s)
                alice << j;
        QVERIFY(std::any_of(alice.cbegin(), alice.cend(), [](const auto &j) { return j.notes == u"in the bundle"_s; }));
        QCOMPARE(alice.last().notes, u"at home, later"_s);
        const auto current = store::JudgementStore(home).current(store::PipelineStore(home).example(second)->campaignId);
        for (const auto &j : current)
            if (j.exampleId == second && j.annotator == u"alice"_s)
                QCOMPARE(j.decision, store::Decision::Accept);
        QCOMPARE(store::AnnotationStore(home).forExample(first).size(), 1);
        QCOMPARE(store::AdjudicationStore(home).gold(first).value(u"decision"_s).value, u"reject"_s);

        // Merging again adds nothing.
        r = cli(homePath, {u"--json"_s, u"workspace"_s, u"merge-reviews"_s, bundlePath});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        merged = r.json().object();
        QCOMPARE(merged.value(u"judgements"_s).toInt() + merged.value(u"annotations"_s).toInt() + merged.value(u"adjudications"_s).toInt(), 0);
        QVERIFY(merged.value(u"already_there"_s).toInt() >= 5);
        // Merging a workspace into itself is refused.
        QCOMPARE(cli(homePath, {u"workspace"_s, u"merge-reviews"_s, homePath}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TstCliReviewBundle)
#include "tst_cli_reviewbundle.moc"
