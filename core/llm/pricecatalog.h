// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/usage.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb::llm {

/** One model's list prices, USD per 1M tokens, and lifecycle. */
struct ModelPrice
{
    QString model;
    QString provider;
    double input = 0;
    double cachedInput = 0;
    std::optional<double> cacheWrite5m;  ///< default 1.25 × input for Anthropic (its multiplier), else the input price
    std::optional<double> cacheWrite1h;  ///< default 2 × input for Anthropic, else the input price
    double output = 0;
    double batchFactor = 1.0;
    QString status;
    QDate retiresOn;
    bool supportsTemperature = true;
    QStringList aliases;
};

/**
 * The dated price catalogue (resources/llm/models.json), optionally overridden entry by entry by a user
 * file of the same shape. Cost is computed from normalised usage; a model that is not in the catalogue,
 * or a call without usage, has an unknown cost — never 0.
 */
class PriceCatalog final
{
public:
    /** The built-in catalogue, merged with the override file when @p overridePath exists. Throws wb::Error. */
    static PriceCatalog load(const QString &overridePath = {});
    /** The default override file: <user config>/codedistiller-workbench/models.json. */
    static QString defaultOverridePath();

    explicit PriceCatalog(const QByteArray &json);
    /** Entries of @p json replace or extend this catalogue; its as_of date wins when newer. */
    void merge(const PriceCatalog &other);

    /** By id or alias; provider prefixes ("openrouter/openai/gpt-oss-120b") are tried stripped. */
    std::optional<ModelPrice> find(const QString &model) const;
    std::optional<double> cost(const QString &model, const Usage &usage, bool batch = false) const;

    QDate asOf() const { return m_asOf; }
    QString source() const { return m_source; }
    QList<ModelPrice> models() const;

    /** Human warnings for @p model on @p today: retired, retiring within 30 days, unknown price, stale table. */
    QStringList warnings(const QString &model, const QDate &today) const;
    /** The warnings of every model of @p models (empty ids skipped), each said once, in order. */
    QStringList warnings(const QStringList &models, const QDate &today) const;
    /** @p model has a retirement date before @p today: calls to it fail. */
    bool isRetired(const QString &model, const QDate &today) const;
    /** The retired models among @p models, each once. */
    QStringList retired(const QStringList &models, const QDate &today) const;
    /**
     * The model ids a dialog offers for @p provider (every provider when empty), sorted: the catalogue's
     * models of that provider that are not retired on @p today.
     */
    QStringList offeredModels(const QString &provider, const QDate &today) const;

private:
    QHash<QString, ModelPrice> m_models;
    QHash<QString, QString> m_aliases;
    QDate m_asOf;
    QString m_source;
};

} // namespace wb::llm
