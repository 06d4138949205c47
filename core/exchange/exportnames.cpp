// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exportnames.h"

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
    if (out.size() > maxLength)
        out = out.left(maxLength - 3).trimmed() + u"..."_s;   // ASCII: CodeScientist reads with the locale's encoding
    return out.isEmpty() ? u"example"_s : out;
}

QString ExportNames::slug(const QString &text, int maxLength)
{
    QString out;
    bool gap = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u'_';
            out += c.toLower();
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
        if (out.size() >= maxLength)
            break;
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out.isEmpty() ? u"example"_s : out;
}

} // namespace wb::exchange
