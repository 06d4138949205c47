// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/examplestatus.h"

#include <QSet>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
struct CampaignRecord;
}

namespace wb::review {

/**
 * What one annotator may see under the workspace's blind-review policy (BlindReview), read once: in
 * blind mode the judge's verdict (an example's SUCCESS / FAILED and its reason), other annotators'
 * judgements and the models stay hidden for every example the annotator has not judged yet. For
 * headless readers (the command line) that show many examples at once. A plain value type.
 */
class BlindView final
{
public:
    /** Reads the policy and the examples @p annotator has judged. Throws wb::Error. */
    static BlindView of(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator);

    bool isBlind() const { return m_blind; }
    QString annotator() const { return m_annotator; }
    /** Whether the verdict, the others' judgements and the model of @p exampleId may be shown. */
    bool revealed(qint64 exampleId) const;
    /** Whether every one of @p exampleIds is revealed. */
    bool revealedAll(const QList<qint64> &exampleIds) const;
    /**
     * The status to show: SUCCESS and FAILED (the judge's verdict) become "finished" when hidden; the
     * pipeline's own states (PENDING, RUNNING, ERROR, ...) carry no verdict and stay.
     */
    QString status(qint64 exampleId, store::ExampleStatus status) const;
    /** The campaign's name, or "Campaign <id>" in blind mode when the name gives its model away (CampaignMatrix::blindLabel). */
    QString campaignLabel(const store::CampaignRecord &campaign) const;

private:
    bool m_blind = false;
    QString m_annotator;
    QSet<qint64> m_judged;
};

} // namespace wb::review
