// SPDX-License-Identifier: GPL-3.0-or-later
// The Examples tab lists every campaign's examples through the session, for the session's reviewer:
// in blind review, what the reviewer has not judged is listed blinded, and a new reviewer name or a
// changed setting lists again.
#include "gitfixture.h"
#include "mainwindow/examplespage.h"
#include "models/exampletablemodel.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "session/workspacesession.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "tempworkspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstExamplesPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

    static const ui::ExampleTableModel::Row *row(const ui::ExamplesPage &page, int index)
    {
        return static_cast<const ui::ExampleTableModel *>(page.exampleTable()->model())->rowAt(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_repo = m_dir.filePath(u"matlib"_s);
        test::GitFixture repo(m_repo);
        repo.addFile("README.md", "# matlib\n");
        repo.commit();
    }

    void listsForTheSessionsReviewer()
    {
        test::TempWorkspace tmp;
        const auto repository = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(tmp.workspace());
        const qint64 first = pipeline.createCampaign(u"first"_s, pipeline::CampaignConfig().toJson());
        const qint64 example = pipeline.addExamples(first, {repository.id}).first().id;
        pipeline.setExampleState(example, wb::store::ExampleStatus::Success, u"done"_s);
        const qint64 second = pipeline.createCampaign(u"second"_s, pipeline::CampaignConfig().toJson());
        pipeline.addExamples(second, {repository.id});
        store::JudgementRecord judgement;
        judgement.exampleId = example;
        judgement.annotator = u"alice"_s;
        judgement.decision = store::Decision::Accept;
        store::JudgementStore(tmp.workspace()).add(judgement);

        ui::WorkspaceSession session(tmp.workspace(), u"alice"_s);
        ui::ExamplesPage page(&session);
        QSignalSpy listed(&page, &ui::ExamplesPage::examplesLoaded);
        page.reload();
        QCOMPARE(listed.size(), 0);   // read off the GUI thread
        session.waitForIdle();
        QCOMPARE(listed.last().first().toInt(), 2);
        QCOMPARE(row(page, 0)->campaign, u"first"_s);
        QVERIFY(!row(page, 0)->blinded);
        QVERIFY(!row(page, 1)->blinded);

        // Blind review: alice has judged the first example, so only the second is blinded for her.
        listed.clear();
        session.setBlindReview(true);
        session.waitForIdle();
        QCOMPARE(listed.size(), 1);
        QVERIFY(!row(page, 0)->blinded);
        QVERIFY(row(page, 1)->blinded);

        // Bob (Settings → reviewer name) has judged nothing: both are blinded for him.
        session.setAnnotator(u"bob"_s);
        session.waitForIdle();
        QCOMPARE(listed.size(), 2);
        QVERIFY(row(page, 0)->blinded);
        QVERIFY(row(page, 1)->blinded);
    }

    void quickReloadsShowTheLastList()
    {
        test::TempWorkspace tmp;
        const auto repository = repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_repo));
        store::PipelineStore pipeline(tmp.workspace());
        ui::WorkspaceSession session(tmp.workspace());
        ui::ExamplesPage page(&session);
        QSignalSpy listed(&page, &ui::ExamplesPage::examplesLoaded);
        page.reload();
        pipeline.addExamples(pipeline.createCampaign(u"late"_s, pipeline::CampaignConfig().toJson()), {repository.id});
        page.reload();
        session.waitForIdle();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().first().toInt(), 1);
        // Alt+Down / Alt+Up step through the list; the first row is selected when the list arrives.
        QCOMPARE(page.exampleTable()->currentIndex().row(), 0);
        page.nextExample();
        QCOMPARE(page.exampleTable()->currentIndex().row(), 0);
    }
};

QTEST_MAIN(TstExamplesPage)
#include "tst_examplespage.moc"
