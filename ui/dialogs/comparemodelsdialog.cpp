// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/comparemodelsdialog.h"
#include "dialogs/modelchoices.h"

#include "campaign/campaigncontroller.h"
#include "dialogs/settingsdialog.h"
#include "settings/preferences.h"

#include "llm/pricecatalog.h"
#include "llm/providerprofile.h"
#include "pipeline/budgetguard.h"
#include "pipeline/protocol.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

CompareModelsDialog::CompareModelsDialog(CampaignController *controller, const QList<qint64> &repositoryIds, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_repositoryIds(repositoryIds)
    , m_name(new QLineEdit(u"compare-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s), this))
    , m_third(new QCheckBox(tr("&3."), this))
    , m_executor(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_maxRounds(new QSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_budget(new QDoubleSpinBox(this))
    , m_note(new QLabel(this))
    , m_modelWarnings(new QLabel(this))
    , m_today(QDate::currentDate())
{
    setObjectName(u"CompareModelsDialog"_s);
    setWindowTitle(tr("Compare Models"));
    const Preferences preferences = Preferences::load();   // the defaults of Settings → Models and Execution

    auto *models = new QGroupBox(tr("Models (one campaign each)"), this);
    auto *grid = new QGridLayout(models);
    grid->addWidget(new QLabel(tr("Provider"), models), 0, 1);
    grid->addWidget(new QLabel(tr("Model"), models), 0, 2);
    grid->addWidget(new QLabel(tr("Base URL"), models), 0, 3);
    for (int i = 0; i < MaxModels; ++i) {
        ModelRow &row = m_rows[i];
        row.provider = new QComboBox(models);
        row.provider->setObjectName(u"CompareProvider%1"_s.arg(i + 1));
        row.provider->addItems(llm::ProviderCatalog::instance().ids());
        row.provider->setCurrentText(preferences.generator.provider);
        row.model = new QLineEdit(models);
        row.model->setObjectName(u"CompareModel%1"_s.arg(i + 1));
        row.model->setPlaceholderText(tr("model id, e.g. gpt-5-mini"));
        row.model->setMinimumWidth(180);
        row.baseUrl = new QLineEdit(models);
        row.baseUrl->setPlaceholderText(tr("default of the provider"));
        row.baseUrl->setMinimumWidth(220);
        row.baseUrl->setText(SettingsDialog::baseUrl(row.provider->currentText()));
        connect(row.provider, &QComboBox::currentTextChanged, this,
                [edit = row.baseUrl](const QString &provider) { edit->setText(SettingsDialog::baseUrl(provider)); });
        for (QLineEdit *edit : {row.model, row.baseUrl})
            connect(edit, &QLineEdit::textChanged, this, &CompareModelsDialog::update);
        connect(row.provider, &QComboBox::currentTextChanged, this, &CompareModelsDialog::update);
        if (i < 2)
            grid->addWidget(new QLabel(u"&%1."_s.arg(i + 1), models), i + 1, 0);
        else
            grid->addWidget(m_third, i + 1, 0);
        grid->addWidget(row.provider, i + 1, 1);
        grid->addWidget(row.model, i + 1, 2);
        grid->addWidget(row.baseUrl, i + 1, 3);
        if (auto *label = qobject_cast<QLabel *>(grid->itemAtPosition(i + 1, 0)->widget()))
            label->setBuddy(row.provider);
    }
    m_rows[0].model->setText(preferences.generator.model);
    m_third->setToolTip(tr("Run a third configuration too"));
    connect(m_third, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget *w : {static_cast<QWidget *>(m_rows[2].provider), static_cast<QWidget *>(m_rows[2].model),
                           static_cast<QWidget *>(m_rows[2].baseUrl)})
            w->setEnabled(on);
        update();
    });
    m_third->setChecked(false);
    Q_EMIT m_third->toggled(false);

    // What the campaigns share: the protocol and how examples run.
    m_executor->addItems({u"auto"_s, u"bwrap"_s, u"local"_s, u"podman"_s});
    m_executor->addItem(u"slurm"_s);
    m_executor->setItemData(m_executor->count() - 1, SettingsDialog::slurmToolTip(), Qt::ToolTipRole);
    for (const auto &p : pipeline::Protocol::available()) {
        m_protocol->addItem(p.name, p.location);
        m_protocol->setItemData(m_protocol->count() - 1, p.title, Qt::ToolTipRole);
    }
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findText(pipeline::Protocol::defaultName())));
    m_maxRounds->setRange(1, 20);
    m_maxRounds->setValue(preferences.maxRounds);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(preferences.concurrency);
    m_budget->setRange(0, 100000);
    m_budget->setDecimals(2);
    m_budget->setPrefix(u"$"_s);
    m_budget->setSpecialValueText(tr("no budget"));
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, &CompareModelsDialog::update);

    auto *shared = new QGroupBox(tr("Shared by all"), this);
    auto *form = new QFormLayout(shared);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Repositories:"), new QLabel(tr("the %n repositories the filter shows", "", int(repositoryIds.size())), shared));
    form->addRow(tr("&Executor:"), m_executor);
    form->addRow(tr("Pro&tocol:"), m_protocol);
    form->addRow(tr("&Rounds at most:"), m_maxRounds);
    form->addRow(tr("E&xamples in parallel (each):"), m_concurrency);
    form->addRow(tr("Cost b&udget (each):"), m_budget);
    connect(m_name, &QLineEdit::textChanged, this, &CompareModelsDialog::update);

    m_note->setWordWrap(true);
    m_note->setObjectName(u"CompareModelsNote"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start Campaigns"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompareModelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    m_modelWarnings->setObjectName(u"ModelWarnings"_s);
    m_modelWarnings->setWordWrap(true);
    m_modelWarnings->setTextFormat(Qt::RichText);
    m_modelWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelWarnings->hide();
    for (const ModelRow &row : m_rows) {
        connect(row.model, &QLineEdit::textChanged, this, &CompareModelsDialog::updateModelChoices);
        connect(row.provider, &QComboBox::currentTextChanged, this, &CompareModelsDialog::updateModelChoices);
    }
    connect(m_third, &QCheckBox::toggled, this, &CompareModelsDialog::updateModelChoices);
    layout->addWidget(models);
    layout->addWidget(m_modelWarnings);
    layout->addWidget(shared);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    update();
    updateModelChoices();
}

void CompareModelsDialog::setToday(const QDate &today)
{
    m_today = today;
    updateModelChoices();
}

void CompareModelsDialog::updateModelChoices()
{
    const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
    for (const ModelRow &row : m_rows)
        ModelChoices::offer(row.model, prices.offeredModels(row.provider->currentText(), m_today));
    QStringList chosen;
    for (const auto &c : configs())
        chosen << c.generator.model;
    m_warnings = ModelChoices::showWarnings(m_modelWarnings, prices, chosen, m_today);
}

int CompareModelsDialog::count() const
{
    return m_third->isChecked() ? 3 : 2;
}

QList<pipeline::CampaignConfig> CompareModelsDialog::configs() const
{
    QList<pipeline::CampaignConfig> out;
    const pipeline::CampaignConfig defaults = Preferences::load().campaignDefaults();   // limits, interpreter, network
    for (int i = 0; i < count(); ++i) {
        pipeline::CampaignConfig c = defaults;
        const pipeline::ModelChoice model{m_rows[i].provider->currentText(), m_rows[i].model->text().trimmed(),
                                          m_rows[i].baseUrl->text().trimmed()};
        c.generator = c.classifier = c.judge = model;   // the compared model does every stage
        c.executor = m_executor->currentText();
        c.protocol = m_protocol->currentText().isEmpty() ? pipeline::Protocol::defaultName() : m_protocol->currentText();
        c.maxRounds = m_maxRounds->value();
        c.concurrency = m_concurrency->value();
        if (m_budget->value() > 0)
            c.budgetUsd = m_budget->value();
        out << c;
    }
    return out;
}

QStringList CompareModelsDialog::names() const
{
    QStringList out;
    const QString base = m_name->text().trimmed();
    for (const auto &c : configs())
        out << u"%1 %2/%3"_s.arg(base, c.generator.provider, c.generator.model);
    return out;
}

QString CompareModelsDialog::problem() const
{
    if (m_repositoryIds.isEmpty())
        return tr("The filter shows no repositories.");
    if (m_name->text().trimmed().isEmpty())
        return tr("The campaigns need a name.");
    QSet<QString> seen;
    const auto all = configs();
    for (int i = 0; i < all.size(); ++i) {
        const auto &m = all[i].generator;
        if (m.model.isEmpty())
            return tr("Model %1 has no model id.").arg(i + 1);
        const QString key = m.provider + u'\n' + m.model + u'\n' + m.baseUrl;
        if (seen.contains(key))
            return tr("%1/%2 is there twice; compare different models.").arg(m.provider, m.model);
        seen.insert(key);
    }
    if (m_budget->value() > 0) {
        const auto prices = llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath());
        for (const auto &c : all)
            if (const QString refusal = pipeline::BudgetGuard::refusal(c, prices); !refusal.isEmpty())
                return refusal;
    }
    return {};
}

void CompareModelsDialog::update()
{
    if (!m_start)
        return;   // still being built
    const QString why = problem();
    m_start->setEnabled(why.isEmpty());
    m_start->setText(tr("&Start %n Campaign(s)", "", count()));
    m_note->setText(why.isEmpty() ? tr("%n campaign(s) over %1 repositories start at once; they share the execution slots.", "",
                                       count()).arg(m_repositoryIds.size())
                                  : why);
}

void CompareModelsDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const auto all = configs();
    const QStringList campaignNames = names();
    for (int i = 0; i < all.size(); ++i)
        m_controller->startNew(campaignNames[i], all[i], m_repositoryIds);
    QDialog::accept();
}

} // namespace wb::ui
