// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"

#include "exec/roundretention.h"
#include "llm/credentials.h"
#include "llm/llmcall.h"
#include "llm/llmclient.h"
#include "llm/providerprofile.h"
#include "settings/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QSpinBox *spinBox(int min, int max, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_preferences(Preferences::load())
    , m_pages(new QTabWidget(this))
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_modelList(new QPlainTextEdit(this))
    , m_model(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_executor(new QComboBox(this))
    , m_python(new QLineEdit(this))
    , m_maxRounds(spinBox(1, 20, QString(), this))
    , m_concurrency(spinBox(1, 64, QString(), this))
    , m_roundTimeout(spinBox(1, 24 * 60, tr(" min"), this))
    , m_memory(spinBox(0, 1024, tr(" GB"), this))
    , m_output(spinBox(1, 1024, tr(" MB"), this))
    , m_network(new QCheckBox(tr("Rounds may use the &network (pip downloads, data)"), this))
    , m_pipIndex(new QLineEdit(this))
    , m_roundRetention(new QComboBox(this))
    , m_annotator(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(640);
    m_pages->setObjectName(u"SettingsPages"_s);
    m_pages->addTab(makeProvidersPage(), tr("&Providers"));
    m_pages->addTab(makeModelsPage(), tr("&Models"));
    m_pages->addTab(makeExecutionPage(), tr("E&xecution"));
    m_pages->addTab(makeAppearancePage(), tr("&General"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);

    m_currentProvider = m_provider->currentText();
    loadProvider();
    connect(m_provider, &QComboBox::currentTextChanged, this, [this] {
        storeProvider();
        m_currentProvider = m_provider->currentText();
        loadProvider();
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
}

QWidget *SettingsDialog::makeProvidersPage()
{
    auto *page = new QWidget(this);
    m_provider->addItems(llm::ProviderCatalog::instance().ids());
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("kept in the secret store; empty: unchanged or from the environment"));
    m_modelList->setPlaceholderText(tr("One model id per line; empty: the models of the price catalogue"));
    m_modelList->setTabChangesFocus(true);
    m_modelList->setMaximumHeight(m_modelList->fontMetrics().height() * 7);
    m_model->setCompleter(new QCompleter(new QStringListModel(this), m_model));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("P&rovider:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("Models &offered:"), m_modelList);
    form->addRow(tr("Model to test &with:"), m_model);
    form->addRow(m_test, m_result);
    return page;
}

QWidget *SettingsDialog::makeModelsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *intro = new QLabel(tr("Defaults of new campaigns. The generator writes the repository summary, the example "
                                "and its repairs; the classifier rates every file (a fast model); the judge reads "
                                "each run."), page);
    intro->setWordWrap(true);
    form->addRow(intro);
    const std::pair<QString, QString> stages[] = {{u"generator"_s, tr("&Generator:")},
                                                  {u"classifier"_s, tr("&Classifier:")},
                                                  {u"judge"_s, tr("&Judge:")}};
    const pipeline::ModelChoice *current[] = {&m_preferences.generator, &m_preferences.classifier, &m_preferences.judge};
    for (int i = 0; i < 3; ++i) {
        StageRow row{stages[i].first, new QComboBox(page), new QComboBox(page)};
        row.provider->addItems(llm::ProviderCatalog::instance().ids());
        row.provider->setCurrentText(current[i]->provider);
        row.model->setEditable(true);
        row.model->setObjectName(stages[i].first + u"Model"_s);
        row.model->addItems(Preferences::models(row.provider->currentText()));
        row.model->setCurrentText(current[i]->model);
        row.model->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QComboBox *model = row.model;
        connect(row.provider, &QComboBox::currentTextChanged, model, [model](const QString &provider) {
            const QString text = model->currentText();
            model->clear();
            model->addItems(Preferences::models(provider));
            model->setCurrentText(text);
        });
        auto *line = new QHBoxLayout;
        line->addWidget(row.provider);
        line->addWidget(row.model, 1);
        auto *label = new QLabel(stages[i].second, page);
        label->setBuddy(row.provider);
        form->addRow(label, line);
        m_stages << row;
    }
    return page;
}

QWidget *SettingsDialog::makeExecutionPage()
{
    auto *page = new QWidget(this);
    m_executor->addItems({u"auto"_s, u"bwrap"_s, u"local"_s, u"podman"_s});
    m_executor->setToolTip(tr("auto: the bubblewrap sandbox when it works here, else local processes; podman: a fresh "
                                "container for every round (runc), its image from the workspace setting podman.image"));
    m_executor->addItem(u"slurm"_s);
    m_executor->setItemData(m_executor->count() - 1, slurmToolTip(), Qt::ToolTipRole);
    m_executor->setCurrentText(m_preferences.executor);
    m_python->setText(m_preferences.python);
    auto *browse = new QToolButton(page);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the Python interpreter"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Python Interpreter"), m_python->text());
        if (!path.isEmpty())
            m_python->setText(path);
    });
    auto *python = new QHBoxLayout;
    python->addWidget(m_python, 1);
    python->addWidget(browse);
    m_maxRounds->setValue(m_preferences.maxRounds);
    m_concurrency->setValue(m_preferences.concurrency);
    m_roundTimeout->setValue(m_preferences.roundTimeoutMinutes);
    m_memory->setValue(m_preferences.memoryLimitGb);
    m_memory->setSpecialValueText(tr("no limit"));
    m_output->setValue(m_preferences.maxOutputMb);
    m_network->setChecked(m_preferences.network);
    m_pipIndex->setText(m_preferences.pipIndexUrl);
    m_pipIndex->setPlaceholderText(tr("PyPI"));
    m_pipIndex->setToolTip(tr("A package index (PEP 503) the rounds install from when they may use the network, e.g. your "
                              "lab's mirror: https://pypi.example.org/simple"));
    m_pipIndex->setEnabled(m_network->isChecked());
    connect(m_network, &QCheckBox::toggled, m_pipIndex, &QWidget::setEnabled);
    m_roundRetention->addItem(tr("Remove once collected"), exec::toString(exec::RoundRetention::Remove));
    m_roundRetention->addItem(tr("Keep failed rounds"), exec::toString(exec::RoundRetention::KeepFailed));
    m_roundRetention->addItem(tr("Keep all rounds"), exec::toString(exec::RoundRetention::KeepAll));
    m_roundRetention->setCurrentIndex(std::max(0, m_roundRetention->findData(m_preferences.roundRetention)));
    m_roundRetention->setToolTip(tr("A round's folder (its code, virtual environment and files) once its log and "
                                    "artifacts are saved in the workspace: removed, kept when run.sh or main.py failed "
                                    "or the round was stopped, or always kept for debugging."));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Executor:"), m_executor);
    auto *pythonLabel = new QLabel(tr("P&ython interpreter:"), page);
    pythonLabel->setBuddy(m_python);
    form->addRow(pythonLabel, python);
    form->addRow(tr("Debug &rounds at most:"), m_maxRounds);
    form->addRow(tr("Examples in &parallel:"), m_concurrency);
    form->addRow(tr("&Time per round:"), m_roundTimeout);
    form->addRow(tr("&Memory per process:"), m_memory);
    form->addRow(tr("&Output per stream:"), m_output);
    form->addRow(QString(), m_network);
    form->addRow(tr("Package &index (pip):"), m_pipIndex);
    form->addRow(tr("Round &folders:"), m_roundRetention);
    return page;
}

