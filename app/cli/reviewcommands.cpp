// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommands.h"

#include "blindnote.h"
#include "commandparser.h"
#include "consoleoutput.h"
#include "review/agreementreport.h"
#include "review/blindreview.h"
#include "review/blindview.h"
#include "review/campaigncostbreakdown.h"
#include "review/campaignreport.h"
#include "review/errortaxonomy.h"
#include "review/reportseries.h"
#include "store/errorclassstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::ReviewCommands)
};

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 3) : u"—"_s;
}
} // namespace

ReviewCommands::ReviewCommands(CliContext &context)
    : m_context(context)
{
}

int ReviewCommands::judge(const QStringList &args)
{
    CommandParser cp(Tr::tr("Record your judgement of an example next to the LLM judge's verdict. Judgements are "
                            "append-only: a new one supersedes your previous one, the history stays."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id (see 'codedistiller status')."));
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Your name (required)."), u"name"_s);
    const QCommandLineOption ran(u"ran"_s, Tr::tr("Ran without error: yes, no or unsure."), u"answer"_s);
    const QCommandLineOption shows(u"shows-function"_s, Tr::tr("Demonstrates the repository's function: yes, no or unsure."), u"answer"_s);
    const QCommandLineOption correct(u"correct"_s, Tr::tr("The function is correct: yes, no or unsure."), u"answer"_s);
    const QCommandLineOption decision(u"decision"_s, Tr::tr("accept, reject or needs-work."), u"decision"_s);
    const QCommandLineOption notes(u"notes"_s, Tr::tr("Free-text notes."), u"text"_s);
    const QCommandLineOption round(u"round"_s, Tr::tr("Judge this round (its index) instead of the example as a whole."), u"N"_s);
    const QCommandLineOption seconds(u"seconds"_s, Tr::tr("Time spent on the item, in seconds."), u"N"_s);
    p.addOptions({annotator, ran, shows, correct, decision, notes, round, seconds});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    store::JudgementRecord j;
    j.exampleId = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        throw Error(Tr::tr("'%1' is not an example id.").arg(p.positionalArguments().first()), Error::Kind::InvalidInput);
    j.annotator = p.value(annotator);
    if (j.annotator.trimmed().isEmpty())
        throw Error(Tr::tr("Say who you are with --annotator NAME."), Error::Kind::InvalidInput);
    j.ranWithoutError = store::JudgementStore::parseAnswer(p.value(ran), store::Criterion::RanWithoutError);
    j.showsFunction = store::JudgementStore::parseAnswer(p.value(shows), store::Criterion::ShowsFunction);
    j.functionCorrect = store::JudgementStore::parseAnswer(p.value(correct), store::Criterion::FunctionCorrect);
    j.decision = store::JudgementStore::parseDecision(p.value(decision));
    j.notes = p.value(notes);
    if (!j.ranWithoutError && !j.showsFunction && !j.functionCorrect && !j.decision && j.notes.isEmpty())
        throw Error(Tr::tr("Nothing to record: give at least one of --ran, --shows-function, --correct, --decision, --notes."),
                    Error::Kind::InvalidInput);
    if (p.isSet(seconds)) {
        j.secondsSpent = p.value(seconds).toInt(&ok);
        if (!ok || *j.secondsSpent < 0)
            throw Error(Tr::tr("--seconds takes a whole number of seconds."), Error::Kind::InvalidInput);
    }
    const auto ws = m_context.openWorkspace();
    if (p.isSet(round)) {
        const auto r = store::PipelineStore(ws).round(j.exampleId, p.value(round).toInt());
        if (!r)
            throw Error(Tr::tr("Example %1 has no round %2.").arg(j.exampleId).arg(p.value(round)), Error::Kind::NotFound);
        j.roundId = r->id;
    }
    // Given blind when blind mode hid the verdict and the others' judgements from the annotator until now.
    j.blind = review::BlindReview::isEnabled(ws) && !review::BlindReview::revealed(ws, j.exampleId, j.annotator);
    const auto stored = store::JudgementStore(ws).add(j);
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"id"_s, stored.id},
                                        {u"example"_s, stored.exampleId},
                                        {u"annotator"_s, stored.annotator},
                                        {u"ran_without_error"_s, stored.answerText(store::Criterion::RanWithoutError)},
                                        {u"shows_function"_s, stored.answerText(store::Criterion::ShowsFunction)},
                                        {u"function_correct"_s, stored.answerText(store::Criterion::FunctionCorrect)},
                                        {u"decision"_s, stored.decisionText()},
                                        {u"blind"_s, stored.blind},
                                        {u"supersedes"_s, stored.supersedesId ? QJsonValue(*stored.supersedesId) : QJsonValue()}});
    } else {
        ConsoleOutput::out(Tr::tr("judgement %1 of example %2 by %3 recorded%4%5\n")
                               .arg(stored.id)
                               .arg(stored.exampleId)
                               .arg(stored.annotator,
                                    stored.supersedesId ? Tr::tr(" (supersedes %1)").arg(*stored.supersedesId) : QString(),
                                    stored.blind ? Tr::tr(" blind; the judge's verdict and the others' judgements are now shown to you")
                                                 : QString()));
    }
    return 0;
}

