// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/reviewbundle.h"

#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pairwisestore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "store/workspacecopier.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::ReviewBundle)
};

/** Examples and rounds of one workspace, by what stays the same across copies. */
struct Places
{
    QHash<QString, qint64> exampleByKey;        ///< campaign \x1f repository \x1f commit → example id
    QHash<qint64, QString> keyOfExample;
    QHash<std::pair<qint64, int>, qint64> roundByIndex;   ///< (example id, round index) → round id
    QHash<qint64, std::pair<qint64, int>> indexOfRound;
    QList<qint64> examples;
};

Places placesOf(const std::shared_ptr<store::Workspace> &ws)
{
    Places p;
    const store::PipelineStore pipeline(ws);
    QHash<qint64, QString> urls;
    for (const auto &r : store::RepositoryStore(ws).repositories())
        urls.insert(r.id, r.url);
    for (const auto &c : pipeline.campaigns())
        for (const auto &e : pipeline.examples(c.id)) {
            const QString key = c.name + u'\x1f' + urls.value(e.repositoryId) + u'\x1f' + e.commitSha;
            p.exampleByKey.insert(key, e.id);
            p.keyOfExample.insert(e.id, key);
            p.examples << e.id;
            for (const auto &r : pipeline.rounds(e.id)) {
                p.roundByIndex.insert({e.id, r.index}, r.id);
                p.indexOfRound.insert(r.id, {e.id, r.index});
            }
        }
    return p;
}

QString describe(const QString &key)
{
    const QStringList parts = key.split(u'\x1f');
    return parts.size() == 3 ? Tr::tr("%1 in campaign %2").arg(parts[1], parts[0]) : key;
}

QString judgementIdentity(const store::JudgementRecord &j, const QString &exampleKey, int roundIndex)
{
    return QStringList{exampleKey, QString::number(roundIndex), j.annotator, QString::number(j.createdAt.toMSecsSinceEpoch()),
                       j.answerText(store::Criterion::RanWithoutError), j.answerText(store::Criterion::ShowsFunction),
                       j.answerText(store::Criterion::FunctionCorrect), j.decisionText(), j.notes}
        .join(u'\x1e');
}
} // namespace

ReviewBundle::WriteReport ReviewBundle::write(const std::shared_ptr<store::Workspace> &source, const QString &path,
                                              const Progress &progress, const std::atomic_bool *cancelled)
{
    if (QFileInfo::exists(path))
        throw Error(Tr::tr("%1 exists already; choose a new file for the review bundle.").arg(path), Error::Kind::InvalidInput);
    const QString partial = path + u".partial"_s;
    for (const QString &leftover : QStringList{partial, partial + u"-wal"_s, partial + u"-shm"_s})
        QFile::remove(leftover);   // of an earlier write that was killed
    QTemporaryDir cache;   // the bundle needs no cache folder: none is made beside it
    WriteReport report;
    try {
        {
            const auto bundle = store::Workspace::open(partial, cache.path());
            store::WorkspaceCopier copier(source, bundle);
            if (progress)
                copier.setProgress(progress);
            copier.setCancelFlag(cancelled);
            const auto copied = copier.run();
            for (const qint64 rows : copied.rows)
                report.rows += rows;
            // One file: the WAL goes into the database and the journal mode leaves nothing beside it.
            QSqlDatabase db = bundle->database();
            store::exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            store::exec(db, u"PRAGMA journal_mode=DELETE"_s);
        }
        if (QFileInfo::exists(partial + u"-wal"_s) && QFileInfo(partial + u"-wal"_s).size() > 0)
            throw Error(Tr::tr("The review bundle could not be made into a single file."));
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
        if (!QFile::rename(partial, path))
            throw Error(Tr::tr("Cannot write %1.").arg(path));
    } catch (...) {
        for (const QString &leftover : QStringList{partial, partial + u"-wal"_s, partial + u"-shm"_s})
            QFile::remove(leftover);
        throw;
    }
    report.bytes = QFileInfo(path).size();
    return report;
}

