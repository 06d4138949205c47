// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/judgementrecord.h"

#include <QList>

#include <memory>

namespace wb::store {

class Workspace;

/** Typed access to the append-only judgements. Uses the calling thread's connection; throws wb::Error. */
class JudgementStore final
{
public:
    explicit JudgementStore(std::shared_ptr<Workspace> workspace);
    /**
     * For records made in another workspace (a review bundle merged back): what is added keeps its
     * createdAt when it has one, instead of now. Everything else about adding stays the same.
     */
    void keepRecordedTimes() { m_keepRecordedTimes = true; }

    /**
     * Appends @p judgement (id, supersedes and time are set here): it supersedes the annotator's latest
     * judgement of the same example and round. Throws wb::Error (InvalidInput) for an unknown example,
     * a round of another example, an empty annotator, or a value outside yes/no/unsure and
     * accept/reject/needs_work; nothing is written then.
     */
    JudgementRecord add(JudgementRecord judgement);

    /** Every judgement of @p exampleId, oldest first (the history, superseded ones included). */
    QList<JudgementRecord> history(qint64 exampleId) const;

    /** The annotators' current whole-example judgements of a campaign's examples (none superseded). */
    QList<JudgementRecord> current(qint64 campaignId) const;

    static const QStringList &criterionValues();   ///< yes, no, unsure
    static const QStringList &decisionValues();    ///< accept, reject, needs_work

    /** A person's answer to @p criterion as typed ("" is no answer); throws InvalidInput, naming the choices. */
    static std::optional<CriterionAnswer> parseAnswer(const QString &text, Criterion criterion);
    /** A person's decision as typed ("" is none); throws InvalidInput, naming the choices. */
    static std::optional<Decision> parseDecision(const QString &text);

private:
    static void validate(JudgementRecord &judgement);
    JudgementRecord insert(JudgementRecord &judgement);

    std::shared_ptr<Workspace> m_workspace;
    bool m_keepRecordedTimes = false;
};

} // namespace wb::store
