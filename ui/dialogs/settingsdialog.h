// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace wb::llm {
class LlmClient;
}

namespace wb::ui {

/**
 * Preferences in four pages. Providers: per provider a base URL, the list of models offered, a model
 * to test with and the API key (kept in the desktop's secret store, never in the settings file), with
 * "Test Connection" (one tiny request, like `codedistiller llm ping`). Models: default provider and
 * model per stage. Execution: executor, Python interpreter and limits. Appearance: annotator name,
 * language and theme. Stored through Preferences.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** The base URL configured for @p provider, empty for the provider's default. */
    static QString baseUrl(const QString &provider);
    static QString annotator();
    /** What the slurm executor does and where its settings live (tooltip of the executor choices). */
    static QString slurmToolTip();

    QTabWidget *pages() const { return m_pages; }
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *modelEdit() const { return m_model; }
    QPlainTextEdit *modelListEdit() const { return m_modelList; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *roundTimeoutBox() const { return m_roundTimeout; }
    QCheckBox *networkBox() const { return m_network; }
    QLineEdit *pipIndexEdit() const { return m_pipIndex; }
    QComboBox *roundRetentionBox() const { return m_roundRetention; }
    QComboBox *stageModelBox(const QString &stage) const;

    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    struct StageRow
    {
        QString stage;
        QComboBox *provider = nullptr;
        QComboBox *model = nullptr;
    };
    QWidget *makeProvidersPage();
    QWidget *makeModelsPage();
    QWidget *makeExecutionPage();
    QWidget *makeAppearancePage();
    void loadProvider();
    void storeProvider();
    void testConnection();

    Preferences m_preferences;
    QTabWidget *m_pages;
    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QPlainTextEdit *m_modelList;
    QLineEdit *m_model;
    QPushButton *m_test;
    QLabel *m_result;
    QList<StageRow> m_stages;
    QComboBox *m_executor;
    QLineEdit *m_python;
    QSpinBox *m_maxRounds;
    QSpinBox *m_concurrency;
    QSpinBox *m_roundTimeout;
    QSpinBox *m_memory;
    QSpinBox *m_output;
    QCheckBox *m_network;
    QLineEdit *m_pipIndex;
    QComboBox *m_roundRetention;
    QLineEdit *m_annotator;
    QComboBox *m_language;
    QComboBox *m_theme;
    QString m_currentProvider;
    llm::LlmClient *m_client = nullptr;
};

} // namespace wb::ui
