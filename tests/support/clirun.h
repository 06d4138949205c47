// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace wb::test {

/** What one run of the codedistiller command line gave. */
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

/**
 * Runs the CLI binary @p binary with @p args against the workspace @p workspace (through
 * CODEDISTILLER_WORKSPACE), with the secret store off; fails the test process when it does not end
 * within @p timeoutMs.
 */
CliRun runCli(const QString &binary, const QString &workspace, const QStringList &args, int timeoutMs = 240000);

} // namespace wb::test
