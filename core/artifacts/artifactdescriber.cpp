// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactdescriber.h"

#include "artifacts/csvtable.h"

#include "artifacts/structurereader.h"
#include "artifacts/trajectoryreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::artifacts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::artifacts::ArtifactDescriber)
};

constexpr int MaxJsonKeys = 200;

QString kindKey(ArtifactDescriber::Kind kind)
{
    switch (kind) {
    case ArtifactDescriber::Kind::Structure:
    case ArtifactDescriber::Kind::Trajectory:
        return u"structure"_s;
    case ArtifactDescriber::Kind::Json:
        return u"json"_s;
    case ArtifactDescriber::Kind::Table:
        return u"table"_s;
    case ArtifactDescriber::Kind::None:
        break;
    }
    return {};
}
} // namespace

ArtifactDescriber::Kind ArtifactDescriber::kindOf(const QString &name)
{
    if (TrajectoryReader::canRead(name))
        return Kind::Trajectory;
    if (StructureReader::canRead(name))
        return Kind::Structure;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"json"_s)
        return Kind::Json;
    if (CsvTable::isTableName(name))
        return Kind::Table;
    return Kind::None;
}

QJsonObject ArtifactDescriber::describe(const QString &name, const QByteArray &content, const Options &options)
{
    const Kind kind = kindOf(name);
    if (kind == Kind::None)
        return {};
    if (kind == Kind::Trajectory && !options.readTrajectories)
        return {};
    if (content.size() > options.maxBytes)
        return {{kindKey(kind), QJsonObject{{u"error"_s, Tr::tr("%1 MB: larger than the %2 MB described; not read.")
                                                             .arg(double(content.size()) / 1e6, 0, 'f', 1)
                                                             .arg(double(options.maxBytes) / 1e6, 0, 'f', 1)}}}};
    switch (kind) {
    case Kind::Structure:
        return {{u"structure"_s, StructureReader::read(content, name).describe()}};
    case Kind::Table:
        return {{u"table"_s, CsvTable::describe(content)}};
    case Kind::Trajectory:
        return {{u"structure"_s, TrajectoryReader::read(content, options.pythonPath).describe()}};
    case Kind::Json: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
        if (doc.isNull())
            return {{u"json"_s, QJsonObject{{u"error"_s, error.errorString()}, {u"offset"_s, error.offset}}}};
        if (doc.isArray())
            return {{u"json"_s, QJsonObject{{u"array"_s, doc.array().size()}}}};
        QJsonArray keys;
        const QStringList all = doc.object().keys();
        for (qsizetype i = 0; i < all.size() && i < MaxJsonKeys; ++i)
            keys.append(all.at(i));
        QJsonObject o{{u"keys"_s, keys}};
        if (all.size() > MaxJsonKeys)
            o.insert(u"key_count"_s, all.size());
        return {{u"json"_s, o}};
    }
    case Kind::None:
        break;
    }
    return {};
}

} // namespace wb::artifacts
