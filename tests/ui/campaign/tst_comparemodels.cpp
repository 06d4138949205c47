// SPDX-License-Identifier: GPL-3.0-or-later
// Compare Models from the window: the dialog starts one campaign per model through the controller, all
// at once; the Campaign dock lists the three of them until they finish.
#include "campaign/campaigncontroller.h"
#include "campaign/campaignlistview.h"
#include "dialogs/comparemodelsdialog.h"
#include "distillationscript.h"
#include "fakellmserver.h"
#include "mainwindow/mainwindow.h"
#include "models/campaignlistmodel.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCompareModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib"_s));
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib-two"_s));
    }

    void dialogChecksItsModels()
    {
        test::TempWorkspace tmp;
        ui::CampaignController controller(tmp.workspace());
        ui::CompareModelsDialog dialog(&controller, {1, 2});
        dialog.modelEdit(0)->setText(u"a"_s);
        dialog.modelEdit(1)->clear();
        QVERIFY(!dialog.startButton()->isEnabled());   // the second model has no id
        dialog.providerBox(1)->setCurrentText(dialog.providerBox(0)->currentText());
        dialog.baseUrlEdit(1)->setText(dialog.baseUrlEdit(0)->text());
        dialog.modelEdit(1)->setText(u"a"_s);
        QVERIFY(dialog.problem().contains(u"twice"_s));
        dialog.modelEdit(1)->setText(u"b"_s);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.configs().size(), 2);
        dialog.thirdBox()->setChecked(true);
        QVERIFY(!dialog.startButton()->isEnabled());   // the third is on and has no model
        QCOMPARE(dialog.configs().size(), 3);
        QVERIFY(!controller.isRunning());
        QVERIFY(!ui::CompareModelsDialog(&controller, {}).problem().isEmpty());   // no repositories
    }

    void threeModelsRunAtOnceFromTheWindow()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        test::TempWorkspace tmp;
        QList<qint64> repositories;
        for (const QString &name : {u"matlib"_s, u"matlib-two"_s})
            repositories << repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_dir.filePath(name))).id;
        ui::MainWindow window(tmp.workspace());
        QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
        window.resize(1280, 800);
        window.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.findChild<QAction *>(u"CompareModelsAction"_s));
        auto *list = window.findChild<ui::CampaignListView *>();
        QVERIFY(list);
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        ui::CampaignController *controller = window.campaignController();
        ui::CompareModelsDialog dialog(controller, repositories, &window);
        const QStringList models{u"model-a"_s, u"model-b"_s, u"model-c"_s};
        dialog.thirdBox()->setChecked(true);
        for (int i = 0; i < 3; ++i) {
            dialog.providerBox(i)->setCurrentText(u"vllm"_s);
            dialog.baseUrlEdit(i)->setText(server.openAiBaseUrl());
            dialog.modelEdit(i)->setText(models[i]);
        }
        dialog.nameEdit()->setText(u"trio"_s);
        dialog.executorBox()->setCurrentText(u"local"_s);
        dialog.maxRoundsBox()->setValue(3);
        dialog.concurrencyBox()->setValue(2);
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.names(), (QStringList{u"trio vllm/model-a"_s, u"trio vllm/model-b"_s, u"trio vllm/model-c"_s}));
        dialog.show();
        const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.adjustSize();
            QVERIFY(dialog.grab().save(shots + u"/compare-models-dialog.png"_s));
        }

        QSignalSpy started(controller, &ui::CampaignController::started);
        QSignalSpy finished(controller, &ui::CampaignController::finished);
        QSignalSpy failed(controller, &ui::CampaignController::failedToStart);
        dialog.startButton()->click();
        QVERIFY(!dialog.isVisible());
        QVERIFY(controller->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        auto *model = list->model();
        QCOMPARE(model->rowCount(), 3);
        // While they run: three rows, each its own model; a screenshot once all three have cost something.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3 || [&] {
            for (int row = 0; row < 3; ++row)
                if (model->index(row, ui::CampaignListModel::CostColumn).data().toString() == u"$0.0000"_s)
                    return false;   // no model call answered yet ("—": answered, at no known price)
            return true;
        }(), 120000);
        if (!shots.isEmpty() && finished.size() < 3) {
            auto *dock = window.findChild<QDockWidget *>(u"CampaignDock"_s);
            window.resizeDocks({dock}, {360}, Qt::Vertical);
            QCoreApplication::processEvents();
            QVERIFY(dock->grab().save(shots + u"/campaign-dock-three.png"_s));
        }

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 240000);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isRunning(), 10000);
        QSet<QString> listedModels;
        for (int row = 0; row < 3; ++row) {
            listedModels.insert(model->index(row, ui::CampaignListModel::ModelColumn).data().toString());
            QCOMPARE(model->index(row, ui::CampaignListModel::StateColumn).data().toString(), u"finished"_s);
            QCOMPARE(model->index(row, ui::CampaignListModel::ProgressColumn).data().toString(), u"2 of 2"_s);
        }
        QCOMPARE(listedModels, (QSet<QString>{u"vllm/model-a"_s, u"vllm/model-b"_s, u"vllm/model-c"_s}));
        for (const auto &f : finished)
            QCOMPARE(f.at(1).value<pipeline::CampaignSummary>().success, 2);

        // The model server saw the three models' requests interleaved.
        QStringList asked;
        for (const auto &request : server.requests())
            asked << QString::fromStdString(request.json().value("model", std::string()));
        for (const QString &x : models)
            for (const QString &y : models)
                if (x != y)
                    QVERIFY(asked.indexOf(x) >= 0 && asked.indexOf(x) < asked.lastIndexOf(y));

        // A campaign row can be paused and cancelled on its own: here all have ended, so the buttons rest.
        list->select(model->campaignAt(0));
        QVERIFY(!list->findChild<QPushButton *>(u"CancelCampaignButton"_s)->isEnabled());
        const store::PipelineStore pipeline(tmp.workspace());
        QCOMPARE(pipeline.campaigns().size(), 3);
    }
};

QTEST_MAIN(TstCompareModels)
#include "tst_comparemodels.moc"
