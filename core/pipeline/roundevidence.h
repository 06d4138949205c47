// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/tokenestimator.h"
#include "store/pipelinerecords.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wb::store {
class PipelineStore;
}

namespace wb::pipeline {

/**
 * Everything one executed round left for the judge and the repair, read from the store: an account of
 * the run, each output stream on its own (setup and run, stdout and stderr, log.json, results.json), the
 * files it saved, and the workbench's own notes. A stream that is missing carries a statement saying so
 * (missing log.json, results.json or run output are critical errors the judge must see, not gaps). A plain
 * value type.
 */
struct RoundEvidence
{
    struct Stream
    {
        QString key;            ///< the prompt variable: setup_stdout, ..., results_json
        QStringList lines;      ///< empty when absent (see absent)
        llm::ContentKind kind = llm::ContentKind::Log;
        QString absent;         ///< non-empty: what to say instead of the content
    };

    QString executionSummary;
    QList<Stream> streams;
    QString savedFiles;
    QString workbenchNotes;

    static RoundEvidence collect(const store::PipelineStore &pipeline, const store::RoundRecord &round, int wallMinutes);
    /** A JSON text as lines for trimming: a list gives one compact entry per line, anything else is pretty-printed. */
    static QStringList jsonLines(const QByteArray &json);
};

} // namespace wb::pipeline
