// SPDX-License-Identifier: GPL-3.0-or-later
// Economy mode in the window: the campaign dialog's choice, the monitor while the batch is out, and a
// window closed mid-batch whose batch the next window collects.
#include "campaign/campaigncontroller.h"
#include "dialogs/campaigndialog.h"
#include "distillationscript.h"
#include "fakebatchapi.h"
#include "fakellmserver.h"
#include "mainwindow/mainwindow.h"
#include "models/campaignprogressmodel.h"
#include "repo/repositoryingestor.h"
#include "store/llmbatchstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/campaignmonitor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCampaignEconomy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static double lowEstimate(const QString &text)
    {
        static const QRegularExpression dollars(u"^\\$([0-9.]+)"_s);
        const auto m = dollars.match(text);
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

    static int requests(const test::FakeLlmServer &server, const QByteArray &method, const QString &pattern)
    {
        const QRegularExpression re(u"^"_s + pattern + u"$"_s);
        int n = 0;
        for (const auto &r : server.requests())
            n += r.method == method && re.match(QString::fromLatin1(r.path)).hasMatch();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("OPENAI_API_KEY", "sk-test-gui-economy");
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib"_s));
    }

    void dialogOffersEconomyWhereTheProviderHasABatchApi()
    {
        ui::CampaignDialog dialog(12);
        dialog.providerBox()->setCurrentText(u"openai"_s);
        dialog.modelEdit()->setText(u"gpt-5"_s);
        dialog.fastModelEdit()->setText(u"gpt-5-mini"_s);
        QVERIFY(dialog.economyBox()->isEnabled());
        QCOMPARE(dialog.config().classificationMode, u"standard"_s);
        const double standard = lowEstimate(dialog.estimateText());
        dialog.economyBox()->setChecked(true);
        QCOMPARE(dialog.config().classificationMode, u"economy"_s);
        const double economy = lowEstimate(dialog.estimateText());
        QVERIFY2(economy > 0 && economy < standard, qPrintable(dialog.estimateText()));   // classification at the batch price
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(dir + u"/campaign-economy.png"_s));
        }

        dialog.providerBox()->setCurrentText(u"anthropic"_s);
        QVERIFY(dialog.economyBox()->isEnabled());
        dialog.providerBox()->setCurrentText(u"vllm"_s);   // no batch API
        QVERIFY(!dialog.economyBox()->isEnabled());
        QVERIFY(!dialog.economyBox()->isChecked());
        QCOMPARE(dialog.config().classificationMode, u"standard"_s);
        QVERIFY(dialog.economyBox()->toolTip().contains(u"no batch API"_s));
    }

    void monitorShowsTheBatchAndTheNextWindowCollectsIt()
    {
        test::FakeLlmServer server;
        server.setHandler(test::DistillationScript::handler());
        server.batches().setHold(true);
        test::TempWorkspace tmp;
        repo::RepositoryIngestor(tmp.workspace()).ingest(repo::SourceSpec::parse(m_dir.filePath(u"matlib"_s)));
        pipeline::CampaignConfig config = test::DistillationScript::campaignConfig(server);
        config.classifier = {u"openai"_s, u"gpt-5-mini"_s, server.openAiBaseUrl()};
        config.classificationMode = u"economy"_s;
        llm::LlmClientOptions options;
        options.batchPollIntervalMs = 20;

        QString batchId;
        {
            ui::MainWindow window(tmp.workspace());
            QSignalSpy loaded(&window, &ui::MainWindow::repositoriesLoaded);
            window.show();
            QVERIFY(loaded.wait(10000));
            window.runCampaign(u"cheap"_s, config, options);
            // The example waits for the batch: the monitor says which, how it stands and how far it got.
            const QAbstractItemModel *model = window.campaignMonitor()->table()->model();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1
                                         && model->index(0, ui::CampaignProgressModel::MessageColumn)
                                                .data()
                                                .toString()
                                                .contains(u"(in_progress): 0 of "_s),
                                     60000);
            batchId = server.batches().ids().first();
            const QString message = model->index(0, ui::CampaignProgressModel::MessageColumn).data().toString();
            QVERIFY2(message.startsWith(u"waiting for classification batch "_s + batchId), qPrintable(message));
            QCOMPARE(model->index(0, ui::CampaignProgressModel::StageColumn).data().toString(), u"classify"_s);
            if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
                window.resize(1400, 860);
                QVERIFY(window.grab().save(dir + u"/campaign-batch-wait.png"_s));
            }
        }   // the window closes while the provider works on the batch

        QCOMPARE(requests(server, "POST", u"/v1/batches/[^/]+/cancel"_s), 0);   // closing is not cancelling
        const auto campaign = store::PipelineStore(tmp.workspace()).findCampaign(u"cheap"_s);
        QVERIFY(campaign);
        const auto open = store::LlmBatchStore(tmp.workspace()).openBatches(campaign->id);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().providerBatchId, batchId);

        server.batches().setHold(false);
        ui::MainWindow window(tmp.workspace());
        window.show();
        QTRY_VERIFY2(window.campaignMonitor()->summary()->text().contains(u"cheap waits for its classification batch at openai"_s),
                 qPrintable(window.campaignMonitor()->summary()->text()));
        QSignalSpy finished(window.campaignController(), &ui::CampaignController::finished);
        window.resumeCampaign(campaign->id, options);
        QVERIFY(finished.wait(180000));
        QCOMPARE(finished.first().at(1).value<pipeline::CampaignSummary>().success, 1);
        QCOMPARE(server.batches().created(), 1);
        QCOMPARE(requests(server, "POST", u"/v1/files"_s), 1);
        QVERIFY(store::LlmBatchStore(tmp.workspace()).openBatches(campaign->id).isEmpty());
    }
};

QTEST_MAIN(TstCampaignEconomy)
#include "tst_campaigneconomy.moc"
