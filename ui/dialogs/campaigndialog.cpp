// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/campaigndialog.h"

#include "dialogs/modelchoices.h"
#include "dialogs/settingsdialog.h"
#include "settings/preferences.h"

#include "llm/llmbatch.h"
#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "llm/usage.h"
#include "pipeline/budgetguard.h"
#include "pipeline/protocol.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
// Typical tokens of each stage for one repository (input, output), for the estimate only.
struct StageTokens
{
    qint64 input;
    qint64 output;
};
constexpr StageTokens kSummary{6000, 400};
constexpr StageTokens kClassification{3000, 250};   // per file, 20 files
constexpr int kClassifiedFiles = 20;
constexpr StageTokens kGeneration{40000, 3000};
constexpr StageTokens kJudge{30000, 800};
constexpr StageTokens kRepair{45000, 3000};

std::optional<double> cost(const llm::PriceCatalog &prices, const QString &model, StageTokens t, int times = 1, bool batch = false)
{
    llm::Usage u;
    u.known = true;
    u.inputUncached = t.input * times;
    u.output = t.output * times;
    return prices.cost(model, u, batch);
}
} // namespace

CampaignDialog::CampaignDialog(int repositories, QWidget *parent, int filtered)
    : QDialog(parent)
    , m_repositories(repositories)
    , m_filtered(filtered)
    , m_all(new QRadioButton(tr("&All %1 repositories").arg(repositories), this))
    , m_filteredOnly(new QRadioButton(tr("Only the %1 repositories the filter &shows").arg(std::max(0, filtered)), this))
    , m_name(new QLineEdit(u"campaign-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s), this))
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_fastModel(new QLineEdit(this))
    , m_judgeModel(new QLineEdit(this))
    , m_executor(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_protocolNote(new QLabel(this))
    , m_maxRounds(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_economy(new QCheckBox(tr("E&conomy: classify the files in one batch at the batch price (about half; answers "
                                 "within 24 hours)"),
                              this))
    , m_estimate(new QLabel(this))
    , m_budgetNote(new QLabel(this))
    , m_modelWarnings(new QLabel(this))
    , m_today(QDate::currentDate())
{
    setWindowTitle(tr("Run Campaign"));
    // Defaults from Settings → Models and Execution.
    const Preferences preferences = Preferences::load();
    m_provider->addItems(llm::ProviderCatalog::instance().ids());
    m_provider->setCurrentText(preferences.generator.provider);
    m_baseUrl->setPlaceholderText(tr("default of the provider"));
    m_model->setText(preferences.generator.model);
    m_fastModel->setPlaceholderText(tr("same as the model"));
    m_fastModel->setText(preferences.classifier.model);
    m_judgeModel->setPlaceholderText(tr("same as the model"));
    m_judgeModel->setText(preferences.judge.model == preferences.generator.model ? QString() : preferences.judge.model);
    m_executor->addItems({u"auto"_s, u"bwrap"_s, u"local"_s, u"podman"_s});
    m_executor->addItem(u"slurm"_s);
    m_executor->setItemData(m_executor->count() - 1, SettingsDialog::slurmToolTip(), Qt::ToolTipRole);
    // The distillation protocols: the method as published, and a lab's own variants.
    for (const auto &p : pipeline::Protocol::available()) {
        m_protocol->addItem(p.name, p.location);
        m_protocol->setItemData(m_protocol->count() - 1, p.title, Qt::ToolTipRole);
    }
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findText(pipeline::Protocol::defaultName())));
    m_protocolNote->setWordWrap(true);
    m_maxRounds->setRange(1, 20);
    m_maxRounds->setValue(preferences.maxRounds);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(preferences.concurrency);
    m_all->setChecked(true);
    m_filteredOnly->setEnabled(filtered >= 0 && filtered != repositories);
    m_filteredOnly->setVisible(filtered >= 0);
    connect(m_filteredOnly, &QRadioButton::toggled, this, &CampaignDialog::updateEstimate);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$"_s);
    m_budget->setSpecialValueText(tr("no budget"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_filteredOnly);
    form->addRow(tr("Repositories:"), scope);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Model (summary, generation, repair):"), m_model);
    form->addRow(tr("&Fast model (classification):"), m_fastModel);
    form->addRow(tr("&Judge model:"), m_judgeModel);
    m_modelWarnings->setObjectName(u"ModelWarnings"_s);
    m_modelWarnings->setWordWrap(true);
    m_modelWarnings->setTextFormat(Qt::RichText);
    m_modelWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelWarnings->hide();
    form->addRow(QString(), m_modelWarnings);
    form->addRow(tr("&Executor:"), m_executor);
    form->addRow(tr("Pro&tocol:"), m_protocol);
    form->addRow(QString(), m_protocolNote);
    form->addRow(tr("&Rounds at most:"), m_maxRounds);
    form->addRow(tr("E&xamples in parallel:"), m_concurrency);
    form->addRow(tr("Cost b&udget:"), m_budget);
    m_budgetNote->setObjectName(u"BudgetNote"_s);
    m_budgetNote->setWordWrap(true);
    m_budgetNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budgetNote->hide();
    form->addRow(QString(), m_budgetNote);
    form->addRow(tr("Classification:"), m_economy);
    form->addRow(tr("Estimate:"), m_estimate);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_run = buttons->button(QDialogButtonBox::Ok);
    m_run->setText(tr("Run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // The base URL configured in Settings for the chosen provider.
    auto fillBaseUrl = [this] { m_baseUrl->setText(SettingsDialog::baseUrl(m_provider->currentText())); };
    fillBaseUrl();
    connect(m_provider, &QComboBox::currentTextChanged, this, fillBaseUrl);
    m_executor->setCurrentText(preferences.executor);
    for (QLineEdit *edit : {m_model, m_fastModel, m_judgeModel}) {
        connect(edit, &QLineEdit::textChanged, this, &CampaignDialog::updateEstimate);
        connect(edit, &QLineEdit::textChanged, this, &CampaignDialog::updateModelChoices);
    }
    connect(m_provider, &QComboBox::currentTextChanged, this, &CampaignDialog::updateModelChoices);
    connect(m_maxRounds, &QSpinBox::valueChanged, this, &CampaignDialog::updateEstimate);
    connect(m_maxRounds, &QSpinBox::valueChanged, this, &CampaignDialog::updateProtocolNote);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &CampaignDialog::updateProtocolNote);
    // Economy needs the provider's batch API (OpenAI, Anthropic).
    auto offerEconomy = [this] {
        const QString provider = m_provider->currentText();
        const bool supported = llm::LlmBatch::supported(provider);
        m_economy->setEnabled(supported);
        m_economy->setToolTip(supported ? tr("The classification requests of all repositories go to %1 as one batch; the "
                                             "campaign waits for its answers, and survives closing the workbench meanwhile.")
                                              .arg(provider)
                                        : tr("%1 has no batch API.").arg(provider));
        if (!supported)
            m_economy->setChecked(false);
    };
    offerEconomy();
    connect(m_provider, &QComboBox::currentTextChanged, this, offerEconomy);
    connect(m_economy, &QCheckBox::toggled, this, &CampaignDialog::updateEstimate);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &CampaignDialog::updateEstimate);
    updateEstimate();
    updateProtocolNote();
    updateModelChoices();
}

void CampaignDialog::setToday(const QDate &today)
{
    m_today = today;
    updateModelChoices();
}

QStringList CampaignDialog::offeredModels() const
{
    return llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()).offeredModels(m_provider->currentText(), m_today);
}

void CampaignDialog::updateModelChoices()
{
    const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    const QStringList offered = prices.offeredModels(m_provider->currentText(), m_today);
    for (QLineEdit *edit : {m_model, m_fastModel, m_judgeModel})
        ModelChoices::offer(edit, offered);
    const auto c = config();
    m_warnings = ModelChoices::showWarnings(m_modelWarnings, prices, {c.generator.model, c.classifier.model, c.judge.model}, m_today);
}

QString CampaignDialog::protocolNote() const
{
    return m_protocolNote->text();
}

void CampaignDialog::updateProtocolNote()
{
    try {
        const auto protocol = pipeline::Protocol::load(m_protocol->currentData().toString());
        const QStringList departures = config().departuresFrom(protocol.maxRounds(), protocol.wallMinutes());
        QString note = tr("%1 (%2): up to %3 rounds of %4 minutes.")
                           .arg(protocol.title(), protocol.shortHash())
                           .arg(protocol.maxRounds())
                           .arg(protocol.wallMinutes());
        if (!departures.isEmpty())
            note += u' ' + tr("This campaign departs from it: %1 — its results are not comparable with the protocol's.")
                               .arg(departures.join(u", "_s));
        m_protocolNote->setText(note);
    } catch (const Error &e) {
        m_protocolNote->setText(e.message());
    }
}

QString CampaignDialog::name() const
{
    return m_name->text().trimmed();
}

pipeline::CampaignConfig CampaignDialog::config() const
{
    pipeline::CampaignConfig c = Preferences::load().campaignDefaults();   // limits, interpreter, network
    const QString provider = m_provider->currentText();
    const QString base = m_baseUrl->text().trimmed();
    c.generator = {provider, m_model->text().trimmed(), base};
    c.classifier = {provider, m_fastModel->text().trimmed().isEmpty() ? c.generator.model : m_fastModel->text().trimmed(), base};
    c.judge = {provider, m_judgeModel->text().trimmed().isEmpty() ? c.generator.model : m_judgeModel->text().trimmed(), base};
    c.executor = m_executor->currentText();
    c.protocol = m_protocol->currentText().isEmpty() ? pipeline::Protocol::defaultName() : m_protocol->currentText();
    c.maxRounds = m_maxRounds->value();
    c.concurrency = m_concurrency->value();
    if (m_budget->value() > 0)
        c.budgetUsd = m_budget->value();
    c.classificationMode = m_economy->isEnabled() && m_economy->isChecked() ? u"economy"_s : u"standard"_s;
    return c;
}

bool CampaignDialog::filteredOnly() const
{
    return m_filteredOnly->isChecked();
}

int CampaignDialog::selectedCount() const
{
    return filteredOnly() ? m_filtered : m_repositories;
}

QString CampaignDialog::estimateText() const
{
    return m_estimate->text();
}

QString CampaignDialog::budgetRefusal() const
{
    return pipeline::BudgetGuard::refusal(config(), llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()));
}

void CampaignDialog::updateEstimate()
{
    const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    const auto c = config();
    // A budget over a model without a price could not be kept: the campaign is not run so.
    const QString refusal = pipeline::BudgetGuard::refusal(c, prices);
    m_budgetNote->setText(refusal);
    m_budgetNote->setVisible(!refusal.isEmpty());
    if (m_run)
        m_run->setEnabled(refusal.isEmpty());
    const auto fixed = {cost(prices, c.generator.model, kSummary),
                        cost(prices, c.classifier.model, kClassification, kClassifiedFiles, c.classificationMode == u"economy"_s),
                        cost(prices, c.generator.model, kGeneration), cost(prices, c.judge.model, kJudge)};
    const auto perExtraRound = {cost(prices, c.judge.model, kJudge), cost(prices, c.generator.model, kRepair)};
    double low = 0, perRound = 0;
    for (const auto &x : fixed) {
        if (!x) {
            m_estimate->setText(tr("unknown: a model is not in the price catalogue"));
            return;
        }
        low += *x;
    }
    for (const auto &x : perExtraRound)
        perRound += x.value_or(0);
    const double high = low + perRound * (c.maxRounds - 1) + perRound;   // the last repair is made too
    m_estimate->setText(tr("$%1 – $%2 for %3 repositories (prices as of %4)")
                            .arg(low * selectedCount(), 0, 'f', 2)
                            .arg(high * selectedCount(), 0, 'f', 2)
                            .arg(selectedCount())
                            .arg(prices.asOf().toString(Qt::ISODate)));
}

} // namespace wb::ui
