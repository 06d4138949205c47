// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspacecopier.h"

#include "store/schema.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::WorkspaceCopier)
};

constexpr int kRowsPerStatement = 100;

// Tables that are not workspace content: the schema's own bookkeeping, engine internals, and the library
// index (library_documents, SQLite's library_fts*), which each workspace rebuilds from its examples.
bool isContent(const QString &table)
{
    return table != u"schema_meta"_s && !table.startsWith(u"sqlite_"_s) && table != u"files_staging"_s
           && !table.startsWith(u"library_"_s);
}

// table -> tables it references (foreign keys), self-references left out.
std::map<QString, std::set<QString>> references(const Workspace &workspace)
{
    std::map<QString, std::set<QString>> out;
    QSqlDatabase db = workspace.database();
    const QStringList tables = db.tables();
    for (const QString &table : tables) {
        if (!isContent(table))
            continue;
        out[table];
        if (workspace.dialect() == SqlDialect::Sqlite) {
            QSqlQuery q = exec(db, u"SELECT \"table\" FROM pragma_foreign_key_list(:t)"_s, {{u":t"_s, table}});
            while (q.next())
                if (q.value(0).toString() != table)
                    out[table].insert(q.value(0).toString());
        }
    }
    if (workspace.dialect() == SqlDialect::Postgres) {
        QSqlQuery q = exec(db, u"SELECT child.relname, parent.relname FROM pg_constraint c "
                               "JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid "
                               "JOIN pg_namespace n ON n.oid = child.relnamespace "
                               "WHERE c.contype = 'f' AND n.nspname = current_schema()"_s);
        while (q.next())
            if (q.value(0).toString() != q.value(1).toString() && out.count(q.value(0).toString()))
                out[q.value(0).toString()].insert(q.value(1).toString());
    }
    return out;
}

QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = exec(db, u"SELECT COUNT(*) FROM %1"_s.arg(quoted(db, table)));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// One value in a form that does not depend on the engine that returned it.
void feed(QCryptographicHash &hash, const QVariant &value)
{
    if (value.isNull()) {
        hash.addData("\x01N");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        hash.addData(QByteArray("\x01I").append(QByteArray::number(value.toLongLong())));
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        hash.addData(QByteArray("\x01D").append(QByteArray::number(value.toDouble(), 'g', 17)));
        break;
    case QMetaType::QByteArray:
        hash.addData(QByteArray("\x01B").append(value.toByteArray().toHex()));
        break;
    default:
        hash.addData(QByteArray("\x01T").append(value.toString().toUtf8()));
        break;
    }
}
} // namespace

WorkspaceCopier::WorkspaceCopier(std::shared_ptr<Workspace> source, std::shared_ptr<Workspace> destination)
    : m_source(std::move(source))
    , m_destination(std::move(destination))
{
}

QStringList WorkspaceCopier::tablesInCopyOrder(const Workspace &workspace)
{
    std::map<QString, std::set<QString>> pending = references(workspace);
    QStringList order;
    while (!pending.empty()) {
        bool progressed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            bool ready = true;
            for (const QString &parent : it->second)
                if (pending.count(parent))
                    ready = false;
            if (ready) {
                order << it->first;
                it = pending.erase(it);
                progressed = true;
            } else {
                ++it;
            }
        }
        if (!progressed)   // a cycle between tables: not in our schema, but never loop forever
            throw Error(Tr::tr("The workspace's tables reference each other in a cycle; they cannot be copied in order."),
                        Error::Kind::Schema);
    }
    return order;
}

WorkspaceCopier::Report WorkspaceCopier::run()
{
    const int from = m_source->schemaVersion();
    const int to = m_destination->schemaVersion();
    if (from != to) {
        throw Error(Tr::tr("The workspaces have different schema versions (%1 and %2); open both with this version "
                           "of the workbench first.")
                        .arg(from)
                        .arg(to),
                    Error::Kind::Schema);
    }
    const QStringList tables = tablesInCopyOrder(*m_source);
    QSqlDatabase destination = m_destination->database();
    for (const QString &table : tables) {
        if (table != u"settings"_s && count(destination, table) > 0) {
            throw Error(Tr::tr("%1 is not empty (table %2 has rows); copy into a new workspace.")
                            .arg(m_destination->path(), table),
                        Error::Kind::InvalidInput);
        }
    }

    Report report;
    Transaction tx(destination);
    exec(destination, u"DELETE FROM settings"_s);   // a new workspace's own "created_by" gives way to the source's
    for (const QString &table : tables)
        report.rows.insert(table, copyTable(table, report));
    if (m_destination->dialect() == SqlDialect::Postgres) {
        // Identity columns continue after the highest copied id.
        for (const QString &table : tables) {
            if (!columnsOf(destination, table).contains(u"id"_s))
                continue;
            exec(destination, u"SELECT setval(pg_get_serial_sequence(:t, 'id'), COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)"_s
                                  .arg(quoted(destination, table)),
                 {{u":t"_s, table}});
        }
    }
    tx.commit();
    return report;
}

