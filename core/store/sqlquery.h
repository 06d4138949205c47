// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace wb::store {

using Bindings = std::initializer_list<std::pair<QString, QVariant>>;

/** Prepares and runs @p sql with named @p bindings; throws wb::Error (Kind::Database) on failure. */
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, Bindings bindings = {});

/** Drops the calling thread's prepared statements of @p connectionName (before the connection closes). */
void releaseCachedStatements(const QString &connectionName);

/** Runs an already prepared and bound query; throws wb::Error (Kind::Database) on failure. */
void exec(QSqlQuery &query);

/** The id of the row the INSERT of @p query created; write the INSERT with "RETURNING id". */
qint64 insertedId(QSqlQuery &query);

/** A QVariant holding SQL NULL of type @p T when @p isNull, else @p value. */
template<typename T>
QVariant nullable(bool isNull, const T &value)
{
    return isNull ? QVariant(QMetaType::fromType<T>()) : QVariant::fromValue(value);
}

} // namespace wb::store
