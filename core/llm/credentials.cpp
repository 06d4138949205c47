// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/credentials.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace wb::llm {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::llm::Credentials)
};

const QString kService = u"codedistiller-workbench"_s;

bool secretStoreEnabled()
{
    return qEnvironmentVariableIntValue("CODEDISTILLER_NO_SECRET_STORE") == 0 && QCoreApplication::instance();
}

// Runs a QtKeychain job to completion (or a timeout) in a local event loop.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done && job.error() == QKeychain::NoError;
}
} // namespace

QString Credentials::apiKey(const ProviderProfile &profile)
{
    if (!profile.apiKeyEnv.isEmpty()) {
        const QString fromEnv = qEnvironmentVariable(profile.apiKeyEnv.toLatin1().constData()).trimmed();
        if (!fromEnv.isEmpty())
            return fromEnv;
    }
    if (!secretStoreEnabled())
        return {};
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(profile.id);
    return runJob(job) ? job.textData().trimmed() : QString();
}

bool Credentials::storeApiKey(const QString &providerId, const QString &key, QString *error)
{
    if (!secretStoreEnabled()) {
        if (error)
            *error = Tr::tr("The secret store is disabled (CODEDISTILLER_NO_SECRET_STORE).");
        return false;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(providerId);
    job.setTextData(key);
    const bool ok = runJob(job);
    if (!ok && error)
        *error = job.errorString().isEmpty() ? Tr::tr("The secret store did not answer.") : job.errorString();
    return ok;
}

QString Credentials::whereToPutKey(const ProviderProfile &profile)
{
    return Tr::tr("set %1 or store the key in the desktop's secret store (Settings → Providers)").arg(profile.apiKeyEnv);
}

} // namespace wb::llm
