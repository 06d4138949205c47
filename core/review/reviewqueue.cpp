// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewqueue.h"

#include "review/agreementreport.h"
#include "review/blindreview.h"
#include "store/decision.h"
#include "store/pipelinerecords.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wb::review {

ReviewQueue ReviewQueue::load(const std::shared_ptr<store::Workspace> &workspace, qint64 campaignId, const QString &annotator)
{
    const QSqlDatabase db = workspace->database();
    const QString me = annotator.trimmed();
    const bool blind = BlindReview::isEnabled(workspace);
    const QString scope = campaignId > 0 ? u"AND e.campaign_id = %1"_s.arg(campaignId) : QString();

    // The judge's decision per example, from its pipeline rounds (one query for all of them).
    QHash<qint64, QList<store::RoundRecord>> judged;
    QSqlQuery rounds = store::exec(db, u"SELECT r.example_id, r.round_index, r.origin, r.verdict_json, r.exit_code FROM rounds r "
                                        "JOIN examples e ON e.id = r.example_id WHERE r.verdict_json IS NOT NULL %1 "
                                        "ORDER BY r.example_id, r.round_index"_s.arg(scope));
    while (rounds.next()) {
        store::RoundRecord r;
        r.exampleId = rounds.value(0).toLongLong();
        r.index = rounds.value(1).toInt();
        r.origin = rounds.value(2).toString();
        r.verdictJson = rounds.value(3).toString().toUtf8();
        if (!rounds.value(4).isNull())
            r.exitCode = rounds.value(4).toInt();
        judged[r.exampleId].append(r);
    }

    // Current whole-example judgements (none superseded).
    QHash<qint64, QHash<QString, QString>> decisions;   // example → annotator → decision
    QSqlQuery current = store::exec(db, u"SELECT j.example_id, j.annotator, COALESCE(j.decision, '') FROM judgements j "
                                         "JOIN examples e ON e.id = j.example_id WHERE j.round_id IS NULL %1 "
                                         "AND NOT EXISTS (SELECT 1 FROM judgements later WHERE later.supersedes_id = j.id)"_s.arg(scope));
    QSet<QString> annotators;
    while (current.next()) {
        decisions[current.value(0).toLongLong()].insert(current.value(1).toString(), current.value(2).toString());
        annotators.insert(current.value(1).toString());
    }

    ReviewQueue queue;
    QHash<QString, int> reviewed;
    QSqlQuery examples = store::exec(db, u"SELECT e.id, e.campaign_id, r.name, e.status FROM examples e "
                                          "JOIN repositories r ON r.id = e.repository_id "
                                          "WHERE e.status IN ('SUCCESS', 'FAILED', 'ERROR') %1 "
                                          "AND EXISTS (SELECT 1 FROM rounds x WHERE x.example_id = e.id) "
                                          "ORDER BY e.campaign_id, r.name, e.id"_s.arg(scope));
    while (examples.next()) {
        Item item;
        item.exampleId = examples.value(0).toLongLong();
        item.campaignId = examples.value(1).toLongLong();
        item.repository = examples.value(2).toString();
        item.status = store::storedExampleStatus(examples.value(3).toString());
        const QHash<QString, QString> byAnnotator = decisions.value(item.exampleId);
        item.reviewedByMe = !me.isEmpty() && byAnnotator.contains(me);
        item.reviewedByAnyone = !byAnnotator.isEmpty();
        item.myDecision = byAnnotator.value(me);
        QSet<QString> seen;
        for (const QString &d : byAnnotator)
            if (!d.isEmpty())
                seen.insert(d);
        const QString judge = AgreementReport::judgeAnswers(judged.value(item.exampleId)).value(u"decision"_s);
        item.disagreement = seen.size() > 1 || (!judge.isEmpty() && !seen.isEmpty() && !seen.contains(judge));
        if (blind && !item.reviewedByMe)
            item.disagreement = false;   // would give away the judge's or the others' answers
        for (auto it = byAnnotator.cbegin(); it != byAnnotator.cend(); ++it)
            ++reviewed[it.key()];
        queue.items.append(item);
    }
    QStringList names(annotators.cbegin(), annotators.cend());
    names.sort();
    if (!me.isEmpty()) {
        names.removeAll(me);
        names.prepend(me);
    }
    for (const QString &name : std::as_const(names))
        queue.progress.append({name, reviewed.value(name), int(queue.items.size())});
    return queue;
}

bool ReviewQueue::matches(const Item &item, Filter filter) const
{
    switch (filter) {
    case Filter::Unreviewed:
        return !item.reviewedByMe;
    case Filter::Disagreement:
        return item.disagreement;
    case Filter::JudgeSuccess:
        return item.status == store::ExampleStatus::Success;
    case Filter::JudgeFailure:
        return item.status != store::ExampleStatus::Success;
    case Filter::NeedsWork:
        return store::decisionFromString(item.myDecision) == store::Decision::NeedsWork;
    case Filter::NobodyReviewed:
        return !item.reviewedByAnyone;
    case Filter::Any:
        return true;
    }
    return false;
}

std::optional<qint64> ReviewQueue::next(qint64 currentExampleId, Filter filter, bool backwards) const
{
    const qsizetype n = items.size();
    if (n == 0)
        return std::nullopt;
    qsizetype start = -1;
    for (qsizetype i = 0; i < n; ++i)
        if (items.at(i).exampleId == currentExampleId)
            start = i;
    if (start < 0)   // not in the queue: from the top (or the bottom)
        start = backwards ? 0 : n - 1;
    for (qsizetype step = 1; step <= n; ++step) {
        const qsizetype i = ((backwards ? start - step : start + step) % n + n) % n;
        const Item &item = items.at(i);
        if (item.exampleId != currentExampleId && matches(item, filter))
            return item.exampleId;
    }
    return std::nullopt;
}

int ReviewQueue::count(Filter filter) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [&](const Item &item) { return matches(item, filter); }));
}

} // namespace wb::review
