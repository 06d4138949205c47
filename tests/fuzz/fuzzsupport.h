// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: quiet Qt messages, the stage schemas read from the source tree.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>

namespace wb::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Qt's warnings about malformed input are expected by the thousand; only fatal messages are shown. */
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            fprintf(stderr, "%s\n", qPrintable(message));
    });
}

/** The pipeline stages' JSON schemas (resources/llm/schemas), in file-name order. */
inline const QList<nlohmann::ordered_json> &stageSchemas()
{
    static const QList<nlohmann::ordered_json> schemas = [] {
        QList<nlohmann::ordered_json> out;
        const QDir dir(QStringLiteral(WB_SCHEMA_DIR));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read the schema %s", qPrintable(f.fileName()));
            const QByteArray data = f.readAll();
            out << nlohmann::ordered_json::parse(data.constData(), data.constData() + data.size());
        }
        if (out.isEmpty())
            qFatal("no schemas in %s", WB_SCHEMA_DIR);
        return out;
    }();
    return schemas;
}

} // namespace wb::fuzz
