// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationrecord.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace wb::store {

class Workspace;

/**
 * Comments anchored to lines of a round's files and log (table annotations). Shows every comment: hiding
 * other annotators' comments in blind mode is the caller's business (review::VisibleAnnotations).
 * Uses the calling thread's connection; throws wb::Error.
 */
class AnnotationStore final
{
public:
    explicit AnnotationStore(std::shared_ptr<Workspace> workspace);
    /**
     * For records made in another workspace (a review bundle merged back): what is added keeps its
     * createdAt when it has one, instead of now. Everything else about adding stays the same.
     */
    void keepRecordedTimes() { m_keepRecordedTimes = true; }

    /**
     * Stores @p annotation (id, example, round index and time are set here) and returns it. Throws
     * wb::Error (InvalidInput), writing nothing, for an unknown round, a target outside targets(), a line
     * below 1 or past the end of the file (when its text is stored) or of the stored log, an empty body
     * or an empty annotator.
     */
    AnnotationRecord add(AnnotationRecord annotation);

    /** The comments of round @p roundId, by target, line and age; @p target empty: every target. */
    QList<AnnotationRecord> forRound(qint64 roundId, const QString &target = {}) const;
    /** The comments of every round of @p exampleId, by round, target, line and age. */
    QList<AnnotationRecord> forExample(qint64 exampleId) const;

    /**
     * Deletes comment @p id. Only its own annotator may: throws wb::Error (NotFound) for an unknown id and
     * (InvalidInput) when @p annotator is somebody else.
     */
    void remove(qint64 id, const QString &annotator);

    /** main.py, requirements.txt, run.sh, metadata.json, log. */
    static const QStringList &targets();
    static constexpr auto LogTarget = "log";
    /** The number of lines an editor shows for @p text (an empty text has one empty line). */
    static int lineCount(const QString &text);

private:
    std::shared_ptr<Workspace> m_workspace;
    bool m_keepRecordedTimes = false;
};

} // namespace wb::store