int ReviewCommands::agreement(const QStringList &args)
{
    CommandParser cp(Tr::tr("Agreement per campaign and criterion: Cohen's kappa between the LLM judge and each "
                            "annotator and between annotators, Fleiss' kappa and Krippendorff's alpha over all annotators."));
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign."), u"name"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode: only the examples they have judged count."),
                                       u"name"_s);
    cp.parser().addOptions({campaign, annotator});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto ws = m_context.openWorkspace();
    const auto view = review::BlindView::of(ws, cp.parser().value(annotator));
    // Blind mode: the judge's and the others' answers count only where the reader may see them.
    std::optional<QSet<qint64>> revealed;
    QHash<QString, QString> labels;   // campaign name → what to show
    int hidden = 0;
    if (view.isBlind()) {
        revealed = QSet<qint64>();
        store::PipelineStore pipeline(ws);
        for (const auto &c : pipeline.campaignsNamed(cp.parser().value(campaign))) {
            labels.insert(c.name, view.campaignLabel(c));
            for (const auto &e : pipeline.examples(c.id))
                if (view.revealed(e.id))
                    revealed->insert(e.id);
                else
                    ++hidden;
        }
    }
    auto report = review::AgreementReport::compute(ws, cp.parser().value(campaign), revealed);
    for (auto &pair : report.pairs)
        pair.campaign = labels.value(pair.campaign, pair.campaign);
    for (auto &group : report.groups)
        group.campaign = labels.value(group.campaign, group.campaign);
    const QString note = BlindNote::text(view, hidden > 0 ? Tr::tr("%n example(s) not counted", nullptr, hidden) : QString());
    if (m_context.json) {
        QJsonObject json = report.toJson();
        if (view.isBlind())
            json.insert(u"blind"_s, BlindNote::json(view, hidden));
        ConsoleOutput::json(json);
        return 0;
    }
    if (report.pairs.isEmpty()) {
        ConsoleOutput::out(Tr::tr("No judgements yet; record some with 'codedistiller judge'.\n") + note);
        return 0;
    }
    QList<QStringList> rows{{Tr::tr("CAMPAIGN"), Tr::tr("CRITERION"), Tr::tr("RATERS"), Tr::tr("ITEMS"), Tr::tr("AGREE"), Tr::tr("KAPPA")}};
    for (const auto &pair : report.pairs)
        rows.append({pair.campaign, pair.criterion, pair.raterA + u" × "_s + pair.raterB, QString::number(pair.result.items),
                     pair.result.items > 0 ? QString::number(pair.result.observed, 'f', 3) : u"—"_s, number(pair.result.kappa)});
    for (const auto &g : report.groups)
        rows.append({g.campaign, g.criterion, Tr::tr("%1 annotators").arg(g.krippendorff.raters), QString::number(g.krippendorff.items),
                     Tr::tr("α %1").arg(number(g.krippendorff.value)), Tr::tr("Fleiss %1").arg(number(g.fleiss.value))});
    ConsoleOutput::table(rows);
    ConsoleOutput::out(note);
    return 0;
}

