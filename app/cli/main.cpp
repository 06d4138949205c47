// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include "llm/credentials.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    wb::llm::Credentials::captureEnvironment();   // keys out of /proc/<pid>/environ and children
    QCoreApplication::setOrganizationName(QStringLiteral("codedistiller-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("codedistiller"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    return wb::cli::CliApplication(QCoreApplication::arguments()).exec();
}
