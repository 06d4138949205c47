// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/annotationstore.h"

#include "store/blobstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::AnnotationStore)
};

constexpr auto kSelect = "SELECT a.id, a.round_id, r.example_id, r.round_index, a.target, a.line, a.body, a.annotator, a.created_at "
                         "FROM annotations a JOIN rounds r ON r.id = a.round_id ";

AnnotationRecord fromRow(const QSqlQuery &q)
{
    AnnotationRecord a;
    a.id = q.value(0).toLongLong();
    a.roundId = q.value(1).toLongLong();
    a.exampleId = q.value(2).toLongLong();
    a.roundIndex = q.value(3).toInt();
    a.target = q.value(4).toString();
    a.line = q.value(5).toInt();
    a.body = q.value(6).toString();
    a.annotator = q.value(7).toString();
    a.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    return a;
}

QList<AnnotationRecord> readAll(QSqlQuery &q)
{
    QList<AnnotationRecord> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

QString blobColumn(const QString &target)
{
    if (target == u"main.py"_s)
        return u"main_py_blob"_s;
    if (target == u"requirements.txt"_s)
        return u"requirements_blob"_s;
    if (target == u"run.sh"_s)
        return u"run_sh_blob"_s;
    return u"metadata_blob"_s;
}
} // namespace

AnnotationStore::AnnotationStore(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

const QStringList &AnnotationStore::targets()
{
    static const QStringList list{u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s, QString::fromLatin1(LogTarget)};
    return list;
}

int AnnotationStore::lineCount(const QString &text)
{
    return int(text.count(u'\n')) + 1;
}

AnnotationRecord AnnotationStore::add(AnnotationRecord a)
{
    a.annotator = a.annotator.trimmed();
    a.body = a.body.trimmed();
    if (a.annotator.isEmpty())
        throw Error(Tr::tr("A comment needs the annotator's name."), Error::Kind::InvalidInput);
    if (a.body.isEmpty())
        throw Error(Tr::tr("A comment needs some text."), Error::Kind::InvalidInput);
    if (!targets().contains(a.target))
        throw Error(Tr::tr("'%1' cannot be commented on; use one of %2.").arg(a.target, targets().join(u", "_s)),
                    Error::Kind::InvalidInput);
    if (a.line < 1)
        throw Error(Tr::tr("Line %1 does not exist: lines are counted from 1.").arg(a.line), Error::Kind::InvalidInput);

    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    const bool isLog = a.target == QLatin1StringView(LogTarget);
    QSqlQuery round = exec(db,
                           u"SELECT example_id, round_index, %1 FROM rounds WHERE id = :id"_s.arg(isLog ? u"NULL"_s : blobColumn(a.target)),
                           {{u":id"_s, a.roundId}});
    if (!round.next())
        throw Error(Tr::tr("No round %1.").arg(a.roundId), Error::Kind::InvalidInput);
    a.exampleId = round.value(0).toLongLong();
    a.roundIndex = round.value(1).toInt();
    if (isLog) {
        QSqlQuery count = exec(db, u"SELECT COUNT(*) FROM round_logs WHERE round_id = :r"_s, {{u":r"_s, a.roundId}});
        const int lines = count.next() ? count.value(0).toInt() : 0;
        if (lines == 0)
            throw Error(Tr::tr("Round %1 has no stored log yet (a running round's log is stored when it ends).").arg(a.roundIndex),
                        Error::Kind::InvalidInput);
        if (a.line > lines)
            throw Error(Tr::tr("The log of round %1 has %2 lines; there is no line %3.").arg(a.roundIndex).arg(lines).arg(a.line),
                        Error::Kind::InvalidInput);
    } else if (const QString sha = round.value(2).toString(); !sha.isEmpty()) {
        if (const auto content = BlobStore(m_workspace).get(sha)) {
            const int lines = lineCount(QString::fromUtf8(*content));
            if (a.line > lines)
                throw Error(Tr::tr("%1 of round %2 has %3 lines; there is no line %4.").arg(a.target).arg(a.roundIndex).arg(lines).arg(a.line),
                            Error::Kind::InvalidInput);
        }
    }
    if (!m_keepRecordedTimes || !a.createdAt.isValid())
        a.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q = exec(db,
                       u"INSERT INTO annotations (round_id, target, line, body, annotator, created_at) "
                       "VALUES (:r, :t, :l, :b, :a, :at) RETURNING id"_s,
                       {{u":r"_s, a.roundId},
                        {u":t"_s, a.target},
                        {u":l"_s, a.line},
                        {u":b"_s, a.body},
                        {u":a"_s, a.annotator},
                        {u":at"_s, a.createdAt.toMSecsSinceEpoch()}});
    a.id = insertedId(q);
    tx.commit();
    return a;
}

QList<AnnotationRecord> AnnotationStore::forRound(qint64 roundId, const QString &target) const
{
    if (target.isEmpty()) {
        QSqlQuery q = exec(m_workspace->database(), QString::fromLatin1(kSelect) + u"WHERE a.round_id = :r ORDER BY a.target, a.line, a.id"_s,
                           {{u":r"_s, roundId}});
        return readAll(q);
    }
    QSqlQuery q = exec(m_workspace->database(),
                       QString::fromLatin1(kSelect) + u"WHERE a.round_id = :r AND a.target = :t ORDER BY a.line, a.id"_s,
                       {{u":r"_s, roundId}, {u":t"_s, target}});
    return readAll(q);
}

QList<AnnotationRecord> AnnotationStore::forExample(qint64 exampleId) const
{
    QSqlQuery q = exec(m_workspace->database(),
                       QString::fromLatin1(kSelect) + u"WHERE r.example_id = :e ORDER BY r.round_index, a.target, a.line, a.id"_s,
                       {{u":e"_s, exampleId}});
    return readAll(q);
}

void AnnotationStore::remove(qint64 id, const QString &annotator)
{
    QSqlDatabase db = m_workspace->database();
    Transaction tx(db);
    QSqlQuery q = exec(db, u"SELECT annotator FROM annotations WHERE id = :id"_s, {{u":id"_s, id}});
    if (!q.next())
        throw Error(Tr::tr("No comment %1.").arg(id), Error::Kind::NotFound);
    const QString author = q.value(0).toString();
    if (author != annotator.trimmed())
        throw Error(Tr::tr("Comment %1 is %2's; only its author can delete it.").arg(id).arg(author), Error::Kind::InvalidInput);
    exec(db, u"DELETE FROM annotations WHERE id = :id"_s, {{u":id"_s, id}});
    tx.commit();
}

} // namespace wb::store
