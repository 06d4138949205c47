// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace wb::test {

/**
 * A PEP 503 "simple" package index on 127.0.0.1 holding one pure-Python wheel built here by hand (a zip
 * with the module, METADATA, WHEEL and RECORD), so pip installs can be tested without the internet.
 * Served by Python's http.server in a process of its own (tests may block); stops with the object.
 */
class PackageIndex final
{
public:
    PackageIndex() = default;
    ~PackageIndex();
    PackageIndex(const PackageIndex &) = delete;
    PackageIndex &operator=(const PackageIndex &) = delete;

    /**
     * Builds the wheel of package @p name (a module of that name with @p moduleSource as its __init__.py)
     * at @p version and starts serving. Empty on success, else what went wrong.
     */
    QString start(const QString &name, const QString &version, const QByteArray &moduleSource);
    /** The index, e.g. http://127.0.0.1:41234/simple/ (pip's --index-url). */
    QString url() const { return m_url; }
    /** The server's request log so far (one line per request). */
    QString requests();

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QByteArray m_log;
};

} // namespace wb::test
