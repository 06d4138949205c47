// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/logtrimmer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

namespace {

QString marker(qsizetype lines, qsizetype kept)
{
    if (kept > 0)
        return u"[… %1 lines left out here; %2 error lines among them are kept below …]"_s.arg(lines).arg(kept);
    return u"[… %1 lines left out here …]"_s.arg(lines);
}

/** @p line cut to about @p maxChars characters, keeping its start and (most of) its end. */
QString shortenLine(const QString &line, qsizetype maxChars)
{
    if (line.size() <= maxChars)
        return line;
    const qsizetype head = maxChars / 3;
    const qsizetype tail = maxChars - head;
    return line.left(head) + u" [… %1 characters left out …] "_s.arg(line.size() - head - tail) + line.right(tail);
}

} // namespace

bool LogTrimmer::isErrorLine(const QString &line)
{
    static const QRegularExpression error(
        u"Traceback \\(most recent call last\\)|^\\s*File \".*\", line \\d+|\\b[A-Za-z]*(Error|Exception)\\b|\\bFAILED\\b|\\bKilled\\b"
        "|\"type\"\\s*:\\s*\"error\"|^\\s*(ERROR|FATAL|CRITICAL)\\b"_s);
    return error.match(line).hasMatch();
}

QString LogTrimmer::trim(const QStringList &input, const Options &options)
{
    const auto &estimator = llm::TokenEstimator::instance();
    const qint64 budget = std::max<qint64>(50, options.maxTokens);
    const qsizetype budgetChars = qsizetype(double(budget) * estimator.charsPerToken(options.kind));
    // No single line may take more than a quarter of the budget (the last line: see below).
    QStringList lines;
    lines.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i)
        lines << (i + 1 == input.size() ? input[i] : shortenLine(input[i], std::max<qsizetype>(200, budgetChars / 4)));
    auto cost = [&](const QString &l) { return estimator.estimate(l, options.kind) + 1; };
    qint64 total = 0;
    for (const QString &l : std::as_const(lines))
        total += cost(l);
    if (total <= budget)
        return lines.join(u'\n');

    // The tail first: the end of a stream says how it ended.
    const qint64 markerReserve = std::max<qint64>(40, budget / 20);
    const qint64 usable = budget - markerReserve;
    const qint64 tailBudget = usable * 45 / 100;
    qsizetype tail = lines.size();
    qint64 tailUsed = 0;
    if (!lines.isEmpty() && cost(lines.last()) > tailBudget) {
        // One enormous last line: keep its end.
        const qsizetype keep = qsizetype(double(tailBudget) * estimator.charsPerToken(options.kind));
        lines.last() = u"[… %1 characters left out …] "_s.arg(lines.last().size() - keep) + lines.last().right(keep);
    }
    while (tail > 0 && tailUsed + cost(lines[tail - 1]) <= tailBudget)
        tailUsed += cost(lines[--tail]);
    const qint64 headBudget = usable * 25 / 100;
    qsizetype head = 0;
    qint64 headUsed = 0;
    while (head < tail && headUsed + cost(lines[head]) <= headBudget)
        headUsed += cost(lines[head++]);

    // Error lines of the middle, evenly subsampled when they do not all fit.
    QList<qsizetype> errors;
    for (qsizetype i = head; i < tail; ++i)
        if (isErrorLine(lines[i]))
            errors << i;
    const qint64 errorBudget = std::max<qint64>(0, std::min<qint64>(qint64(double(budget) * options.errorShare),
                                                                      usable - tailUsed - headUsed));
    QList<qsizetype> kept;
    qint64 errorUsed = 0;
    if (!errors.isEmpty()) {
        qint64 errorCost = 0;
        for (qsizetype i : std::as_const(errors))
            errorCost += cost(lines[i]);
        const double step = errorCost <= errorBudget ? 1.0 : double(errorCost) / double(std::max<qint64>(1, errorBudget));
        for (double at = 0; qsizetype(at) < errors.size(); at += step) {
            const qsizetype i = errors[qsizetype(at)];
            if (errorUsed + cost(lines[i]) > errorBudget)
                break;
            kept << i;
            errorUsed += cost(lines[i]);
        }
    }
    // Budget the errors did not need goes to the tail, then the head.
    qint64 spare = usable - tailUsed - headUsed - errorUsed;
    while (tail > head && spare >= cost(lines[tail - 1]) && (kept.isEmpty() || tail - 1 > kept.last())) {
        spare -= cost(lines[tail - 1]);
        --tail;
    }
    while (head < tail && spare >= cost(lines[head]) && (kept.isEmpty() || head < kept.first())) {
        spare -= cost(lines[head]);
        ++head;
    }

    auto assemble = [&] {
        QStringList out = lines.mid(0, head);
        qsizetype previous = head;
        if (kept.isEmpty()) {
            out << marker(tail - head, 0);
        } else {
            out << marker(tail - head, kept.size());
            for (qsizetype i : std::as_const(kept)) {
                if (i > previous)
                    out << u"[… %1 lines …]"_s.arg(i - previous);
                out << lines[i];
                previous = i + 1;
            }
            if (tail > previous)
                out << u"[… %1 lines …]"_s.arg(tail - previous);
            out << u"[… end of the shortened part …]"_s;
        }
        out << lines.mid(tail);
        return out.join(u'\n');
    };
    // The markers were estimated: give up middle errors, then head lines, then the oldest tail lines
    // until the whole fits.
    QString result = assemble();
    while (estimator.estimate(result, options.kind) > budget) {
        if (!kept.isEmpty())
            kept.removeLast();
        else if (head > 0)
            --head;
        else if (tail < lines.size() - 1)
            ++tail;
        else
            break;
        result = assemble();
    }
    return result;
}

} // namespace wb::pipeline
