// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/campaigndialog.h"
#include "dialogs/settingsdialog.h"
#include "settings/appearance.h"
#include "settings/preferences.h"
#include "fakellmserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"settings-test"_s);
    }

    void testConnectionAndKeysNeverInTheSettingsFile()
    {
        wb::test::FakeLlmServer server;
        wb::ui::SettingsDialog dialog;
        dialog.providerBox()->setCurrentText(u"vllm"_s);
        dialog.baseUrlEdit()->setText(server.openAiBaseUrl());
        dialog.modelEdit()->setText(u"gpt-oss-120b"_s);
        dialog.keyEdit()->setText(u"sk-settings-secret-0123456789abcdef"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy tested(&dialog, &wb::ui::SettingsDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.first().first().toBool(), true);
        QVERIFY2(dialog.testResult()->text().startsWith(u"OK: \"pong\""_s), qPrintable(dialog.testResult()->text()));
        QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer sk-settings-secret-0123456789abcdef"));
        dialog.show();
        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/settings.png"_s));
        dialog.accept();
        QSettings().sync();

        QCOMPARE(wb::ui::SettingsDialog::baseUrl(u"vllm"_s), server.openAiBaseUrl());
        QDirIterator it(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("sk-settings-secret"));
            ++files;
        }
        QVERIFY(files > 0);

        // A new campaign takes the provider's base URL from the settings.
        wb::ui::CampaignDialog campaign(1);
        campaign.providerBox()->setCurrentText(u"vllm"_s);
        QCOMPARE(campaign.baseUrlEdit()->text(), server.openAiBaseUrl());
    }

    void preferencesRoundTrip()
    {
        wb::ui::SettingsDialog dialog;
        QCOMPARE(dialog.pages()->count(), 4);
        QComboBox *judge = dialog.stageModelBox(u"judge"_s);
        QVERIFY(judge);
        QVERIFY2(judge->count() > 0, "the judge's model list comes from the price catalogue");
        judge->setCurrentText(u"claude-sonnet-4-5"_s);
        dialog.roundTimeoutBox()->setValue(30);
        const int german = dialog.languageBox()->findData(u"de"_s);
        QVERIFY2(german > 0, "the German translation is offered");
        dialog.languageBox()->setCurrentIndex(german);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"light"_s));
        dialog.providerBox()->setCurrentText(u"ollama"_s);
        dialog.modelListEdit()->setPlainText(u"llama3.3:70b\nqwen3:32b\n\nllama3.3:70b"_s);
        QVERIFY(!dialog.pipIndexEdit()->isEnabled());   // only with network
        dialog.networkBox()->setChecked(true);
        QVERIFY(dialog.pipIndexEdit()->isEnabled());
        dialog.pipIndexEdit()->setText(u"http://127.0.0.1:3141/simple"_s);
        QCOMPARE(dialog.roundRetentionBox()->currentData().toString(), u"remove"_s);   // the default
        dialog.roundRetentionBox()->setCurrentIndex(dialog.roundRetentionBox()->findData(u"keep-failed"_s));
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.pages()->setCurrentIndex(2);   // Execution: the executors, Python and the limits
            dialog.show();
            QVERIFY(dialog.grab().save(dir + u"/settings-execution.png"_s));
        }
        dialog.accept();

        const auto p = wb::ui::Preferences::load();
        QCOMPARE(p.judge.model, u"claude-sonnet-4-5"_s);
        QCOMPARE(p.roundTimeoutMinutes, 30);
        QCOMPARE(p.language, u"de"_s);
        QCOMPARE(p.theme, u"light"_s);
        QCOMPARE(wb::ui::Preferences::models(u"ollama"_s), QStringList({u"llama3.3:70b"_s, u"qwen3:32b"_s}));
        const auto config = p.campaignDefaults();
        QCOMPARE(config.limits.wallSeconds, 30 * 60);
        QCOMPARE(config.judge.model, u"claude-sonnet-4-5"_s);
        QVERIFY(config.limits.network);
        QCOMPARE(config.executorOptions.value(u"pip.index_url"_s), u"http://127.0.0.1:3141/simple"_s);
        QCOMPARE(p.roundRetention, u"keep-failed"_s);
        QCOMPARE(int(config.roundRetention), int(wb::exec::RoundRetention::KeepFailed));
        wb::ui::Appearance::applyTheme(u"system"_s);
    }

    void germanTranslationIsInstalled()
    {
        QCOMPARE(wb::ui::Appearance::installTranslations(u"de"_s), u"de_DE"_s);
        QCOMPARE(QCoreApplication::translate("wb::ui::MainWindowActions", "&File"), u"&Datei"_s);
        QCOMPARE(QCoreApplication::translate("wb::ui::SettingsDialog", "Settings"), u"Einstellungen"_s);
        {
            wb::ui::SettingsDialog dialog;
            QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
            dialog.pages()->setCurrentIndex(2);
            dialog.show();
            const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                QVERIFY(dialog.grab().save(dir + u"/settings-de.png"_s));
        }
        wb::ui::Appearance::installTranslations(u"en"_s);
        QCOMPARE(QCoreApplication::translate("wb::ui::MainWindow", "&File"), u"&File"_s);
    }

    void failedConnectionIsExplained()
    {
        wb::ui::SettingsDialog dialog;
        dialog.providerBox()->setCurrentText(u"vllm"_s);
        dialog.baseUrlEdit()->setText(u"http://127.0.0.1:9/v1"_s);
        dialog.modelEdit()->setText(u"m"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy tested(&dialog, &wb::ui::SettingsDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(dialog.testResult()->text().contains(u"Cannot reach vLLM"_s), qPrintable(dialog.testResult()->text()));
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
