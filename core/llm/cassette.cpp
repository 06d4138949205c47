// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/cassette.h"

#include "store/blobstore.h"
#include "store/llmcallstore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::Cassette)
};
} // namespace

Cassette Cassette::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read the cassette %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    Cassette c;
    int lineNumber = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        try {
            const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size());
            Entry e;
            e.provider = QString::fromStdString(j.at("provider").get<std::string>());
            e.model = QString::fromStdString(j.at("model").get<std::string>());
            e.stage = QString::fromStdString(j.value("stage", std::string()));
            e.response = QByteArray::fromStdString(j.at("response").dump());
            c.m_entries.insert(QString::fromStdString(j.at("request_hash").get<std::string>()), e);
        } catch (const nlohmann::json::exception &ex) {
            throw Error(Tr::tr("%1, line %2: %3").arg(path).arg(lineNumber).arg(QString::fromUtf8(ex.what())),
                        Error::Kind::InvalidInput);
        }
    }
    return c;
}

int Cassette::exportFrom(const std::shared_ptr<store::Workspace> &workspace, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        throw Error(Tr::tr("Cannot write the cassette %1: %2").arg(path, out.errorString()));
    const store::BlobStore blobs(workspace);
    QSet<QString> seen;
    int count = 0;
    for (const auto &call : store::LlmCallStore(workspace).calls()) {
        if (call.status != u"ok"_s || call.responseBlob.isEmpty() || seen.contains(call.requestHash))
            continue;
        const auto body = blobs.get(call.responseBlob);
        if (!body)
            continue;
        const auto response = nlohmann::json::parse(body->constData(), body->constData() + body->size(), nullptr, false);
        if (response.is_discarded())
            continue;
        seen.insert(call.requestHash);
        const nlohmann::json line{{"request_hash", call.requestHash.toStdString()},
                                  {"provider", call.provider.toStdString()},
                                  {"model", call.model.toStdString()},
                                  {"stage", call.stage.toStdString()},
                                  {"response", response}};
        out.write(QByteArray::fromStdString(line.dump()) + '\n');
        ++count;
    }
    if (!out.commit())
        throw Error(Tr::tr("Cannot write the cassette %1: %2").arg(path, out.errorString()));
    return count;
}

std::optional<Cassette::Entry> Cassette::find(const QString &requestHash) const
{
    const auto it = m_entries.constFind(requestHash);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

} // namespace wb::llm
