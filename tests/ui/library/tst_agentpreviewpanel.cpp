// SPDX-License-Identifier: GPL-3.0-or-later
// The agent preview panel on its own, over a real workspace and the loopback model server: the size and
// fit table, the planner's picks with unknown names marked, a model too small (refused, the fallback
// listed, nothing sent), and cancelling a call in flight.
#include "codeblocklibrary.h"
#include "fakellmserver.h"
#include "library/agentpreviewpanel.h"
#include "llm/pricecatalog.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "tempworkspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using test::FakeResponse;

namespace {
QString fenced(const QString &prompt, const QStringList &names)
{
    const QJsonObject answer{{u"prompt"_s, prompt}, {u"codeblocks"_s, QJsonArray::fromStringList(names)}};
    return u"```json\n"_s + QString::fromUtf8(QJsonDocument(answer).toJson()) + u"```"_s;
}
} // namespace

class TstAgentPreviewPanel : public QObject
{
    Q_OBJECT

    test::TempWorkspace m_tmp;
    std::unique_ptr<ui::WorkspaceSession> m_session;

    template<typename T>
    static T *child(QWidget &w, const QString &name)
    {
        auto *c = w.findChild<T *>(name);
        if (!c)
            qFatal("no child %s", qPrintable(name));
        return c;
    }

    static bool runPreview(ui::AgentPreviewPanel &panel)
    {
        QSignalSpy finished(&panel, &ui::AgentPreviewPanel::finished);
        child<QPushButton>(panel, u"PreviewButton"_s)->click();
        if (!panel.isBusy())
            return false;   // the work must not happen on the GUI thread
        return finished.wait(60000) || finished.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(llm::PriceCatalog::defaultOverridePath());
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        qputenv("OPENAI_API_KEY", "sk-test-panel-0123456789abcdef");
        qputenv("ANTHROPIC_API_KEY", "sk-ant-test-panel-0123456789abc");
        test::CodeblockLibrary::build(m_tmp.workspace(), 8);
        m_session = std::make_unique<ui::WorkspaceSession>(m_tmp.workspace());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        QFile::remove(llm::PriceCatalog::defaultOverridePath());
    }

    void sizeAndFitWithoutAModel()
    {
        ui::AgentPreviewPanel panel(m_session.get());
        panel.setIdea(u"anything"_s);
        QVERIFY(runPreview(panel));
        QVERIFY2(child<QLabel>(panel, u"SizeLabel"_s)->text().contains(u"8 entries"_s), qPrintable(child<QLabel>(panel, u"SizeLabel"_s)->text()));
        auto *table = child<QTableWidget>(panel, u"FitTable"_s);
        QCOMPARE(table->rowCount(), int(llm::PriceCatalog::load().models().size()));
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(table->item(row, 5)->text(), u"fits"_s);
        QVERIFY(!child<QLabel>(panel, u"WarningBanner"_s)->isVisibleTo(&panel));
    }

    void plannerPicksAreShownUnknownInRed()
    {
        test::FakeLlmServer server;
        ui::Preferences::setBaseUrl(u"openai"_s, server.openAiBaseUrl());
        ui::AgentPreviewPanel panel(m_session.get());
        panel.setModels({u"openai/gpt-5-mini"_s});
        panel.setModel(u"openai/gpt-5-mini"_s);
        const QString idea = u"Do molecules whose Morgan fingerprints are similar crystallise in the same space group? Test it "
                             "on a few hundred SMILES with known structures and report the agreement with bootstrap intervals."_s;
        panel.setIdea(idea);
        // The names the export gives (repository: description, shortened): read them from the request itself.
        server.setHandler([](const test::RecordedRequest &request) {
            const QString prompt = QString::fromStdString(request.json()["messages"].back()["content"].get<std::string>());
            QStringList names;
            for (const QString &line : prompt.split(u'\n'))
                if (line.startsWith(u"    \"rdkit:"_s) || line.startsWith(u"    \"pymatgen:"_s) || line.startsWith(u"    \"statsmodels:"_s))
                    names << line.trimmed().section(u'"', 1, 1);
            names << u"RDKit Fingerprint Similarity"_s << names.first().toLower();   // invented, and a case slip
            return FakeResponse::openAi(fenced(u"Run a MINI_PILOT on 20 molecules, then a PILOT on 200."_s, names),
                                        {{"prompt_tokens", 5200}, {"completion_tokens", 900}});
        });
        QVERIFY(runPreview(panel));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(QString::fromStdString(server.requests().first().json().dump()).contains(u"Morgan fingerprints are similar"_s));
        auto *picked = child<QListWidget>(panel, u"PickedList"_s);
        QCOMPARE(picked->count(), 5);
        int red = 0;
        for (int i = 0; i < picked->count(); ++i) {
            const bool unknown = !picked->item(i)->data(Qt::UserRole).toString().isEmpty();
            red += unknown ? 1 : 0;
            QCOMPARE(picked->item(i)->foreground().color() == QColor(0xc6, 0x28, 0x28), unknown);
        }
        QCOMPARE(red, 2);
        QVERIFY(picked->item(4)->text().contains(u"did it mean"_s));
        QCOMPARE(child<QPlainTextEdit>(panel, u"PlanView"_s)->toPlainText(), u"Run a MINI_PILOT on 20 molecules, then a PILOT on 200."_s);
        QVERIFY2(child<QLabel>(panel, u"CostLabel"_s)->text().contains(u"$0.0031"_s), qPrintable(child<QLabel>(panel, u"CostLabel"_s)->text()));

        panel.resize(1150, 620);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString shots = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(panel.grab().save(shots + u"/agent-preview.png"_s));
    }

