// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pipelinestore.h"

#include "artifacts/artifactdescriber.h"
#include "exec/executionresult.h"
#include "store/blobstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>

#include <nlohmann/json.hpp>

#include <QSysInfo>

#include <cerrno>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::PipelineStore)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant bytesOrNull(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(b));
}

template<typename T>
QVariant optionalOrNull(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

// One PENDING example per repository not yet in the campaign; the caller holds the transaction.
void insertExamples(QSqlDatabase &db, qint64 campaignId, const QList<qint64> &repositoryIds)
{
    for (const qint64 repo : repositoryIds) {
        exec(db,
             u"INSERT INTO examples (campaign_id, repository_id, commit_sha, status, stage) "
             "SELECT CAST(:c AS BIGINT), id, commit_sha, 'PENDING', 'summary' FROM repositories WHERE id = :r "
             "ON CONFLICT (campaign_id, repository_id) DO NOTHING"_s,
             {{u":c"_s, campaignId}, {u":r"_s, repo}});
    }
}

// Columns: id, name, config_json, status, created_at, started_at, finished_at.
CampaignRecord readCampaign(const QSqlQuery &q)
{
    return CampaignRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8(), q.value(3).toString(),
                          fromMs(q.value(4)), fromMs(q.value(5)), fromMs(q.value(6))};
}

const QString kExampleColumns = u"e.id, e.campaign_id, e.repository_id, r.name, e.commit_sha, e.status, e.status_reason, "
                                "e.stage, e.summary_json, e.selection_blob, e.rounds_executed, "
                                "(SELECT SUM(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id), e.started_at, "
                                "e.finished_at, (SELECT COUNT(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id), "
                                "(SELECT COUNT(*) FROM llm_calls k WHERE k.example_id = e.id)"_s;

// The cost of calls from three aggregates (sum and count of the priced ones, count of all): a call
// without a price counts as unknown, never as $0.
llm::CostTotal readCost(const QSqlQuery &q, int sumColumn, int pricedColumn, int allColumn)
{
    const qint64 priced = q.value(pricedColumn).toLongLong();
    return llm::CostTotal::of(q.value(sumColumn).toDouble(), priced, q.value(allColumn).toLongLong() - priced);
}

ExampleRecord readExample(const QSqlQuery &q)
{
    ExampleRecord e;
    e.id = q.value(0).toLongLong();
    e.campaignId = q.value(1).toLongLong();
    e.repositoryId = q.value(2).toLongLong();
    e.repositoryName = q.value(3).toString();
    e.commitSha = q.value(4).toString();
    e.status = storedExampleStatus(q.value(5).toString());
    e.statusReason = q.value(6).toString();
    e.stage = q.value(7).toString();
    e.summaryJson = q.value(8).toString().toUtf8();
    e.selectionBlob = q.value(9).toString();
    e.roundsExecuted = q.value(10).toInt();
    e.cost = readCost(q, 11, 14, 15);
    e.startedAt = fromMs(q.value(12));
    e.finishedAt = fromMs(q.value(13));
    return e;
}

const QString kRoundColumns = u"id, example_id, round_index, origin, main_py_blob, requirements_blob, run_sh_blob, "
                              "metadata_blob, executed, executor, exit_code, setup_exit_code, timed_out, started_at, "
                              "finished_at, duration_ms, verdict_json, is_finished, error_class, issues_identified_json, "
                              "changes_made_json, (SELECT SUM(k.cost_usd) FROM llm_calls k WHERE k.round_id = rounds.id), outcome, "
                              "outcome_message, (SELECT COUNT(k.cost_usd) FROM llm_calls k WHERE k.round_id = rounds.id), "
                              "(SELECT COUNT(*) FROM llm_calls k WHERE k.round_id = rounds.id)"_s;

