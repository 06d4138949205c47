// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/libraryselection.h"

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
            result.examples << v;
        }
    }
    return result;
}

} // namespace wb::exchange
