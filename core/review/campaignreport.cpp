// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/campaignreport.h"

#include "pipeline/campaignconfig.h"
#include "pipeline/campaignprotocol.h"
#include "review/blindview.h"
#include "review/campaignmatrix.h"
#include "store/criterion.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<double> share(int part, int whole)
{
    return whole > 0 ? std::optional<double>(double(part) / whole) : std::nullopt;
}

/** The annotators' majority on one criterion: yes only with more yes than other answers. */
bool majorityYes(const QList<store::JudgementRecord> &judgements, store::Criterion criterion)
{
    int yes = 0, other = 0;
    for (const auto &j : judgements) {
        const auto answer = j.answer(criterion);
        if (answer == store::CriterionAnswer::Yes)
            ++yes;
        else if (answer)
            ++other;
    }
    return yes > other;
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : u"—"_s;
}

QString fixed(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : u"—"_s;
}

QString csvCell(const QString &s)
{
    return s.contains(u',') || s.contains(u'"') ? u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"' : s;
}

QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<llm::CostTotal> meanCost(const QList<llm::CostTotal> &costs)
{
    if (costs.isEmpty())
        return std::nullopt;
    llm::CostTotal sum;
    for (const auto &c : costs)
        sum += c;
    return sum.averagedOver(costs.size());
}

QString costText(const std::optional<llm::CostTotal> &v)
{
    return v ? v->toNumber(4) : u"—"_s;
}

QString costCsv(const std::optional<llm::CostTotal> &v)
{
    return v && v->knownValue() ? QString::number(*v->knownValue(), 'g', 10) : QString();
}

QString completeCsv(const std::optional<llm::CostTotal> &v)
{
    return v ? (v->isComplete() ? u"true"_s : u"false"_s) : QString();
}

void writeCost(QJsonObject &o, const QString &name, const std::optional<llm::CostTotal> &v)
{
    if (v) {
        v->writeJson(o, name);
    } else {
        o.insert(name + u"_usd"_s, QJsonValue());
        o.insert(name + u"_complete"_s, QJsonValue());
        o.insert(name + u"_unpriced_calls"_s, 0);
    }
}
} // namespace

CampaignReport CampaignReport::compute(const std::shared_ptr<store::Workspace> &workspace)
{
    CampaignReport report;
    const store::PipelineStore pipeline(workspace);
    const store::JudgementStore judgements(workspace);
    for (const auto &c : pipeline.campaigns()) {
        Row row;
        row.campaign = c.name;
        const auto config = pipeline::CampaignConfig::fromJson(c.configJson);
        row.model = config.generator.provider + u'/' + config.generator.model;
        row.protocol = pipeline::CampaignProtocol::label(config);
        row.protocolHash = config.protocolHash;
        try {
            if (const auto protocol = pipeline::CampaignProtocol::recorded(workspace, config))
                row.departures = config.departuresFrom(protocol->maxRounds(), protocol->wallMinutes());
        } catch (const Error &e) {
            row.departures << e.message();
        }
        QHash<qint64, QList<store::JudgementRecord>> humans;
        for (const auto &j : judgements.current(c.id))
            humans[j.exampleId] << j;
        QList<double> runtimeOk, runtimeBad, roundsOk;
        QList<llm::CostTotal> costOk, costBad;
        int errorFree = 0, shows = 0, correct = 0;
        for (const auto &e : pipeline.examples(c.id)) {
            if (!store::isTerminal(e.status))
                continue;
            ++row.examples;
            row.exampleIds << e.id;
            double runtimeMs = 0;
            for (const auto &r : pipeline.rounds(e.id))
                if (r.executed && r.origin != u"human"_s)   // the pipeline's runtime, not an expert's rounds
                    runtimeMs += double(r.durationMs);
            const bool success = e.status == store::ExampleStatus::Success;
            (success ? runtimeOk : runtimeBad) << runtimeMs / 1000.0;
            (success ? costOk : costBad) << e.cost;
            if (success) {
                ++row.successes;
                roundsOk << e.roundsExecuted;
            }
            const auto &js = humans.value(e.id);
            if (js.isEmpty())
                continue;
            ++row.humanJudged;
            errorFree += majorityYes(js, store::Criterion::RanWithoutError) ? 1 : 0;
            shows += majorityYes(js, store::Criterion::ShowsFunction) ? 1 : 0;
            correct += majorityYes(js, store::Criterion::FunctionCorrect) ? 1 : 0;
        }
        row.autoSuccessRate = share(row.successes, row.examples);
        row.errorFree = share(errorFree, row.humanJudged);
        row.showsFunction = share(shows, row.humanJudged);
        row.correctFunction = share(correct, row.humanJudged);
        row.runtimeSuccessS = mean(runtimeOk);
        row.runtimeFailureS = mean(runtimeBad);
        row.costSuccess = meanCost(costOk);
        row.costFailure = meanCost(costBad);
        row.roundsSuccess = mean(roundsOk);
        report.rows << row;
    }
    return report;
}