RoundRecord readRound(const QSqlQuery &q)
{
    RoundRecord r;
    r.id = q.value(0).toLongLong();
    r.exampleId = q.value(1).toLongLong();
    r.index = q.value(2).toInt();
    r.origin = q.value(3).toString();
    r.mainPyBlob = q.value(4).toString();
    r.requirementsBlob = q.value(5).toString();
    r.runShBlob = q.value(6).toString();
    r.metadataBlob = q.value(7).toString();
    r.executed = q.value(8).toBool();
    r.executor = q.value(9).toString();
    if (!q.value(10).isNull())
        r.exitCode = q.value(10).toInt();
    if (!q.value(11).isNull())
        r.setupExitCode = q.value(11).toInt();
    r.timedOut = q.value(12).toBool();
    r.startedAt = fromMs(q.value(13));
    r.finishedAt = fromMs(q.value(14));
    r.durationMs = q.value(15).toLongLong();
    r.verdictJson = q.value(16).toString().toUtf8();
    if (!q.value(17).isNull())
        r.isFinished = q.value(17).toBool();
    r.errorClass = q.value(18).toString();
    r.issuesIdentifiedJson = q.value(19).toString().toUtf8();
    r.changesMadeJson = q.value(20).toString().toUtf8();
    r.cost = readCost(q, 21, 24, 25);
    r.outcome = q.value(22).toString();
    r.outcomeMessage = q.value(23).toString();
    return r;
}
} // namespace

PipelineStore::PipelineStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

qint64 PipelineStore::createCampaign(const QString &name, const QByteArray &configJson)
{
    if (findCampaign(name))
        throw Error(Tr::tr("A campaign named '%1' exists already; use --resume to continue it.").arg(name), Error::Kind::InvalidInput);
    QSqlQuery q = exec(m_workspace->database(),
                       u"INSERT INTO campaigns (name, config_json, status, created_at) VALUES (:n, :c, 'draft', :t) RETURNING id"_s,
                       {{u":n"_s, name}, {u":c"_s, QString::fromUtf8(configJson)}, {u":t"_s, nowMs()}});
    return insertedId(q);
}

qint64 PipelineStore::createCampaignWithExamples(const QString &name, const QByteArray &configJson, const QList<qint64> &repositoryIds)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    const qint64 id = createCampaign(name, configJson);
    insertExamples(db, id, repositoryIds);
    tx.commit();
    return id;
}

QList<ResumableCampaign> PipelineStore::resumableCampaigns(ErrorPolicy errors) const
{
    // The words of ExampleStatus's own definitions, so that SQL and C++ cannot drift apart.
    QStringList unfinished, resumable;
    for (const ExampleStatus s : allExampleStatuses()) {
        if (isResumable(s))
            unfinished << u"'%1'"_s.arg(exampleStatusToString(s));
        if (isResumable(s, errors))
            resumable << u"'%1'"_s.arg(exampleStatusToString(s));
    }
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT c.id, c.name, SUM(CASE WHEN e.status IN (%1) THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN e.status = '%2' THEN 1 ELSE 0 END) FROM campaigns c JOIN examples e ON e.campaign_id = c.id "
                       "GROUP BY c.id, c.name HAVING SUM(CASE WHEN e.status IN (%3) THEN 1 ELSE 0 END) > 0 ORDER BY c.id"_s
                           .arg(unfinished.join(u", "_s), exampleStatusToString(ExampleStatus::Error), resumable.join(u", "_s)));
    QList<ResumableCampaign> out;
    while (q.next())
        out << ResumableCampaign{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()};
    return out;
}

QHash<qint64, int> PipelineStore::exampleCounts() const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT campaign_id, COUNT(*) FROM examples GROUP BY campaign_id"_s);
    QHash<qint64, int> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

std::optional<CampaignRecord> PipelineStore::findCampaign(const QString &nameOrId) const
{
    bool isId = false;
    const qint64 id = nameOrId.toLongLong(&isId);
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT id, name, config_json, status, created_at, started_at, finished_at FROM campaigns "
                       "WHERE name = :n OR id = :id ORDER BY name = :n DESC LIMIT 1"_s,
                       {{u":n"_s, nameOrId}, {u":id"_s, isId ? id : -1}});
    if (!q.next())
        return std::nullopt;
    return readCampaign(q);
}

QList<CampaignRecord> PipelineStore::campaigns() const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT id, name, config_json, status, created_at, started_at, finished_at FROM campaigns ORDER BY id"_s);
    QList<CampaignRecord> out;
    while (q.next())
        out.append(readCampaign(q));
    return out;
}

void PipelineStore::setCampaignConfig(qint64 campaignId, const QByteArray &configJson)
{
    exec(m_workspace->database(), u"UPDATE campaigns SET config_json = :c WHERE id = :id"_s,
         {{u":c"_s, QString::fromUtf8(configJson)}, {u":id"_s, campaignId}});
}

