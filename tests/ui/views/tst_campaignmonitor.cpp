// SPDX-License-Identifier: GPL-3.0-or-later
// Running a campaign from the window: the pipeline thread, the live monitor, the campaign dialog.
#include "campaign/campaigncontroller.h"
#include "dialogs/campaigndialog.h"
#include "distillationscript.h"
#include "fakellmserver.h"
#include "mainwindow/mainwindow.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/campaignmonitor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCampaignMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib"_s));
    }

    void runsOnThePipelineThreadAndShowsProgress()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_dir.filePath(u"matlib"_s)));
        ui::MainWindow window(tmp.workspace());
        QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
        window.resize(1280, 600);
        window.show();
        QVERIFY(loaded.wait(10000));

        QAbstractItemModelTester tester(window.campaignMonitor()->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pipeline::CampaignConfig config;
        config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()};
        config.classifier = config.judge = config.generator;
        config.executor = u"local"_s;
        config.maxRounds = 3;
        QSignalSpy finished(window.campaignController(), &ui::CampaignController::finished);
        QSignalSpy progress(window.campaignController(), &ui::CampaignController::exampleProgress);
        QElapsedTimer gui;
        qint64 worstGap = 0;
        window.runCampaign(u"from the window"_s, config);
        // The GUI thread keeps turning while the campaign runs on its own thread.
        gui.start();
        while (finished.isEmpty() && gui.elapsed() < 120000) {
            QElapsedTimer step;
            step.start();
            QTest::qWait(20);
            worstGap = std::max(worstGap, step.elapsed());
        }
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<pipeline::CampaignSummary>().success, 1);
        QVERIFY(progress.size() >= 8);
        QTRY_VERIFY(window.campaignMonitor()->summary()->text().contains(u"1 succeeded"_s));
        const auto *model = window.campaignMonitor()->table()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 1).data().toString(), u"SUCCESS"_s);
        QCOMPARE(model->index(0, 3).data().toString(), u"2 of 3"_s);
        qInfo("longest GUI event-loop turn while the campaign ran: %lld ms", worstGap);

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + u"/campaign-monitor.png"_s));
        // The finished campaign appears among the examples.
        QTRY_COMPARE(window.exampleTable()->model()->rowCount(), 1);
    }

    void dialogBuildsTheConfigurationAndEstimates()
    {
        ui::CampaignDialog dialog(12, nullptr, 5);
        dialog.providerBox()->setCurrentText(u"anthropic"_s);
        dialog.modelEdit()->setText(u"claude-sonnet-4-5-20250929"_s);
        dialog.fastModelEdit()->setText(u"claude-haiku-4-5-20251001"_s);
        const auto config = dialog.config();
        QCOMPARE(config.generator.provider, u"anthropic"_s);
        QCOMPARE(config.generator.model, u"claude-sonnet-4-5-20250929"_s);
        QCOMPARE(config.classifier.model, u"claude-haiku-4-5-20251001"_s);
        QCOMPARE(config.judge.model, u"claude-sonnet-4-5-20250929"_s);
        QVERIFY2(dialog.estimateText().contains(u"for 12 repositories"_s), qPrintable(dialog.estimateText()));
        QVERIFY(dialog.estimateText().startsWith(u"$"_s));
        dialog.modelEdit()->setText(u"my-own-model"_s);
        QVERIFY(dialog.estimateText().startsWith(u"unknown"_s));
        dialog.modelEdit()->setText(u"gpt-5"_s);
        // Only the repositories the table's filter shows.
        QVERIFY(!dialog.filteredOnly());
        dialog.filteredButton()->setChecked(true);
        QVERIFY(dialog.filteredOnly());
        QVERIFY2(dialog.estimateText().contains(u"for 5 repositories"_s), qPrintable(dialog.estimateText()));
        dialog.providerBox()->setCurrentText(u"openai"_s);
        dialog.fastModelEdit()->setText(u"gpt-5-mini"_s);
        // The protocol: the method's by default; the dialog says when the campaign departs from it.
        QCOMPARE(dialog.protocolBox()->currentText(), u"codedistiller-2025"_s);
        QCOMPARE(dialog.config().protocol, u"codedistiller-2025"_s);
        dialog.maxRoundsBox()->setValue(3);
        QVERIFY2(dialog.protocolNote().contains(u"at most 3 rounds (protocol: 8)"_s), qPrintable(dialog.protocolNote()));
        dialog.maxRoundsBox()->setValue(8);
        QVERIFY2(dialog.protocolNote().contains(u"up to 8 rounds of 45 minutes"_s), qPrintable(dialog.protocolNote()));
        QVERIFY(!dialog.protocolNote().contains(u"departs"_s));
        dialog.show();
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/campaign-dialog.png"_s));
    }

    void dialogRefusesABudgetWithoutPrices()
    {
        ui::CampaignDialog dialog(3);
        dialog.providerBox()->setCurrentText(u"vllm"_s);
        dialog.modelEdit()->setText(u"lab-model"_s);   // in no price catalogue
        QVERIFY(dialog.budgetRefusal().isEmpty());      // no budget: it may run, its cost is unknown
        QVERIFY(dialog.runButton()->isEnabled());
        dialog.budgetBox()->setValue(5);
        QVERIFY2(dialog.budgetRefusal().contains(u"lab-model"_s), qPrintable(dialog.budgetRefusal()));
        QVERIFY(dialog.budgetRefusal().contains(u"models.json"_s));
        QVERIFY(!dialog.runButton()->isEnabled());
        auto *note = dialog.findChild<QLabel *>(u"BudgetNote"_s);
        QVERIFY(note && !note->isHidden() && note->text() == dialog.budgetRefusal());
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(dir + u"/campaign-dialog-budget.png"_s));
        }
        dialog.modelEdit()->setText(u"gpt-oss-120b"_s);   // priced
        QVERIFY(dialog.budgetRefusal().isEmpty());
        QVERIFY(dialog.runButton()->isEnabled());
        QVERIFY(note->isHidden());
        dialog.fastModelEdit()->setText(u"lab-model"_s);  // the fast model counts too
        QVERIFY(!dialog.runButton()->isEnabled());
        dialog.budgetBox()->setValue(0);
        QVERIFY(dialog.runButton()->isEnabled());
    }

    void retriesExamplesThatEndedInError()
    {
        // The generation is refused until the test lets it through: the example ends in ERROR.
        std::atomic_bool refusing = true;
        test::FakeLlmServer server;
        const auto script = test::DistillationScript::handler();
        server.setHandler([&refusing, script](const test::RecordedRequest &request) {
            if (refusing && test::DistillationScript::stageOf(request) == u"example_generation"_s)
                return test::FakeResponse::withFault(test::FakeResponse::Fault::Reset);
            return script(request);
        });
        test::TempWorkspace tmp;
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_dir.filePath(u"matlib"_s)));
        ui::MainWindow window(tmp.workspace());
        QVERIFY(window.findChild<QAction *>(u"RetryErrorsAction"_s));
        pipeline::CampaignConfig config;
        config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()};
        config.classifier = config.judge = config.generator;
        config.executor = u"local"_s;
        config.maxRounds = 3;
        QSignalSpy finished(window.campaignController(), &ui::CampaignController::finished);
        window.runCampaign(u"storm"_s, config);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.takeFirst().at(1).value<pipeline::CampaignSummary>().error, 1);
        const qint64 id = store::PipelineStore(tmp.workspace()).findCampaign(u"storm"_s)->id;

        refusing = false;
        window.resumeCampaign(id);   // a plain resume leaves the error alone
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.takeFirst().at(1).value<pipeline::CampaignSummary>().error, 1);
        window.resumeCampaign(id, {}, ui::CampaignController::Errors::Retry);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto summary = finished.takeFirst().at(1).value<pipeline::CampaignSummary>();
        QCOMPARE(summary.error, 0);
        QCOMPARE(summary.success, 1);
    }
};

QTEST_MAIN(TstCampaignMonitor)
#include "tst_campaignmonitor.moc"
