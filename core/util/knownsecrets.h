// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/**
 * Every secret this process has seen (API keys), so that whatever the workbench writes — answers, round
 * logs, artifacts, exports — can be scrubbed of them. Thread-safe; values live in this process only.
 *
 * Keys read from the environment are taken out of it (takeFromEnvironment()): generated code running as
 * the same user could otherwise read them from /proc/<pid>/environ, and child processes would inherit them.
 */
class KnownSecrets final
{
public:
    /** What a redacted secret is replaced with. */
    static QString placeholder();

    /** Remembers @p secret. Values shorter than 12 characters are ignored: a placeholder key such as
     *  "EMPTY" or "dummy" for a local server is no secret, and redacting it would corrupt code. */
    static void add(const QString &secret);
    static QStringList all();

    /** @p text with every known secret replaced by placeholder(). */
    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &data);

    /**
     * Reads the environment variable @p name, remembers its value under that name, and removes it from
     * the process environment, including the bytes of the initial environment block that
     * /proc/self/environ shows. Call early in main(), before threads start. Empty when unset.
     */
    static QString takeFromEnvironment(const QByteArray &name);
    /** The value a previous takeFromEnvironment(@p name) found, if any. */
    static std::optional<QString> taken(const QByteArray &name);

    /** Makes the process non-dumpable: another process of the same user can then neither read its
     *  memory nor its /proc files (environ, mem, maps), and no core file is written. */
    static void protectProcess();
};

} // namespace wb