QWidget *SettingsDialog::makeAppearancePage()
{
    auto *page = new QWidget(this);
    m_annotator->setText(m_preferences.annotator);
    m_annotator->setPlaceholderText(tr("your name, recorded with your judgements"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : Appearance::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language)));
    m_theme->addItem(tr("Follow the system"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_preferences.theme)));
    auto *languageNote = new QLabel(tr("A new language applies when the workbench starts next."), page);
    languageNote->setEnabled(false);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Annotator name:"), m_annotator);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("T&heme:"), m_theme);
    return page;
}

QComboBox *SettingsDialog::stageModelBox(const QString &stage) const
{
    for (const StageRow &row : m_stages)
        if (row.stage == stage)
            return row.model;
    return nullptr;
}

QString SettingsDialog::baseUrl(const QString &provider)
{
    return Preferences::baseUrl(provider);
}

QString SettingsDialog::annotator()
{
    return Preferences::load().annotator;
}

QString SettingsDialog::slurmToolTip()
{
    return tr("slurm: every round as a batch job on the team's Slurm cluster; partition, account, modules and the shared "
              "folder are the workspace's settings (File → Slurm Settings…, or codedistiller slurm)");
}

void SettingsDialog::loadProvider()
{
    m_baseUrl->setText(Preferences::baseUrl(m_currentProvider));
    const QStringList models = Preferences::models(m_currentProvider);
    m_modelList->setPlainText(models.join(u'\n'));
    static_cast<QStringListModel *>(m_model->completer()->model())->setStringList(models);
    m_model->setText(QSettings().value(u"preferences/providers/%1/test_model"_s.arg(m_currentProvider)).toString());
    m_key->clear();
    m_result->clear();
}

void SettingsDialog::storeProvider()
{
    Preferences::setBaseUrl(m_currentProvider, m_baseUrl->text());
    QSettings().setValue(u"preferences/providers/%1/test_model"_s.arg(m_currentProvider), m_model->text().trimmed());
    const QStringList models = m_modelList->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    Preferences::setModels(m_currentProvider, models == Preferences::models(m_currentProvider) ? QStringList() : models);
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
    Preferences &p = m_preferences;
    pipeline::ModelChoice *targets[] = {&p.generator, &p.classifier, &p.judge};
    for (int i = 0; i < m_stages.size(); ++i) {
        targets[i]->provider = m_stages[i].provider->currentText();
        targets[i]->model = m_stages[i].model->currentText().trimmed();
    }
    p.executor = m_executor->currentText();
    p.python = m_python->text().trimmed();
    p.maxRounds = m_maxRounds->value();
    p.concurrency = m_concurrency->value();
    p.roundTimeoutMinutes = m_roundTimeout->value();
    p.memoryLimitGb = m_memory->value();
    p.maxOutputMb = m_output->value();
    p.network = m_network->isChecked();
    p.roundRetention = m_roundRetention->currentData().toString();
    const QUrl index(m_pipIndex->text().trimmed());
    if (!m_pipIndex->text().trimmed().isEmpty() && (!index.isValid() || (index.scheme() != u"https"_s && index.scheme() != u"http"_s))) {
        m_pages->setCurrentIndex(2);
        m_pipIndex->setFocus();
        m_result->setText(tr("The package index must be an http or https URL, e.g. https://pypi.example.org/simple."));
        QMessageBox::warning(this, windowTitle(), m_result->text());
        return;
    }
    p.pipIndexUrl = m_pipIndex->text().trimmed();
    p.annotator = m_annotator->text().trimmed();
    p.language = m_language->currentData().toString();
    const bool themeChanged = p.theme != m_theme->currentData().toString();
    p.theme = m_theme->currentData().toString();
    p.save();
    if (themeChanged)
        Appearance::applyTheme(p.theme);
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
