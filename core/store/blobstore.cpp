// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/blobstore.h"

#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"
#include "util/knownsecrets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::BlobStore)
};
} // namespace

BlobStore::BlobStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

QString BlobStore::hash(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QString BlobStore::put(const QByteArray &original)
{
    const QByteArray content = KnownSecrets::redact(original);
    const QString sha = hash(content);
    if (contains(sha))
        return sha;
    const QByteArray packed = qCompress(content, 6);
    const bool useZlib = packed.size() < content.size();
    exec(m_workspace->database(),
         u"INSERT INTO blobs (sha256, size_bytes, compression, data, created_at) "
         "VALUES (:sha, :size, :comp, :data, :now) ON CONFLICT (sha256) DO NOTHING"_s,
         {{u":sha"_s, sha},
          {u":size"_s, qint64(content.size())},
          {u":comp"_s, useZlib ? u"zlib"_s : u"none"_s},
          {u":data"_s, useZlib ? packed : (content.isNull() ? QByteArray("") : content)},
          {u":now"_s, QDateTime::currentMSecsSinceEpoch()}});
    return sha;
}

std::optional<QByteArray> BlobStore::get(const QString &sha256) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT compression, data FROM blobs WHERE sha256 = :sha"_s,
                       {{u":sha"_s, sha256}});
    if (!q.next())
        return std::nullopt;
    QByteArray data = q.value(1).toByteArray();
    if (q.value(0).toString() == u"zlib"_s)
        data = qUncompress(data);
    if (hash(data) != sha256)
        throw Error(Tr::tr("Stored content %1 is corrupt (its checksum does not match).").arg(sha256),
                    Error::Kind::Database);
    return data;
}

bool BlobStore::contains(const QString &sha256) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT 1 FROM blobs WHERE sha256 = :sha"_s, {{u":sha"_s, sha256}});
    return q.next();
}

} // namespace wb::store
