// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/providerprofile.h"

#include <QString>

namespace wb::llm {

/**
 * API keys, looked up like the official SDKs do (the profile's environment variable, e.g.
 * OPENAI_API_KEY), then in the desktop's secret store (QtKeychain; service "codedistiller-workbench",
 * key = provider id). Keys are never written to the workspace, settings, logs or exports.
 * Setting CODEDISTILLER_NO_SECRET_STORE=1 skips the secret store (headless machines, CI). Every key
 * read is registered with KnownSecrets, which scrubs it from everything the workbench writes.
 */
class Credentials final
{
public:
    /** The key for @p profile, or empty. Blocks for at most a few seconds on the secret store. */
    static QString apiKey(const ProviderProfile &profile);
    /** Saves @p key in the secret store; false with @p error filled when that is impossible. */
    static bool storeApiKey(const QString &providerId, const QString &key, QString *error = nullptr);
    /**
     * Takes every provider's key variable out of the process environment (KnownSecrets::takeFromEnvironment)
     * and makes the process non-dumpable, so generated code running as the same user finds no key in
     * /proc and child processes inherit none. apiKey() still finds the taken keys. Call first in main().
     */
    static void captureEnvironment();
    /** Registers every configured key (environment and secret store) with KnownSecrets, so what is
     *  written afterwards (an export, say) can be scrubbed of keys that this process has not used. */
    static void registerConfiguredKeys();
    /** Where a key for @p profile can come from, for error messages. */
    static QString whereToPutKey(const ProviderProfile &profile);
};

} // namespace wb::llm
