// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/cassette.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

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
    return parse(f.readAll(), path);
}

Cassette Cassette::parse(const QByteArray &content, const QString &source)
{
    Cassette c;
    int lineNumber = 0;
    for (const QByteArray &rawLine : content.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        try {
            const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size());
            if (!j.is_object())
                throw Error(Tr::tr("%1, line %2: not a JSON object").arg(source).arg(lineNumber), Error::Kind::InvalidInput);
            if (!j.contains("request_hash") && !j.contains("match")) {
                if (j.contains("comment"))
                    continue;
                throw Error(Tr::tr("%1, line %2: an entry needs \"request_hash\" or \"match\"").arg(source).arg(lineNumber),
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
            throw Error(Tr::tr("%1, line %2: %3").arg(source).arg(lineNumber).arg(QString::fromUtf8(ex.what())),
                        Error::Kind::InvalidInput);
        }
    }
    return c;
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
