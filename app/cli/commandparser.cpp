// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandparser.h"

#include "consoleoutput.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::CommandParser)
};

const QCommandLineOption &workspaceOption()
{
    static const QCommandLineOption o({u"w"_s, u"workspace"_s},
                                      Tr::tr("Workspace file (default: $CODEDISTILLER_WORKSPACE, else %1).")
                                          .arg(store::Workspace::defaultPath()),
                                      Tr::tr("path"));
    return o;
}

const QCommandLineOption &jsonOption()
{
    static const QCommandLineOption o(u"json"_s, Tr::tr("Machine-readable JSON on stdout."));
    return o;
}
} // namespace

std::shared_ptr<store::Workspace> CliContext::openWorkspace() const
{
    store::WorkspaceLocation location =
        store::WorkspaceLocation::parse(workspacePath.isEmpty() ? store::Workspace::defaultPath() : workspacePath);
    location.fillPasswordFromSecretStore();
    auto workspace = store::Workspace::open(location);
    // Said once per run on stderr, so that reading commands still print clean results on stdout.
    static bool toldReadOnly = false;
    if (workspace->isReadOnly() && !std::exchange(toldReadOnly, true)) {
        ConsoleOutput::err(Tr::tr("codedistiller: note: the workspace %1 is open read-only (%2); commands that "
                                  "change it will fail.\n")
                               .arg(workspace->path(), workspace->readOnlyReason()));
    }
    return workspace;
}

CommandParser::CommandParser(const QString &description)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(workspaceOption());
    m_parser.addOption(jsonOption());
}

int CommandParser::parse(const QStringList &args, CliContext &context, int minPositional, int maxPositional)
{
    if (!m_parser.parse(args)) {
        ConsoleOutput::err(u"codedistiller: "_s + m_parser.errorText() + u"\n\n"_s + m_parser.helpText());
        return UsageError;
    }
    if (m_parser.isSet(u"help"_s)) {
        ConsoleOutput::out(m_parser.helpText());
        return Success;
    }
    if (m_parser.isSet(workspaceOption()))
        context.workspacePath = m_parser.value(workspaceOption());
    context.json = context.json || m_parser.isSet(jsonOption());
    const auto n = m_parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        ConsoleOutput::err(Tr::tr("codedistiller: wrong number of arguments\n\n") + m_parser.helpText());
        return UsageError;
    }
    return -1;
}

} // namespace wb::cli
