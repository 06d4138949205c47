// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/repositorystore.h"

#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::RepositoryStore)
};

const QString kRepositoryColumns =
    u"id, name, source, url, local_path, commit_sha, default_branch, commit_time, license_spdx, "
    "license_source, size_bytes, file_count, added_at, updated_at"_s;

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

RepositoryRecord readRepository(const QSqlQuery &q)
{
    RepositoryRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.source = q.value(2).toString();
    r.url = q.value(3).toString();
    r.localPath = q.value(4).toString();
    r.commitSha = q.value(5).toString();
    r.defaultBranch = q.value(6).toString();
    r.commitTime = fromMs(q.value(7));
    r.licenseSpdx = q.value(8).toString();
    r.licenseSource = q.value(9).toString();
    r.sizeBytes = q.value(10).toLongLong();
    r.fileCount = q.value(11).toInt();
    r.addedAt = fromMs(q.value(12));
    r.updatedAt = fromMs(q.value(13));
    return r;
}

std::optional<RepositoryRecord> single(QSqlQuery q)
{
    if (q.next())
        return readRepository(q);
    return std::nullopt;
}
} // namespace

RepositoryStore::RepositoryStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

QList<RepositoryRecord> RepositoryStore::repositories() const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT "_s + kRepositoryColumns + u" FROM repositories ORDER BY name, id"_s);
    QList<RepositoryRecord> result;
    while (q.next())
        result << readRepository(q);
    return result;
}

std::optional<RepositoryRecord> RepositoryStore::findById(qint64 id) const
{
    return single(exec(m_workspace->database(),
                       u"SELECT "_s + kRepositoryColumns + u" FROM repositories WHERE id = :id"_s,
                       {{u":id"_s, id}}));
}

std::optional<RepositoryRecord> RepositoryStore::findByUrl(const QString &url) const
{
    return single(exec(m_workspace->database(),
                       u"SELECT "_s + kRepositoryColumns + u" FROM repositories WHERE url = :url"_s,
                       {{u":url"_s, url}}));
}

RepositoryRecord RepositoryStore::resolve(const QString &reference) const
{
    bool isNumber = false;
    const qint64 id = reference.toLongLong(&isNumber);
    if (isNumber) {
        if (auto r = findById(id))
            return *r;
        throw Error(Tr::tr("No repository with id %1 in this workspace.").arg(id), Error::Kind::NotFound);
    }
    if (auto r = findByUrl(reference))
        return *r;
    QList<RepositoryRecord> matches;
    for (const RepositoryRecord &r : repositories()) {
        if (r.name.compare(reference, Qt::CaseInsensitive) == 0 || r.name.section(u'/', -1) == reference)
            matches << r;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        throw Error(Tr::tr("No repository named '%1' in this workspace (see 'codedistiller repos').").arg(reference),
                    Error::Kind::NotFound);
    QStringList names;
    for (const RepositoryRecord &r : std::as_const(matches))
        names << u"%1 (id %2)"_s.arg(r.name).arg(r.id);
    throw Error(Tr::tr("'%1' is ambiguous: %2. Use the id.").arg(reference, names.join(u", "_s)),
                Error::Kind::InvalidInput);
}

QList<FileRecord> RepositoryStore::files(qint64 repositoryId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       u"SELECT id, repository_id, path, path_bytes, object_sha, kind, size_bytes, line_count, "
                       "language, is_executable, is_binary, is_lfs_pointer, content_skipped, symlink_target, "
                       "category, prior, prior_reason, prior_score, readme_named FROM files WHERE repository_id = :r "
                       "ORDER BY prior_score DESC, prior DESC, path"_s,
                       {{u":r"_s, repositoryId}});
    QList<FileRecord> result;
    while (q.next()) {
        FileRecord f;
        f.id = q.value(0).toLongLong();
        f.repositoryId = q.value(1).toLongLong();
        f.path = q.value(2).toString();
        f.pathBytes = q.value(3).toByteArray();
        f.objectSha = q.value(4).toString();
        f.kind = fileKindFromString(q.value(5).toString());
        f.sizeBytes = q.value(6).toLongLong();
        if (!q.value(7).isNull())
            f.lineCount = q.value(7).toInt();
        f.language = q.value(8).toString();
        f.isExecutable = q.value(9).toBool();
        f.isBinary = q.value(10).toBool();
        f.isLfsPointer = q.value(11).toBool();
        f.contentSkipped = q.value(12).toBool();
        f.symlinkTarget = q.value(13).toString();
        f.category = fileCategoryFromString(q.value(14).toString());
        f.prior = q.value(15).toInt();
        f.priorReason = q.value(16).toString();
        f.priorScore = q.value(17).toDouble();
        f.readmeNamed = q.value(18).toBool();
        result << f;
    }
    return result;
}

