// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/libraryselection.h"

#include "exchange/exportnames.h"
#include "repo/inventorybuilder.h"
#include "repo/licensedetector.h"
#include "store/adjudicationstore.h"
#include "store/decision.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::LibrarySelection)
};
constexpr qint64 kMaxOutputFileBytes = 20 * 1024 * 1024;
constexpr qint64 kMaxOutputBytes = 100 * 1024 * 1024;

/** True for a relative path without empty, "." or ".." segments and without control characters. */
bool isPlainRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/'))
        return false;
    for (const QString &segment : path.split(u'/')) {
        if (segment.isEmpty() || segment == u"."_s || segment == u".."_s)
            return false;
        for (const QChar c : segment)
            if (c.category() == QChar::Other_Control)
                return false;
    }
    return true;
}

/** The final round's to_save/ files, for expected_output/ (bounded; what is left out is named with why). */
void readRoundOutput(const store::PipelineStore &pipeline, const store::RoundRecord &round, VettedExample &v)
{
    const QString prefix = u"to_save/"_s;
    qint64 total = 0;
    for (const auto &a : pipeline.artifacts(round.id)) {
        if (!a.name.startsWith(prefix))
            continue;
        const QString path = a.name.mid(prefix.size());
        if (!isPlainRelativePath(path)) {
            v.expectedOutputLeftOut << Tr::tr("%1 (a name that cannot be written safely)").arg(ExportNames::flatten(path));
        } else if (a.blobSha.isEmpty()) {
            v.expectedOutputLeftOut << Tr::tr("%1 (%2 bytes, too large to keep)").arg(path).arg(a.sizeBytes);
        } else if (a.sizeBytes > kMaxOutputFileBytes || total + a.sizeBytes > kMaxOutputBytes) {
            v.expectedOutputLeftOut << Tr::tr("%1 (%2 bytes, too large to ship)").arg(path).arg(a.sizeBytes);
        } else {
            v.expectedOutput.append({path, pipeline.blob(a.blobSha)});
            total += a.sizeBytes;
        }
    }
}

/** The licence file the licence was detected from, and a NOTICE, read from the mirror at @p commit. */
void readLicenseFiles(const store::RepositoryRecord &repository, const QString &commit, VettedExample &v)
{
    if (repository.localPath.isEmpty() || commit.isEmpty())
        return;
    auto read = [&](const QString &path) -> std::optional<QByteArray> {
        try {
            const auto content = repo::InventoryBuilder::readFile(repository.localPath, commit, path.toUtf8(), kMaxOutputFileBytes);
            if (content && !content->isEmpty())
                return content;
        } catch (const Error &) {
            // a mirror that is gone or damaged: the README then names the SPDX id and where to find the text
        }
        return std::nullopt;
    };
    if (repo::LicenseDetector::isLicenseFile(repository.licenseSource))
        if (const auto text = read(repository.licenseSource))
            v.licenseFile = {repository.licenseSource, *text};
    for (const QString &name : {u"NOTICE"_s, u"NOTICE.txt"_s, u"NOTICE.md"_s})
        if (const auto text = read(name)) {
            v.noticeFile = {name, *text};
            break;
        }
}
} // namespace

const QStringList &LibrarySelection::permissiveLicenses()
{
    static const QStringList list{u"MIT"_s, u"BSD-2-Clause"_s, u"BSD-3-Clause"_s, u"BSD-3-Clause-LBNL"_s, u"Apache-2.0"_s,
                                  u"ISC"_s, u"Unlicense"_s, u"CC0-1.0"_s, u"Zlib"_s, u"PSF-2.0"_s, u"0BSD"_s};
    return list;
}

bool LibrarySelection::isAccepted(const QList<store::JudgementRecord> &judgements, const QString &goldDecision)
{
    // A gold decision (adjudication) settles it, whatever the annotators said.
    if (!goldDecision.isEmpty())
        return store::isAccepted(goldDecision);
    const bool accepted = std::any_of(judgements.cbegin(), judgements.cend(), [](const auto &j) { return j.decision == store::Decision::Accept; });
    const bool refused = std::any_of(judgements.cbegin(), judgements.cend(),
                                     [](const auto &j) { return j.decision && *j.decision != store::Decision::Accept; });
    return accepted && !refused;
}

