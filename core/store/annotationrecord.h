// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wb::store {

/**
 * One comment anchored to a line of a round: of one of its four files or of its log. For a file,
 * line is the 1-based line of the file's text; for the log, the 1-based position of the line in the
 * round's full log as stored (round_logs in seq order, whatever a view filters out). A plain value type.
 */
struct AnnotationRecord
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 exampleId = 0;    ///< the round's example (read from rounds, not stored in the row)
    int roundIndex = 0;      ///< the round's 1-based index (read from rounds)
    QString target;          ///< main.py | requirements.txt | run.sh | metadata.json | log
    int line = 0;            ///< 1-based
    QString body;
    QString annotator;
    QDateTime createdAt;
};

} // namespace wb::store

Q_DECLARE_METATYPE(wb::store::AnnotationRecord)
