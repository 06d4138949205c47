// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/campaigndialog.h"
#include "dialogs/settingsdialog.h"
#include "fakellmserver.h"

#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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

    void failedConnectionIsExplained()
    {
        wb::ui::SettingsDialog dialog;
        dialog.providerBox()->setCurrentText(u"vllm"_s);
        dialog.baseUrlEdit()->setText(u"http://127.0.0.1:9/v1"_s);
        dialog.modelEdit()->setText(u"m"_s);
        QSignalSpy tested(&dialog, &wb::ui::SettingsDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(dialog.testResult()->text().contains(u"Cannot reach vLLM"_s), qPrintable(dialog.testResult()->text()));
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
