// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommands.h"

#include "blindnote.h"
#include "commandparser.h"
#include "consoleoutput.h"
#include "library/librarycoverage.h"
#include "library/libraryindex.h"
#include "library/searchquery.h"
#include "review/blindview.h"
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
    Q_DECLARE_TR_FUNCTIONS(wb::cli::SearchCommands)
};

// The passage with its matched words between « and » (text output and JSON's "marked").
QString marked(const library::LibraryPassage &p)
{
    QString out = p.text;
    for (auto it = p.highlights.crbegin(); it != p.highlights.crend(); ++it) {
        out.insert(it->first + it->second, u'»');
        out.insert(it->first, u'«');
    }
    return out;
}

// One line of at most @p width characters around the first marked word.
QString snippetLine(const library::LibraryPassage &p, qsizetype width = 110)
{
    QString text = marked(p).simplified();
    const qsizetype first = text.indexOf(u'«');
    if (text.size() > width) {
        const qsizetype from = std::max<qsizetype>(0, std::min(first - width / 4, text.size() - width));
        text = (from > 0 ? u"…"_s : QString()) + text.mid(from, width) + (from + width < text.size() ? u"…"_s : QString());
    }
    return p.field + u": "_s + text;
}

QJsonObject hitJson(const library::LibraryHit &h)
{
    QJsonArray passages;
    for (const auto &p : h.passages) {
        QJsonArray ranges;
        for (const auto &[start, length] : p.highlights)
            ranges.append(QJsonArray{start, length});
        passages.append(QJsonObject{{u"field"_s, p.field}, {u"text"_s, p.text}, {u"highlights"_s, ranges}, {u"marked"_s, marked(p)}});
    }
    return QJsonObject{{u"rank"_s, h.rank},
                       {u"score"_s, h.score},
                       {u"example_id"_s, h.exampleId},
                       {u"repository"_s, h.repository},
                       {u"repository_id"_s, h.repositoryId},
                       {u"campaign"_s, h.campaign},
                       {u"campaign_id"_s, h.campaignId},
                       {u"round_id"_s, h.roundId},
                       {u"title"_s, h.title},
                       {u"description"_s, h.description},
                       {u"accepted"_s, h.accepted},
                       {u"decision"_s, h.decision},
                       {u"verdict"_s, h.verdict},
                       {u"passages"_s, passages}};
}
} // namespace

SearchCommands::SearchCommands(CliContext &context)
    : m_context(context)
{
}

