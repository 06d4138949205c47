// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/sourcepreview.h"
#include "llm/credentials.h"
#include "mainwindow/workspacelauncher.h"
#include "settings/appearance.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    wb::ui::SourcePreview::warmUp();   // syntax definitions load while the window is built
    wb::llm::Credentials::captureEnvironment();   // keys out of /proc/<pid>/environ and children
    QApplication::setOrganizationName(u"codedistiller-workbench"_s);
    QApplication::setApplicationName(u"codedistiller-workbench"_s);
    QApplication::setApplicationDisplayName(u"CodeDistiller Workbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(WB_VERSION));
    QApplication::setDesktopFileName(u"io.github.codedistiller.Workbench"_s);

    const wb::ui::Preferences preferences = wb::ui::Preferences::load();
    wb::ui::Appearance::installTranslations(preferences.language);
    if (preferences.theme != u"system"_s)
        wb::ui::Appearance::applyTheme(preferences.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Run, inspect and curate CodeDistiller examples."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s},
                                             QApplication::translate("main", "Workspace file to open."), u"path"_s);
    const QCommandLineOption demoOption(u"demo"_s, QApplication::translate("main", "Open the demo workspace and run the demo."));
    parser.addOptions({workspaceOption, demoOption});
    // The desktop entry passes %F: a .cdw opened from the file manager arrives as the first argument.
    parser.addPositionalArgument(u"workspace"_s, QApplication::translate("main", "Workspace file to open (as --workspace)."),
                                 u"[FILE.cdw]"_s);
    parser.process(app);
    const QStringList files = parser.positionalArguments();

    wb::ui::WorkspaceLauncher launcher;
    if (parser.isSet(demoOption)) {
        if (!launcher.openDemo())
            return 1;
    } else if (!launcher.start(parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                               : !files.isEmpty()            ? files.constFirst()
                                                             : qEnvironmentVariable("CODEDISTILLER_WORKSPACE"))) {
        return launcher.window() ? 0 : 1;
    }
    return QApplication::exec();
}
