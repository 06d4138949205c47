// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::review {

/**
 * The code a campaign ended with for one example: the four files of its last pipeline round (an
 * expert's fix rounds are not the model's). What the side-by-side and blind A/B comparisons show.
 */
struct FinalCode
{
    qint64 exampleId = 0;
    int roundIndex = 0;                 ///< 0: the example has no pipeline round
    QMap<QString, QString> files;       ///< file name (see fileNames()) → text

    /** main.py, requirements.txt, run.sh, metadata.json */
    static const QStringList &fileNames();
    /** Reads the store (blocking, the calling thread's connection). Throws wb::Error. */
    static FinalCode load(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId);
};

} // namespace wb::review
