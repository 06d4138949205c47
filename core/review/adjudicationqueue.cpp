// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/adjudicationqueue.h"

#include "review/agreementreport.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
QHash<QString, QString> answersOf(const store::JudgementRecord &j)
{
    QHash<QString, QString> out;
    const std::pair<QString, QString> all[] = {{u"ran_without_error"_s, j.answerText(store::Criterion::RanWithoutError)},
                                               {u"shows_function"_s, j.answerText(store::Criterion::ShowsFunction)},
                                               {u"function_correct"_s, j.answerText(store::Criterion::FunctionCorrect)},
                                               {u"decision"_s, j.decisionText()}};
    for (const auto &[criterion, value] : all)
        if (!value.isEmpty())
            out.insert(criterion, value);
    return out;
}
} // namespace

QStringList AdjudicationQueue::disagreements(const QList<Rater> &raters)
{
    QStringList out;
    for (const QString &criterion : store::AdjudicationStore::criteria()) {
        QSet<QString> answers;
        for (const Rater &r : raters)
            if (const QString a = r.answers.value(criterion); !a.isEmpty())
                answers.insert(a);
        if (answers.size() >= 2)
            out << criterion;
    }
    return out;
}

QList<AdjudicationQueue::Item> AdjudicationQueue::compute(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign)
{
    const store::PipelineStore pipeline(workspace);
    const store::JudgementStore judgements(workspace);
    const store::AdjudicationStore adjudications(workspace);
    QList<Item> items;
    for (const auto &c : pipeline.campaignsNamed(campaign)) {
        QHash<qint64, QMap<QString, store::JudgementRecord>> humans;   // example → annotator (sorted) → judgement
        for (const auto &j : judgements.current(c.id))
            humans[j.exampleId].insert(j.annotator, j);
        if (humans.isEmpty())
            continue;   // nobody judged: no human can disagree with anyone
        const auto gold = adjudications.goldForCampaign(c.id);
        for (const auto &e : pipeline.examples(c.id)) {
            const auto it = humans.constFind(e.id);
            if (it == humans.cend())
                continue;
            Item item;
            item.exampleId = e.id;
            item.campaignId = c.id;
            item.campaign = c.name;
            item.repository = e.repositoryName;
            item.gold = gold.value(e.id);
            if (const auto judge = AgreementReport::judgeAnswers(pipeline.rounds(e.id)); !judge.isEmpty())
                item.raters.append({QString::fromLatin1(AgreementReport::JudgeRater), true, judge, {}});
            for (const auto &j : it.value())
                item.raters.append({j.annotator, false, answersOf(j), j.notes});
            for (const QString &criterion : disagreements(item.raters))
                if (!item.gold.contains(criterion))
                    item.conflicts << criterion;
            if (!item.conflicts.isEmpty())
                items << item;
        }
    }
    return items;
}

QJsonArray AdjudicationQueue::toJson(const QList<Item> &items)
{
    QJsonArray out;
    for (const Item &item : items) {
        QJsonArray raters;
        for (const Rater &r : item.raters) {
            QJsonObject answers;
            for (const QString &criterion : store::AdjudicationStore::criteria())
                answers.insert(criterion, r.answers.contains(criterion) ? QJsonValue(r.answers.value(criterion)) : QJsonValue());
            QJsonObject rater{{u"name"_s, r.name}, {u"judge"_s, r.isJudge}, {u"answers"_s, answers}};
            if (!r.notes.isEmpty())
                rater.insert(u"notes"_s, r.notes);
            raters.append(rater);
        }
        QJsonObject gold;
        for (auto it = item.gold.cbegin(); it != item.gold.cend(); ++it)
            gold.insert(it.key(), QJsonObject{{u"value"_s, it->value}, {u"adjudicator"_s, it->adjudicator}, {u"reason"_s, it->reason}});
        out.append(QJsonObject{{u"example"_s, item.exampleId},
                               {u"campaign"_s, item.campaign},
                               {u"repository"_s, item.repository},
                               {u"conflicts"_s, QJsonArray::fromStringList(item.conflicts)},
                               {u"raters"_s, raters},
                               {u"gold"_s, gold}});
    }
    return out;
}

} // namespace wb::review
