// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/credentials.h"

#include "util/knownsecrets.h"
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
    QString key;
    if (!profile.apiKeyEnv.isEmpty()) {
        const QByteArray name = profile.apiKeyEnv.toLatin1();
        key = qEnvironmentVariable(name.constData()).trimmed();   // set after start-up (tests, embedders)
        if (key.isEmpty())
            key = KnownSecrets::taken(name).value_or(QString());
    }
    if (key.isEmpty())
        key = SecretStore::read(profile.id).trimmed();
    KnownSecrets::add(key);
    return key;
}

void Credentials::captureEnvironment()
{
    const ProviderCatalog &catalog = ProviderCatalog::instance();
    for (const QString &id : catalog.ids()) {
        const ProviderProfile profile = catalog.get(id);
        if (!profile.apiKeyEnv.isEmpty())
            KnownSecrets::takeFromEnvironment(profile.apiKeyEnv.toLatin1());
    }
    KnownSecrets::protectProcess();
}

void Credentials::registerConfiguredKeys()
{
    const ProviderCatalog &catalog = ProviderCatalog::instance();
    for (const QString &id : catalog.ids())
        apiKey(catalog.get(id));
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
