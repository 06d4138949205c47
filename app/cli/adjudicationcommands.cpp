// SPDX-License-Identifier: GPL-3.0-or-later
#include "adjudicationcommands.h"

#include "commandparser.h"
#include "consoleoutput.h"
#include "review/adjudicationqueue.h"
#include "review/visibleannotations.h"
#include "store/adjudicationstore.h"
#include "store/annotationstore.h"
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
    Q_DECLARE_TR_FUNCTIONS(wb::cli::AdjudicationCommands)
};

qint64 exampleId(const QString &arg)
{
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    if (!ok || id <= 0)
        throw Error(Tr::tr("'%1' is not an example id.").arg(arg), Error::Kind::InvalidInput);
    return id;
}

QJsonObject toJson(const store::AnnotationRecord &a)
{
    return QJsonObject{{u"id"_s, a.id},
                       {u"example"_s, a.exampleId},
                       {u"round"_s, a.roundIndex},
                       {u"file"_s, a.target},
                       {u"line"_s, a.line},
                       {u"text"_s, a.body},
                       {u"annotator"_s, a.annotator},
                       {u"created_at"_s, a.createdAt.toString(Qt::ISODate)}};
}
} // namespace

AdjudicationCommands::AdjudicationCommands(CliContext &context)
    : m_context(context)
{
}

