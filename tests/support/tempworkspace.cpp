// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempworkspace.h"

#include "postgrestestserver.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace wb::test {

TempWorkspace::TempWorkspace()
{
    if (PostgresTestServer::isConfigured()) {
        m_uri = PostgresTestServer::createDatabase();
        m_workspace = store::Workspace::open(m_uri, m_dir.filePath(u"test.cache"_s));
    } else {
        m_uri = m_dir.filePath(u"test.cdw"_s);
        m_workspace = store::Workspace::open(m_uri);
    }
}

TempWorkspace::~TempWorkspace()
{
    m_workspace.reset();
    if (m_uri.startsWith(u"postgres"_s)) {
        try {
            PostgresTestServer::dropDatabase(m_uri);
        } catch (...) {
            // the cluster is thrown away after the run anyway
        }
    }
}

bool TempWorkspace::isPostgres()
{
    return PostgresTestServer::isConfigured();
}

} // namespace wb::test
