// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/campaigncostbreakdown.h"

#include "pipeline/campaignconfig.h"
#include "review/blindview.h"
#include "review/campaignmatrix.h"
#include "store/examplestatus.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::review::CampaignCostBreakdown)
};

// Per stage and mode, in one pass over the campaign's calls. A cached answer reached no provider: its
// tokens (the original call's, kept in its response) are not counted and it costs nothing. Every other
// call is priced when its cost_usd is known; unknown stays unknown (llm::CostTotal).
const QString kQuery = u"SELECT c.stage, CASE WHEN c.batch_id IS NULL THEN 0 ELSE 1 END, COUNT(*), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN c.status IN ('error', 'cancelled') THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE COALESCE(c.input_tokens, 0) END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE COALESCE(c.cached_input_tokens, 0) END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE COALESCE(c.cache_write_tokens, 0) END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE COALESCE(c.output_tokens, 0) END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE COALESCE(c.reasoning_tokens, 0) END), "
                       "SUM(CASE WHEN c.status = 'cached' THEN 0 ELSE c.cost_usd END), "
                       "SUM(CASE WHEN c.status = 'cached' OR c.cost_usd IS NOT NULL THEN 1 ELSE 0 END) "
                       "FROM llm_calls c JOIN examples e ON e.id = c.example_id WHERE e.campaign_id = :c "
                       "GROUP BY c.stage, CASE WHEN c.batch_id IS NULL THEN 0 ELSE 1 END"_s;

QString csvCell(const QString &s)
{
    return s.contains(u',') || s.contains(u'"') || s.contains(u'\n') ? u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"' : s;
}

QString share(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : u"—"_s;
}

QJsonObject figuresJson(const CampaignCostBreakdown::Figures &f)
{
    QJsonObject o{{u"calls"_s, f.calls},
                  {u"cached_answers"_s, f.cachedAnswers},
                  {u"failed"_s, f.failed},
                  {u"input_uncached_tokens"_s, f.inputUncached},
                  {u"cache_read_tokens"_s, f.cacheRead},
                  {u"cache_write_tokens"_s, f.cacheWrite},
                  {u"output_tokens"_s, f.output},
                  {u"reasoning_tokens"_s, f.reasoning},
                  {u"cache_read_share"_s, f.cacheReadShare() ? QJsonValue(*f.cacheReadShare()) : QJsonValue()}};
    f.cost.writeJson(o);
    return o;
}

QStringList csvFigures(const CampaignCostBreakdown::Figures &f)
{
    const auto s = f.cacheReadShare();
    const auto known = f.cost.knownValue();
    return {QString::number(f.calls), QString::number(f.cachedAnswers), QString::number(f.failed), QString::number(f.inputUncached),
            QString::number(f.cacheRead), QString::number(f.cacheWrite), QString::number(f.output), QString::number(f.reasoning),
            s ? QString::number(*s, 'g', 6) : QString(), known ? QString::number(*known, 'g', 10) : QString(),
            f.cost.isComplete() ? u"true"_s : u"false"_s, QString::number(f.cost.unpricedCalls())};
}

QString markdownRow(const QString &stage, const QString &mode, const CampaignCostBreakdown::Figures &f)
{
    return u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 (%10) | %11 | %12 |\n"_s.arg(stage, mode)
        .arg(f.calls)
        .arg(f.cachedAnswers)
        .arg(f.failed)
        .arg(f.inputUncached)
        .arg(f.cacheRead)
        .arg(f.cacheWrite)
        .arg(f.output)
        .arg(f.reasoning)
        .arg(share(f.cacheReadShare()), f.cost.toNumber(4));
}

int stageRank(const QString &stage)
{
    const qsizetype i = CampaignCostBreakdown::pipelineStages().indexOf(stage);
    return i >= 0 ? int(i) : int(CampaignCostBreakdown::pipelineStages().size());
}
} // namespace

std::optional<double> CampaignCostBreakdown::Figures::cacheReadShare() const
{
    const qint64 prompt = promptTokens();
    return prompt > 0 ? std::optional<double>(double(cacheRead) / double(prompt)) : std::nullopt;
}

CampaignCostBreakdown::Figures &CampaignCostBreakdown::Figures::operator+=(const Figures &other)
{
    calls += other.calls;
    cachedAnswers += other.cachedAnswers;
    failed += other.failed;
    inputUncached += other.inputUncached;
    cacheRead += other.cacheRead;
    cacheWrite += other.cacheWrite;
    output += other.output;
    reasoning += other.reasoning;
    cost += other.cost;
    return *this;
}