int AdjudicationCommands::annotate(const QStringList &args)
{
    CommandParser cp(Tr::tr("Comment on a line of a round's file or log. The log's line N is the N-th line of the "
                            "round's whole stored log (as 'codedistiller show EXAMPLE --round N' prints it), not of a filtered view."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id (see 'codedistiller status')."));
    const QCommandLineOption round(u"round"_s, Tr::tr("The round (its index, required)."), u"N"_s);
    const QCommandLineOption file(u"file"_s, Tr::tr("main.py, requirements.txt, run.sh, metadata.json or log (required)."), u"file"_s);
    const QCommandLineOption line(u"line"_s, Tr::tr("The 1-based line (required)."), u"N"_s);
    const QCommandLineOption text(u"text"_s, Tr::tr("The comment (required)."), u"text"_s);
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Your name (required)."), u"name"_s);
    p.addOptions({round, file, line, text, annotator});
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const qint64 example = exampleId(p.positionalArguments().first());
    for (const auto *required : {&round, &file, &line, &text, &annotator})
        if (p.value(*required).trimmed().isEmpty())
            throw Error(Tr::tr("--%1 is required: annotate EXAMPLE --round N --file FILE --line N --text TEXT --annotator NAME.")
                            .arg(required->names().first()),
                        Error::Kind::InvalidInput);
    bool ok = false;
    const int roundIndex = p.value(round).toInt(&ok);
    if (!ok)
        throw Error(Tr::tr("--round takes a round index."), Error::Kind::InvalidInput);
    store::AnnotationRecord a;
    a.target = p.value(file);
    a.line = p.value(line).toInt(&ok);
    if (!ok)
        throw Error(Tr::tr("--line takes a line number (from 1)."), Error::Kind::InvalidInput);
    a.body = p.value(text);
    a.annotator = p.value(annotator);
    const auto ws = m_context.openWorkspace();
    const auto r = store::PipelineStore(ws).round(example, roundIndex);
    if (!r)
        throw Error(Tr::tr("Example %1 has no round %2.").arg(example).arg(roundIndex), Error::Kind::NotFound);
    a.roundId = r->id;
    const auto stored = store::AnnotationStore(ws).add(a);
    if (m_context.json)
        ConsoleOutput::json(toJson(stored));
    else
        ConsoleOutput::out(Tr::tr("comment %1 on %2 line %3 of round %4 recorded\n").arg(stored.id).arg(stored.target).arg(stored.line).arg(stored.roundIndex));
    return 0;
}

int AdjudicationCommands::annotations(const QStringList &args)
{
    CommandParser cp(Tr::tr("An example's line comments, every round. In blind mode others' comments are shown only "
                            "to an annotator who has judged the example (--annotator)."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id."));
    const QCommandLineOption annotator(u"annotator"_s, Tr::tr("Who is reading (for blind mode)."), u"name"_s);
    p.addOption(annotator);
    if (const int rc = cp.parse(args, m_context, 1, 1); rc >= 0)
        return rc;
    const qint64 example = exampleId(p.positionalArguments().first());
    const auto ws = m_context.openWorkspace();
    if (!store::PipelineStore(ws).example(example))
        throw Error(Tr::tr("No example %1.").arg(example), Error::Kind::NotFound);
    auto comments = store::AnnotationStore(ws).forExample(example);
    const auto visible = review::VisibleAnnotations::filter(ws, p.value(annotator), comments);
    if (visible.size() < comments.size())
        ConsoleOutput::err(Tr::tr("codedistiller: blind mode: %n comment(s) of other annotators hidden until %1 judges the example\n",
                                  nullptr, int(comments.size() - visible.size()))
                               .arg(p.value(annotator).isEmpty() ? Tr::tr("you (--annotator NAME)") : p.value(annotator)));
    if (m_context.json) {
        QJsonArray array;
        for (const auto &a : visible)
            array.append(toJson(a));
        ConsoleOutput::json(array);
        return 0;
    }
    if (visible.isEmpty()) {
        ConsoleOutput::out(Tr::tr("No comments on example %1; add one with 'codedistiller annotate'.\n").arg(example));
        return 0;
    }
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("ROUND"), Tr::tr("FILE"), Tr::tr("LINE"), Tr::tr("ANNOTATOR"), Tr::tr("COMMENT")}};
    for (const auto &a : visible)
        rows.append({QString::number(a.id), QString::number(a.roundIndex), a.target, QString::number(a.line), a.annotator, a.body});
    ConsoleOutput::table(rows);
    return 0;
}

int AdjudicationCommands::adjudicate(const QStringList &args)
{
    CommandParser cp(Tr::tr("Without EXAMPLE: the adjudication queue, the examples whose annotators and LLM judge disagree "
                            "on a criterion without a gold value. With EXAMPLE: record the gold value of one criterion "
                            "with its rationale (append-only; the newest is the gold one)."));
    auto &p = cp.parser();
    p.addPositionalArgument(u"EXAMPLE"_s, Tr::tr("Example id: record a gold value for it."), u"[EXAMPLE]"_s);
    const QCommandLineOption campaign(u"campaign"_s, Tr::tr("List only this campaign's disagreements."), u"name"_s);
    const QCommandLineOption criterion(u"criterion"_s, Tr::tr("ran_without_error, shows_function, function_correct or decision."),
                                       u"criterion"_s);
    const QCommandLineOption value(u"value"_s, Tr::tr("yes or no; for the decision accept, reject or needs-work."), u"value"_s);
    const QCommandLineOption reason(u"reason"_s, Tr::tr("Why this is the right answer (required)."), u"text"_s);
    const QCommandLineOption adjudicator(u"adjudicator"_s, Tr::tr("Your name (required)."), u"name"_s);
    p.addOptions({campaign, criterion, value, reason, adjudicator});
    if (const int rc = cp.parse(args, m_context, 0, 1); rc >= 0)
        return rc;

    if (p.positionalArguments().isEmpty()) {
        for (const auto *recordOnly : {&criterion, &value, &reason, &adjudicator})
            if (p.isSet(*recordOnly))
                throw Error(Tr::tr("--%1 records a gold value: name the example (adjudicate EXAMPLE --criterion C --value V "
                                   "--reason TEXT --adjudicator NAME).")
                                .arg(recordOnly->names().first()),
                            Error::Kind::InvalidInput);
        const auto items = review::AdjudicationQueue::compute(m_context.openWorkspace(), p.value(campaign));
        if (m_context.json) {
            ConsoleOutput::json(review::AdjudicationQueue::toJson(items));
            return 0;
        }
        if (items.isEmpty()) {
            ConsoleOutput::out(Tr::tr("No disagreements to adjudicate.\n"));
            return 0;
        }
        QList<QStringList> rows{{Tr::tr("EXAMPLE"), Tr::tr("CAMPAIGN"), Tr::tr("REPOSITORY"), Tr::tr("CONFLICTS"), Tr::tr("ANSWERS")}};
        for (const auto &item : items) {
            QStringList answers;
            for (const auto &r : item.raters) {
                QStringList mine;
                for (const QString &c : item.conflicts)
                    mine << r.answers.value(c, u"-"_s);
                answers << r.name + u'=' + mine.join(u'/');
            }
            rows.append({QString::number(item.exampleId), item.campaign, item.repository, item.conflicts.join(u','), answers.join(u' ')});
        }
        ConsoleOutput::table(rows);
        return 0;
    }

    if (p.isSet(campaign))
        throw Error(Tr::tr("--campaign filters the queue; it does not go with an EXAMPLE."), Error::Kind::InvalidInput);
    store::AdjudicationRecord r;
    r.exampleId = exampleId(p.positionalArguments().first());
    r.criterion = QString(p.value(criterion)).replace(u'-', u'_');
    r.value = QString(p.value(value)).replace(u'-', u'_');
    r.reason = p.value(reason);
    r.adjudicator = p.value(adjudicator);
    if (r.criterion.isEmpty() || r.value.isEmpty())
        throw Error(Tr::tr("Say what is decided: --criterion C --value V."), Error::Kind::InvalidInput);
    if (r.adjudicator.trimmed().isEmpty())
        throw Error(Tr::tr("Say who you are with --adjudicator NAME."), Error::Kind::InvalidInput);
    const auto stored = store::AdjudicationStore(m_context.openWorkspace()).record(r);
    if (m_context.json) {
        ConsoleOutput::json(QJsonObject{{u"id"_s, stored.id},
                                        {u"example"_s, stored.exampleId},
                                        {u"criterion"_s, stored.criterion},
                                        {u"value"_s, stored.value},
                                        {u"adjudicator"_s, stored.adjudicator},
                                        {u"reason"_s, stored.reason}});
    } else {
        ConsoleOutput::out(Tr::tr("gold %1 = %2 for example %3 recorded by %4\n")
                               .arg(stored.criterion, stored.value)
                               .arg(stored.exampleId)
                               .arg(stored.adjudicator));
    }
    return 0;
}

} // namespace wb::cli
