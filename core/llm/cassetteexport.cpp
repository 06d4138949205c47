// SPDX-License-Identifier: GPL-3.0-or-later
// Cassette::exportFrom, apart from the reading in cassette.cpp: only the export needs the store.
#include "llm/cassette.h"

#include "store/blobstore.h"
#include "store/llmcallstore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
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

} // namespace wb::llm