void PipelineStore::setCampaignStatus(qint64 campaignId, const QString &status)
{
    const bool ending = status == u"finished"_s || status == u"cancelled"_s;
    exec(m_workspace->database(),
         u"UPDATE campaigns SET status = :s, started_at = COALESCE(started_at, :t), "
         "finished_at = CASE WHEN :ending = 1 THEN CAST(:t AS BIGINT) ELSE NULL END WHERE id = :id"_s,
         {{u":s"_s, status}, {u":t"_s, nowMs()}, {u":ending"_s, ending ? 1 : 0}, {u":id"_s, campaignId}});
}

QList<ExampleRecord> PipelineStore::addExamples(qint64 campaignId, const QList<qint64> &repositoryIds)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    insertExamples(db, campaignId, repositoryIds);
    tx.commit();
    return examples(campaignId);
}

QList<ExampleRecord> PipelineStore::examples(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT "_s + kExampleColumns
                           + u" FROM examples e JOIN repositories r ON r.id = e.repository_id WHERE e.campaign_id = :c ORDER BY e.id"_s,
                       {{u":c"_s, campaignId}});
    QList<ExampleRecord> out;
    while (q.next())
        out << readExample(q);
    return out;
}

std::optional<ExampleRecord> PipelineStore::example(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT "_s + kExampleColumns + u" FROM examples e JOIN repositories r ON r.id = e.repository_id WHERE e.id = :id"_s,
                       {{u":id"_s, exampleId}});
    if (!q.next())
        return std::nullopt;
    return readExample(q);
}

void PipelineStore::claimCampaign(qint64 campaignId, const QString &runnerId, qint64 staleAfterMs)
{
    QSqlDatabase db = m_workspace->database();
    const qint64 now = nowMs();
    QSqlQuery claim = exec(db,
                           u"UPDATE campaigns SET runner_id = :me, runner_heartbeat = :now WHERE id = :id AND "
                           "(runner_id IS NULL OR runner_id = :me2 OR runner_heartbeat IS NULL OR runner_heartbeat < :stale)"_s,
                           {{u":me"_s, runnerId}, {u":now"_s, now}, {u":id"_s, campaignId}, {u":me2"_s, runnerId},
                            {u":stale"_s, now - staleAfterMs}});
    if (claim.numRowsAffected() > 0)
        return;
    QSqlQuery holder = exec(db, u"SELECT name, runner_id, runner_heartbeat FROM campaigns WHERE id = :id"_s, {{u":id"_s, campaignId}});
    if (!holder.next())
        throw Error(Tr::tr("Campaign %1 does not exist.").arg(campaignId), Error::Kind::NotFound);
    // A runner of this machine whose process is gone (kill -9, a crash) holds nothing: take over at once.
    const QString held = holder.value(1).toString();
    const QStringList parts = held.split(u'/');
    if (parts.size() == 3 && parts.at(0) == QSysInfo::machineHostName() && parts.at(1).toLongLong() > 0
        && ::kill(pid_t(parts.at(1).toLongLong()), 0) != 0 && errno == ESRCH) {
        QSqlQuery takeOver = exec(db,
                                  u"UPDATE campaigns SET runner_id = :me, runner_heartbeat = :now WHERE id = :id AND runner_id = :old"_s,
                                  {{u":me"_s, runnerId}, {u":now"_s, now}, {u":id"_s, campaignId}, {u":old"_s, held}});
        if (takeOver.numRowsAffected() > 0)
            return;
    }
    const qint64 seconds = (now - holder.value(2).toLongLong()) / 1000;
    throw Error(Tr::tr("Campaign '%1' is running on another workbench (%2; last sign of life %3 s ago). Wait until it "
                       "finishes or stop it there; if that machine is gone, the campaign can be resumed here %4 s "
                       "after its last sign of life.")
                    .arg(holder.value(0).toString(), holder.value(1).toString().section(u'/', 0, 1))
                    .arg(seconds)
                    .arg(staleAfterMs / 1000),
                Error::Kind::InvalidInput);
}

void PipelineStore::heartbeatCampaign(qint64 campaignId, const QString &runnerId)
{
    exec(m_workspace->database(), u"UPDATE campaigns SET runner_heartbeat = :now WHERE id = :id AND runner_id = :me"_s,
         {{u":now"_s, nowMs()}, {u":id"_s, campaignId}, {u":me"_s, runnerId}});
}

