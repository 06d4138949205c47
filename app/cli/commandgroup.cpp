// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandgroup.h"

#include "clicontext.h"
#include "consoleoutput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::CommandGroup)
};
} // namespace

CommandGroup::CommandGroup(QString name, QString usage)
    : m_name(std::move(name))
    , m_usage(std::move(usage))
{
}

CommandGroup &CommandGroup::add(const QString &subcommand, Handler handler)
{
    m_handlers.append({subcommand, std::move(handler)});
    return *this;
}

int CommandGroup::run(const QStringList &args) const
{
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    if (sub == u"--help"_s || sub == u"-h"_s) {
        ConsoleOutput::out(m_usage);
        return Success;
    }
    if (sub.isEmpty()) {
        ConsoleOutput::err(m_usage);
        return UsageError;
    }
    for (const auto &[name, handler] : m_handlers)
        if (name == sub)
            return handler(QStringList{args.first() + u' ' + sub} + args.mid(2));
    ConsoleOutput::err(Tr::tr("codedistiller: unknown %1 command '%2'\n").arg(m_name, sub) + m_usage);
    return UsageError;
}

} // namespace wb::cli