const QStringList &CampaignCostBreakdown::pipelineStages()
{
    static const QStringList stages{u"repository_summary"_s, u"file_classification"_s, u"example_generation"_s,
                                    u"judge_verdict"_s, u"example_repair"_s};
    return stages;
}

QString CampaignCostBreakdown::modeName(Mode mode)
{
    return mode == Mode::Batch ? u"batch"_s : u"sync"_s;
}

CampaignCostBreakdown CampaignCostBreakdown::compute(const std::shared_ptr<store::Workspace> &workspace)
{
    CampaignCostBreakdown out;
    const store::PipelineStore pipeline(workspace);
    const QSqlDatabase db = workspace->database();
    for (const auto &c : pipeline.campaigns()) {
        Campaign campaign;
        campaign.campaign = c.name;
        const auto config = pipeline::CampaignConfig::fromJson(c.configJson);
        campaign.model = config.generator.provider + u'/' + config.generator.model;
        QSqlQuery q = store::exec(db, kQuery, {{u":c"_s, c.id}});
        while (q.next()) {
            Stage s;
            s.stage = q.value(0).toString();
            s.mode = q.value(1).toInt() == 1 ? Mode::Batch : Mode::Sync;
            Figures &f = s.figures;
            f.calls = q.value(2).toLongLong();
            f.cachedAnswers = q.value(3).toLongLong();
            f.failed = q.value(4).toLongLong();
            f.inputUncached = q.value(5).toLongLong();
            f.cacheRead = q.value(6).toLongLong();
            f.cacheWrite = q.value(7).toLongLong();
            f.output = q.value(8).toLongLong();
            f.reasoning = q.value(9).toLongLong();
            const qint64 priced = q.value(11).toLongLong();
            f.cost = llm::CostTotal::of(q.value(10).toDouble(), priced, f.calls - priced);
            campaign.stages << s;
        }
        std::sort(campaign.stages.begin(), campaign.stages.end(), [](const Stage &a, const Stage &b) {
            const int ra = stageRank(a.stage), rb = stageRank(b.stage);
            if (ra != rb)
                return ra < rb;
            if (a.stage != b.stage)
                return a.stage < b.stage;
            return a.mode < b.mode;
        });
        for (const Stage &s : std::as_const(campaign.stages))
            campaign.total += s.figures;
        // The finished examples, as CampaignReport counts them: blind review withholds the same campaigns.
        QSqlQuery e = store::exec(db, u"SELECT id, status FROM examples WHERE campaign_id = :c ORDER BY id"_s, {{u":c"_s, c.id}});
        while (e.next())
            if (store::isTerminal(store::storedExampleStatus(e.value(1).toString())))
                campaign.exampleIds << e.value(0).toLongLong();
        out.campaigns << campaign;
    }
    return out;
}

void CampaignCostBreakdown::hideFrom(const BlindView &view)
{
    if (!view.isBlind())
        return;
    for (int i = 0; i < campaigns.size(); ++i)
        if (!view.revealedAll(campaigns[i].exampleIds))
            withhold(i, CampaignMatrix::blindLabel(campaigns[i].campaign, campaigns[i].model, i + 1));
}

void CampaignCostBreakdown::withhold(int index, const QString &label)
{
    if (index < 0 || index >= campaigns.size())
        return;
    Campaign hidden;
    hidden.campaign = label;
    hidden.exampleIds = campaigns[index].exampleIds;
    hidden.hidden = true;
    campaigns[index] = hidden;
}

int CampaignCostBreakdown::hiddenCampaigns() const
{
    return int(std::count_if(campaigns.cbegin(), campaigns.cend(), [](const Campaign &c) { return c.hidden; }));
}

bool CampaignCostBreakdown::hasUnpricedCalls() const
{
    return std::any_of(campaigns.cbegin(), campaigns.cend(), [](const Campaign &c) { return !c.total.cost.isComplete(); });
}

