// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace wb::store {

/**
 * Where a workspace lives: an SQLite file, or a PostgreSQL database given as a libpq URI
 * "postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=…". TLS and other libpq
 * options in the query are passed through to the server connection. A password in the URI is kept
 * in memory only: uri() and displayName() never contain it, so they are safe for settings and logs.
 */
class WorkspaceLocation final
{
public:
    enum class Kind { File, Postgres };

    /** True when @p text is a postgresql:// or postgres:// URI. */
    static bool isConnectionUri(const QString &text);
    /** Parses a file path or a URI. Throws wb::Error (InvalidInput) with the reason. */
    static WorkspaceLocation parse(const QString &text);
    static WorkspaceLocation postgres(const QString &host, int port, const QString &database, const QString &user,
                                      const QList<QPair<QString, QString>> &options = {});

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    /**
     * When neither the URI nor PGPASSWORD gives a password, takes the one saved in the secret store
     * (under secretKey()), if any; otherwise libpq will look in ~/.pgpass. Call it where a user waits
     * (the GUI thread or the CLI), not in background threads: the secret store may take seconds.
     */
    void fillPasswordFromSecretStore();
    /** libpq options from the URI's query, in order (sslmode, sslrootcert, connect_timeout, …). */
    QList<QPair<QString, QString>> options() const { return m_options; }

    /** The file path, or the URI without the password. */
    QString uri() const;
    /** Short form for titles: the file name, or "database on host". */
    QString displayName() const;
    /** The secret store key of the password: "postgres:user@host:port/database". */
    QString secretKey() const;
    /** The options as QPSQL connect options ("k=v;k=v"). */
    QString connectOptions() const;

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
};

} // namespace wb::store
