// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmworkspacesettings.h"

#include "exec/slurmsettings.h"
#include "store/transaction.h"
#include "store/workspace.h"

namespace wb::exec {

QMap<QString, QString> SlurmWorkspaceSettings::load(const std::shared_ptr<store::Workspace> &workspace)
{
    QMap<QString, QString> values;
    for (const QString &key : SlurmSettings::keys())
        values.insert(key, workspace->setting(key));
    return values;
}

void SlurmWorkspaceSettings::save(const std::shared_ptr<store::Workspace> &workspace, const QMap<QString, QString> &values)
{
    QMap<QString, QString> set;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (const QString value = it.value().trimmed(); !value.isEmpty())
            set.insert(it.key(), value);
    SlurmSettings::fromMap(set);   // a wrong value is refused before anything is stored
    QSqlDatabase db = workspace->database();
    store::Transaction tx(db);
    for (const QString &key : SlurmSettings::keys())
        if (const QString value = set.value(key, QStringLiteral("")); workspace->setting(key) != value)
            workspace->setSetting(key, value);   // empty: the default again
    tx.commit();
}

} // namespace wb::exec
