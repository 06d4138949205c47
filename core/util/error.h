// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
#include <QString>

namespace wb {

/**
 * The one exception type of the core. Its message is meant for the user: it says what failed and,
 * where possible, what to do about it. Thrown by core functions documented as throwing; caught at
 * the boundaries (CLI commands, background jobs), never allowed to escape a thread's run().
 * A QException, so that QtConcurrent carries it to a QFuture's onFailed(const Error &) handler as
 * itself (other exceptions arrive there wrapped in QUnhandledException).
 */
class Error : public QException
{
public:
    enum class Kind {
        Generic,
        NotFound,        ///< a repository, path or row that does not exist
        InvalidInput,    ///< malformed user input (source string, list file, option)
        Authentication,  ///< the remote asked for credentials
        Cancelled,       ///< the operation was cancelled by the user
        Schema,          ///< workspace file of an unknown or newer schema
        Database,        ///< SQL or I/O failure in the store
        Git,             ///< libgit2 failure
    };

    explicit Error(QString message, Kind kind = Kind::Generic);

    const QString &message() const noexcept { return m_message; }
    Kind kind() const noexcept { return m_kind; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    Error *clone() const override { return new Error(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
    Kind m_kind;
};

} // namespace wb
