// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SecretStore)
};

const QString kService = u"codedistiller-workbench"_s;

// Runs a QtKeychain job to completion or a timeout in a local event loop. The job deletes itself when
// it finishes, also after a timeout (a store that answers late must not find its job gone).
template<typename Job>
bool runJob(Job *job, QString *error, QString *text = nullptr)
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool done = false;
    bool ok = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        ok = job->error() == QKeychain::NoError;
        if (!ok && error)
            *error = job->errorString();
        if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>) {
            if (ok && text)
                *text = job->textData();
        }
        loop.quit();
    });
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    job->start();
    if (!done)
        loop.exec();
    if (!done && error)
        *error = Tr::tr("The secret store did not answer.");
    else if (!ok && error && error->isEmpty())
        *error = Tr::tr("The secret store did not answer.");
    return done && ok;
}

bool refuseWhenDisabled(QString *error)
{
    if (SecretStore::isEnabled())
        return false;
    if (error)
        *error = Tr::tr("The secret store is disabled (CODEDISTILLER_NO_SECRET_STORE).");
    return true;
}
} // namespace

bool SecretStore::isEnabled()
{
    return qEnvironmentVariableIntValue("CODEDISTILLER_NO_SECRET_STORE") == 0 && QCoreApplication::instance();
}

QString SecretStore::read(const QString &key)
{
    if (!isEnabled())
        return {};
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    QString text;
    return runJob(job, nullptr, &text) ? text : QString();
}

bool SecretStore::write(const QString &key, const QString &secret, QString *error)
{
    if (refuseWhenDisabled(error))
        return false;
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    return runJob(job, error);
}

bool SecretStore::remove(const QString &key, QString *error)
{
    if (refuseWhenDisabled(error))
        return false;
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    bool missing = false;
    QObject::connect(job, &QKeychain::Job::finished, job, [&missing, job] { missing = job->error() == QKeychain::EntryNotFound; });
    QString why;
    if (runJob(job, &why) || missing)
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace wb
