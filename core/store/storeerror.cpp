// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::StoreError)
};

StoreError::Cause classifySqlite(int code, const QString &text)
{
    switch (code & 0xff) {   // the primary code of an extended one
    case 13: return StoreError::Cause::DiskFull;     // SQLITE_FULL
    case 8:                                           // SQLITE_READONLY
    case 3: return StoreError::Cause::ReadOnly;      // SQLITE_PERM
    case 5:                                           // SQLITE_BUSY
    case 6: return StoreError::Cause::Locked;        // SQLITE_LOCKED
    case 11:                                          // SQLITE_CORRUPT
    case 26: return StoreError::Cause::Corrupt;      // SQLITE_NOTADB
    case 14:                                          // SQLITE_CANTOPEN
    case 10: return StoreError::Cause::Unreadable;   // SQLITE_IOERR
    default: break;
    }
    // Errors raised outside a statement may carry no code: their text is SQLite's fixed wording.
    if (text.contains(u"disk is full"_s))
        return StoreError::Cause::DiskFull;
    if (text.contains(u"readonly database"_s))
        return StoreError::Cause::ReadOnly;
    if (text.contains(u"database is locked"_s))
        return StoreError::Cause::Locked;
    if (text.contains(u"malformed"_s) || text.contains(u"not a database"_s))
        return StoreError::Cause::Corrupt;
    return StoreError::Cause::Other;
}

StoreError::Cause classifyPostgres(const QString &state)
{
    if (state == u"53100"_s)
        return StoreError::Cause::DiskFull;
    if (state == u"25006"_s || state == u"42501"_s)
        return StoreError::Cause::ReadOnly;
    if (state == u"55P03"_s || state == u"40P01"_s)
        return StoreError::Cause::Locked;
    if (state == u"XX001"_s || state == u"XX002"_s)
        return StoreError::Cause::Corrupt;
    return StoreError::Cause::Other;
}
} // namespace

StoreError::Cause StoreError::classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int number = code.toInt(&numeric);
    // SQLite's codes are numbers; PostgreSQL's SQLSTATEs are five characters, most of them not numbers.
    if (code.size() == 5 && !(numeric && number < 1000))
        return classifyPostgres(code);
    return classifySqlite(numeric ? number : 0, error.text());
}

QString StoreError::locationOf(const QSqlDatabase &db)
{
    if (db.driverName() == u"QPSQL"_s)
        return u"postgresql://%1:%2/%3"_s.arg(db.hostName()).arg(db.port()).arg(db.databaseName());
    const QString name = db.databaseName();
    return name.startsWith(u"file:"_s) ? QUrl(name).toLocalFile() : name;
}

Error StoreError::make(const QSqlError &error, const QSqlDatabase &db, const QString &statement)
{
    const QString where = locationOf(db);
    const bool sqlite = db.driverName() != u"QPSQL"_s;
    const QString folder = sqlite ? QFileInfo(where).absolutePath() : QString();
    QString headline;
    switch (classify(error)) {
    case Cause::DiskFull:
        headline = sqlite ? Tr::tr("Cannot save to the workspace %1: the disk is full. Free some space on the disk "
                                   "that holds %2 (or move the workspace to another disk) and try again.")
                                .arg(where, folder)
                          : Tr::tr("Cannot save to the workspace %1: the database server's disk is full. Ask its "
                                   "administrator to free space, then try again.")
                                .arg(where);
        break;
    case Cause::ReadOnly:
        headline = sqlite ? Tr::tr("Cannot save to the workspace %1: it is read-only for you (permission denied). "
                                   "Check that you may write the file and its folder %2, or use a workspace of "
                                   "your own.")
                                .arg(where, folder)
                          : Tr::tr("Cannot save to the workspace %1: your database role may not write there "
                                   "(permission denied, or a read-only server). Ask its administrator.")
                                .arg(where);
        break;
    case Cause::Locked:
        headline = Tr::tr("The workspace %1 is locked by another process (another codedistiller command or a "
                          "workbench window writing to it). Wait until it has finished, or stop it, and try again.")
                       .arg(where);
        break;
    case Cause::Corrupt:
        headline = sqlite ? Tr::tr("The workspace %1 is damaged (the database file is corrupt). Restore it from a "
                                   "backup (a copy, or a \"%2.v<N>.bak\" file written before an upgrade); "
                                   "nothing was changed.")
                                .arg(where, QFileInfo(where).fileName())
                          : Tr::tr("The workspace %1 is damaged (the server reports corrupt data). Ask its "
                                   "administrator to restore it from a backup.")
                                .arg(where);
        break;
    case Cause::Unreadable:
        headline = Tr::tr("Cannot read or write the workspace file %1 (the system refused or failed). Check that "
                          "the file and its folder %2 exist, that you may read and write them, and that the disk "
                          "works.")
                       .arg(where, folder);
        break;
    case Cause::Other:
        headline = Tr::tr("Database error in the workspace %1.").arg(where);
        break;
    }
    const QString text = error.text().simplified();
    const QString detail = statement.isEmpty()
                               ? Tr::tr("Detail: %1").arg(text)
                               : Tr::tr("Detail: %1 (in: %2)").arg(text, statement.simplified().left(200));
    return Error(headline + u'\n' + detail, Error::Kind::Database);
}

} // namespace wb::store