void PipelineStore::releaseCampaign(qint64 campaignId, const QString &runnerId)
{
    exec(m_workspace->database(),
         u"UPDATE campaigns SET runner_id = NULL, runner_heartbeat = NULL WHERE id = :id AND runner_id = :me"_s,
         {{u":id"_s, campaignId}, {u":me"_s, runnerId}});
}

void PipelineStore::setExampleState(qint64 exampleId, ExampleStatus status, const QString &stage, const QString &reason)
{
    const bool ending = hasStopped(status);
    exec(m_workspace->database(),
         u"UPDATE examples SET status = :s, stage = :stage, status_reason = :reason, "
         "started_at = CASE WHEN :s = 'RUNNING' THEN COALESCE(started_at, CAST(:t AS BIGINT)) ELSE started_at END, "
         "finished_at = CASE WHEN :ending = 1 THEN CAST(:t AS BIGINT) ELSE NULL END, "
         "rounds_executed = (SELECT COUNT(*) FROM rounds WHERE example_id = :id AND executed = 1 AND origin <> 'human') WHERE id = :id"_s,
         {{u":s"_s, exampleStatusToString(status)}, {u":stage"_s, stage}, {u":reason"_s, textOrNull(reason)}, {u":t"_s, nowMs()},
          {u":ending"_s, ending ? 1 : 0}, {u":id"_s, exampleId}});
}

void PipelineStore::saveSummary(qint64 exampleId, const QByteArray &summaryJson)
{
    exec(m_workspace->database(), u"UPDATE examples SET summary_json = :j WHERE id = :id"_s,
         {{u":j"_s, QString::fromUtf8(summaryJson)}, {u":id"_s, exampleId}});
}

void PipelineStore::saveSelection(qint64 exampleId, const QByteArray &selectionText, const QStringList &pathsInPrompt)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    const QString sha = BlobStore(m_workspace).put(selectionText);
    exec(db, u"UPDATE file_classifications SET in_prompt = 0 WHERE example_id = :id"_s, {{u":id"_s, exampleId}});
    for (const QString &path : pathsInPrompt)
        exec(db, u"UPDATE file_classifications SET in_prompt = 1 WHERE example_id = :id AND path = :p"_s,
             {{u":id"_s, exampleId}, {u":p"_s, path}});
    exec(db, u"UPDATE examples SET selection_blob = :b WHERE id = :id"_s, {{u":b"_s, sha}, {u":id"_s, exampleId}});
    tx.commit();
}

llm::CostTotal PipelineStore::refreshCost(qint64 exampleId)
{
    // The cost_usd columns keep the known part (for older readers); totals are read from the calls.
    QSqlDatabase db = m_workspace->database();
    exec(db,
         u"UPDATE examples SET cost_usd = (SELECT COALESCE(SUM(cost_usd), 0) FROM llm_calls WHERE example_id = :id) WHERE id = :id"_s,
         {{u":id"_s, exampleId}});
    exec(db,
         u"UPDATE rounds SET cost_usd = (SELECT COALESCE(SUM(c.cost_usd), 0) FROM llm_calls c WHERE c.round_id = rounds.id) "
         "WHERE example_id = :id"_s,
         {{u":id"_s, exampleId}});
    QSqlQuery q = exec(db, u"SELECT SUM(cost_usd), COUNT(cost_usd), COUNT(*) FROM llm_calls WHERE example_id = :id"_s,
                       {{u":id"_s, exampleId}});
    return q.next() ? readCost(q, 0, 1, 2) : llm::CostTotal();
}

llm::CostTotal PipelineStore::campaignCost(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT SUM(c.cost_usd), COUNT(c.cost_usd), COUNT(*) FROM llm_calls c JOIN examples e ON e.id = c.example_id "
                       "WHERE e.campaign_id = :c"_s,
                       {{u":c"_s, campaignId}});
    return q.next() ? readCost(q, 0, 1, 2) : llm::CostTotal();
}