QStringList CampaignReport::comparabilityWarnings() const
{
    return comparabilityWarnings(rows);
}

QStringList CampaignReport::comparabilityWarnings(const QList<Row> &campaigns)
{
    QStringList out;
    QMap<QString, QStringList> byProtocol;   // protocol label -> campaigns
    QMap<QString, QStringList> byDepartures;
    for (const Row &r : campaigns) {
        byProtocol[r.protocol] << r.campaign;
        byDepartures[r.departures.join(u"; "_s)] << r.campaign;
    }
    if (byProtocol.size() > 1) {
        QStringList groups;
        for (auto it = byProtocol.cbegin(); it != byProtocol.cend(); ++it)
            groups << u"%1: %2"_s.arg(it.key(), it.value().join(u", "_s));
        out << QCoreApplication::translate("wb::review::CampaignReport",
                                           "The campaigns ran under different protocols, so their rates are not comparable "
                                           "(%1). See 'codedistiller protocol diff'.")
                   .arg(groups.join(u"; "_s));
    }
    if (byDepartures.size() > 1) {
        QStringList groups;
        for (auto it = byDepartures.cbegin(); it != byDepartures.cend(); ++it)
            groups << u"%1: %2"_s.arg(it.key().isEmpty() ? QCoreApplication::translate("wb::review::CampaignReport", "as the protocol")
                                                          : it.key(),
                                      it.value().join(u", "_s));
        out << QCoreApplication::translate("wb::review::CampaignReport", "The campaigns' limits differ (%1).").arg(groups.join(u"; "_s));
    }
    return out;
}

void CampaignReport::hideFrom(const BlindView &view)
{
    if (!view.isBlind())
        return;
    int position = 0;
    for (Row &r : rows) {
        ++position;
        if (view.revealedAll(r.exampleIds))
            continue;
        const Row kept = r;
        r = Row();
        r.campaign = CampaignMatrix::blindLabel(kept.campaign, kept.model, position);
        r.protocol = kept.protocol;
        r.protocolHash = kept.protocolHash;
        r.departures = kept.departures;
        r.examples = kept.examples;
        r.humanJudged = kept.humanJudged;
        r.exampleIds = kept.exampleIds;
        r.hidden = true;
    }
}

int CampaignReport::hiddenRows() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.hidden; }));
}

