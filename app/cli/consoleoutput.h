// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb::cli {

/**
 * stdout for results, stderr for progress and errors; UTF-8 always. Text (out, err, table, progress)
 * has its control characters made visible (TerminalText): it carries untrusted names and messages.
 */
class ConsoleOutput final
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static void json(const QJsonObject &object);
    static void json(const QJsonArray &array);
    /** Left-aligned columns; the first row is the header. */
    static void table(const QList<QStringList> &rows);

    /** A single self-overwriting progress line on stderr when it is a terminal, else sparse lines. */
    class Progress
    {
    public:
        void update(const QString &text);
        void clear();

    private:
        qint64 m_lastPrint = 0;
        bool m_shown = false;
    };
};

} // namespace wb::cli
