// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"

#include "llm/credentials.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "llm/providerprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString key(const QString &provider, const char *field)
{
    return u"preferences/providers/%1/%2"_s.arg(provider, QLatin1StringView(field));
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_annotator(new QLineEdit(this))
    , m_python(new QLineEdit(this))
    , m_executor(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(620);
    m_provider->addItems(llm::ProviderCatalog::instance().ids());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("kept in the secret store; empty: unchanged or from the environment"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_executor->addItems({u"auto"_s, u"bwrap"_s, u"local"_s});

    auto *providers = new QGroupBox(tr("Model providers"), this);
    auto *providerForm = new QFormLayout(providers);
    providerForm->addRow(tr("&Provider:"), m_provider);
    providerForm->addRow(tr("&Base URL:"), m_baseUrl);
    providerForm->addRow(tr("API &key:"), m_key);
    providerForm->addRow(tr("&Model to test with:"), m_model);
    providerForm->addRow(m_test, m_result);

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Annotator name:"), m_annotator);
    generalForm->addRow(tr("P&ython interpreter:"), m_python);
    generalForm->addRow(tr("&Executor:"), m_executor);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(providers);
    layout->addWidget(general);
    layout->addWidget(buttons);

    QSettings settings;
    m_annotator->setText(settings.value(u"preferences/annotator"_s).toString());
    m_python->setText(settings.value(u"preferences/python"_s, u"/usr/bin/python3"_s).toString());
    m_executor->setCurrentText(settings.value(u"preferences/executor"_s, u"auto"_s).toString());
    m_currentProvider = m_provider->currentText();
    loadProvider();
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        storeProvider();
        m_currentProvider = m_provider->currentText();
        loadProvider();
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
}

QString SettingsDialog::baseUrl(const QString &provider)
{
    return QSettings().value(key(provider, "base_url")).toString();
}

QString SettingsDialog::annotator()
{
    return QSettings().value(u"preferences/annotator"_s).toString();
}

void SettingsDialog::loadProvider()
{
    QSettings settings;
    m_baseUrl->setText(settings.value(key(m_currentProvider, "base_url")).toString());
    m_model->setText(settings.value(key(m_currentProvider, "test_model")).toString());
    m_key->clear();
    m_result->clear();
}

void SettingsDialog::storeProvider()
{
    QSettings settings;
    settings.setValue(key(m_currentProvider, "base_url"), m_baseUrl->text().trimmed());
    settings.setValue(key(m_currentProvider, "test_model"), m_model->text().trimmed());
    if (!m_key->text().isEmpty()) {
        QString error;
        if (!llm::Credentials::storeApiKey(m_currentProvider, m_key->text(), &error))
            m_result->setText(tr("The key could not be saved in the secret store (%1); it is used for this test only. "
                                 "Set the provider's environment variable instead.").arg(error));
    }
}

void SettingsDialog::accept()
{
    storeProvider();
    QSettings settings;
    settings.setValue(u"preferences/annotator"_s, m_annotator->text().trimmed());
    settings.setValue(u"preferences/python"_s, m_python->text().trimmed());
    settings.setValue(u"preferences/executor"_s, m_executor->currentText());
    QDialog::accept();
}

void SettingsDialog::testConnection()
{
    if (!m_client)
        m_client = new llm::LlmClient(nullptr, llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()), {}, this);
    if (!m_key->text().isEmpty())
        m_client->setApiKey(m_provider->currentText(), m_key->text());
    llm::LlmRequest request;
    request.provider = m_provider->currentText();
    request.model = m_model->text().trimmed();
    request.baseUrl = m_baseUrl->text().trimmed();
    request.prompt = u"Reply with the single word: pong"_s;
    request.maxTokens = 256;
    request.reasoningEffort = u"low"_s;
    request.useCache = false;
    if (request.model.isEmpty()) {
        m_result->setText(tr("Enter a model to test with."));
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    llm::LlmCall *call = m_client->send(request);
    connect(call, &llm::LlmCall::finished, this, [this](const llm::LlmResult &r) {
        m_test->setEnabled(true);
        if (r.ok()) {
            m_result->setText(tr("OK: \"%1\" in %2 ms, %3 tokens in, %4 out, cost %5")
                                  .arg(r.text.trimmed().left(40))
                                  .arg(r.latencyMs)
                                  .arg(r.usage.totalInput())
                                  .arg(r.usage.output)
                                  .arg(r.costUsd ? u"$%1"_s.arg(*r.costUsd, 0, 'f', 6) : tr("unknown")));
        } else {
            m_result->setText(tr("Failed: %1").arg(r.error));
        }
        Q_EMIT connectionTested(r.ok());
    });
}

} // namespace wb::ui
