// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::exchange {

/**
 * Imports runs of the original CodeDistiller (`<user>_<repo>_<timestamp>/` folders with
 * `current_state.json` and one `modal-python-*` folder per execution) as examples of a campaign
 * "imported <model>": the repository (known by URL only, commit "unknown"), the README summary, the
 * classification list (→ heatmap), every executed round with its files, logs and `to_save/` artifacts,
 * the judge's verdicts and the repairs' notes, the unexecuted last repair of a FAILED run, the status
 * and the total cost. Files under `modal-output/` win over the (trimmed) copies in the state file.
 * Idempotent: a run whose example already has rounds is skipped. Malformed or partial folders import
 * what is valid and say what was not.
 *
 * Run folders are untrusted: the import never leaves the folder it is given and follows no link
 * inside it (see ConfinedFolder). A folder named in @p paths is opened as given, following a link
 * once; below it, symbolic links, FIFOs, devices, oversized files and every path_out that leads
 * outside are refused, listed in Result::refused, and the rest is imported (a round whose files are
 * refused keeps the copies in current_state.json).
 */
class CodeDistillerImporter final
{
public:
    struct Result
    {
        int imported = 0;
        int skipped = 0;              ///< already imported
        QStringList problems;         ///< "<folder>: what was wrong"
        QStringList refused;          ///< "<path>: why it was not read" (links, FIFOs, paths leading outside, sizes)
    };

    /** @p paths are run folders or folders of run folders (a batch's output base path). Blocking. */
    static Result import(const std::shared_ptr<store::Workspace> &workspace, const QStringList &paths);
};

} // namespace wb::exchange
