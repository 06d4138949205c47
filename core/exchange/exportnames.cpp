// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exportnames.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::exchange {

QString ExportNames::flatten(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                || c == u'\uFEFF')
                   ? u' '
                   : c;
    static const QRegularExpression spaces(u"\\s+"_s);
    return out.replace(spaces, u" "_s).trimmed();
}

QString ExportNames::title(const QString &repository, const QString &description, int maxLength)
{
    QString repo = flatten(repository).section(u'/', -1);
    QString text = flatten(description);
    static const QRegularExpression sentenceEnd(u"[.!?](\\s|$)"_s);
    if (const auto m = sentenceEnd.match(text); m.hasMatch())
        text = text.left(m.capturedStart());
    QString out = repo.isEmpty() ? text : (text.isEmpty() ? repo : repo + u": "_s + text);
    if (out.size() > maxLength) {
        // Cut at the last word boundary that keeps at least half of the room; a single long word is cut.
        QString cut = out.left(maxLength - 3);
        const qsizetype space = cut.lastIndexOf(u' ');
        if (space >= (maxLength - 3) / 2)
            cut.truncate(space);
        while (!cut.isEmpty() && !cut.back().isLetterOrNumber() && cut.back() != u')')
            cut.chop(1);   // no dangling "," or ":" before the ellipsis
        out = cut + u"..."_s;   // ASCII: CodeScientist reads with the locale's encoding
    }
    return out.isEmpty() ? u"example"_s : out;
}

QString ExportNames::slug(const QString &text, int maxLength)
{
    QString out;
    bool gap = false;
    bool cut = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u'_';
            if (out.size() >= maxLength) {
                cut = true;
                break;
            }
            out += c.toLower();
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    // A cut inside a word goes back to the last word boundary (unless that leaves less than half).
    if (cut && !out.endsWith(u'_')) {
        const qsizetype boundary = out.lastIndexOf(u'_');
        if (boundary >= maxLength / 2)
            out.truncate(boundary);
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.isEmpty() ? u"example"_s : out;
}

QString ExportNames::uniqueSlug(const QString &base, const QString &key, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    // Derived from the example's key, not from the order: the same example keeps its name in every export.
    const QString suffix = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
    QString name = base + u'_' + suffix;
    for (int n = 2; taken.contains(name); ++n)
        name = base + u'_' + suffix + u'_' + QString::number(n);
    return name;
}

} // namespace wb::exchange