int RepositoryStore::fileCount(qint64 repositoryId) const
{
    QSqlQuery q = exec(m_workspace->database(), u"SELECT COUNT(*) FROM files WHERE repository_id = :r"_s,
                       {{u":r"_s, repositoryId}});
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 RepositoryStore::saveInventory(
    RepositoryRecord &repo,
    const std::function<void(const std::function<void(const FileRecord &)> &sink)> &produceFiles)
{
    QSqlDatabase db = m_workspace->database();
    const QString columns = u"path, path_bytes, object_sha, kind, size_bytes, line_count, language, is_executable, "
                            "is_binary, is_lfs_pointer, content_skipped, symlink_target, category, prior, prior_reason, prior_score, readme_named"_s;

    // 1. Stage the inventory in a TEMP table: that may take long on a huge tree, and TEMP writes never
    //    hold the workspace's write lock, so other writers (the GUI, a running campaign) carry on.
    exec(db, u"CREATE TEMP TABLE IF NOT EXISTS files_staging AS SELECT * FROM files WHERE 1 = 0"_s);
    exec(db, u"DELETE FROM files_staging"_s);
    qint64 totalSize = 0;
    int count = 0;
    {
        Transaction staging(db, Transaction::Mode::Deferred);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO files_staging ("_s + columns
                       + u") VALUES (:path, :bytes, :sha, :kind, :size, :lines, :lang, :exec, :bin, :lfs, :skip, "
                         ":target, :cat, :prior, :reason, :score, :named)"_s);
        produceFiles([&](const FileRecord &f) {
            insert.bindValue(u":path"_s, f.path);
            insert.bindValue(u":bytes"_s, f.pathBytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                                : QVariant(f.pathBytes));
            insert.bindValue(u":sha"_s, f.objectSha);
            insert.bindValue(u":kind"_s, toString(f.kind));
            insert.bindValue(u":size"_s, f.sizeBytes);
            insert.bindValue(u":lines"_s, f.lineCount ? QVariant(*f.lineCount) : QVariant(QMetaType::fromType<int>()));
            insert.bindValue(u":lang"_s, textOrNull(f.language));
            insert.bindValue(u":exec"_s, f.isExecutable ? 1 : 0);
            insert.bindValue(u":bin"_s, f.isBinary ? 1 : 0);
            insert.bindValue(u":lfs"_s, f.isLfsPointer ? 1 : 0);
            insert.bindValue(u":skip"_s, f.contentSkipped ? 1 : 0);
            insert.bindValue(u":target"_s, textOrNull(f.symlinkTarget));
            insert.bindValue(u":cat"_s, toString(f.category));
            insert.bindValue(u":prior"_s, f.prior);
            insert.bindValue(u":reason"_s, textOrNull(f.priorReason));
            insert.bindValue(u":score"_s, f.priorScore);
            insert.bindValue(u":named"_s, f.readmeNamed ? 1 : 0);
            exec(insert);
            totalSize += f.sizeBytes;
            ++count;
        });
        insert.finish();
        staging.commit();
    }
    repo.fileCount = count;
    repo.sizeBytes = totalSize;

    // 2. One short write transaction swaps the new inventory in: readers see the old one or the new one.
    Transaction tx(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!repo.addedAt.isValid())
        repo.addedAt = now;
    repo.updatedAt = now;
    if (const auto existing = findByUrl(repo.url)) {
        repo.id = existing->id;
        repo.addedAt = existing->addedAt;
        exec(db, u"DELETE FROM files WHERE repository_id = :r"_s, {{u":r"_s, repo.id}});
    } else {
        QSqlQuery q = exec(db,
                           u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                           "VALUES (:name, :source, :url, :path, :sha, :now, :now) RETURNING id"_s,
                           {{u":name"_s, repo.name},
                            {u":source"_s, repo.source},
                            {u":url"_s, repo.url},
                            {u":path"_s, repo.localPath},
                            {u":sha"_s, repo.commitSha},
                            {u":now"_s, now.toMSecsSinceEpoch()}});
        repo.id = insertedId(q);
    }
    exec(db, u"INSERT INTO files (repository_id, "_s + columns + u") SELECT CAST(:r AS BIGINT), "_s + columns
                 + u" FROM files_staging"_s,
         {{u":r"_s, repo.id}});
    exec(db,
         u"UPDATE repositories SET name = :name, source = :source, local_path = :path, commit_sha = :sha, "
         "default_branch = :branch, commit_time = :ctime, license_spdx = :lic, license_source = :licsrc, "
         "size_bytes = :size, file_count = :count, updated_at = :now WHERE id = :id"_s,
         {{u":name"_s, repo.name},
          {u":source"_s, repo.source},
          {u":path"_s, repo.localPath},
          {u":sha"_s, repo.commitSha},
          {u":branch"_s, textOrNull(repo.defaultBranch)},
          {u":ctime"_s, toMs(repo.commitTime)},
          {u":lic"_s, textOrNull(repo.licenseSpdx)},
          {u":licsrc"_s, textOrNull(repo.licenseSource)},
          {u":size"_s, totalSize},
          {u":count"_s, count},
          {u":now"_s, now.toMSecsSinceEpoch()},
          {u":id"_s, repo.id}});
    tx.commit();
    exec(db, u"DELETE FROM files_staging"_s);
    return repo.id;
}

void RepositoryStore::remove(qint64 repositoryId)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    exec(db, u"DELETE FROM repositories WHERE id = :id"_s, {{u":id"_s, repositoryId}});
    tx.commit();
}

qint64 RepositoryStore::addExternal(const QString &name, const QString &source, const QString &url)
{
    if (const auto known = findByUrl(url))
        return known->id;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q = exec(m_workspace->database(),
                             u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                             "VALUES (:name, :source, :url, '', 'unknown', :now, :now2) RETURNING id"_s,
                             {{u":name"_s, name}, {u":source"_s, source}, {u":url"_s, url}, {u":now"_s, now}, {u":now2"_s, now}});
    return insertedId(q);
}

} // namespace wb::store
