// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/agreementreport.h"

#include "store/criterion.h"
#include "store/decision.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
QString yesNo(bool value)
{
    return store::criterionAnswerToString(value ? store::CriterionAnswer::Yes : store::CriterionAnswer::No);
}

} // namespace

QHash<QString, QString> AgreementReport::judgeAnswers(const QList<store::RoundRecord> &rounds)
{
    for (auto it = rounds.crbegin(); it != rounds.crend(); ++it) {
        if (it->origin == u"human"_s)
            continue;   // the judge's view of an expert's round is not the pipeline's outcome
        const QJsonObject v = QJsonDocument::fromJson(it->verdictJson).object();
        if (v.isEmpty())
            continue;
        const bool finished = v.value(u"is_finished"_s).toBool();
        return {{u"ran_without_error"_s, yesNo(it->exitCode == 0 && v.value(u"error_class"_s).toString() == u"none"_s)},
                {u"shows_function"_s, yesNo(v.value(u"is_faithful"_s).toBool() && v.value(u"is_complete"_s).toBool())},
                {u"function_correct"_s, yesNo(v.value(u"is_accurate"_s).toBool() && finished)},
                {u"decision"_s, store::decisionToString(finished ? store::Decision::Accept : store::Decision::Reject)}};
    }
    return {};
}

namespace {
QString humanAnswer(const store::JudgementRecord &j, const QString &criterion)
{
    const std::optional<store::Criterion> c = store::criterionFromString(criterion);
    return c ? j.answerText(*c) : j.decisionText();
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
} // namespace

const QStringList &AgreementReport::criteria()
{
    static const QStringList list = store::criterionNames() << u"decision"_s;
    return list;
}

AgreementReport AgreementReport::compute(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign,
                                         const std::optional<QSet<qint64>> &onlyExamples)
{
    AgreementReport report;
    const store::PipelineStore pipeline(workspace);
    const store::JudgementStore judgements(workspace);
    const QList<store::CampaignRecord> campaigns = pipeline.campaignsNamed(campaign);
    for (const auto &c : std::as_const(campaigns)) {
        auto examples = pipeline.examples(c.id);
        if (onlyExamples)
            examples.removeIf([&](const store::ExampleRecord &e) { return !onlyExamples->contains(e.id); });
        QHash<qint64, QHash<QString, QString>> judge;   // example → criterion → label
        for (const auto &e : examples)
            judge.insert(e.id, judgeAnswers(pipeline.rounds(e.id)));
        QMap<QString, QHash<qint64, store::JudgementRecord>> byAnnotator;   // sorted annotators
        for (const auto &j : judgements.current(c.id))
            if (!onlyExamples || onlyExamples->contains(j.exampleId))
                byAnnotator[j.annotator].insert(j.exampleId, j);
        if (byAnnotator.isEmpty())
            continue;
        const QStringList annotators = byAnnotator.keys();
        for (const QString &criterion : criteria()) {
            auto labels = [&](const QString &rater) {
                QStringList out;
                for (const auto &e : examples)
                    out << (rater == QLatin1StringView(JudgeRater) ? judge.value(e.id).value(criterion)
                                                                   : humanAnswer(byAnnotator.value(rater).value(e.id), criterion));
                return out;
            };
            const QStringList judgeLabels = labels(QString::fromLatin1(JudgeRater));
            QList<QStringList> annotatorLabels;   // once per annotator: linear in the examples, not quadratic
            for (const QString &who : annotators)
                annotatorLabels << labels(who);
            for (qsizetype a = 0; a < annotators.size(); ++a) {
                report.pairs.append({c.name, criterion, QString::fromLatin1(JudgeRater), annotators[a],
                                     AgreementStatistics::cohen(judgeLabels, annotatorLabels[a])});
                for (qsizetype b = a + 1; b < annotators.size(); ++b)
                    report.pairs.append({c.name, criterion, annotators[a], annotators[b],
                                         AgreementStatistics::cohen(annotatorLabels[a], annotatorLabels[b])});
            }
            if (annotators.size() >= 2) {
                QList<QStringList> units;
                QList<QStringList> complete;
                for (qsizetype i = 0; i < examples.size(); ++i) {
                    QStringList unit;
                    for (const QStringList &rater : std::as_const(annotatorLabels))
                        unit << rater.at(i);
                    units << unit;
                    if (!unit.contains(QString()))
                        complete << unit;
                }
                report.groups.append({c.name, criterion, AgreementStatistics::fleiss(complete),
                                      AgreementStatistics::krippendorffNominal(units)});
            }
        }
    }
    return report;
}

QList<AgreementReport::Pair> AgreementReport::pooledPairs() const
{
    QList<Pair> out;
    for (const Pair &p : pairs) {
        auto same = std::find_if(out.begin(), out.end(), [&p](const Pair &q) {
            return q.criterion == p.criterion && q.raterA == p.raterA && q.raterB == p.raterB;
        });
        if (same == out.end())
            out.append({QString(), p.criterion, p.raterA, p.raterB, AgreementStatistics::cohen(p.result.confusion)});
        else
            same->result = AgreementStatistics::cohen(AgreementStatistics::combine(same->result.confusion, p.result.confusion));
    }
    return out;
}

QJsonObject AgreementReport::toJson() const
{
    QJsonArray pairArray;
    for (const Pair &p : pairs) {
        QJsonArray matrix;
        for (const auto &row : p.result.confusion.counts) {
            QJsonArray r;
            for (const int n : row)
                r.append(n);
            matrix.append(r);
        }
        pairArray.append(QJsonObject{{u"campaign"_s, p.campaign},
                                     {u"criterion"_s, p.criterion},
                                     {u"rater_a"_s, p.raterA},
                                     {u"rater_b"_s, p.raterB},
                                     {u"items"_s, p.result.items},
                                     {u"observed_agreement"_s, p.result.observed},
                                     {u"cohen_kappa"_s, optionalNumber(p.result.kappa)},
                                     {u"categories"_s, QJsonArray::fromStringList(p.result.confusion.categories)},
                                     {u"confusion"_s, matrix}});
    }
    QJsonArray groupArray;
    for (const Group &g : groups)
        groupArray.append(QJsonObject{{u"campaign"_s, g.campaign},
                                      {u"criterion"_s, g.criterion},
                                      {u"raters"_s, g.krippendorff.raters},
                                      {u"items"_s, g.krippendorff.items},
                                      {u"fleiss_kappa"_s, optionalNumber(g.fleiss.value)},
                                      {u"fleiss_items"_s, g.fleiss.items},
                                      {u"krippendorff_alpha"_s, optionalNumber(g.krippendorff.value)}});
    return {{u"pairs"_s, pairArray}, {u"groups"_s, groupArray}};
}

} // namespace wb::review
