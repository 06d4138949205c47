// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/**
 * A fresh workspace, removed with the object: an SQLite file in a temporary folder, or, when the tests
 * run against PostgreSQL (PostgresTestServer), a new database on the test cluster with its cache in
 * the temporary folder.
 */
class TempWorkspace final
{
public:
    TempWorkspace();
    ~TempWorkspace();

    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }
    /** What Workspace::open() (and the CLI's --workspace) takes to open this workspace again. */
    QString location() const { return m_uri; }
    /** True when this process's workspaces live in PostgreSQL. */
    static bool isPostgres();
    QString dir() const { return m_dir.path(); }
    /** A new path inside the temporary folder (not created). */
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_uri;
    std::shared_ptr<store::Workspace> m_workspace;
};

} // namespace wb::test
