// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptsection.h"

using namespace Qt::StringLiterals;

namespace wb::test {

QString promptSection(const QString &prompt, const QString &title)
{
    const qsizetype start = prompt.indexOf(title + u"\n```\n"_s);
    if (start < 0)
        return {};
    const qsizetype from = start + title.size() + 5;
    return prompt.mid(from, prompt.indexOf(u"\n```\n"_s, from) - from);
}

} // namespace wb::test
