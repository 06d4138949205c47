// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::exec {

/**
 * Where the pipeline's rounds go and how they go away. A round's directory is
 * `<work root>/rounds/<workspace key>/example-<id>/round-<k>-<time>` (Executor::workRoot()): one folder
 * per workspace, also for two workspaces of the same file name. The folders the workbench creates there
 * are private: 0700, or, when rounds run as another user (Executor::roundUid(): root's rounds run as
 * nobody), the workbench's with that user's group and 0710, so only the workbench and the rounds' user
 * can pass and only the workbench can list them. The round directory itself is 0700
 * (RoundDirectory::prepare()) and belongs to the user the round runs as.
 */
class RoundFolders final
{
public:
    /**
     * The folder name of the workspace at @p workspaceLocation (a file path or a URI): its base name for
     * people to read, then 12 hex digits of a hash of its absolute location, e.g. "thesis-3f9a0c12b4d5".
     */
    static QString workspaceKey(const QString &workspaceLocation);

    /**
     * Creates the private folders of example @p exampleId under @p workRoot (or makes existing ones
     * private) and returns a fresh round directory path in it, not yet created. Throws wb::Error when a
     * folder cannot be created or belongs to someone else.
     */
    static QString prepare(const QString &workRoot, const QString &workspaceKey, qint64 exampleId, int roundIndex);

    /**
     * Removes @p directory with everything below it, never following a symbolic link (every entry is
     * removed relative to its parent's descriptor), also folders the round made unreadable. Then removes
     * its parent when that is left empty. True when nothing is left (also when it was not there).
     */
    static bool remove(const QString &directory);
};

} // namespace wb::exec