qint64 WorkspaceCopier::copyTable(const QString &table, Report &report)
{
    QSqlDatabase source = m_source->database();
    QSqlDatabase destination = m_destination->database();
    const QStringList sourceColumns = columnsOf(source, table);
    const QStringList destinationColumns = columnsOf(destination, table);
    QStringList columns;
    for (const QString &c : sourceColumns)
        if (destinationColumns.contains(c))
            columns << c;
    if (columns.isEmpty())
        return 0;

    const qint64 total = count(source, table);
    QStringList sourceList;
    QStringList destinationList;
    for (const QString &c : std::as_const(columns)) {
        sourceList << quoted(source, c);
        destinationList << quoted(destination, c);
    }
    // Parents before children inside a table too (judgements that supersede judgements).
    const QString order = columns.contains(u"id"_s) ? u" ORDER BY id"_s : QString();
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.prepare(u"SELECT %1 FROM %2%3"_s.arg(sourceList.join(u", "_s), quoted(source, table), order)))
        exec(read);   // throws with the driver's message
    exec(read);

    const QString rowPlaceholders = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    const QString insertHead = u"INSERT INTO %1 (%2) VALUES "_s.arg(quoted(destination, table), destinationList.join(u", "_s));
    QSqlQuery fullBatch(destination);
    fullBatch.prepare(insertHead + QStringList(kRowsPerStatement, rowPlaceholders).join(u", "_s));

    QVariantList pending;
    qint64 done = 0;
    auto flush = [&](bool all) {
        const int rows = int(pending.size() / columns.size());
        if (rows == 0 || (!all && rows < kRowsPerStatement))
            return;
        QSqlQuery partial(destination);
        QSqlQuery &insert = rows == kRowsPerStatement ? fullBatch : partial;
        if (rows != kRowsPerStatement)
            insert.prepare(insertHead + QStringList(rows, rowPlaceholders).join(u", "_s));
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending.at(i));
        exec(insert);
        pending.clear();
        done += rows;
        if (m_progress)
            m_progress(table, done, total);
        if (m_cancelled && m_cancelled->load())
            throw Error(Tr::tr("The copy was cancelled; %1 was left empty.").arg(m_destination->path()), Error::Kind::Cancelled);
    };

    const bool toPostgres = m_destination->dialect() == SqlDialect::Postgres;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = read.value(i);
            if (toPostgres && value.typeId() == QMetaType::QString && value.toString().contains(QChar(0))) {
                QString text = value.toString();
                report.nulCharactersReplaced += text.count(QChar(0));
                value = text.replace(QChar(0), QChar(0x2400));
            }
            pending << value;
        }
        flush(false);
    }
    flush(true);
    return done;
}

QMap<QString, QByteArray> WorkspaceCopier::digest(const Workspace &workspace)
{
    QMap<QString, QByteArray> out;
    QSqlDatabase db = workspace.database();
    for (const QString &table : tablesInCopyOrder(workspace)) {
        QStringList columns = columnsOf(db, table);
        columns.sort();   // the engines may list added columns in different places
        QStringList list;
        for (const QString &c : std::as_const(columns))
            list << quoted(db, c);
        // Rows by id; tables without one are sorted here, as the engines' collations differ.
        const bool byId = columns.contains(u"id"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT %1 FROM %2%3"_s.arg(list.join(u", "_s), quoted(db, table), byId ? u" ORDER BY id"_s : QString()));
        exec(q);
        QList<QByteArray> rows;
        while (q.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int i = 0; i < columns.size(); ++i)
                feed(row, q.value(i));
            rows << row.result();
        }
        if (!byId)
            std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row);
        out.insert(table, hash.result().toHex());
    }
    return out;
}

} // namespace wb::store
