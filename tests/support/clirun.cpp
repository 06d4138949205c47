// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace wb::test {

CliRun runCli(const QString &binary, const QString &workspace, const QStringList &args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CODEDISTILLER_NO_SECRET_STORE"_s, u"1"_s);
    env.insert(u"CODEDISTILLER_WORKSPACE"_s, workspace);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(binary));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace wb::test
