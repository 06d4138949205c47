// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/adjudicationstore.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The adjudication queue: the examples whose current judgements disagree on a criterion (the three
 * criteria and the decision) that has no gold value yet. Raters are the annotators (their current
 * whole-example judgements) and the LLM judge (AgreementReport::judgeAnswers); a criterion is in
 * conflict when they gave at least two different answers ("unsure" counts as an answer). Blind mode does
 * not apply: adjudication comes after everyone has submitted, and the adjudicator sees every rater.
 */
class AdjudicationQueue final
{
public:
    struct Rater
    {
        QString name;                       ///< an annotator, or "judge"
        bool isJudge = false;
        QHash<QString, QString> answers;    ///< criterion → answer (absent: not answered)
        QString notes;                      ///< the annotator's notes
    };
    struct Item
    {
        qint64 exampleId = 0;
        qint64 campaignId = 0;
        QString campaign;
        QString repository;
        QStringList conflicts;              ///< criteria in conflict without a gold value, in criteria() order
        QList<Rater> raters;                ///< the judge first (when it judged), then the annotators by name
        store::AdjudicationStore::Gold gold;   ///< gold values already decided (for other criteria)
    };

    /** Reads the store (blocking); @p campaign (name or id) empty: every campaign. Throws wb::Error. */
    static QList<Item> compute(const std::shared_ptr<store::Workspace> &workspace, const QString &campaign = {});

    /** The criteria on which @p raters gave at least two different answers, in criteria() order. */
    static QStringList disagreements(const QList<Rater> &raters);

    static QJsonArray toJson(const QList<Item> &items);
};

} // namespace wb::review