LibrarySelection::Result LibrarySelection::select(const std::shared_ptr<store::Workspace> &workspace) const
{
    if (!allowLicenses.isEmpty() && overrideReason.trimmed().isEmpty())
        throw Error(Tr::tr("Letting licences through the gate needs a reason (it is recorded with each example)."),
                    Error::Kind::InvalidInput);
    Result result;
    const store::PipelineStore pipeline(workspace);
    const store::RepositoryStore repositories(workspace);
    const store::JudgementStore judgements(workspace);
    const store::AdjudicationStore adjudications(workspace);
    const QList<store::CampaignRecord> campaigns = pipeline.campaignsNamed(campaign);
    for (const auto &c : std::as_const(campaigns)) {
        QHash<qint64, QList<store::JudgementRecord>> humans;
        for (const auto &j : judgements.current(c.id))
            humans[j.exampleId] << j;
        const auto gold = adjudications.goldForCampaign(c.id);
        for (const auto &e : pipeline.examples(c.id)) {
            const QString label = u"%1 (%2)"_s.arg(e.repositoryName, c.name);
            if (e.status != store::ExampleStatus::Success)
                continue;   // not a candidate: nothing to report
            const auto &js = humans.value(e.id);
            const bool rejected = std::any_of(js.cbegin(), js.cend(),
                                              [](const auto &j) { return j.decision && *j.decision != store::Decision::Accept; });
            const QString goldDecision = gold.value(e.id).value(u"decision"_s).value;
            if (acceptedOnly && !isAccepted(js, goldDecision)) {
                result.excluded << (goldDecision.isEmpty()
                                        ? Tr::tr("%1: not accepted by an annotator%2").arg(label, rejected ? Tr::tr(" (rejected or needs work)") : QString())
                                        : Tr::tr("%1: the gold decision is %2").arg(label, goldDecision));
                continue;
            }
            const auto repository = repositories.findById(e.repositoryId);
            if (!repository)
                continue;
            VettedExample v;
            v.repository = *repository;
            v.campaign = c;
            v.example = e;
            v.judgements = js;
            const QString licence = repository->licenseSpdx.isEmpty() ? u"unknown"_s : repository->licenseSpdx;
            if (!permissiveLicenses().contains(licence)) {
                if (!allowLicenses.contains(licence)) {
                    result.excluded << Tr::tr("%1: licence %2 is not permissive (let it through with a reason)").arg(label, licence);
                    continue;
                }
                v.licenseOverrideReason = overrideReason.trimmed();
            }
            const auto rounds = pipeline.rounds(e.id);
            const auto final = std::find_if(rounds.crbegin(), rounds.crend(), [](const auto &r) { return r.isFinished.value_or(false); });
            if (final == rounds.crend()) {
                result.excluded << Tr::tr("%1: no round the judge found finished").arg(label);
                continue;
            }
            v.round = *final;
            v.mainPy = QString::fromUtf8(pipeline.blob(final->mainPyBlob));
            v.requirementsTxt = QString::fromUtf8(pipeline.blob(final->requirementsBlob));
            v.runSh = QString::fromUtf8(pipeline.blob(final->runShBlob));
            v.metadata = QJsonDocument::fromJson(pipeline.blob(final->metadataBlob)).object();
            v.verdict = QJsonDocument::fromJson(final->verdictJson).object();
            for (const auto &r : rounds) {
                if (r.index > final->index)
                    break;
                v.history.append({r, QString::fromUtf8(pipeline.blob(r.mainPyBlob)), QString::fromUtf8(pipeline.blob(r.requirementsBlob)),
                                  QString::fromUtf8(pipeline.blob(r.runShBlob)), QString::fromUtf8(pipeline.blob(r.metadataBlob))});
            }
            readRoundOutput(pipeline, *final, v);
            readLicenseFiles(*repository, e.commitSha, v);
            result.examples << v;
        }
    }
    return result;
}

} // namespace wb::exchange
