// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb::store {

/**
 * One blind pairwise (A/B) judgement: an annotator compared two campaigns' examples of the same
 * repository. The choices name the underlying examples ("a" = exampleA, "b" = exampleB, "tie"), never
 * the screen sides; leftExampleId records which one was shown on the left. A plain value type.
 */
struct PairwiseRecord
{
    qint64 id = 0;
    QString annotator;
    qint64 repositoryId = 0;     ///< set by PairwiseStore::add from the examples
    qint64 exampleA = 0;
    qint64 exampleB = 0;
    qint64 campaignA = 0;        ///< set by PairwiseStore::add from the examples
    qint64 campaignB = 0;
    qint64 leftExampleId = 0;    ///< exampleA or exampleB
    QString accuracy;            ///< a | b | tie
    QString completeness;
    QString soundness;
    std::optional<int> secondsSpent;
    QDateTime createdAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::PairwiseRecord)
