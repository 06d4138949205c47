// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace wb::cli {

/**
 * A command with subcommands (`codedistiller llm ping|calls|…`). run() hands args.at(1)'s handler the
 * arguments with "GROUP SUB" as the program name; `--help`/`-h` prints the usage on stdout (exit 0), a
 * missing or unknown subcommand prints it on stderr (exit 2).
 */
class CommandGroup final
{
public:
    using Handler = std::function<int(const QStringList &args)>;

    /** @p name as typed (llm, slurm, workspace); @p usage ends with a newline. */
    CommandGroup(QString name, QString usage);

    CommandGroup &add(const QString &subcommand, Handler handler);
    int run(const QStringList &args) const;

private:
    QString m_name;
    QString m_usage;
    QList<std::pair<QString, Handler>> m_handlers;
};

} // namespace wb::cli
