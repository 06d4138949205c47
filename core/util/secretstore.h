// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/**
 * The desktop's secret store (QtKeychain; service "codedistiller-workbench"). Secrets never go to the
 * workspace, settings, logs or exports. Setting CODEDISTILLER_NO_SECRET_STORE=1 turns the store off
 * (headless machines, CI). Calls block for at most a few seconds.
 */
class SecretStore final
{
public:
    static bool isEnabled();
    /** The secret saved under @p key, or empty. */
    static QString read(const QString &key);
    /** Saves @p secret under @p key; false with @p error filled when that is impossible. */
    static bool write(const QString &key, const QString &secret, QString *error = nullptr);
    /** Removes the secret under @p key (no error when there was none). */
    static bool remove(const QString &key, QString *error = nullptr);
};

} // namespace wb
