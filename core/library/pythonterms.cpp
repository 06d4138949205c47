// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/pythonterms.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::library {

namespace {
// Bounds for what is read: a generated main.py is a few hundred lines; anything far larger is cut.
constexpr qsizetype kMaxLines = 20000;
constexpr qsizetype kMaxComments = 64 * 1024;

void addOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// "MacroDensity" → "Macro Density", "planarAverage" → "planar Average", "LOCPOTFile" → "LOCPOT File".
QString splitCamel(const QString &name)
{
    static const QRegularExpression boundary(u"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"_s);
    QString out = name;
    out.replace(boundary, u" "_s);
    return out;
}

// The comment part of a line: from a '#' outside quotes.
QString commentOf(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#') {
            return line.mid(i + 1).trimmed();
        }
    }
    return {};
}
} // namespace

PythonTerms PythonTerms::extract(const QString &source)
{
    static const QRegularExpression definition(u"^\\s*(?:async\\s+)?(?:def|class)\\s+([A-Za-z_][A-Za-z0-9_]*)"_s);
    static const QRegularExpression importLine(u"^\\s*import\\s+(.+)$"_s);
    static const QRegularExpression fromLine(u"^\\s*from\\s+([A-Za-z0-9_.]+)\\s+import\\s+\\(?([^)#]*)"_s);
    static const QRegularExpression docOpen(u"^\\s*[rRuUbB]?(\"\"\"|''')"_s);

    PythonTerms out;
    QStringList comments;
    qsizetype commentChars = 0;
    auto addComment = [&](const QString &text) {
        const QString t = text.trimmed();
        if (t.isEmpty() || commentChars > kMaxComments)
            return;
        commentChars += t.size();
        comments << t;
    };
    auto addImports = [&out](const QString &list) {
        const auto parts = list.split(u',');
        for (QString part : parts) {
            part = part.trimmed();
            const qsizetype as = part.indexOf(u" as "_s);
            if (as >= 0)
                part = part.left(as).trimmed();
            if (!part.isEmpty() && part != u"*"_s && !part.contains(u' '))
                addOnce(out.imports, part);
        }
    };

    const QStringList lines = source.split(u'\n').mid(0, kMaxLines);
    QString docDelimiter;   // inside a docstring: its closing quotes
    for (const QString &raw : lines) {
        const QString line = raw.trimmed().isEmpty() ? QString() : raw;
        if (!docDelimiter.isEmpty()) {
            const qsizetype end = line.indexOf(docDelimiter);
            addComment(end >= 0 ? line.left(end) : line);
            if (end >= 0)
                docDelimiter.clear();
            continue;
        }
        if (const auto m = docOpen.match(line); m.hasMatch()) {
            const QString delimiter = m.captured(1);
            const QString rest = line.mid(m.capturedEnd(1));
            const qsizetype end = rest.indexOf(delimiter);
            addComment(end >= 0 ? rest.left(end) : rest);
            if (end < 0)
                docDelimiter = delimiter;
            continue;
        }
        if (const auto m = definition.match(line); m.hasMatch())
            addOnce(out.definitions, m.captured(1));
        else if (const auto f = fromLine.match(line); f.hasMatch()) {
            addOnce(out.imports, f.captured(1));
            addImports(f.captured(2));
        } else if (const auto i = importLine.match(line); i.hasMatch()) {
            QString list = i.captured(1);
            const qsizetype hash = list.indexOf(u'#');
            addImports(hash >= 0 ? list.left(hash) : list);
        }
        addComment(commentOf(line));
    }
    out.comments = comments.join(u'\n');
    return out;
}

QString PythonTerms::identifierText() const
{
    QStringList words;
    for (const QString &name : definitions + imports) {
        words << name;
        const QString split = splitCamel(name);
        if (split != name)
            words << split;
    }
    return words.join(u' ');
}

} // namespace wb::library
