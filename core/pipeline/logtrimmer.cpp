// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/logtrimmer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

QString LogTrimmer::trim(const QStringList &input, int maxChars)
{
    QStringList lines;
    lines.reserve(input.size());
    for (const QString &l : input)
        lines << (l.size() > 2000 ? l.left(2000) + u" […line cut]"_s : l);
    qsizetype total = 0;
    for (const QString &l : std::as_const(lines))
        total += l.size() + 1;
    if (total <= maxChars)
        return lines.join(u'\n');

    const int headBudget = maxChars * 3 / 10;
    const int tailBudget = maxChars * 4 / 10;
    const int middleBudget = maxChars - headBudget - tailBudget;
    qsizetype head = 0, used = 0;
    while (head < lines.size() && used + lines[head].size() + 1 <= headBudget)
        used += lines[head++].size() + 1;
    qsizetype tail = lines.size();
    used = 0;
    while (tail > head && used + lines[tail - 1].size() + 1 <= tailBudget)
        used += lines[--tail].size() + 1;

    static const QRegularExpression important(u"Traceback|Error|error|Exception|FAILED|Killed|Warning"_s);
    QStringList middle;
    used = 0;
    for (qsizetype i = head; i < tail; ++i) {
        if (important.match(lines[i]).hasMatch() && used + lines[i].size() + 1 <= middleBudget) {
            middle << lines[i];
            used += lines[i].size() + 1;
        }
    }
    QStringList out = lines.mid(0, head);
    out << u"[… %1 lines left out; %2 error-looking lines of them kept below …]"_s.arg(tail - head).arg(middle.size());
    out << middle;
    out << u"[… end of the left-out part …]"_s;
    out << lines.mid(tail);
    return out.join(u'\n');
}

} // namespace wb::pipeline
