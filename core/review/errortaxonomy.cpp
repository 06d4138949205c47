// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/errortaxonomy.h"

#include "llm/stageschemas.h"
#include "pipeline/campaignconfig.h"
#include "store/errorclassstore.h"
#include "store/pipelinestore.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::review::ErrorTaxonomy)
};

int sum(const QHash<QString, int> &counts)
{
    int n = 0;
    for (const int v : counts)
        n += v;
    return n;
}

/** The judge's class of @p round: "" without a verdict, "none" for a verdict without one. */
QString judgeClass(const store::RoundRecord &round)
{
    if (!round.isFinished && round.errorClass.isEmpty())
        return {};
    if (round.errorClass.isEmpty())
        return u"none"_s;
    return ErrorTaxonomy::classes().contains(round.errorClass) ? round.errorClass : u"other"_s;
}

QString csvCell(const QString &s)
{
    return s.contains(u',') || s.contains(u'"') ? u'"' + QString(s).replace(u"\""_s, u"\"\""_s) + u'"' : s;
}

QJsonObject counts(const QHash<QString, int> &values, const QStringList &keys)
{
    QJsonObject o;
    for (const QString &k : keys)
        o.insert(k, values.value(k));
    return o;
}
} // namespace

int ErrorTaxonomy::Campaign::roundsTotal() const
{
    return sum(rounds);
}

int ErrorTaxonomy::Campaign::finalFailuresTotal() const
{
    return sum(finalFailures);
}

const QStringList &ErrorTaxonomy::classes()
{
    static const QStringList list = [] {
        QStringList out;
        if (const auto schema = llm::StageSchemas::get(u"judge_verdict"_s))
            for (const auto &c : schema->at("properties").at("error_class").at("enum"))
                out << QString::fromStdString(c.get<std::string>());
        return out;
    }();
    return list;
}

QString ErrorTaxonomy::unjudged()
{
    return u"unjudged"_s;
}

ErrorTaxonomy ErrorTaxonomy::compute(const std::shared_ptr<store::Workspace> &workspace)
{
    ErrorTaxonomy out;
    const store::PipelineStore pipeline(workspace);
    const store::ErrorClassStore corrections(workspace);
    for (const auto &c : pipeline.campaigns()) {
        Campaign campaign;
        campaign.campaign = c.name;
        const auto config = pipeline::CampaignConfig::fromJson(c.configJson);
        campaign.model = config.generator.provider + u'/' + config.generator.model;
        const auto experts = corrections.currentForCampaign(c.id);
        for (const auto &e : pipeline.examples(c.id)) {
            const auto rounds = pipeline.rounds(e.id);
            QString lastClass;
            for (const auto &r : rounds) {
                const QString judge = judgeClass(r);
                QString cls = judge;
                if (const auto it = experts.constFind(r.id); it != experts.cend()) {
                    cls = it->errorClass;
                    ++campaign.corrected;
                    campaign.changed += cls != judge ? 1 : 0;
                }
                if (!cls.isEmpty())
                    ++campaign.rounds[cls];
                lastClass = cls;   // rounds come in index order
            }
            if (store::isTerminal(e.status) && e.status != store::ExampleStatus::Success)
                ++campaign.finalFailures[lastClass.isEmpty() ? unjudged() : lastClass];
        }
        out.campaigns << campaign;
    }
    return out;
}

store::ErrorClassRecord ErrorTaxonomy::correct(const std::shared_ptr<store::Workspace> &workspace, const store::ErrorClassRecord &record)
{
    if (!classes().contains(record.errorClass.trimmed()))
        throw Error(Tr::tr("'%1' is not an error class; use one of %2.").arg(record.errorClass, classes().join(u", "_s)),
                    Error::Kind::InvalidInput);
    return store::ErrorClassStore(workspace).record(record);
}

QList<store::ErrorClassRecord> ErrorTaxonomy::corrections(const std::shared_ptr<store::Workspace> &workspace, qint64 roundId)
{
    return store::ErrorClassStore(workspace).history(roundId);
}

void ErrorTaxonomy::withhold(int index, const QString &label)
{
    if (index < 0 || index >= campaigns.size())
        return;
    Campaign hidden;
    hidden.campaign = label;
    hidden.hidden = true;
    campaigns[index] = hidden;
}

int ErrorTaxonomy::corrected() const
{
    int n = 0;
    for (const Campaign &c : campaigns)
        n += c.corrected;
    return n;
}

