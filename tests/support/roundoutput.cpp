// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundoutput.h"

#include <QStringList>

namespace wb::test {

QString RoundOutput::text(const exec::ExecutionResult &result, const QString &stream, const QString &phase)
{
    QStringList lines;
    for (const auto &l : result.log)
        if ((stream.isEmpty() || l.stream == stream) && (phase.isEmpty() || l.phase == phase))
            lines << l.text;
    return lines.join(u'\n');
}

const exec::Artifact *RoundOutput::artifact(const exec::ExecutionResult &result, const QString &name)
{
    for (const auto &a : result.artifacts)
        if (a.name == name)
            return &a;
    return nullptr;
}

} // namespace wb::test
