// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/stageschemas.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <mutex>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
const QHash<QString, nlohmann::json> &all()
{
    static const QHash<QString, nlohmann::json> schemas = [] {
        QHash<QString, nlohmann::json> out;
        const QDir dir(u":/wb/llm/schemas"_s);
        for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            out.insert(file.chopped(5), nlohmann::json::parse(data.constData(), data.constData() + data.size()));
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

std::optional<nlohmann::json> StageSchemas::get(const QString &stage)
{
    const auto it = all().constFind(stage);
    if (it == all().cend())
        return std::nullopt;
    return *it;
}

} // namespace wb::llm