ReviewBundle::MergeReport ReviewBundle::merge(const std::shared_ptr<store::Workspace> &home, const QString &bundlePath)
{
    if (!QFileInfo(bundlePath).isFile())
        throw Error(Tr::tr("%1 is not a file.").arg(bundlePath), Error::Kind::InvalidInput);
    if (home->isReadOnly())
        throw Error(Tr::tr("This workspace is read-only: %1").arg(home->readOnlyReason()), Error::Kind::InvalidInput);
    QTemporaryDir cache;
    const auto bundle = store::Workspace::open(bundlePath, cache.path());
    if (bundle->path() == home->path())
        throw Error(Tr::tr("That is this workspace; choose the bundle your colleague sent back."), Error::Kind::InvalidInput);
    const Places there = placesOf(bundle);
    const Places here = placesOf(home);
    MergeReport report;
    QSet<QString> annotators;

    auto homeExample = [&](qint64 bundleExample) -> std::optional<qint64> {
        const QString key = there.keyOfExample.value(bundleExample);
        if (const auto it = here.exampleByKey.constFind(key); it != here.exampleByKey.cend())
            return *it;
        return std::nullopt;
    };
    auto homeRound = [&](qint64 bundleRound) -> std::optional<qint64> {
        const auto [example, index] = there.indexOfRound.value(bundleRound);
        const auto mapped = homeExample(example);
        if (!mapped)
            return std::nullopt;
        if (const auto it = here.roundByIndex.constFind({*mapped, index}); it != here.roundByIndex.cend())
            return *it;
        return std::nullopt;
    };

    // Judgements: oldest first, each appended to its annotator's chain with its time.
    store::JudgementStore homeJudgements(home);
    homeJudgements.keepRecordedTimes();
    const store::JudgementStore bundleJudgements(bundle);
    for (const qint64 bundleExample : there.examples) {
        const auto mapped = homeExample(bundleExample);
        const QList<store::JudgementRecord> theirs = bundleJudgements.history(bundleExample);
        if (theirs.isEmpty())
            continue;
        if (!mapped) {
            report.skipped << Tr::tr("%n judgement(s) of %1: no such example here", nullptr, int(theirs.size()))
                                  .arg(describe(there.keyOfExample.value(bundleExample)));
            continue;
        }
        const QString key = there.keyOfExample.value(bundleExample);
        QSet<QString> present;
        auto roundIndexHere = [&](const std::optional<qint64> &roundId) { return roundId ? here.indexOfRound.value(*roundId).second : 0; };
        for (const auto &j : homeJudgements.history(*mapped))
            present.insert(judgementIdentity(j, key, roundIndexHere(j.roundId)));
        QList<store::JudgementRecord> incoming;
        for (store::JudgementRecord j : theirs) {
            const int index = j.roundId ? there.indexOfRound.value(*j.roundId).second : 0;
            if (present.contains(judgementIdentity(j, key, index))) {
                ++report.alreadyThere;
                continue;
            }
            if (j.roundId) {
                const auto round = homeRound(*j.roundId);
                if (!round) {
                    report.skipped << Tr::tr("a judgement of round %1 of %2: that round is not here").arg(index).arg(describe(key));
                    continue;
                }
                j.roundId = *round;
            }
            j.exampleId = *mapped;
            incoming << j;
        }
        std::stable_sort(incoming.begin(), incoming.end(), [](const auto &a, const auto &b) { return a.createdAt < b.createdAt; });
        for (store::JudgementRecord j : std::as_const(incoming)) {
            // The annotator's newest judgement here (same example and round), before this one goes in.
            std::optional<store::JudgementRecord> newestHere;
            for (const auto &h : homeJudgements.history(*mapped))
                if (h.annotator == j.annotator && h.roundId == j.roundId && (!newestHere || h.id > newestHere->id))
                    newestHere = h;
            homeJudgements.add(j);
            ++report.judgements;
            annotators.insert(j.annotator);
            if (newestHere && newestHere->createdAt > j.createdAt) {
                // Judged here later: that judgement stays current, both are in the history.
                store::JudgementRecord again = *newestHere;
                again.id = 0;
                again.supersedesId.reset();
                homeJudgements.add(again);
                report.conflicts << Tr::tr("%1 judged %2 here and in the bundle; the newer judgement (here) stays current")
                                        .arg(j.annotator, describe(key));
            }
        }
    }

    // Line comments.
    store::AnnotationStore homeAnnotations(home);
    homeAnnotations.keepRecordedTimes();
    const store::AnnotationStore bundleAnnotations(bundle);
    for (const qint64 bundleExample : there.examples) {
        const auto theirs = bundleAnnotations.forExample(bundleExample);
        if (theirs.isEmpty())
            continue;
        const auto mapped = homeExample(bundleExample);
        QSet<QString> present;
        if (mapped)
            for (const auto &a : homeAnnotations.forExample(*mapped))
                present.insert(QStringList{QString::number(a.roundIndex), a.target, QString::number(a.line), a.body, a.annotator,
                                           QString::number(a.createdAt.toMSecsSinceEpoch())}
                                   .join(u'\x1e'));
        for (store::AnnotationRecord a : theirs) {
            const QString identity = QStringList{QString::number(a.roundIndex), a.target, QString::number(a.line), a.body, a.annotator,
                                                 QString::number(a.createdAt.toMSecsSinceEpoch())}
                                         .join(u'\x1e');
            if (present.contains(identity)) {
                ++report.alreadyThere;
                continue;
            }
            const auto round = homeRound(a.roundId);
            if (!round) {
                report.skipped << Tr::tr("a comment on round %1 of %2: that round is not here")
                                      .arg(a.roundIndex)
                                      .arg(describe(there.keyOfExample.value(bundleExample)));
                continue;
            }
            a.id = 0;
            a.roundId = *round;
            homeAnnotations.add(a);
            ++report.annotations;
            annotators.insert(a.annotator);
        }
    }

    // Gold decisions.
    store::AdjudicationStore homeAdjudications(home);
    homeAdjudications.keepRecordedTimes();
    const store::AdjudicationStore bundleAdjudications(bundle);
    for (const qint64 bundleExample : there.examples) {
        const auto theirs = bundleAdjudications.history(bundleExample);
        if (theirs.isEmpty())
            continue;
        const auto mapped = homeExample(bundleExample);
        if (!mapped) {
            report.skipped << Tr::tr("%n gold decision(s) of %1: no such example here", nullptr, int(theirs.size()))
                                  .arg(describe(there.keyOfExample.value(bundleExample)));
            continue;
        }
        auto identity = [](const store::AdjudicationRecord &r) {
            return QStringList{r.criterion, r.value, r.adjudicator, r.reason, QString::number(r.createdAt.toMSecsSinceEpoch())}.join(u'\x1e');
        };
        QSet<QString> present;
        for (const auto &r : homeAdjudications.history(*mapped))
            present.insert(identity(r));
        for (store::AdjudicationRecord r : theirs) {
            if (present.contains(identity(r))) {
                ++report.alreadyThere;
                continue;
            }
            r.id = 0;
            r.exampleId = *mapped;
            homeAdjudications.record(r);
            ++report.adjudications;
            annotators.insert(r.adjudicator);
        }
    }

    // Blind A/B comparisons.
    store::PairwiseStore homePairwise(home);
    homePairwise.keepRecordedTimes();
    auto pairIdentity = [](const store::PairwiseRecord &p, const QString &a, const QString &b, const QString &left) {
        return QStringList{p.annotator, a, b, left, p.accuracy, p.completeness, p.soundness,
                           QString::number(p.createdAt.toMSecsSinceEpoch())}
            .join(u'\x1e');
    };
    QSet<QString> presentPairs;
    for (const auto &p : homePairwise.list())
        presentPairs.insert(pairIdentity(p, here.keyOfExample.value(p.exampleA), here.keyOfExample.value(p.exampleB),
                                         here.keyOfExample.value(p.leftExampleId)));
    for (store::PairwiseRecord p : store::PairwiseStore(bundle).list()) {
        const QString a = there.keyOfExample.value(p.exampleA), b = there.keyOfExample.value(p.exampleB);
        if (presentPairs.contains(pairIdentity(p, a, b, there.keyOfExample.value(p.leftExampleId)))) {
            ++report.alreadyThere;
            continue;
        }
        const auto ea = homeExample(p.exampleA), eb = homeExample(p.exampleB), left = homeExample(p.leftExampleId);
        if (!ea || !eb || !left) {
            report.skipped << Tr::tr("a comparison of %1 and %2: an example is not here").arg(describe(a), describe(b));
            continue;
        }
        p.id = 0;
        p.exampleA = *ea;
        p.exampleB = *eb;
        p.leftExampleId = *left;
        homePairwise.add(p);
        ++report.pairwise;
        annotators.insert(p.annotator);
    }
    report.annotators = annotators.values();
    report.annotators.sort();
    return report;
}

} // namespace wb::exchange
