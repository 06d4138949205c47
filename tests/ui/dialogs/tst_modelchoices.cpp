// SPDX-License-Identifier: GPL-3.0-or-later
// Run Campaign and Compare Models: the models offered and the price catalogue's warnings, from a user
// override catalogue and an injected today.
#include "campaign/campaigncontroller.h"
#include "dialogs/campaigndialog.h"
#include "dialogs/comparemodelsdialog.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
QStringList completions(QLineEdit *edit)
{
    if (!edit->completer())
        return {};
    const auto *model = qobject_cast<QStringListModel *>(edit->completer()->model());
    return model ? model->stringList() : QStringList();
}
} // namespace

class TstModelChoices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;   // XDG_CONFIG_HOME: the preferences and the override catalogue

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        QVERIFY(QDir(m_config.path()).mkpath(u"codedistiller-workbench"_s));
        QFile f(m_config.filePath(u"codedistiller-workbench/models.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"as_of": "2026-12-01", "models": {
            "old-coder": {"provider": "vllm", "input": 0.5, "output": 1.0, "status": "deprecated", "retires_on": "2026-12-31"},
            "new-coder": {"provider": "vllm", "input": 0.5, "output": 1.0}}})");
    }

    void campaignDialogOffersNoRetiredModelAndWarns_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<QString>("warning");
        QTest::newRow("retired") << QDate(2027, 1, 10) << u"old-coder"_s << false << u"was retired on 2026-12-31"_s;
        QTest::newRow("retiring") << QDate(2026, 12, 10) << u"old-coder"_s << true << u"retires on 2026-12-31 (in 21 days)"_s;
        QTest::newRow("current") << QDate(2026, 12, 10) << u"new-coder"_s << true << QString();
        QTest::newRow("old catalogue") << QDate(2027, 6, 1) << u"new-coder"_s << false << u"more than 90 days ago"_s;
    }

    void campaignDialogOffersNoRetiredModelAndWarns()
    {
        QFETCH(QDate, today);
        QFETCH(QString, model);
        QFETCH(bool, offered);
        QFETCH(QString, warning);
        ui::CampaignDialog dialog(4);
        dialog.providerBox()->setCurrentText(u"vllm"_s);
        dialog.fastModelEdit()->clear();
        dialog.judgeModelEdit()->clear();
        dialog.setToday(today);
        dialog.modelEdit()->setText(model);
        dialog.show();
        QVERIFY(dialog.offeredModels().contains(u"new-coder"_s));
        QCOMPARE(completions(dialog.modelEdit()), dialog.offeredModels());
        QCOMPARE(completions(dialog.judgeModelEdit()), dialog.offeredModels());
        QVERIFY(!completions(dialog.modelEdit()).contains(u"gpt-5"_s));   // another provider's
        QCOMPARE(dialog.offeredModels().contains(u"old-coder"_s), offered);
        QCOMPARE(dialog.config().generator.model, model);   // typed, it is used
        const QString text = dialog.modelWarningsLabel()->text();
        if (warning.isEmpty()) {
            QVERIFY2(dialog.modelWarnings().isEmpty(), qPrintable(text));
            QVERIFY(dialog.modelWarningsLabel()->isHidden());
        } else {
            QVERIFY2(text.contains(warning), qPrintable(text));
            QVERIFY(dialog.modelWarningsLabel()->isVisible());
        }
        QCOMPARE(text.contains(u"past its retirement date"_s), QTest::currentDataTag() == QByteArray("retired"));
    }

    void compareModelsDialogWarnsAboutEachModel()
    {
        test::TempWorkspace tmp;
        ui::CampaignController controller(tmp.workspace());
        ui::CompareModelsDialog dialog(&controller, {1, 2});
        dialog.setToday(QDate(2027, 1, 10));
        dialog.providerBox(0)->setCurrentText(u"vllm"_s);
        dialog.providerBox(1)->setCurrentText(u"vllm"_s);
        dialog.modelEdit(0)->setText(u"new-coder"_s);
        dialog.modelEdit(1)->setText(u"old-coder"_s);
        QCOMPARE(completions(dialog.modelEdit(1)), QStringList{u"new-coder"_s});   // the retired one is not offered
        QCOMPARE(dialog.modelWarnings().size(), 1);
        QVERIFY(dialog.modelWarnings().first().contains(u"old-coder was retired on 2026-12-31"_s));
        QVERIFY(dialog.modelWarningsLabel()->text().contains(u"past its retirement date"_s));
        dialog.modelEdit(1)->setText(u"mystery-model"_s);
        QVERIFY(dialog.modelWarnings().join(u' ').contains(u"not in the price catalogue"_s));
        QVERIFY(!dialog.modelWarningsLabel()->text().contains(u"past its retirement date"_s));
        dialog.setToday(QDate(2026, 12, 20));
        dialog.modelEdit(1)->setText(u"old-coder"_s);
        QVERIFY(completions(dialog.modelEdit(1)).contains(u"old-coder"_s));
        QVERIFY(dialog.modelWarnings().first().contains(u"retires on 2026-12-31 (in 11 days)"_s));
    }
};

QTEST_MAIN(TstModelChoices)
#include "tst_modelchoices.moc"
