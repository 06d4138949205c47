// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/stageschemas.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
const QHash<QString, nlohmann::ordered_json> &all()
{
    static const QHash<QString, nlohmann::ordered_json> schemas = [] {
        QHash<QString, nlohmann::ordered_json> out;
        const QDir dir(u":/wb/llm/schemas"_s);
        for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            out.insert(file.chopped(5), nlohmann::ordered_json::parse(data.constData(), data.constData() + data.size()));
        }
        return out;
    }();
    return schemas;
}
} // namespace

QStringList StageSchemas::names()
{
    QStringList n = all().keys();
    n.sort();
    return n;
}

std::optional<nlohmann::ordered_json> StageSchemas::get(const QString &stage)
{
    const auto it = all().constFind(stage);
    if (it == all().cend())
        return std::nullopt;
    return *it;
}

nlohmann::ordered_json StageSchemas::withPlan(const nlohmann::ordered_json &schema)
{
    nlohmann::ordered_json out = schema;
    nlohmann::ordered_json properties = nlohmann::ordered_json::object();
    properties["plan"] = {{"type", "string"},
                          {"description", "Think first: what the task needs and how you will answer, before the other fields."}};
    if (schema.contains("properties") && schema["properties"].is_object())
        for (auto it = schema["properties"].cbegin(); it != schema["properties"].cend(); ++it)
            properties[it.key()] = it.value();
    out["properties"] = std::move(properties);
    nlohmann::ordered_json required = nlohmann::ordered_json::array();
    required.push_back("plan");
    if (schema.contains("required") && schema["required"].is_array())
        for (const auto &r : schema["required"])
            if (r != "plan")
                required.push_back(r);
    out["required"] = std::move(required);
    return out;
}

} // namespace wb::llm
