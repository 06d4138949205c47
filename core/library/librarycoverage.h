// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>
#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::library {

/**
 * Where the vetted library (the accepted examples, LibraryIndex) falls short, for the people who curate
 * it: repositories without an accepted example; accepted examples an agent would not find by their own
 * description (a search for their example_description among the accepted ones does not rank them
 * first — a sign of a vague summary); and pairs that look like duplicates (an identical main.py, or
 * descriptions alike that rank each other in their top two). A plain value type; compute() reads.
 */
struct LibraryCoverage
{
    struct Repository
    {
        qint64 id = 0;
        QString name;
        int examples = 0;        ///< examples of any campaign
        int successful = 0;      ///< of which successful
        QString reason;          ///< why it has no accepted example, for the user
    };
    struct VagueExample
    {
        qint64 exampleId = 0;
        QString repository;
        QString campaign;
        QString title;
        int rank = 0;            ///< where its own description ranks it; 0: not in the top kVagueDepth
        qint64 firstExampleId = 0;   ///< what ranks first instead (0: nothing)
        QString firstTitle;
    };
    struct Duplicate
    {
        qint64 exampleA = 0;
        qint64 exampleB = 0;     ///< exampleA < exampleB
        QString titleA;
        QString titleB;
        QString campaignA;
        QString campaignB;
        bool sameMainPy = false;
        double similarity = 0;   ///< Jaccard similarity of the descriptions' words (stop words left out)
        QString reason;
    };

    int repositories = 0;
    int acceptedExamples = 0;
    QList<Repository> uncovered;
    QList<VagueExample> vague;
    QList<Duplicate> duplicates;

    /** How deep each example's own search looks. */
    static constexpr int kVagueDepth = 10;
    /** Least description similarity for a mutual top-two pair to count as a duplicate. */
    static constexpr double kSimilarDescriptions = 0.5;

    /**
     * Brings the index up to date and computes the coverage; one search per accepted example. @p cancelled
     * is asked between examples (Error::Kind::Cancelled); @p progress gets (done, total). Throws wb::Error.
     */
    static LibraryCoverage compute(const std::shared_ptr<store::Workspace> &workspace,
                                   const std::function<bool()> &cancelled = {},
                                   const std::function<void(int, int)> &progress = {});

    QJsonObject toJson() const;
};

} // namespace wb::library

Q_DECLARE_METATYPE(wb::library::LibraryCoverage)
