// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/campaignconfig.h"

#include "util/error.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::pipeline::CampaignConfig)
};

nlohmann::json toJson(const ModelChoice &m)
{
    return {{"provider", m.provider.toStdString()}, {"model", m.model.toStdString()}, {"base_url", m.baseUrl.toStdString()}};
}

ModelChoice modelFrom(const nlohmann::json &j, const ModelChoice &fallback)
{
    if (!j.is_object())
        return fallback;
    ModelChoice m;
    m.provider = QString::fromStdString(j.value("provider", fallback.provider.toStdString()));
    m.model = QString::fromStdString(j.value("model", fallback.model.toStdString()));
    m.baseUrl = QString::fromStdString(j.value("base_url", fallback.baseUrl.toStdString()));
    return m;
}
} // namespace

QByteArray CampaignConfig::toJson() const
{
    nlohmann::json j{{"generator", wb::pipeline::toJson(generator)},
                     {"classifier", wb::pipeline::toJson(classifier)},
                     {"judge", wb::pipeline::toJson(judge)},
                     {"executor", executor.toStdString()},
                     {"python", pythonPath.toStdString()},
                     {"round_retention", exec::toString(roundRetention).toStdString()},
                     {"max_rounds", maxRounds},
                     {"protocol", {{"name", protocol.toStdString()}, {"hash", protocolHash.toStdString()}}},
                     {"classify_max_files", classifyMaxFiles},
                     {"classify_min_score", classifyMinScore},
                     {"classify_token_budget", classifyTokenBudget},
                     {"concurrency", concurrency},
                     {"execution_concurrency", executionConcurrency},
                     {"budget_usd", budgetUsd ? nlohmann::json(*budgetUsd) : nlohmann::json()},
                     {"replay_cassette", replayCassette.toStdString()},
                     {"classification_mode", classificationMode.toStdString()},
                     {"limits", {{"wall_seconds", limits.wallSeconds},
                                 {"memory_bytes", limits.memoryBytes},
                                 {"cpu_seconds", limits.cpuSeconds},
                                 {"max_processes", limits.maxProcesses},
                                 {"max_output_bytes", limits.maxOutputBytes},
                                 {"network", limits.network}}}};
    for (auto it = executorOptions.cbegin(); it != executorOptions.cend(); ++it)
        j["executor_options"][it.key().toStdString()] = it.value().toStdString();
    return QByteArray::fromStdString(j.dump(1));
}

CampaignConfig CampaignConfig::fromJson(const QByteArray &json)
{
    CampaignConfig c;
    try {
        const auto j = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        c.generator = modelFrom(j.value("generator", nlohmann::json()), c.generator);
        c.classifier = modelFrom(j.value("classifier", nlohmann::json()), c.generator);
        c.judge = modelFrom(j.value("judge", nlohmann::json()), c.generator);
        c.executor = QString::fromStdString(j.value("executor", c.executor.toStdString()));
        c.pythonPath = QString::fromStdString(j.value("python", std::string()));
        const QString retention = QString::fromStdString(j.value("round_retention", exec::toString(c.roundRetention).toStdString()));
        const auto parsedRetention = exec::roundRetentionFromString(retention);
        if (!parsedRetention)
            throw Error(Tr::tr("Unknown round retention '%1' (%2).").arg(retention, exec::roundRetentionNames().join(u", "_s)),
                        Error::Kind::InvalidInput);
        c.roundRetention = *parsedRetention;
        c.maxRounds = j.value("max_rounds", c.maxRounds);
        c.classifyMaxFiles = j.value("classify_max_files", c.classifyMaxFiles);
        c.classifyMinScore = j.value("classify_min_score", c.classifyMinScore);
        c.classifyTokenBudget = j.value("classify_token_budget", c.classifyTokenBudget);
        if (j.contains("protocol") && j["protocol"].is_object()) {
            c.protocol = QString::fromStdString(j["protocol"].value("name", c.protocol.toStdString()));
            c.protocolHash = QString::fromStdString(j["protocol"].value("hash", std::string()));
        } else {
            c.protocol.clear();   // a campaign from before protocols were recorded
        }
        c.concurrency = std::max(1, j.value("concurrency", c.concurrency));
        c.executionConcurrency = std::max(1, j.value("execution_concurrency", c.executionConcurrency));
        if (j.contains("budget_usd") && j["budget_usd"].is_number())
            c.budgetUsd = j["budget_usd"].get<double>();
        c.replayCassette = QString::fromStdString(j.value("replay_cassette", std::string()));
        c.classificationMode = QString::fromStdString(j.value("classification_mode", c.classificationMode.toStdString()));
        if (c.classificationMode != u"standard"_s && c.classificationMode != u"economy"_s)
            throw Error(Tr::tr("Unknown classification mode '%1' (standard or economy).").arg(c.classificationMode),
                        Error::Kind::InvalidInput);
        const auto limits = j.value("limits", nlohmann::json::object());
        c.limits.wallSeconds = limits.value("wall_seconds", c.limits.wallSeconds);
        c.limits.memoryBytes = limits.value("memory_bytes", c.limits.memoryBytes);
        c.limits.cpuSeconds = limits.value("cpu_seconds", c.limits.cpuSeconds);
        c.limits.maxProcesses = limits.value("max_processes", c.limits.maxProcesses);
        c.limits.maxOutputBytes = limits.value("max_output_bytes", c.limits.maxOutputBytes);
        c.limits.network = limits.value("network", c.limits.network);
        if (j.contains("executor_options") && j["executor_options"].is_object())
            for (const auto &[key, value] : j["executor_options"].items())
                if (value.is_string())
                    c.executorOptions.insert(QString::fromStdString(key), QString::fromStdString(value.get<std::string>()));
    } catch (const nlohmann::json::exception &e) {
        throw Error(Tr::tr("Invalid campaign configuration: %1").arg(QString::fromUtf8(e.what())), Error::Kind::InvalidInput);
    }
    return c;
}

QStringList CampaignConfig::departuresFrom(int protocolMaxRounds, int protocolWallMinutes) const
{
    QStringList out;
    if (maxRounds != protocolMaxRounds)
        out << Tr::tr("at most %1 rounds (protocol: %2)").arg(maxRounds).arg(protocolMaxRounds);
    if (limits.wallSeconds != protocolWallMinutes * 60)
        out << Tr::tr("%1 s per round (protocol: %2 min)").arg(limits.wallSeconds).arg(protocolWallMinutes);
    return out;
}

} // namespace wb::pipeline