QString CampaignCostBreakdown::toMarkdown() const
{
    if (campaigns.isEmpty())
        return Tr::tr("No campaign yet.") + u'\n';
    QString out;
    for (const Campaign &c : campaigns) {
        out += u"### "_s + c.campaign + (c.hidden || c.model.isEmpty() ? QString() : u" · "_s + c.model) + u"\n\n"_s;
        if (c.hidden) {
            out += u"◌ "_s + Tr::tr("Withheld in blind review: the costs would tell the models apart.") + u"\n\n"_s;
            continue;
        }
        if (c.stages.isEmpty()) {
            out += Tr::tr("No model calls recorded.") + u"\n\n"_s;
            continue;
        }
        out += u"| Stage | Mode | Calls | Cached answers | Failed | Input uncached | Cache read | Cache write | Output (reasoning) "
               "| Cache-read share | Cost $ |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
        for (const Stage &s : c.stages)
            out += markdownRow(s.stage, modeName(s.mode), s.figures);
        out += markdownRow(u"**"_s + Tr::tr("Total") + u"**"_s, QString(), c.total) + u'\n';
    }
    out += u"> "_s
           + Tr::tr("Tokens of calls that reached a provider; each prompt token in one column (uncached, read from the "
                    "provider's cache, written to it); output includes reasoning. Cached answers came from the "
                    "workbench's own cache: no provider call, no cost. Batch calls are priced at the batch price.")
           + u'\n';
    if (hasUnpricedCalls())
        out += u"\n> **Note:** "_s
               + Tr::tr("Some calls have no price (a model missing from the price catalogue, a server that reported no "
                        "usage, or a call that failed before it did): \"≥ x\" is what the priced calls cost, \"—\" means "
                        "no call was priced.")
               + u'\n';
    return out;
}

QString CampaignCostBreakdown::toCsv() const
{
    QString out = u"campaign,model,stage,mode,calls,cached_answers,failed,input_uncached_tokens,cache_read_tokens,"
                  "cache_write_tokens,output_tokens,reasoning_tokens,cache_read_share,cost_usd,cost_complete,"
                  "cost_unpriced_calls,hidden\n"_s;
    for (const Campaign &c : campaigns) {
        const QStringList head{csvCell(c.campaign), csvCell(c.model)};
        if (c.hidden) {
            out += (head + QStringList{QString(), QString()} + QStringList(12, QString()) + QStringList{u"true"_s}).join(u',') + u'\n';
            continue;
        }
        for (const Stage &s : c.stages)
            out += (head + QStringList{csvCell(s.stage), modeName(s.mode)} + csvFigures(s.figures) + QStringList{u"false"_s}).join(u',')
                   + u'\n';
        out += (head + QStringList{u"total"_s, u"all"_s} + csvFigures(c.total) + QStringList{u"false"_s}).join(u',') + u'\n';
    }
    return out;
}

QJsonArray CampaignCostBreakdown::stagesJson(int index) const
{
    QJsonArray array;
    if (index < 0 || index >= campaigns.size() || campaigns[index].hidden)
        return array;
    for (const Stage &s : campaigns[index].stages) {
        QJsonObject o = figuresJson(s.figures);
        o.insert(u"stage"_s, s.stage);
        o.insert(u"mode"_s, modeName(s.mode));
        array.append(o);
    }
    return array;
}

QJsonValue CampaignCostBreakdown::totalJson(int index) const
{
    if (index < 0 || index >= campaigns.size() || campaigns[index].hidden)
        return QJsonValue();
    return figuresJson(campaigns[index].total);
}

QJsonObject CampaignCostBreakdown::toJson() const
{
    QJsonArray array;
    for (int i = 0; i < campaigns.size(); ++i) {
        const Campaign &c = campaigns[i];
        array.append(QJsonObject{{u"campaign"_s, c.campaign},
                                 {u"model"_s, c.hidden ? QJsonValue() : QJsonValue(c.model)},
                                 {u"hidden"_s, c.hidden},
                                 {u"cost_by_stage"_s, c.hidden ? QJsonValue() : QJsonValue(stagesJson(i))},
                                 {u"cost_total"_s, totalJson(i)}});
    }
    return {{u"campaigns"_s, array}};
}

void CampaignCostBreakdown::insertInto(QJsonObject &report) const
{
    QJsonArray rows = report.value(u"campaigns"_s).toArray();
    for (qsizetype i = 0; i < rows.size() && i < campaigns.size(); ++i) {
        QJsonObject row = rows[i].toObject();
        row.insert(u"cost_by_stage"_s, campaigns[i].hidden ? QJsonValue() : QJsonValue(stagesJson(int(i))));
        row.insert(u"cost_total"_s, totalJson(int(i)));
        rows[i] = row;
    }
    report.insert(u"campaigns"_s, rows);
}

} // namespace wb::review
