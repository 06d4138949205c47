// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
bool needsEscape(char16_t c, TerminalText::Mode mode)
{
    if (c == u'\n' || c == u'\t')
        return mode == TerminalText::Mode::SingleLine;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)   // C0, DEL, C1 (0x9b is a CSI on its own)
           || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)   // bidirectional overrides
           || c == 0x2028 || c == 0x2029;                                       // line and paragraph separators
}
} // namespace

QString TerminalText::escape(const QString &text, Mode mode)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode(), mode))
        ++first;
    if (first == text.size())
        return text;

    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && mode == Mode::MultiLine && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;   // CR LF line ends print as LF
        if (!needsEscape(c, mode))
            out += QChar(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c < 0x100)
            out += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        else
            out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
    }
    return out;
}

} // namespace wb::cli
