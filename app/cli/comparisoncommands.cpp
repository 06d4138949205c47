// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisoncommands.h"

#include "commandparser.h"
#include "consoleoutput.h"
#include "review/campaignmatrix.h"
#include "review/pairwisesummary.h"
#include "util/error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::cli::ComparisonCommands)
};

QString judgeMark(review::CampaignMatrix::Judge judge)
{
    switch (judge) {
    case review::CampaignMatrix::Judge::Finished:
        return u"✓"_s;
    case review::CampaignMatrix::Judge::NotFinished:
        return u"✗"_s;
    case review::CampaignMatrix::Judge::Hidden:
        return u"◌"_s;
    case review::CampaignMatrix::Judge::None:
        break;
    }
    return u"·"_s;
}

QString cellText(const review::CampaignMatrix::Cell &cell)
{
    QString human = cell.human.isEmpty() ? (cell.split ? u"split"_s : cell.humanHidden ? u"◌"_s : u"—"_s)
                                         : QString(cell.human).replace(u'_', u'-');
    if (cell.gold)
        human += u'*';
    QString text = u"#%1 %2 %3r %4 %5 %6"_s.arg(cell.exampleId)
                       .arg(store::exampleStatusToString(cell.status))
                       .arg(cell.rounds)
                       .arg(cell.cost.toString(4), judgeMark(cell.judge), human);
    if (cell.disagrees())
        text += u" ≠"_s;
    return text;
}
} // namespace

ComparisonCommands::ComparisonCommands(CliContext &context)
    : m_context(context)
{
}

int ComparisonCommands::matrix(const QStringList &args)
{
    CommandParser cp(Tr::tr("The repository × campaign matrix: per repository and campaign the example, its status, "
                            "rounds and cost, the LLM judge's verdict, the human decision (majority, or the gold "
                            "decision) and whether they disagree. In blind mode, verdicts and decisions show only "
                            "for examples the --annotator has judged, and no model names."));
    auto &p = cp.parser();
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("Only this campaign (repeatable; default: all)."), u"name"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode."), u"name"_s);
    const QCommandLineOption disagreements(u"disagreements"_s, Tr::tr("Only repositories where judge and humans disagree."));
    p.addOptions({campaign, annotator, disagreements});
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    auto m = review::CampaignMatrix::compute(m_context.openWorkspace(), p.values(campaign), p.value(annotator));
    if (p.isSet(disagreements))
        m.rows.removeIf([](const review::CampaignMatrix::Row &row) { return !row.hasDisagreement(); });
    if (m_context.json) {
        ConsoleOutput::json(m.toJson());
        return 0;
    }
    if (m.rows.isEmpty()) {
        ConsoleOutput::out(p.isSet(disagreements) ? Tr::tr("No disagreements between the judge and the humans.\n")
                                                  : Tr::tr("No examples yet; run a campaign with 'codedistiller run'.\n"));
        return 0;
    }
    QStringList header{Tr::tr("REPOSITORY")};
    for (const auto &c : std::as_const(m.columns))
        header << (c.model.isEmpty() ? c.label : u"%1 (%2)"_s.arg(c.label, c.model));
    QList<QStringList> rows{header};
    for (const auto &row : std::as_const(m.rows)) {
        QStringList cells{row.repository};
        for (const auto &cell : row.cells)
            cells << (cell ? cellText(*cell) : u"—"_s);
        rows << cells;
    }
    ConsoleOutput::table(rows);
    ConsoleOutput::out(Tr::tr("\n%n disagreement(s). Cell: example, status, rounds, cost; judge ✓ finished, ✗ not finished, "
                              "· not judged; human decision (* gold, split: no majority); ≠ judge and humans disagree; "
                              "cost ≥ $x: some calls have no price, —: none has.",
                              nullptr, m.disagreements()));
    if (m.blind)
        ConsoleOutput::out(Tr::tr(" Blind mode: ◌ hidden until you have judged the example; model names hidden."));
    ConsoleOutput::out(u"\n"_s);
    for (const QString &warning : m.protocolWarnings())
        ConsoleOutput::err(Tr::tr("warning: %1\n").arg(warning));
    return 0;
}

int ComparisonCommands::pairwiseSummary(const QStringList &args)
{
    CommandParser cp(Tr::tr("The blind A/B comparisons per campaign pair and criterion (accuracy, completeness, soundness): "
                            "wins, ties and losses of the first campaign, and its win rate (wins ÷ comparisons)."));
    if (const int rc = cp.parse(args, m_context, 0, 0); rc >= 0)
        return rc;
    const auto summary = review::PairwiseSummary::compute(m_context.openWorkspace());
    if (m_context.json) {
        ConsoleOutput::json(summary.toJson());
        return 0;
    }
    if (summary.rows.isEmpty()) {
        ConsoleOutput::out(Tr::tr("No blind comparisons yet; make some in the workbench's Comparison tab (Blind A/B).\n"));
        return 0;
    }
    auto name = [](const QString &label, const QString &model) { return model.isEmpty() ? label : u"%1 (%2)"_s.arg(label, model); };
    QList<QStringList> rows{{Tr::tr("CAMPAIGN A"), Tr::tr("CAMPAIGN B"), Tr::tr("CRITERION"), Tr::tr("WINS"), Tr::tr("TIES"),
                             Tr::tr("LOSSES"), Tr::tr("N"), Tr::tr("WIN RATE")}};
    for (const auto &r : summary.rows)
        rows.append({name(r.labelA, r.modelA), name(r.labelB, r.modelB), r.criterion, QString::number(r.wins), QString::number(r.ties),
                     QString::number(r.losses), QString::number(r.comparisons()),
                     r.winRate ? QString::number(*r.winRate * 100.0, 'f', 1) + u" %"_s : u"—"_s});
    ConsoleOutput::table(rows);
    return 0;
}

} // namespace wb::cli
