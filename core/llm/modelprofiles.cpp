// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/modelprofiles.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::ModelProfiles)
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read the model catalogue %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    return f.readAll();
}
} // namespace

ModelProfiles ModelProfiles::load(const QString &overridePath)
{
    ModelProfiles profiles(readFile(u":/wb/llm/models.json"_s));
    if (!overridePath.isEmpty() && QFile::exists(overridePath))
        profiles.merge(ModelProfiles(readFile(overridePath)));
    return profiles;
}

ModelProfiles::ModelProfiles(const QByteArray &json)
{
    try {
        const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        if (doc.contains("models") && doc["models"].is_object()) {
            for (const auto &[id, fields] : doc["models"].items()) {
                const QString model = QString::fromStdString(id);
                m_models.insert(model, fields);
                for (const auto &alias : fields.value("aliases", nlohmann::json::array()))
                    if (alias.is_string())
                        m_aliases.insert(QString::fromStdString(alias.get<std::string>()), model);
            }
        }
        for (const auto &family : doc.value("families", nlohmann::json::array())) {
            const QString pattern = QString::fromStdString(family.at("match").get<std::string>());
            QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid())
                throw Error(Tr::tr("Invalid family pattern '%1' in the model catalogue: %2").arg(pattern, re.errorString()),
                            Error::Kind::InvalidInput);
            m_families.append({re, family});
        }
        if (doc.contains("default_profile") && doc["default_profile"].is_object())
            m_default = doc["default_profile"];
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid model catalogue: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
}

void ModelProfiles::merge(const ModelProfiles &other)
{
    for (auto it = other.m_models.cbegin(); it != other.m_models.cend(); ++it) {
        nlohmann::json merged = m_models.value(it.key(), nlohmann::json::object());
        merged.merge_patch(it.value());
        m_models.insert(it.key(), merged);
    }
    for (auto it = other.m_aliases.cbegin(); it != other.m_aliases.cend(); ++it)
        m_aliases.insert(it.key(), it.value());
    QList<Family> families = other.m_families;
    families.append(m_families);
    m_families = families;
    if (!other.m_default.empty())
        m_default.merge_patch(other.m_default);
}

ModelProfile ModelProfiles::fromJson(const QString &model, const QString &source, const nlohmann::json &fields, ModelProfile base)
{
    base.model = model;
    base.source = source;
    if (!fields.is_object())
        return base;
    if (fields.contains("reasoning") && fields["reasoning"].is_boolean())
        base.reasoning = fields["reasoning"].get<bool>();
    if (fields.contains("context_window") && fields["context_window"].is_number_integer())
        base.contextWindow = std::max<qint64>(1, fields["context_window"].get<qint64>());
    if (fields.contains("prompt_caps") && fields["prompt_caps"].is_object())
        for (const auto &[stage, cap] : fields["prompt_caps"].items())
            if (cap.is_number_integer())
                base.promptCaps.insert(QString::fromStdString(stage), cap.get<qint64>());
    if (fields.contains("selection_budget") && fields["selection_budget"].is_number_integer())
        base.selectionBudget = fields["selection_budget"].get<qint64>();
    if (fields.contains("cache_minimum_tokens") && fields["cache_minimum_tokens"].is_number_integer())
        base.cacheMinimumTokens = std::max<qint64>(0, fields["cache_minimum_tokens"].get<qint64>());
    if (fields.contains("request_extras") && fields["request_extras"].is_object())
        base.requestExtras = fields["request_extras"];
    return base;
}

ModelProfile ModelProfiles::find(const QString &model) const
{
    // The default, refined by the first family that matches, refined by the model's own entry.
    ModelProfile profile = fromJson(model, u"default"_s, m_default, ModelProfile{});
    for (const Family &family : m_families) {
        if (family.match.match(model).hasMatch()) {
            profile = fromJson(model, u"family /%1/"_s.arg(family.match.pattern()), family.fields, profile);
            break;
        }
    }
    QString name = model;
    while (!name.isEmpty()) {
        if (const auto it = m_models.constFind(name); it != m_models.cend())
            return fromJson(model, name, *it, profile);
        if (const auto alias = m_aliases.constFind(name); alias != m_aliases.cend())
            return fromJson(model, *alias, m_models.value(*alias), profile);
        const qsizetype slash = name.indexOf(u'/');
        if (slash < 0)
            break;
        name = name.mid(slash + 1);
    }
    return profile;
}

} // namespace wb::llm