    void tooLargeIsRefusedWithTheFallback()
    {
        const QString path = llm::PriceCatalog::defaultOverridePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"models": {"claude-haiku-4-5-20251001": {"context_window": 9000}}})");
        f.close();
        test::FakeLlmServer server;
        ui::Preferences::setBaseUrl(u"anthropic"_s, server.anthropicBaseUrl());
        ui::AgentPreviewPanel panel(m_session.get());
        panel.setModels({u"anthropic/claude-haiku-4-5-20251001"_s});
        panel.setModel(u"anthropic/claude-haiku-4-5-20251001"_s);
        panel.setIdea(u"least squares regression with confidence intervals"_s);
        QVERIFY(runPreview(panel));
        QFile::remove(path);
        QCOMPARE(server.requestCount(), 0);
        auto *banner = child<QLabel>(panel, u"WarningBanner"_s);
        QVERIFY(banner->isVisibleTo(&panel));
        QVERIFY2(banner->text().contains(u"nothing was sent"_s), qPrintable(banner->text()));
        QVERIFY(child<QLabel>(panel, u"PickedTitle"_s)->text().startsWith(u"Not sent"_s));
        auto *picked = child<QListWidget>(panel, u"PickedList"_s);
        QVERIFY(picked->count() > 0);
        QVERIFY(picked->item(0)->text().startsWith(u"statsmodels"_s));
        auto *table = child<QTableWidget>(panel, u"FitTable"_s);
        bool marked = false;
        for (int row = 0; row < table->rowCount(); ++row)
            marked |= table->item(row, 0)->text() == u"claude-haiku-4-5-20251001"_s && table->item(row, 5)->text() == u"too large"_s;
        QVERIFY(marked);
    }

    void cancelStopsACallInFlight()
    {
        test::FakeLlmServer server;
        server.setHandler([](const test::RecordedRequest &) { return FakeResponse::withFault(FakeResponse::Fault::Stall); });
        ui::Preferences::setBaseUrl(u"openai"_s, server.openAiBaseUrl());
        ui::AgentPreviewPanel panel(m_session.get());
        panel.setModels({u"openai/gpt-5-mini"_s});
        panel.setModel(u"openai/gpt-5-mini"_s);
        panel.setIdea(u"an idea the model never answers"_s);
        QSignalSpy finished(&panel, &ui::AgentPreviewPanel::finished);
        child<QPushButton>(panel, u"PreviewButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 60000);
        QVERIFY(panel.isBusy());
        QVERIFY(child<QPushButton>(panel, u"CancelButton"_s)->isVisibleTo(&panel));
        child<QPushButton>(panel, u"CancelButton"_s)->click();
        QVERIFY(!panel.isBusy());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(child<QLabel>(panel, u"StatusLabel"_s)->text(), u"Cancelled."_s);
        m_session->waitForIdle();   // the call on the pool ends too
        QCOMPARE(finished.size(), 1);
        QCOMPARE(child<QListWidget>(panel, u"PickedList"_s)->count(), 0);
    }
};

QTEST_MAIN(TstAgentPreviewPanel)
#include "tst_agentpreviewpanel.moc"