std::optional<double> PipelineStore::maxCallCost(qint64 campaignId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT MAX(c.cost_usd) FROM llm_calls c JOIN examples e ON e.id = c.example_id WHERE e.campaign_id = :c"_s,
                       {{u":c"_s, campaignId}});
    return q.next() && !q.value(0).isNull() ? std::optional<double>(q.value(0).toDouble()) : std::nullopt;
}

void PipelineStore::saveClassification(const ClassificationRecord &c)
{
    // The answer's fields get their own columns (portable SQL: no JSON functions of one engine).
    const auto j = nlohmann::json::parse(c.responseJson.isEmpty() ? QByteArray("{}") : c.responseJson, nullptr, false);
    auto text = [&](const char *key) -> QVariant {
        if (!j.is_object() || !j.contains(key) || j[key].is_null())
            return QVariant(QMetaType::fromType<QString>());
        return j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString::fromStdString(j[key].dump());
    };
    auto flag = [&](const char *key) -> QVariant {
        if (!j.is_object() || !j.contains(key) || !j[key].is_boolean())
            return QVariant(QMetaType::fromType<int>());
        return j[key].get<bool>() ? 1 : 0;
    };
    const QVariant files = j.is_object() && j.contains("highly_relevant_files") && j["highly_relevant_files"].is_array()
                               ? QVariant(QString::fromStdString(j["highly_relevant_files"].dump()))
                               : QVariant(QMetaType::fromType<QString>());
    exec(m_workspace->database(),
         u"INSERT INTO file_classifications (example_id, path, classification, description, important_information, "
         "computational_requirements, highly_relevant_files_json, how_relevant_rating, stand_alone_example, needs_gpu, "
         "file_tokens, is_truncated, in_prompt, llm_call_id, error) VALUES (:e, :p, :cls, :desc, :info, :comp, :files, "
         ":rating, :alone, :gpu, :tokens, :trunc, 0, :call, :err) "
         "ON CONFLICT (example_id, path) DO UPDATE SET classification = excluded.classification, description = "
         "excluded.description, important_information = excluded.important_information, computational_requirements = "
         "excluded.computational_requirements, highly_relevant_files_json = excluded.highly_relevant_files_json, "
         "how_relevant_rating = excluded.how_relevant_rating, stand_alone_example = excluded.stand_alone_example, "
         "needs_gpu = excluded.needs_gpu, file_tokens = excluded.file_tokens, is_truncated = excluded.is_truncated, "
         "llm_call_id = excluded.llm_call_id, error = excluded.error"_s,
         {{u":e"_s, c.exampleId}, {u":p"_s, c.path}, {u":cls"_s, text("classification")}, {u":desc"_s, text("description")},
          {u":info"_s, text("important_information")}, {u":comp"_s, text("computational_requirements")}, {u":files"_s, files},
          {u":rating"_s, optionalOrNull(c.rating)}, {u":alone"_s, flag("stand_alone_example")}, {u":gpu"_s, flag("needs_gpu")},
          {u":tokens"_s, c.fileTokens}, {u":trunc"_s, c.truncated ? 1 : 0},
          {u":call"_s, c.llmCallId > 0 ? QVariant(c.llmCallId) : QVariant(QMetaType::fromType<qint64>())},
          {u":err"_s, textOrNull(c.error)}});
}

QList<ClassificationRecord> PipelineStore::classifications(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT id, path, classification, description, important_information, computational_requirements, "
                       "highly_relevant_files_json, how_relevant_rating, stand_alone_example, needs_gpu, file_tokens, "
                       "is_truncated, in_prompt, llm_call_id, error FROM file_classifications WHERE example_id = :e ORDER BY id"_s,
                       {{u":e"_s, exampleId}});
    QList<ClassificationRecord> out;
    auto textOrNullJson = [](const QVariant &v) { return v.isNull() ? nlohmann::json() : nlohmann::json(v.toString().toStdString()); };
    auto boolOrNullJson = [](const QVariant &v) { return v.isNull() ? nlohmann::json() : nlohmann::json(v.toBool()); };
    while (q.next()) {
        ClassificationRecord c;
        c.id = q.value(0).toLongLong();
        c.exampleId = exampleId;
        c.path = q.value(1).toString();
        if (!q.value(2).isNull()) {
            const auto files = nlohmann::json::parse(q.value(6).toString().toStdString(), nullptr, false);
            const nlohmann::json answer{{"classification", q.value(2).toString().toStdString()},
                                        {"description", textOrNullJson(q.value(3))},
                                        {"important_information", textOrNullJson(q.value(4))},
                                        {"computational_requirements", textOrNullJson(q.value(5))},
                                        {"highly_relevant_files", files.is_array() ? files : nlohmann::json::array()},
                                        {"how_relevant_rating", q.value(7).isNull() ? nlohmann::json() : nlohmann::json(q.value(7).toInt())},
                                        {"stand_alone_example", boolOrNullJson(q.value(8))},
                                        {"needs_gpu", boolOrNullJson(q.value(9))}};
            c.responseJson = QByteArray::fromStdString(answer.dump());
        }
        if (!q.value(7).isNull())
            c.rating = q.value(7).toInt();
        c.fileTokens = q.value(10).toLongLong();
        c.truncated = q.value(11).toBool();
        c.inPrompt = q.value(12).toBool();
        c.llmCallId = q.value(13).toLongLong();
        c.error = q.value(14).toString();
        out << c;
    }
    return out;
}