QString CampaignReport::toMarkdown() const
{
    QString out = u"| Campaign | Model | Protocol | Examples | Auto success | Human-judged | Error-free | Shows function | Correct function "
                  "| Runtime s (success / failure) | Cost $ (success / failure) | Rounds (success) |\n"
                  "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
    const QString hidden = u"◌"_s;
    for (const Row &r : rows) {
        if (r.hidden) {
            out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %5 | %5 | %5 | %5 / %5 | %5 / %5 | %5 |\n"_s.arg(r.campaign, hidden)
                       .arg(r.protocol + (r.departures.isEmpty() ? QString() : u" — "_s + r.departures.join(u", "_s)))
                       .arg(r.examples)
                       .arg(hidden)
                       .arg(r.humanJudged);
            continue;
        }
        out += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 / %11 | %12 / %13 | %14 |\n"_s.arg(r.campaign, r.model)
                   .arg(r.protocol + (r.departures.isEmpty() ? QString() : u" — "_s + r.departures.join(u", "_s)))
                   .arg(r.examples)
                   .arg(percent(r.autoSuccessRate))
                   .arg(r.humanJudged)
                   .arg(percent(r.errorFree), percent(r.showsFunction), percent(r.correctFunction), fixed(r.runtimeSuccessS, 1),
                        fixed(r.runtimeFailureS, 1), costText(r.costSuccess), costText(r.costFailure), fixed(r.roundsSuccess, 2));
    }
    if (hiddenRows() > 0)
        out += u"\n> **Blind review:** "_s
               + QCoreApplication::translate("wb::review::CampaignReport",
                                             "◌ withheld: the campaign has examples you have not judged yet, and its "
                                             "figures sum up their verdicts.")
               + u'\n';
    for (const QString &warning : comparabilityWarnings())
        out += u"\n> **Warning:** "_s + warning + u'\n';
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Row &r) {
            return (r.costSuccess && !r.costSuccess->isComplete()) || (r.costFailure && !r.costFailure->isComplete());
        }))
        out += u"\n> **Note:** "_s
               + QCoreApplication::translate("wb::review::CampaignReport",
                                             "Some model calls have no price (a model missing from the price catalogue, or "
                                             "a server that reported no usage): \"≥ $x\" is what the priced calls cost, "
                                             "\"—\" means no call was priced.")
               + u'\n';
    return out;
}

QString CampaignReport::toCsv() const
{
    QString out = u"campaign,model,examples,auto_success_rate,human_judged,error_free,shows_function,correct_function,"
                  "runtime_success_s,runtime_failure_s,cost_success_usd,cost_failure_usd,rounds_success,protocol,protocol_hash,"
                  "departures,cost_success_complete,cost_failure_complete\n"_s;
    auto num = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 10) : QString(); };
    for (const Row &r : rows)
        out += QStringList{csvCell(r.campaign), csvCell(r.model), QString::number(r.examples), num(r.autoSuccessRate),
                           QString::number(r.humanJudged), num(r.errorFree), num(r.showsFunction), num(r.correctFunction),
                           num(r.runtimeSuccessS), num(r.runtimeFailureS), costCsv(r.costSuccess), costCsv(r.costFailure),
                           num(r.roundsSuccess), csvCell(r.protocol), r.protocolHash, csvCell(r.departures.join(u"; "_s)),
                           completeCsv(r.costSuccess), completeCsv(r.costFailure)}
                   .join(u',')
               + u'\n';
    return out;
}

QJsonObject CampaignReport::toJson() const
{
    QJsonArray array;
    for (const Row &r : rows) {
        QJsonObject o{{u"campaign"_s, r.campaign},
                      {u"model"_s, r.hidden ? QJsonValue() : QJsonValue(r.model)},
                      {u"hidden"_s, r.hidden},
                      {u"examples"_s, r.examples},
                      {u"successes"_s, r.hidden ? QJsonValue() : QJsonValue(r.successes)},
                      {u"human_judged"_s, r.humanJudged},
                      {u"auto_success_rate"_s, json(r.autoSuccessRate)},
                      {u"error_free"_s, json(r.errorFree)},
                      {u"shows_function"_s, json(r.showsFunction)},
                      {u"correct_function"_s, json(r.correctFunction)},
                      {u"runtime_success_s"_s, json(r.runtimeSuccessS)},
                      {u"runtime_failure_s"_s, json(r.runtimeFailureS)},
                      {u"rounds_success"_s, json(r.roundsSuccess)},
                      {u"protocol"_s, r.protocol},
                      {u"protocol_hash"_s, r.protocolHash.isEmpty() ? QJsonValue() : QJsonValue(r.protocolHash)},
                      {u"departures"_s, QJsonArray::fromStringList(r.departures)}};
        writeCost(o, u"cost_success"_s, r.costSuccess);
        writeCost(o, u"cost_failure"_s, r.costFailure);
        array.append(o);
    }
    return {{u"campaigns"_s, array}, {u"warnings"_s, QJsonArray::fromStringList(comparabilityWarnings())}};
}

} // namespace wb::review
