// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/textdiff.h"

#include "git/gitlibrary.h"

#include <climits>

using namespace Qt::StringLiterals;

namespace wb::diff {

namespace {
int onHunk(const git_diff_delta *, const git_diff_hunk *hunk, void *payload)
{
    auto *hunks = static_cast<QList<DiffHunk> *>(payload);
    hunks->append({hunk->old_start, hunk->old_lines, hunk->new_start, hunk->new_lines, {}});
    return 0;
}

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *hunks = static_cast<QList<DiffHunk> *>(payload);
    if (hunks->isEmpty())
        return 0;
    DiffLine l;
    switch (line->origin) {
    case GIT_DIFF_LINE_CONTEXT: l.kind = DiffLine::Kind::Context; break;
    case GIT_DIFF_LINE_DELETION: l.kind = DiffLine::Kind::Removed; break;
    case GIT_DIFF_LINE_ADDITION: l.kind = DiffLine::Kind::Added; break;
    default: return 0;   // "no newline at end of file" markers and headers
    }
    l.oldLine = std::max(0, line->old_lineno);
    l.newLine = std::max(0, line->new_lineno);
    QByteArray content(line->content, qsizetype(line->content_len));
    if (content.endsWith('\n'))
        content.chop(1);
    if (content.endsWith('\r'))
        content.chop(1);
    l.text = QString::fromUtf8(content);
    hunks->last().lines.append(l);
    return 0;
}

// Pairs each run of removed lines with the following run of added lines and marks what changed
// between the partners: the part between their common prefix and common suffix.
void markIntraLine(DiffHunk &hunk)
{
    auto &lines = hunk.lines;
    for (qsizetype i = 0; i < lines.size();) {
        if (lines[i].kind != DiffLine::Kind::Removed) {
            ++i;
            continue;
        }
        qsizetype removedEnd = i;
        while (removedEnd < lines.size() && lines[removedEnd].kind == DiffLine::Kind::Removed)
            ++removedEnd;
        qsizetype addedEnd = removedEnd;
        while (addedEnd < lines.size() && lines[addedEnd].kind == DiffLine::Kind::Added)
            ++addedEnd;
        const qsizetype pairs = std::min(removedEnd - i, addedEnd - removedEnd);
        for (qsizetype k = 0; k < pairs; ++k) {
            DiffLine &a = lines[i + k];
            DiffLine &b = lines[removedEnd + k];
            const qsizetype maxPrefix = std::min(a.text.size(), b.text.size());
            qsizetype prefix = 0;
            while (prefix < maxPrefix && a.text[prefix] == b.text[prefix])
                ++prefix;
            qsizetype suffix = 0;
            while (suffix < maxPrefix - prefix && a.text[a.text.size() - 1 - suffix] == b.text[b.text.size() - 1 - suffix])
                ++suffix;
            a.changeStart = b.changeStart = int(prefix);
            a.changeLength = int(a.text.size() - prefix - suffix);
            b.changeLength = int(b.text.size() - prefix - suffix);
        }
        i = addedEnd;
    }
}
} // namespace

QList<DiffHunk> TextDiff::compute(const QString &oldText, const QString &newText, int contextLines)
{
    git::ensureInitialised();
    const QByteArray a = oldText.toUtf8();
    const QByteArray b = newText.toUtf8();
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    options.context_lines = contextLines < 0 ? uint32_t(INT_MAX / 2) : uint32_t(contextLines);
    options.flags = GIT_DIFF_FORCE_TEXT;
    QList<DiffHunk> hunks;
    git_diff_buffers(a.constData(), size_t(a.size()), "a", b.constData(), size_t(b.size()), "b", &options, nullptr, nullptr,
                     onHunk, onLine, &hunks);
    for (DiffHunk &h : hunks)
        markIntraLine(h);
    return hunks;
}

QString TextDiff::unified(const QList<DiffHunk> &hunks, const QString &oldName, const QString &newName)
{
    QString out = u"--- a/"_s + oldName + u"\n+++ b/"_s + newName + u'\n';
    for (const DiffHunk &h : hunks) {
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(h.oldStart).arg(h.oldLines).arg(h.newStart).arg(h.newLines);
        for (const DiffLine &l : h.lines)
            out += (l.kind == DiffLine::Kind::Added ? u'+' : l.kind == DiffLine::Kind::Removed ? u'-' : u' ') + l.text + u'\n';
    }
    return out;
}

} // namespace wb::diff