std::optional<qint64> PipelineStore::latestClassifiedExample(qint64 repositoryId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT e.id FROM examples e WHERE e.repository_id = :r AND EXISTS "
                       "(SELECT 1 FROM file_classifications c WHERE c.example_id = e.id) ORDER BY e.id DESC LIMIT 1"_s,
                       {{u":r"_s, repositoryId}});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

RoundRecord PipelineStore::createRound(qint64 exampleId, int index, const QString &origin, const QByteArray &mainPy,
                                       const QByteArray &requirementsTxt, const QByteArray &runSh, const QByteArray &metadataJson,
                                       const QByteArray &issuesIdentifiedJson, const QByteArray &changesMadeJson)
{
    QSqlDatabase db = m_workspace->database();
    BlobStore blobs(m_workspace);
    Transaction tx(db);
    exec(db,
         u"INSERT INTO rounds (example_id, round_index, origin, main_py_blob, requirements_blob, run_sh_blob, metadata_blob, "
         "issues_identified_json, changes_made_json) VALUES (:e, :i, :o, :m, :r, :s, :meta, :issues, :changes)"_s,
         {{u":e"_s, exampleId}, {u":i"_s, index}, {u":o"_s, origin}, {u":m"_s, blobs.put(mainPy)},
          {u":r"_s, blobs.put(requirementsTxt)}, {u":s"_s, blobs.put(runSh)}, {u":meta"_s, blobs.put(metadataJson)},
          {u":issues"_s, bytesOrNull(issuesIdentifiedJson)}, {u":changes"_s, bytesOrNull(changesMadeJson)}});
    tx.commit();
    return *round(exampleId, index);
}

void PipelineStore::markRoundStarted(qint64 roundId, const QString &executor, const QString &roundDir)
{
    exec(m_workspace->database(),
         u"UPDATE rounds SET executor = :x, round_dir = :d, started_at = :t WHERE id = :id"_s,
         {{u":x"_s, executor}, {u":d"_s, roundDir}, {u":t"_s, nowMs()}, {u":id"_s, roundId}});
}

