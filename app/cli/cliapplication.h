// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::cli {

/** Exit codes of the codedistiller command. */
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/**
 * The headless command line: `codedistiller [--workspace PATH] [--json] COMMAND [options]`.
 * Results go to stdout (text or --json), progress and errors to stderr.
 */
class CliApplication final
{
public:
    explicit CliApplication(QStringList arguments);
    int exec();

private:
    int runInit(const QStringList &args);
    int runAdd(const QStringList &args);
    int runRepos(const QStringList &args);
    int runFiles(const QStringList &args);
    int printUsage(bool toStderr);

    std::shared_ptr<store::Workspace> openWorkspace() const;

    QStringList m_arguments;
    QString m_workspacePath;
    bool m_json = false;
};

} // namespace wb::cli
