// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/preferences.h"

#include "exec/roundretention.h"
#include "llm/pricecatalog.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString providerKey(const QString &provider, const char *field)
{
    return u"preferences/providers/%1/%2"_s.arg(provider, QLatin1StringView(field));
}

pipeline::ModelChoice readModel(const QSettings &s, const QString &stage, const pipeline::ModelChoice &fallback)
{
    pipeline::ModelChoice m;
    m.provider = s.value(u"preferences/models/%1/provider"_s.arg(stage), fallback.provider).toString();
    m.model = s.value(u"preferences/models/%1/model"_s.arg(stage), fallback.model).toString();
    return m;
}

void writeModel(QSettings &s, const QString &stage, const pipeline::ModelChoice &m)
{
    s.setValue(u"preferences/models/%1/provider"_s.arg(stage), m.provider);
    s.setValue(u"preferences/models/%1/model"_s.arg(stage), m.model);
}
} // namespace

Preferences Preferences::load()
{
    const QSettings s;
    Preferences p;
    p.annotator = s.value(u"preferences/annotator"_s).toString();
    p.language = s.value(u"preferences/language"_s).toString();
    p.theme = s.value(u"preferences/theme"_s, p.theme).toString();
    p.generator = readModel(s, u"generator"_s, p.generator);
    p.classifier = readModel(s, u"classifier"_s, p.classifier);
    p.judge = readModel(s, u"judge"_s, p.judge);
    p.executor = s.value(u"preferences/executor"_s, p.executor).toString();
    p.python = s.value(u"preferences/python"_s, p.python).toString();
    p.maxRounds = s.value(u"preferences/execution/max_rounds"_s, p.maxRounds).toInt();
    p.concurrency = s.value(u"preferences/execution/concurrency"_s, p.concurrency).toInt();
    p.roundTimeoutMinutes = s.value(u"preferences/execution/round_timeout_minutes"_s, p.roundTimeoutMinutes).toInt();
    p.memoryLimitGb = s.value(u"preferences/execution/memory_limit_gb"_s, p.memoryLimitGb).toInt();
    p.maxOutputMb = s.value(u"preferences/execution/max_output_mb"_s, p.maxOutputMb).toInt();
    p.network = s.value(u"preferences/execution/network"_s, p.network).toBool();
    p.pipIndexUrl = s.value(u"preferences/execution/pip_index_url"_s).toString();
    p.roundRetention = s.value(u"preferences/execution/round_retention"_s, p.roundRetention).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(u"preferences/annotator"_s, annotator);
    s.setValue(u"preferences/language"_s, language);
    s.setValue(u"preferences/theme"_s, theme);
    writeModel(s, u"generator"_s, generator);
    writeModel(s, u"classifier"_s, classifier);
    writeModel(s, u"judge"_s, judge);
    s.setValue(u"preferences/executor"_s, executor);
    s.setValue(u"preferences/python"_s, python);
    s.setValue(u"preferences/execution/max_rounds"_s, maxRounds);
    s.setValue(u"preferences/execution/concurrency"_s, concurrency);
    s.setValue(u"preferences/execution/round_timeout_minutes"_s, roundTimeoutMinutes);
    s.setValue(u"preferences/execution/memory_limit_gb"_s, memoryLimitGb);
    s.setValue(u"preferences/execution/max_output_mb"_s, maxOutputMb);
    s.setValue(u"preferences/execution/network"_s, network);
    s.setValue(u"preferences/execution/pip_index_url"_s, pipIndexUrl);
    s.setValue(u"preferences/execution/round_retention"_s, roundRetention);
}

QString Preferences::reviewKey(const QString &action)
{
    return QSettings().value(u"preferences/review_keys/%1"_s.arg(action)).toString();
}

void Preferences::setReviewKey(const QString &action, const QString &portableKey)
{
    QSettings s;
    if (portableKey.isEmpty())
        s.remove(u"preferences/review_keys/%1"_s.arg(action));
    else
        s.setValue(u"preferences/review_keys/%1"_s.arg(action), portableKey);
}

QString Preferences::baseUrl(const QString &provider)
{
    return QSettings().value(providerKey(provider, "base_url")).toString();
}

void Preferences::setBaseUrl(const QString &provider, const QString &url)
{
    QSettings().setValue(providerKey(provider, "base_url"), url.trimmed());
}

QStringList Preferences::models(const QString &provider)
{
    const QStringList own = QSettings().value(providerKey(provider, "models")).toStringList();
    if (!own.isEmpty())
        return own;
    QStringList fromCatalogue;
    for (const auto &m : llm::PriceCatalog::load(llm::PriceCatalog::defaultOverridePath()).models())
        if (m.provider == provider && m.status != u"retired"_s)
            fromCatalogue << m.model;
    fromCatalogue.sort();
    return fromCatalogue;
}

void Preferences::setModels(const QString &provider, const QStringList &models)
{
    QStringList clean;
    for (const QString &m : models)
        if (!m.trimmed().isEmpty() && !clean.contains(m.trimmed()))
            clean << m.trimmed();
    QSettings().setValue(providerKey(provider, "models"), clean);
}

pipeline::CampaignConfig Preferences::campaignDefaults() const
{
    pipeline::CampaignConfig c;
    c.generator = generator;
    c.classifier = classifier;
    c.judge = judge;
    for (auto *m : {&c.generator, &c.classifier, &c.judge})
        m->baseUrl = baseUrl(m->provider);
    c.executor = executor;
    c.pythonPath = python;
    c.maxRounds = std::max(1, maxRounds);
    c.concurrency = std::max(1, concurrency);
    c.limits.wallSeconds = std::max(1, roundTimeoutMinutes) * 60;
    c.limits.memoryBytes = qint64(std::max(0, memoryLimitGb)) << 30;
    c.limits.maxOutputBytes = qint64(std::max(1, maxOutputMb)) << 20;
    c.limits.network = network;
    if (network && !pipIndexUrl.isEmpty())
        c.executorOptions.insert(u"pip.index_url"_s, pipIndexUrl);   // the executor's site setting, for this campaign
    c.roundRetention = exec::roundRetentionFromString(roundRetention).value_or(exec::RoundRetention::Remove);
    return c;
}

} // namespace wb::ui