void PipelineStore::saveExecution(qint64 roundId, const exec::ExecutionResult &result)
{
    // Descriptions first, outside the transaction: reading a structure may take a moment.
    QHash<QString, QVariant> descriptions;
    artifacts::ArtifactDescriber::Options describe;
    describe.maxBytes = DescribeOnSaveBytes;
    describe.readTrajectories = false;
    for (const exec::Artifact &a : result.artifacts) {
        if (!a.contentKept || a.sizeBytes > DescribeOnSaveBytes
            || artifacts::ArtifactDescriber::kindOf(a.name) == artifacts::ArtifactDescriber::Kind::Trajectory)
            continue;
        const QJsonObject d = artifacts::ArtifactDescriber::describe(a.name, a.content, describe);
        descriptions.insert(a.name, QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)));
    }
    QSqlDatabase db = m_workspace->database();
    BlobStore blobs(m_workspace);
    Transaction tx(db);
    exec(db, u"DELETE FROM round_logs WHERE round_id = :r"_s, {{u":r"_s, roundId}});
    exec(db, u"DELETE FROM artifacts WHERE round_id = :r"_s, {{u":r"_s, roundId}});
    QSqlQuery insertLog(db);
    insertLog.prepare(u"INSERT INTO round_logs (round_id, seq, phase, stream, at_ms, line) VALUES (:r, :s, :p, :st, :t, :l)"_s);
    int seq = 0;
    for (const exec::LogLine &line : result.log) {
        insertLog.bindValue(u":r"_s, roundId);
        insertLog.bindValue(u":s"_s, seq++);
        insertLog.bindValue(u":p"_s, line.phase);
        insertLog.bindValue(u":st"_s, line.stream);
        insertLog.bindValue(u":t"_s, line.atMs);
        // PostgreSQL text cannot hold NUL; a program that prints one gets the visible symbol for it.
        const QString text = KnownSecrets::redact(line.text);
        insertLog.bindValue(u":l"_s, text.contains(QChar(0)) ? QString(text).replace(QChar(0), QChar(0x2400)) : text);
        exec(insertLog);
    }
    insertLog.finish();
    static const QMimeDatabase mimes;
    for (const exec::Artifact &a : result.artifacts) {
        exec(db,
             u"INSERT INTO artifacts (round_id, name, mime, size_bytes, blob_sha, description) VALUES (:r, :n, :m, :s, :b, :d)"_s,
             {{u":r"_s, roundId}, {u":n"_s, a.name}, {u":m"_s, mimes.mimeTypeForFile(a.name, QMimeDatabase::MatchExtension).name()},
              {u":s"_s, a.sizeBytes}, {u":b"_s, a.contentKept ? QVariant(blobs.put(a.content)) : QVariant(QMetaType::fromType<QString>())},
              {u":d"_s, descriptions.value(a.name, QVariant(QMetaType::fromType<QString>()))}});
    }
    exec(db,
         u"UPDATE rounds SET executed = 1, exit_code = :x, setup_exit_code = :sx, timed_out = :to, finished_at = :t, "
         "duration_ms = :d, outcome = :o, outcome_message = :om WHERE id = :id"_s,
         {{u":x"_s, optionalOrNull(result.exitCode)}, {u":sx"_s, optionalOrNull(result.setupExitCode)},
          {u":to"_s, result.outcome == exec::ExecutionResult::Outcome::TimedOut ? 1 : 0}, {u":t"_s, nowMs()},
          {u":d"_s, result.durationMs}, {u":o"_s, exec::toString(result.outcome)}, {u":om"_s, result.message}, {u":id"_s, roundId}});
    tx.commit();
}

void PipelineStore::saveVerdict(qint64 roundId, const QByteArray &verdictJson, bool isFinished, const QString &errorClass)
{
    exec(m_workspace->database(),
         u"UPDATE rounds SET verdict_json = :v, is_finished = :f, error_class = :c WHERE id = :id"_s,
         {{u":v"_s, QString::fromUtf8(verdictJson)}, {u":f"_s, isFinished ? 1 : 0}, {u":c"_s, textOrNull(errorClass)}, {u":id"_s, roundId}});
}

QList<RoundRecord> PipelineStore::rounds(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT "_s + kRoundColumns + u" FROM rounds WHERE example_id = :e ORDER BY round_index"_s,
                       {{u":e"_s, exampleId}});
    QList<RoundRecord> out;
    while (q.next())
        out << readRound(q);
    return out;
}

std::optional<RoundRecord> PipelineStore::round(qint64 exampleId, int index) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT "_s + kRoundColumns + u" FROM rounds WHERE example_id = :e AND round_index = :i"_s,
                       {{u":e"_s, exampleId}, {u":i"_s, index}});
    if (!q.next())
        return std::nullopt;
    return readRound(q);
}

int PipelineStore::lastRoundIndex(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT MAX(round_index) FROM rounds WHERE example_id = :e"_s,
                       {{u":e"_s, exampleId}});
    return q.next() ? q.value(0).toInt() : 0;
}

QList<PipelineStore::LogRow> PipelineStore::logs(qint64 roundId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT seq, phase, stream, at_ms, line FROM round_logs WHERE round_id = :r ORDER BY seq"_s,
                       {{u":r"_s, roundId}});
    QList<LogRow> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString()});
    return out;
}

QList<PipelineStore::ArtifactRow> PipelineStore::artifacts(qint64 roundId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT name, size_bytes, blob_sha, description FROM artifacts WHERE round_id = :r ORDER BY name"_s,
                       {{u":r"_s, roundId}});
    QList<ArtifactRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString().toUtf8()});
    return out;
}

