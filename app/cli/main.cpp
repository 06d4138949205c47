// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("codedistiller-workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("codedistiller"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    return wb::cli::CliApplication(QCoreApplication::arguments()).exec();
}
