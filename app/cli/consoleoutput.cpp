// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleoutput.h"

#include "terminaltext.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}
} // namespace

// Text output goes through TerminalText: what the CLI prints mixes its own words with names, answers and
// messages from repositories, models and servers, none of which may drive the terminal.
void ConsoleOutput::out(const QString &text)
{
    write(stdout, TerminalText::escape(text));
}

void ConsoleOutput::err(const QString &text)
{
    write(stderr, TerminalText::escape(text));
}

// JSON escapes control characters itself (as \u001b): written as it is.
void ConsoleOutput::json(const QJsonObject &object)
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void ConsoleOutput::json(const QJsonArray &array)
{
    write(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void ConsoleOutput::table(const QList<QStringList> &cells)
{
    QList<QStringList> rows;
    for (const QStringList &row : cells) {
        QStringList escaped;
        for (const QString &cell : row)
            escaped << TerminalText::escape(cell, TerminalText::Mode::SingleLine);
        rows << escaped;
    }
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + u'\n';
    }
    out(text);
}

void ConsoleOutput::Progress::update(const QString &text)
{
    const bool tty = isatty(fileno(stderr));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastPrint < (tty ? 100 : 2000))
        return;
    m_lastPrint = now;
    m_shown = true;
    const QString line = TerminalText::escape(text, TerminalText::Mode::SingleLine);
    if (tty)
        write(stderr, u"\r\033[K"_s + line.left(150));
    else
        write(stderr, line + u'\n');
}

void ConsoleOutput::Progress::clear()
{
    if (m_shown && isatty(fileno(stderr)))
        write(stderr, u"\r\033[K"_s);
    m_shown = false;
    m_lastPrint = 0;
}

} // namespace wb::cli