int ReviewCommands::report(const QStringList &args)
{
    CommandParser cp(Tr::tr("The paper's Table 1 per campaign: auto success rate, human criteria, runtime and cost of "
                            "successes and failures, rounds of successes; then the error classes of the judged rounds and "
                            "of the final failures, experts' corrections included; then each campaign's model calls by "
                            "stage, batch and synchronous: calls, cached answers, failures, tokens and cost."));
    const QCommandLineOption format(u"format"_s, Tr::tr("md (default), csv or json (json adds the per-example series the charts use)."),
                                     u"format"_s, u"md"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode: a campaign's figures show once they "
                                                              "have judged all its examples."),
                                       u"name"_s);
    const QCommandLineOption errors(u"error-classes"_s, Tr::tr("Only the error taxonomy: rounds and final failures per error class "
                                                              "and campaign (md or csv; json always has it)."));
    const QCommandLineOption costs(u"cost-by-stage"_s, Tr::tr("Only the cost by stage: per campaign, stage and mode (batch or "
                                                              "synchronous) calls, cached answers, failed calls, tokens "
                                                              "(uncached, cache read, cache write, output) and cost (md or csv; "
                                                              "json always has it)."));
    cp.parser().addOptions({format, annotator, errors, costs});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    if (cp.parser().isSet(errors) && cp.parser().isSet(costs))
        throw Error(Tr::tr("Give either --error-classes or --cost-by-stage, not both."), Error::Kind::InvalidInput);
    const QString fmt = m_context.json ? u"json"_s : cp.parser().value(format);
    if (!QStringList{u"md"_s, u"csv"_s, u"json"_s}.contains(fmt))
        throw Error(Tr::tr("--format takes md, csv or json."), Error::Kind::InvalidInput);
    const auto workspace = m_context.openWorkspace();
    const auto view = review::BlindView::of(workspace, cp.parser().value(annotator));
    auto report = review::CampaignReport::compute(workspace);
    report.hideFrom(view);
    auto taxonomy = review::ErrorTaxonomy::compute(workspace);
    for (qsizetype i = 0; i < report.rows.size(); ++i)   // the same campaigns in the same order: CampaignReport's
        if (report.rows[i].hidden)
            taxonomy.withhold(int(i), report.rows[i].campaign);
    auto costsByStage = review::CampaignCostBreakdown::compute(workspace);
    for (qsizetype i = 0; i < report.rows.size(); ++i)   // the same campaigns in the same order
        if (report.rows[i].hidden)
            costsByStage.withhold(int(i), report.rows[i].campaign);
    const QString note = BlindNote::text(view, report.hiddenRows() > 0
                                                   ? Tr::tr("the figures of %n campaign(s)", nullptr, report.hiddenRows())
                                                   : QString());
    if (fmt == u"json"_s) {
        QJsonObject json = report.toJson();
        auto series = review::ReportSeries::compute(workspace);   // what the Curation tab's charts show
        for (qsizetype i = 0; i < series.campaigns.size() && i < report.rows.size(); ++i) {
            if (!report.rows[i].hidden)
                continue;
            review::ReportSeries::Campaign withheld;   // the same campaigns in the same order: CampaignReport's
            withheld.campaign = report.rows[i].campaign;
            series.campaigns[i] = withheld;
        }
        json.insert(u"series"_s, series.toJson());
        json.insert(u"error_classes"_s, taxonomy.toJson());
        costsByStage.insertInto(json);
        if (view.isBlind())
            json.insert(u"blind"_s, BlindNote::json(view, report.hiddenRows()));
        ConsoleOutput::json(json);
    } else if (cp.parser().isSet(errors)) {
        ConsoleOutput::out(fmt == u"csv"_s ? taxonomy.toCsv() : taxonomy.toMarkdown());
        if (!note.isEmpty())
            (fmt == u"csv"_s ? ConsoleOutput::err(note) : ConsoleOutput::out(u"\n"_s + note));
    } else if (cp.parser().isSet(costs)) {
        ConsoleOutput::out(fmt == u"csv"_s ? costsByStage.toCsv() : costsByStage.toMarkdown());
        if (!note.isEmpty())
            (fmt == u"csv"_s ? ConsoleOutput::err(note) : ConsoleOutput::out(u"\n"_s + note));
    } else {
        ConsoleOutput::out(fmt == u"csv"_s ? report.toCsv()
                                           : report.toMarkdown() + u"\n## "_s + Tr::tr("Error classes") + u"\n\n"_s + taxonomy.toMarkdown()
                                                 + u"\n## "_s + Tr::tr("Cost by stage") + u"\n\n"_s + costsByStage.toMarkdown());
        if (fmt == u"csv"_s)
            for (const QString &warning : report.comparabilityWarnings())
                ConsoleOutput::err(Tr::tr("warning: %1\n").arg(warning));
        if (!note.isEmpty())
            (fmt == u"csv"_s ? ConsoleOutput::err(note) : ConsoleOutput::out(u"\n"_s + note));
    }
    return 0;
}