void PipelineStore::setArtifactDescription(qint64 roundId, const QString &name, const QByteArray &descriptionJson)
{
    exec(m_workspace->database(), u"UPDATE artifacts SET description = :d WHERE round_id = :r AND name = :n"_s,
         {{u":d"_s, QString::fromUtf8(descriptionJson)}, {u":r"_s, roundId}, {u":n"_s, name}});
}

QByteArray PipelineStore::blob(const QString &sha) const
{
    if (sha.isEmpty())
        return {};
    return BlobStore(m_workspace).get(sha).value_or(QByteArray());
}

QList<RepositoryOutcome> PipelineStore::latestOutcomes() const
{
    // The latest campaign of each repository is one grouped scan; everything per example is a
    // correlated subquery on the (campaign_id, repository_id), (example_id, round_index) and
    // (example_id) indexes, so the work grows with the repositories shown, not with all examples or
    // all LLM calls (an aggregate over every call, joined afterwards, cost PostgreSQL a full scan of
    // llm_calls and a misestimate that switched on its JIT compiler). Portable SQL: no window, LATERAL
    // or JSON functions of one engine.
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT e.repository_id, e.id, c.id, c.name, c.config_json, e.status, "
                       "(SELECT COUNT(*) FROM rounds n WHERE n.example_id = e.id), "
                       "v.is_finished, v.error_class, "
                       "(SELECT SUM(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id), "
                       "(SELECT COUNT(*) FROM llm_calls k WHERE k.example_id = e.id), "
                       "(SELECT COUNT(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id) "
                       "FROM (SELECT repository_id, MAX(campaign_id) AS campaign_id FROM examples GROUP BY repository_id) l "
                       "JOIN examples e ON e.repository_id = l.repository_id AND e.campaign_id = l.campaign_id "
                       "JOIN campaigns c ON c.id = e.campaign_id "
                       "LEFT JOIN rounds v ON v.example_id = e.id AND v.round_index = (SELECT MAX(j.round_index) "
                       "FROM rounds j WHERE j.example_id = e.id AND j.is_finished IS NOT NULL) "
                       "ORDER BY e.repository_id"_s);
    QHash<qint64, QString> models;   // campaign id → generator model
    QList<RepositoryOutcome> out;
    while (q.next()) {
        RepositoryOutcome o;
        o.repositoryId = q.value(0).toLongLong();
        o.exampleId = q.value(1).toLongLong();
        o.campaignId = q.value(2).toLongLong();
        o.campaignName = q.value(3).toString();
        if (!models.contains(o.campaignId)) {
            const auto config = nlohmann::json::parse(q.value(4).toString().toStdString(), nullptr, false);
            QString model;
            if (config.is_object() && config.contains("generator") && config["generator"].is_object()) {
                const auto &generator = config["generator"];
                if (generator.contains("model") && generator["model"].is_string())
                    model = QString::fromStdString(generator["model"].get<std::string>());
            }
            models.insert(o.campaignId, model);
        }
        o.generatorModel = models.value(o.campaignId);
        o.status = storedExampleStatus(q.value(5).toString());
        o.rounds = q.value(6).toInt();
        if (!q.value(7).isNull())
            o.finished = q.value(7).toBool();
        o.errorClass = q.value(8).toString();
        o.cost = llm::CostTotal::of(q.value(9).toDouble(), q.value(11).toLongLong(),
                                    q.value(10).toLongLong() - q.value(11).toLongLong());
        out << o;
    }
    return out;
}

QList<CampaignRecord> PipelineStore::campaignsNamed(const QString &nameOrId) const
{
    if (nameOrId.isEmpty())
        return campaigns();
    const auto one = findCampaign(nameOrId);
    if (!one)
        throw Error(Tr::tr("No campaign named '%1'.").arg(nameOrId), Error::Kind::NotFound);
    return {*one};
}

void PipelineStore::discardExample(qint64 exampleId)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    exec(db, u"DELETE FROM llm_calls WHERE example_id = :id"_s, {{u":id"_s, exampleId}});
    exec(db, u"DELETE FROM examples WHERE id = :id"_s, {{u":id"_s, exampleId}});
    tx.commit();
}

} // namespace wb::store
