// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reportseries.h"

#include "pipeline/campaignconfig.h"
#include "store/criterion.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
QJsonValue json(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (const int v : values)
        out.append(v);
    return out;
}
} // namespace

ReportSeries::Majority ReportSeries::majority(const QStringList &labels)
{
    int yes = 0, no = 0, answered = 0;
    for (const QString &l : labels) {
        if (l.isEmpty())
            continue;
        ++answered;
        const std::optional<store::CriterionAnswer> answer = store::criterionAnswerFromString(l);
        yes += answer == store::CriterionAnswer::Yes ? 1 : 0;
        no += answer == store::CriterionAnswer::No ? 1 : 0;
    }
    if (answered == 0)
        return Majority::None;
    if (2 * yes > answered)
        return Majority::Yes;
    if (2 * no > answered)
        return Majority::No;
    return Majority::Unsure;
}

QString ReportSeries::majorityName(Majority majority)
{
    switch (majority) {
    case Majority::Yes:
        return store::criterionAnswerToString(store::CriterionAnswer::Yes);
    case Majority::No:
        return store::criterionAnswerToString(store::CriterionAnswer::No);
    case Majority::Unsure:
        return store::criterionAnswerToString(store::CriterionAnswer::Unsure);
    case Majority::None:
        break;
    }
    return u"none"_s;
}

int ReportSeries::Campaign::humanJudged() const
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const Point &p) { return p.correct != Majority::None; }));
}

int ReportSeries::Campaign::correct() const
{
    return int(std::count_if(points.cbegin(), points.cend(), [](const Point &p) { return p.correct == Majority::Yes; }));
}

std::optional<double> ReportSeries::Campaign::shareCorrect() const
{
    const int judged = humanJudged();
    return judged > 0 ? std::optional<double>(double(correct()) / judged) : std::nullopt;
}

std::optional<double> ReportSeries::Campaign::meanCostJudgedUsd() const
{
    double sum = 0;
    int n = 0;
    for (const Point &p : points)
        if (p.correct != Majority::None) {
            if (!p.cost.isComplete())
                return std::nullopt;   // unknown stays unknown: no mean that counts it as $0
            sum += p.cost.knownUsd();
            ++n;
        }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

ReportSeries ReportSeries::compute(const std::shared_ptr<store::Workspace> &workspace)
{
    ReportSeries out;
    const store::PipelineStore pipeline(workspace);
    const store::JudgementStore judgements(workspace);
    for (const auto &c : pipeline.campaigns()) {
        Campaign campaign;
        campaign.campaign = c.name;
        const auto config = pipeline::CampaignConfig::fromJson(c.configJson);
        campaign.model = config.generator.provider + u'/' + config.generator.model;
        QHash<qint64, QStringList> correctLabels;   // example → the annotators' "function is correct"
        for (const auto &j : judgements.current(c.id))
            correctLabels[j.exampleId] << j.answerText(store::Criterion::FunctionCorrect);
        for (const auto &e : pipeline.examples(c.id)) {
            if (!store::isTerminal(e.status))
                continue;
            Point p;
            p.exampleId = e.id;
            p.repository = e.repositoryName;
            p.cost = e.cost;
            double runtimeMs = 0;
            for (const auto &r : pipeline.rounds(e.id))
                if (r.executed)
                    runtimeMs += double(r.durationMs);
            p.runtimeS = runtimeMs / 1000.0;
            p.rounds = e.roundsExecuted;
            p.judgeSuccess = e.status == store::ExampleStatus::Success;
            const QStringList labels = correctLabels.value(e.id);
            p.annotators = int(labels.size());
            p.correct = majority(labels);
            out.maxRounds = std::max(out.maxRounds, p.rounds);
            campaign.points << p;
        }
        out.campaigns << campaign;
    }
    // One bin per round count, the same length for every campaign so that they can be compared and summed.
    for (Campaign &campaign : out.campaigns) {
        campaign.roundsSuccess = QList<int>(out.maxRounds, 0);
        campaign.roundsFailure = QList<int>(out.maxRounds, 0);
        for (const Point &p : std::as_const(campaign.points)) {
            if (p.rounds <= 0)
                ++campaign.withoutRounds;
            else
                ++(p.judgeSuccess ? campaign.roundsSuccess : campaign.roundsFailure)[p.rounds - 1];
        }
    }
    return out;
}

QJsonObject ReportSeries::toJson() const
{
    QJsonArray campaignArray;
    for (const Campaign &c : campaigns) {
        QJsonArray examples;
        for (const Point &p : c.points) {
            QJsonObject o{{u"example_id"_s, p.exampleId},
                          {u"repository"_s, p.repository},
                          {u"runtime_s"_s, p.runtimeS},
                          {u"rounds"_s, p.rounds},
                          {u"judge_success"_s, p.judgeSuccess},
                          {u"function_correct_majority"_s, majorityName(p.correct)},
                          {u"annotators"_s, p.annotators}};
            p.cost.writeJson(o);
            examples.append(o);
        }
        campaignArray.append(QJsonObject{{u"campaign"_s, c.campaign},
                                         {u"model"_s, c.model},
                                         {u"human_judged"_s, c.humanJudged()},
                                         {u"correct"_s, c.correct()},
                                         {u"share_correct"_s, json(c.shareCorrect())},
                                         {u"mean_cost_judged_usd"_s, json(c.meanCostJudgedUsd())},
                                         {u"rounds_histogram"_s, QJsonObject{{u"successes"_s, intArray(c.roundsSuccess)},
                                                                             {u"failures"_s, intArray(c.roundsFailure)},
                                                                             {u"without_rounds"_s, c.withoutRounds}}},
                                         {u"examples"_s, examples}});
    }
    return {{u"max_rounds"_s, maxRounds}, {u"campaigns"_s, campaignArray}};
}

} // namespace wb::review
