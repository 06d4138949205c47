// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/knownsecrets.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace wb {

namespace {

constexpr qsizetype MinimumLength = 12;

struct Registry
{
    QMutex mutex;
    QStringList secrets;                 // longest first, so a key that contains another is replaced whole
    QHash<QByteArray, QString> taken;    // environment variable → value
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QString KnownSecrets::placeholder()
{
    return u"[REDACTED]"_s;   // as SecretRedactor writes it
}

void KnownSecrets::add(const QString &secret)
{
    const QString value = secret.trimmed();
    if (value.size() < MinimumLength)
        return;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.secrets.contains(value))
        return;
    r.secrets.append(value);
    std::stable_sort(r.secrets.begin(), r.secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QStringList KnownSecrets::all()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.secrets;
}

QString KnownSecrets::redact(const QString &text)
{
    QString out = text;
    for (const QString &secret : all())
        out.replace(secret, placeholder());
    return out;
}

QByteArray KnownSecrets::redact(const QByteArray &data)
{
    QByteArray out = data;
    const QByteArray replacement = placeholder().toUtf8();
    for (const QString &secret : all())
        out.replace(secret.toUtf8(), replacement);
    return out;
}

QString KnownSecrets::takeFromEnvironment(const QByteArray &name)
{
    char *raw = ::getenv(name.constData());
    if (!raw)
        return {};
    const QString value = QString::fromLocal8Bit(raw).trimmed();
    // The initial environment block stays in memory after unsetenv() and is what /proc/<pid>/environ
    // shows; overwrite the value in place first (a variable set later by setenv() lives on the heap,
    // where overwriting does no harm either).
    std::memset(raw, 'x', std::strlen(raw));
    ::unsetenv(name.constData());
    {
        Registry &r = registry();
        const QMutexLocker lock(&r.mutex);
        r.taken.insert(name, value);
    }
    add(value);
    return value;
}

std::optional<QString> KnownSecrets::taken(const QByteArray &name)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.taken.constFind(name);
    if (it == r.taken.constEnd())
        return std::nullopt;
    return *it;
}

void KnownSecrets::protectProcess()
{
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

} // namespace wb