QString ErrorTaxonomy::toMarkdown() const
{
    if (!campaigns.isEmpty() && std::all_of(campaigns.cbegin(), campaigns.cend(), [](const Campaign &c) { return c.hidden; }))
        return Tr::tr("Withheld in blind review: they sum up the judge's verdicts.") + u'\n';
    const QStringList all = classes() + QStringList{unjudged()};
    QString out = u"| Counted | Campaign |"_s;
    QString rule = u"|---|---|"_s;
    for (const QString &c : all) {
        out += u' ' + c + u" |"_s;
        rule += u"---:|"_s;
    }
    out += u" Corrected |\n"_s + rule + u"---:|\n"_s;
    for (const Campaign &c : campaigns) {
        for (const bool failures : {false, true}) {
            const QString what = failures ? Tr::tr("final failures (%1)").arg(c.finalFailuresTotal())
                                          : Tr::tr("rounds (%1)").arg(c.roundsTotal());
            if (c.hidden) {
                out += u"| %1 | %2 |"_s.arg(failures ? Tr::tr("final failures") : Tr::tr("rounds"), c.campaign)
                       + QString(u" ◌ |"_s).repeated(all.size() + 1) + u'\n';
                continue;
            }
            out += u"| %1 | %2 |"_s.arg(what, c.campaign);
            const auto &values = failures ? c.finalFailures : c.rounds;
            for (const QString &cls : all)
                out += u' ' + (failures || cls != unjudged() ? QString::number(values.value(cls)) : u"—"_s) + u" |"_s;
            out += u' ' + (failures ? u"—"_s : QString::number(c.corrected)) + u" |\n"_s;
        }
    }
    if (const int n = corrected(); n > 0) {
        int changed = 0;
        for (const Campaign &c : campaigns)
            changed += c.changed;
        out += u"\n> **Note:** "_s
               + Tr::tr("%n round(s) carry an expert's error class instead of the judge's (%1 changed it). The judge's "
                        "verdicts, and so the success rates above, are unchanged.",
                        nullptr, n)
                     .arg(changed)
               + u'\n';
    }
    return out;
}

QString ErrorTaxonomy::toCsv() const
{
    const QStringList all = classes() + QStringList{unjudged()};
    QString out = u"campaign,counted,total,"_s + all.join(u',') + u",corrected,changed,hidden\n"_s;
    for (const Campaign &c : campaigns)
        for (const bool failures : {false, true}) {
            QStringList cells{csvCell(c.campaign), failures ? u"final_failures"_s : u"rounds"_s};
            if (c.hidden) {
                cells << QString();
                for (qsizetype i = 0; i < all.size() + 2; ++i)
                    cells << QString();
            } else {
                const auto &values = failures ? c.finalFailures : c.rounds;
                cells << QString::number(failures ? c.finalFailuresTotal() : c.roundsTotal());
                for (const QString &cls : all)
                    cells << QString::number(values.value(cls));
                cells << (failures ? QString() : QString::number(c.corrected)) << (failures ? QString() : QString::number(c.changed));
            }
            cells << (c.hidden ? u"true"_s : u"false"_s);
            out += cells.join(u',') + u'\n';
        }
    return out;
}

QJsonObject ErrorTaxonomy::toJson() const
{
    const QStringList all = classes() + QStringList{unjudged()};
    QJsonArray array;
    for (const Campaign &c : campaigns) {
        if (c.hidden) {
            array.append(QJsonObject{{u"campaign"_s, c.campaign}, {u"hidden"_s, true}, {u"model"_s, QJsonValue()},
                                     {u"rounds"_s, QJsonValue()}, {u"final_failures"_s, QJsonValue()},
                                     {u"corrected"_s, QJsonValue()}, {u"changed"_s, QJsonValue()}});
            continue;
        }
        array.append(QJsonObject{{u"campaign"_s, c.campaign},
                                 {u"model"_s, c.model},
                                 {u"hidden"_s, false},
                                 {u"rounds"_s, counts(c.rounds, classes())},
                                 {u"rounds_total"_s, c.roundsTotal()},
                                 {u"final_failures"_s, counts(c.finalFailures, all)},
                                 {u"final_failures_total"_s, c.finalFailuresTotal()},
                                 {u"corrected"_s, c.corrected},
                                 {u"changed"_s, c.changed}});
    }
    QJsonObject out{{u"corrected"_s, corrected()}, {u"campaigns"_s, array}};
    if (std::any_of(campaigns.cbegin(), campaigns.cend(), [](const Campaign &c) { return !c.hidden; }))
        out.insert(u"classes"_s, QJsonArray::fromStringList(classes()));   // the order of the counts; nothing to order when all is withheld
    return out;
}

} // namespace wb::review
