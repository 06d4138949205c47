// SPDX-License-Identifier: GPL-3.0-or-later
#include "tempworkspace.h"

#include "store/workspace.h"

namespace wb::test {

TempWorkspace::TempWorkspace()
    : m_workspace(store::Workspace::open(m_dir.filePath(QStringLiteral("test.cdw"))))
{
}

TempWorkspace::~TempWorkspace() = default;

} // namespace wb::test
