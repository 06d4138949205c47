// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/** A workspace in a fresh temporary folder, removed with the object. */
class TempWorkspace final
{
public:
    TempWorkspace();
    ~TempWorkspace();

    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }
    QString dir() const { return m_dir.path(); }
    /** A new path inside the temporary folder (not created). */
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
};

} // namespace wb::test
