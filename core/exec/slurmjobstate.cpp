// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmjobstate.h"

#include "util/error.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::SlurmJobState)
};

QString text(const nlohmann::json &j, const char *key)
{
    if (!j.is_object() || !j.contains(key))
        return {};
    const auto &v = j[key];
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_array() && !v.empty() && v.front().is_string())   // 23.02+: job_state is a list of flags
        return QString::fromStdString(v.front().get<std::string>());
    return {};
}

QString jobId(const nlohmann::json &j)
{
    if (!j.is_object() || !j.contains("job_id"))
        return {};
    const auto &v = j["job_id"];
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return {};
}
} // namespace

bool SlurmJobState::isEnded() const
{
    if (!isKnown())
        return false;
    static const QStringList live{u"PENDING"_s,   u"RUNNING"_s,   u"CONFIGURING"_s, u"COMPLETING"_s, u"SUSPENDED"_s,
                                  u"REQUEUED"_s,  u"REQUEUE_FED"_s, u"REQUEUE_HOLD"_s, u"RESIZING"_s,  u"SIGNALING"_s,
                                  u"STAGE_OUT"_s, u"STOPPED"_s,   u"RESV_DEL_HOLD"_s, u"SPECIAL_EXIT"_s};
    return !state.isEmpty() && !live.contains(state);
}

QHash<QString, SlurmJobState> SlurmJobState::parseQueue(const QByteArray &json)
{
    const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        throw Error(Tr::tr("squeue did not answer with JSON: %1").arg(QString::fromUtf8(json.left(200)).simplified()));
    if (doc.contains("errors") && doc["errors"].is_array() && !doc["errors"].empty()) {
        const auto &e = doc["errors"].front();
        QString why = text(e, "description");
        if (const QString error = text(e, "error"); !error.isEmpty())
            why += (why.isEmpty() ? QString() : u": "_s) + error;
        throw Error(Tr::tr("squeue reported an error: %1").arg(why.isEmpty() ? QString::fromStdString(e.dump()) : why));
    }
    QHash<QString, SlurmJobState> out;
    if (!doc.contains("jobs") || !doc["jobs"].is_array())
        throw Error(Tr::tr("squeue's answer has no job list."));
    for (const auto &j : doc["jobs"]) {
        const QString id = jobId(j);
        if (id.isEmpty())
            continue;
        SlurmJobState s;
        s.source = Source::Queue;
        s.state = text(j, "job_state");
        s.reason = text(j, "state_reason");
        s.nodes = text(j, "nodes");
        out.insert(id, s);
    }
    return out;
}

std::optional<SlurmJobState> SlurmJobState::parseController(const QByteArray &output)
{
    SlurmJobState s;
    s.source = Source::Controller;
    for (const QByteArray &field : output.simplified().split(' ')) {
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = field.left(eq);
        const QString value = QString::fromUtf8(field.mid(eq + 1));
        if (key == "JobState")
            s.state = value;
        else if (key == "Reason")
            s.reason = value;
        else if (key == "NodeList")
            s.nodes = value;
    }
    if (s.state.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<SlurmJobState> SlurmJobState::parseAccounting(const QByteArray &output)
{
    const QList<QByteArray> lines = output.trimmed().split('\n');
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return std::nullopt;
    const QList<QByteArray> fields = lines.first().trimmed().split('|');
    if (fields.size() < 2)
        return std::nullopt;
    SlurmJobState s;
    s.source = Source::Accounting;
    s.state = QString::fromUtf8(fields.at(1)).section(u' ', 0, 0);   // "CANCELLED by 0"
    if (fields.size() > 2)
        s.reason = QString::fromUtf8(fields.at(2));
    if (fields.size() > 3)
        s.nodes = QString::fromUtf8(fields.at(3));
    return s;
}

} // namespace wb::exec
