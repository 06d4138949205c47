// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::llm {
class LlmClient;
}

namespace wb::ui {

/**
 * Preferences: per provider a base URL, a model to test with and the API key (kept in the desktop's
 * secret store, never in the settings file), with "Test Connection" (one tiny request, like
 * `codedistiller llm ping`); the annotator's name, the Python interpreter and the default executor.
 * Stored with QSettings under "preferences/".
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

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *modelEdit() const { return m_model; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void connectionTested(bool ok);

private:
    void loadProvider();
    void storeProvider();
    void testConnection();

    QComboBox *m_provider;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QLineEdit *m_model;
    QPushButton *m_test;
    QLabel *m_result;
    QLineEdit *m_annotator;
    QLineEdit *m_python;
    QComboBox *m_executor;
    QString m_currentProvider;
    llm::LlmClient *m_client = nullptr;
};

} // namespace wb::ui
