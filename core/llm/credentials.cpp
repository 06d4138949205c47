// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/credentials.h"

#include "util/secretstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::Credentials)
};
} // namespace

QString Credentials::apiKey(const ProviderProfile &profile)
{
    if (!profile.apiKeyEnv.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable(profile.apiKeyEnv.toLatin1().constData()).trimmed();
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    return SecretStore::read(profile.id).trimmed();
}

bool Credentials::storeApiKey(const QString &providerId, const QString &key, QString *error)
{
    return SecretStore::write(providerId, key, error);
}

QString Credentials::whereToPutKey(const ProviderProfile &profile)
{
    return Tr::tr("set %1 or store the key in the desktop's secret store (Settings → Providers)").arg(profile.apiKeyEnv);
}

} // namespace wb::llm