int ReviewCommands::errorClass(const QStringList &args)
{
    CommandParser cp(Tr::tr("Correct the error class the LLM judge gave a round. Corrections are append-only: the newest "
                            "one is the round's class in the report's error taxonomy; the judge's verdict stays as it was."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id (see 'codedistiller status')."));
    const QCommandLineOption round(u"round"_s, Tr::tr("The round's index (default: the example's last round)."), u"N"_s);
    const QCommandLineOption cls(u"class"_s, Tr::tr("The error class: %1.").arg(review::ErrorTaxonomy::classes().join(u", "_s)),
                                 u"class"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Your name (required)."), u"name"_s);
    const QCommandLineOption reason(u"reason"_s, Tr::tr("Why the class is right."), u"text"_s);
    const QCommandLineOption history(u"history"_s, Tr::tr("Show the round's corrections instead of recording one."));
    p.addOptions({round, cls, annotator, reason, history});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 exampleId = p.positionalArguments().first().toLongLong(&ok);
    if (!ok)
        throw Error(Tr::tr("'%1' is not an example id.").arg(p.positionalArguments().first()), Error::Kind::InvalidInput);
    if (!p.isSet(history)) {
        if (p.value(annotator).trimmed().isEmpty())
            throw Error(Tr::tr("Say who you are with --annotator NAME."), Error::Kind::InvalidInput);
        if (!review::ErrorTaxonomy::classes().contains(p.value(cls)))
            throw Error(Tr::tr("Give the error class with --class, one of %1.").arg(review::ErrorTaxonomy::classes().join(u", "_s)),
                        Error::Kind::InvalidInput);
    }
    const auto ws = m_context.openWorkspace();
    const store::PipelineStore pipeline(ws);
    int index = 0;
    if (p.isSet(round)) {
        index = p.value(round).toInt(&ok);
        if (!ok || index < 1)
            throw Error(Tr::tr("--round takes a round index (1, 2, …)."), Error::Kind::InvalidInput);
    } else {
        index = pipeline.lastRoundIndex(exampleId);
    }
    const auto r = pipeline.round(exampleId, index);
    if (!r)
        throw Error(index > 0 ? Tr::tr("Example %1 has no round %2.").arg(exampleId).arg(index)
                              : Tr::tr("Example %1 has no round yet.").arg(exampleId),
                    Error::Kind::NotFound);
    const QString judge = r->errorClass.isEmpty() ? (r->isFinished ? u"none"_s : QString()) : r->errorClass;
    if (p.isSet(history)) {
        const auto records = store::ErrorClassStore(ws).history(r->id);
        if (m_context.json) {
            QJsonArray array;
            for (const auto &c : records)
                array.append(QJsonObject{{u"id"_s, c.id}, {u"annotator"_s, c.annotator}, {u"error_class"_s, c.errorClass},
                                         {u"reason"_s, c.reason}, {u"created_at"_s, c.createdAt.toString(Qt::ISODate)},
                                         {u"supersedes"_s, c.supersedesId ? QJsonValue(*c.supersedesId) : QJsonValue()}});
            ConsoleOutput::json(QJsonObject{{u"example"_s, exampleId}, {u"round"_s, index},
                                            {u"judge_error_class"_s, judge.isEmpty() ? QJsonValue() : QJsonValue(judge)},
                                            {u"corrections"_s, array}});
            return 0;
        }
        ConsoleOutput::out(Tr::tr("round %1 of example %2: the judge said %3\n")
                               .arg(index)
                               .arg(exampleId)
                               .arg(judge.isEmpty() ? Tr::tr("nothing (no verdict)") : judge));
        for (const auto &c : records)
            ConsoleOutput::out(u"  %1  %2  %3%4\n"_s.arg(c.createdAt.toString(Qt::ISODate), c.annotator, c.errorClass,
                                                         c.reason.isEmpty() ? QString() : u"  — "_s + c.reason));
        return 0;
    }
    store::ErrorClassRecord record;
    record.roundId = r->id;
    record.annotator = p.value(annotator);
    record.errorClass = p.value(cls);
    record.reason = p.value(reason);
    const auto stored = review::ErrorTaxonomy::correct(ws, record);
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"id"_s, stored.id},
                                        {u"example"_s, exampleId},
                                        {u"round"_s, index},
                                        {u"annotator"_s, stored.annotator},
                                        {u"error_class"_s, stored.errorClass},
                                        {u"judge_error_class"_s, judge.isEmpty() ? QJsonValue() : QJsonValue(judge)},
                                        {u"reason"_s, stored.reason},
                                        {u"supersedes"_s, stored.supersedesId ? QJsonValue(*stored.supersedesId) : QJsonValue()}});
    } else {
        ConsoleOutput::out(Tr::tr("error class of round %1 of example %2 set to %3 by %4 (the judge said %5)%6\n")
                               .arg(index)
                               .arg(exampleId)
                               .arg(stored.errorClass, stored.annotator, judge.isEmpty() ? Tr::tr("nothing") : judge,
                                    stored.supersedesId ? Tr::tr("; supersedes correction %1").arg(*stored.supersedesId) : QString()));
    }
    return 0;
}

} // namespace wb::cli