int SearchCommands::search(const QStringList &args)
{
    CommandParser cp(Tr::tr("Search the workspace's examples as an agent would: ranked full-text search (BM25, English stemming) "
                            "over each successful example's description, criteria, type and metadata, its repository, the names "
                            "its main.py defines and imports, and its comments. The words of QUERY are searched for (punctuation "
                            "and stop words are left out); the best matches come first, with their matched words between « ». "
                            "The index is brought up to date before each search. A query that starts with '-' goes after '--'.\n"
                            "With --coverage: repositories without an accepted example, accepted examples their own description "
                            "does not rank first (a vague summary), and duplicate-looking examples."));
    cp.parser().addPositionalArgument(u"QUERY"_s, Tr::tr("What to look for, in plain words."), u"QUERY..."_s);
    const QCommandLineOption limit(u"limit"_s, Tr::tr("At most N results (default 10)."), u"N"_s, u"10"_s);
    const QCommandLineOption acceptedOnly(u"accepted-only"_s, Tr::tr("Only the vetted library: examples an expert accepted."));
    const QCommandLineOption coverageOption(u"coverage"_s, Tr::tr("Report the library's coverage instead of searching."));
    const QCommandLineOption rebuild(u"rebuild"_s, Tr::tr("Build the whole index again first."));
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Whose view in blind mode: the verdicts, decisions and campaigns of "
                                                              "examples they have not judged are hidden."),
                                       u"name"_s);
    cp.parser().addOption(annotator);
    cp.parser().addOption(limit);
    cp.parser().addOption(acceptedOnly);
    cp.parser().addOption(coverageOption);
    cp.parser().addOption(rebuild);
    if (const int rc = cp.parse(args, m_context, 0, -1); rc >= 0)
        return rc;
    bool limitOk = false;
    const int n = cp.parser().value(limit).toInt(&limitOk);
    if (!limitOk || n < 1 || n > 1000)
        throw Error(Tr::tr("--limit takes a number from 1 to 1000, not '%1'.").arg(cp.parser().value(limit)), Error::Kind::InvalidInput);
    const QString text = cp.parser().positionalArguments().join(u' ');
    if (cp.parser().isSet(coverageOption)) {
        if (!text.isEmpty())
            throw Error(Tr::tr("--coverage takes no query."), Error::Kind::InvalidInput);
        return coverage();
    }
    if (library::SearchQuery(text).isEmpty())
        throw Error(text.trimmed().isEmpty() ? Tr::tr("Nothing to search for: give the words to look for, e.g. codedistiller search "
                                                      "\"planar average of a potential\".")
                                             : Tr::tr("Nothing to search for: '%1' has no words (letters or digits).").arg(text),
                    Error::Kind::InvalidInput);

    const auto workspace = m_context.openWorkspace();
    library::LibraryIndex index(workspace);
    if (cp.parser().isSet(rebuild) && !workspace->isReadOnly())
        index.rebuild();
    // Blind review: what the annotator has not judged shows no verdict, no decision and no campaign (it may
    // name the model); filtering by acceptance would reveal the decisions.
    const review::BlindView view = review::BlindView::of(workspace, cp.parser().value(annotator));
    if (view.isBlind() && cp.parser().isSet(acceptedOnly))
        throw Error(Tr::tr("--accepted-only would reveal the experts' decisions while the workspace reviews blind."),
                    Error::Kind::InvalidInput);
    library::LibrarySearch found = index.search(text, n, cp.parser().isSet(acceptedOnly));
    int hidden = 0;
    for (auto &h : found.hits)
        if (view.isBlind() && !view.revealed(h.exampleId)) {
            h.verdict.clear();
            h.decision.clear();
            h.accepted = false;
            h.campaign = Tr::tr("(hidden)");
            h.campaignId = 0;
            ++hidden;
        }
    if (found.stale)
        ConsoleOutput::err(Tr::tr("codedistiller: note: the workspace is read-only; the index was searched as it was last built.\n"));
    if (m_context.json) {
        QJsonArray results;
        for (const auto &h : found.hits)
            results.append(hitJson(h));
        ConsoleOutput::json(QJsonObject{{u"query"_s, found.query},
                                        {u"terms"_s, QJsonArray::fromStringList(found.terms)},
                                        {u"accepted_only"_s, cp.parser().isSet(acceptedOnly)},
                                        {u"documents"_s, found.documents},
                                        {u"stale"_s, found.stale},
                                        {u"results"_s, results},
                                        {u"blind"_s, BlindNote::json(view, hidden)}});
        return Success;
    }
    const QString scope = cp.parser().isSet(acceptedOnly) ? Tr::tr("accepted examples") : Tr::tr("examples");
    if (found.hits.isEmpty()) {
        ConsoleOutput::out(Tr::tr("No match among %1 %2 for: %3\n").arg(found.documents).arg(scope, found.terms.join(u' ')));
        return Success;
    }
    QString out;
    for (const auto &h : found.hits) {
        out += u"%1  %2  %3  #%4 (%5)%6\n"_s.arg(h.rank, 2)
                   .arg(h.score, 6, 'f', 2)
                   .arg(h.repository)
                   .arg(h.exampleId)
                   .arg(h.campaign, h.accepted ? Tr::tr("  [accepted]") : QString());
        out += u"            "_s + h.title + u'\n';
        if (!h.passages.isEmpty())
            out += u"            "_s + snippetLine(h.passages.first()) + u'\n';
    }
    out += Tr::tr("%1 of %2 %3; words: %4\n").arg(found.hits.size()).arg(found.documents).arg(scope, found.terms.join(u' '));
    out += BlindNote::text(view, hidden > 0 ? Tr::tr("%n example(s)' verdicts, decisions and campaigns", nullptr, hidden) : QString());
    ConsoleOutput::out(out);
    return Success;
}

int SearchCommands::coverage()
{
    const auto workspace = m_context.openWorkspace();
    ConsoleOutput::Progress progress;
    const auto coverage = library::LibraryCoverage::compute(workspace, {}, [&progress](int done, int total) {
        progress.update(Tr::tr("searching each accepted example's description: %1/%2").arg(done).arg(total));
    });
    progress.clear();
    if (m_context.json) {
        ConsoleOutput::json(coverage.toJson());
        return Success;
    }
    QString out = Tr::tr("Library coverage: %1 accepted examples over %2 repositories\n").arg(coverage.acceptedExamples).arg(coverage.repositories);
    out += Tr::tr("\nRepositories without an accepted example (%1):\n").arg(coverage.uncovered.size());
    for (const auto &r : coverage.uncovered)
        out += u"  %1  %2\n"_s.arg(r.name, -32).arg(r.reason);
    out += Tr::tr("\nAccepted examples their own description does not find first (%1):\n").arg(coverage.vague.size());
    for (const auto &v : coverage.vague)
        out += v.rank == 0 ? Tr::tr("  #%1 %2 (%3): not in the first %4\n").arg(v.exampleId).arg(v.title, v.campaign).arg(library::LibraryCoverage::kVagueDepth)
                           : Tr::tr("  #%1 %2 (%3): rank %4; first is #%5 %6\n")
                                 .arg(v.exampleId)
                                 .arg(v.title, v.campaign)
                                 .arg(v.rank)
                                 .arg(v.firstExampleId)
                                 .arg(v.firstTitle);
    out += Tr::tr("\nDuplicate-looking examples (%1):\n").arg(coverage.duplicates.size());
    for (const auto &d : coverage.duplicates)
        out += Tr::tr("  #%1 %2 (%3) and #%4 %5 (%6): %7\n")
                   .arg(d.exampleA)
                   .arg(d.titleA, d.campaignA)
                   .arg(d.exampleB)
                   .arg(d.titleB, d.campaignB, d.reason);
    ConsoleOutput::out(out);
    return Success;
}

} // namespace wb::cli
