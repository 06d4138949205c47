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

#include <algorithm>

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
            if (!j.is_object())
                throw Error(Tr::tr("%1, line %2: not a JSON object").arg(path).arg(lineNumber), Error::Kind::InvalidInput);
            if (!j.contains("request_hash") && !j.contains("match")) {
                if (j.contains("comment"))
                    continue;
                throw Error(Tr::tr("%1, line %2: an entry needs \"request_hash\" or \"match\"").arg(path).arg(lineNumber),
                            Error::Kind::InvalidInput);
            }
            Entry e;
            e.provider = QString::fromStdString(j.at("provider").get<std::string>());
            e.model = QString::fromStdString(j.at("model").get<std::string>());
            e.stage = QString::fromStdString(j.value("stage", std::string()));
            e.response = QByteArray::fromStdString(j.at("response").dump());
            if (j.contains("request_hash")) {
                c.m_entries.insert(QString::fromStdString(j.at("request_hash").get<std::string>()), e);
                continue;
            }
            const auto &m = j.at("match");
            Rule rule;
            rule.stage = QString::fromStdString(m.at("stage").get<std::string>());
            for (const auto &s : m.value("prompt_contains", nlohmann::json::array()))
                rule.contains << QString::fromStdString(s.get<std::string>());
            for (const auto &s : m.value("prompt_excludes", nlohmann::json::array()))
                rule.excludes << QString::fromStdString(s.get<std::string>());
            rule.entry = e;
            c.m_rules.append(rule);
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

std::optional<Cassette::Entry> Cassette::match(const QString &stage, const QString &prompt) const
{
    for (const Rule &rule : m_rules) {
        if (rule.stage != stage)
            continue;
        const auto present = [&prompt](const QString &s) { return prompt.contains(s); };
        if (std::all_of(rule.contains.cbegin(), rule.contains.cend(), present)
            && std::none_of(rule.excludes.cbegin(), rule.excludes.cend(), present))
            return rule.entry;
    }
    return std::nullopt;
}

} // namespace wb::llm
