// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/modelprofile.h"

#include <QList>
#include <QRegularExpression>

namespace wb::llm {

/**
 * The model profiles of the model catalogue (resources/llm/models.json, the same file as the prices),
 * optionally extended by a user file of the same shape. A model is found by id or alias (provider
 * prefixes stripped), else by the first matching family rule, else it gets the default profile.
 * Immutable after construction.
 */
class ModelProfiles final
{
public:
    /** The built-in catalogue merged with the file at @p overridePath when it exists. Throws wb::Error. */
    static ModelProfiles load(const QString &overridePath = {});
    explicit ModelProfiles(const QByteArray &json);
    /** Entries and families of @p other take precedence. */
    void merge(const ModelProfiles &other);

    ModelProfile find(const QString &model) const;

private:
    struct Family
    {
        QRegularExpression match;
        nlohmann::json fields;
    };
    static ModelProfile fromJson(const QString &model, const QString &source, const nlohmann::json &fields, ModelProfile base);

    QHash<QString, nlohmann::json> m_models;   // id → fields
    QHash<QString, QString> m_aliases;
    QList<Family> m_families;
    nlohmann::json m_default = nlohmann::json::object();
};

} // namespace wb::llm
