// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"codedistiller-workbench"_s);
    QApplication::setApplicationName(u"codedistiller-workbench"_s);
    QApplication::setApplicationDisplayName(u"CodeDistiller Workbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    QApplication::setDesktopFileName(u"io.github.codedistiller.Workbench"_s);

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"codedistiller"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Run, inspect and curate CodeDistiller examples."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s},
                                             QApplication::translate("main", "Workspace file to open."), u"path"_s);
    parser.addOption(workspaceOption);
    parser.process(app);

    QString path = parser.value(workspaceOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("CODEDISTILLER_WORKSPACE", wb::store::Workspace::defaultPath());

    std::shared_ptr<wb::store::Workspace> workspace;
    try {
        workspace = wb::store::Workspace::open(path);
    } catch (const wb::Error &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the workspace"), e.message());
        return 1;
    }
    wb::ui::MainWindow window(workspace);
    window.show();
    return QApplication::exec();
}
