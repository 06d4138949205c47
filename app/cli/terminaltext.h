// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::cli {

/**
 * Makes untrusted text (repository and file names, model answers, logs, servers' error messages) safe
 * to print on a terminal: control characters that a terminal would obey (ESC starting colour, title or
 * clear-screen sequences, BEL, backspace, C1 codes, bidirectional overrides) are shown as visible
 * escapes such as "\x1b" instead. JSON output does not need this: its encoder escapes them already.
 */
class TerminalText final
{
public:
    enum class Mode {
        MultiLine,   ///< keeps line feeds and tabs; CR LF becomes LF
        SingleLine,  ///< a table cell or a name: line feeds and tabs are escaped too
    };

    static QString escape(const QString &text, Mode mode = Mode::MultiLine);
};

} // namespace wb::cli
