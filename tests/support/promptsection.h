// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::test {

/** The content of the code-fenced section under the heading line @p title of a rendered prompt; empty when absent. */
QString promptSection(const QString &prompt, const QString &title);

} // namespace wb::test
