// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/campaignmatrix.h"

#include "pipeline/campaignconfig.h"
#include "pipeline/campaignprotocol.h"
#include "review/agreementreport.h"
#include "review/blindreview.h"
#include "review/blindview.h"
#include "store/decision.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::review {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::review::CampaignMatrix)
};

QString letters(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString judgeName(CampaignMatrix::Judge judge)
{
    switch (judge) {
    case CampaignMatrix::Judge::Finished:
        return u"finished"_s;
    case CampaignMatrix::Judge::NotFinished:
        return u"not_finished"_s;
    case CampaignMatrix::Judge::Hidden:
        return u"hidden"_s;
    case CampaignMatrix::Judge::None:
        break;
    }
    return {};
}

/** The majority of @p decisions: the strictly most frequent; a tie yields none (split). */
void applyMajority(CampaignMatrix::Cell &cell, const QStringList &decisions)
{
    QMap<QString, int> counts;
    for (const QString &d : decisions)
        ++counts[d];
    cell.annotators = int(decisions.size());
    int best = 0;
    int holders = 0;
    QString winner;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            holders = 1;
            winner = it.key();
        } else if (it.value() == best) {
            ++holders;
        }
    }
    cell.majorityVotes = best;
    cell.split = holders > 1;
    cell.human = cell.split ? QString() : winner;
}
} // namespace

bool CampaignMatrix::Row::hasDisagreement() const
{
    return std::any_of(cells.cbegin(), cells.cend(), [](const std::optional<Cell> &c) { return c && c->disagrees(); });
}

QString CampaignMatrix::generatorModel(const QByteArray &configJson)
{
    try {
        const auto generator = pipeline::CampaignConfig::fromJson(configJson).generator;
        if (generator.model.isEmpty())
            return generator.provider;
        return generator.provider.isEmpty() ? generator.model : generator.provider + u'/' + generator.model;
    } catch (const Error &) {
        return {};
    }
}

QString CampaignMatrix::blindLabel(const QString &name, const QString &model, int position)
{
    const QString anonymous = Tr::tr("Campaign %1").arg(position);
    if (model.isEmpty())
        return name;
    // Every part of "provider/model" gives itself, and its family (the first word: "gpt", "claude").
    QStringList tells;
    for (const QString &part : model.split(u'/', Qt::SkipEmptyParts)) {
        tells << letters(part);
        const QString family = part.section(u'-', 0, 0).section(u'_', 0, 0).section(u'.', 0, 0);
        tells << letters(family);
    }
    const QString plain = letters(name);
    for (const QString &tell : std::as_const(tells))
        if (tell.size() >= 3 && plain.contains(tell))
            return anonymous;
    return name;
}

CampaignMatrix CampaignMatrix::compute(const std::shared_ptr<store::Workspace> &workspace, const QStringList &campaigns,
                                       const QString &annotator)
{
    CampaignMatrix matrix;
    const store::PipelineStore pipeline(workspace);
    QList<store::CampaignRecord> chosen;
    if (campaigns.isEmpty()) {
        chosen = pipeline.campaigns();
    } else {
        for (const QString &name : campaigns) {
            if (name.trimmed().isEmpty())
                continue;
            const auto found = pipeline.campaignsNamed(name).first();   // throws NotFound
            if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const auto &c) { return c.id == found.id; }))
                chosen << found;
        }
    }
    matrix.blind = BlindReview::isEnabled(workspace);
    QHash<qint64, int> columnOf;
    QStringList ids;
    for (const auto &c : std::as_const(chosen)) {
        Column column;
        column.campaignId = c.id;
        column.name = c.name;
        const QString model = generatorModel(c.configJson);
        column.model = matrix.blind ? QString() : model;
        column.label = matrix.blind ? blindLabel(c.name, model, int(matrix.columns.size()) + 1) : c.name;
        column.protocol = pipeline::CampaignProtocol::label(pipeline::CampaignConfig::fromJson(c.configJson));
        columnOf.insert(c.id, int(matrix.columns.size()));
        matrix.columns << column;
        ids << QString::number(c.id);
    }
    if (ids.isEmpty())
        return matrix;
    const QString inCampaigns = ids.join(u',');   // ids from the store: integers, safe to inline
    const QSqlDatabase db = workspace->database();

    // 1. Every example with its pipeline rounds, cost and newest judged pipeline round.
    QSqlQuery q = store::exec(db, u"SELECT e.id, e.campaign_id, e.repository_id, r.name, e.status, "
                                  "(SELECT SUM(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id), "
                                  "(SELECT COUNT(*) FROM rounds n WHERE n.example_id = e.id AND n.origin <> 'human'), "
                                  "v.verdict_json, v.exit_code, "
                                  "(SELECT COUNT(k.cost_usd) FROM llm_calls k WHERE k.example_id = e.id), "
                                  "(SELECT COUNT(*) FROM llm_calls k WHERE k.example_id = e.id) "
                                  "FROM examples e JOIN repositories r ON r.id = e.repository_id "
                                  "LEFT JOIN rounds v ON v.example_id = e.id AND v.round_index = (SELECT MAX(j.round_index) "
                                  "FROM rounds j WHERE j.example_id = e.id AND j.origin <> 'human' "
                                  "AND j.verdict_json IS NOT NULL AND j.verdict_json <> '') "
                                  "WHERE e.campaign_id IN (%1) ORDER BY LOWER(r.name), r.name, e.repository_id"_s.arg(inCampaigns));
    QHash<qint64, int> rowOf;                         // repository → row
    QHash<qint64, std::pair<int, int>> cellOf;        // example → (row, column)
    while (q.next()) {
        const qint64 repositoryId = q.value(2).toLongLong();
        auto row = rowOf.constFind(repositoryId);
        if (row == rowOf.cend()) {
            Row r;
            r.repositoryId = repositoryId;
            r.repository = q.value(3).toString();
            r.cells.resize(matrix.columns.size());
            row = rowOf.insert(repositoryId, int(matrix.rows.size()));
            matrix.rows << r;
        }
        Cell cell;
        cell.exampleId = q.value(0).toLongLong();
        cell.status = store::storedExampleStatus(q.value(4).toString());
        cell.cost = llm::CostTotal::of(q.value(5).toDouble(), q.value(9).toLongLong(),
                                       q.value(10).toLongLong() - q.value(9).toLongLong());
        cell.rounds = q.value(6).toInt();
        if (!q.value(7).isNull()) {
            store::RoundRecord judged;
            judged.verdictJson = q.value(7).toByteArray();
            if (!q.value(8).isNull())
                judged.exitCode = q.value(8).toInt();
            const QString decision = AgreementReport::judgeAnswers({judged}).value(u"decision"_s);
            if (!decision.isEmpty())
                cell.judge = store::isAccepted(decision) ? Judge::Finished : Judge::NotFinished;
        }
        const int column = columnOf.value(q.value(1).toLongLong());
        cellOf.insert(cell.exampleId, {*row, column});
        matrix.rows[*row].cells[column] = cell;
    }

    // 2. The annotators' current decisions: one query per campaign.
    QHash<qint64, QStringList> decisions;
    const store::JudgementStore judgements(workspace);
    for (const auto &c : std::as_const(chosen))
        for (const auto &j : judgements.current(c.id))
            if (j.decision)
                decisions[j.exampleId] << j.decisionText();

    // 3. Gold decisions: the newest adjudication of each example's decision.
    QHash<qint64, QString> gold;
    q = store::exec(db, u"SELECT a.example_id, a.value FROM adjudications a JOIN examples e ON e.id = a.example_id "
                        "WHERE a.criterion = 'decision' AND e.campaign_id IN (%1) ORDER BY a.example_id, a.created_at, a.id"_s
                            .arg(inCampaigns));
    while (q.next())
        gold.insert(q.value(0).toLongLong(), q.value(1).toString().replace(u'-', u'_'));

    // 4. Blind mode: the examples revealed to this annotator (those they judged), all at once.
    const QSet<qint64> revealed = matrix.blind && !annotator.trimmed().isEmpty() ? BlindReview::judgedBy(workspace, annotator)
                                                                                : QSet<qint64>();

    for (auto it = cellOf.cbegin(); it != cellOf.cend(); ++it) {
        Cell &cell = *matrix.rows[it->first].cells[it->second];
        if (matrix.blind && !revealed.contains(cell.exampleId)) {
            cell.judge = Judge::Hidden;
            cell.humanHidden = true;
            continue;
        }
        applyMajority(cell, decisions.value(cell.exampleId));
        if (const auto g = gold.constFind(cell.exampleId); g != gold.cend()) {
            cell.human = *g;
            cell.gold = true;
            cell.split = false;
        }
        if (!cell.human.isEmpty() && (cell.judge == Judge::Finished || cell.judge == Judge::NotFinished))
            cell.agrees = (cell.judge == Judge::Finished) == store::isAccepted(cell.human);
    }
    return matrix;
}

int CampaignMatrix::disagreements() const
{
    int n = 0;
    for (const Row &row : rows)
        for (const auto &cell : row.cells)
            n += cell && cell->disagrees() ? 1 : 0;
    return n;
}

QStringList CampaignMatrix::protocolWarnings() const
{
    QMap<QString, QStringList> byProtocol;
    for (const Column &c : columns)
        byProtocol[c.protocol] << c.label;
    if (byProtocol.size() < 2)
        return {};
    QStringList groups;
    for (auto it = byProtocol.cbegin(); it != byProtocol.cend(); ++it)
        groups << u"%1: %2"_s.arg(it.key(), it.value().join(u", "_s));
    return {QCoreApplication::translate("wb::review::CampaignMatrix",
                                        "The campaigns ran under different protocols, so they are not comparable (%1).")
                .arg(groups.join(u"; "_s))};
}

QJsonObject CampaignMatrix::toJson() const
{
    QJsonArray columnArray;
    for (const Column &c : columns)
        columnArray.append(QJsonObject{{u"campaign_id"_s, c.campaignId},
                                       {u"label"_s, c.label},
                                       {u"name"_s, blind ? QJsonValue(c.label) : QJsonValue(c.name)},
                                       {u"model"_s, c.model.isEmpty() ? QJsonValue() : QJsonValue(c.model)},
                                       {u"protocol"_s, c.protocol}});
    QJsonArray rowArray;
    for (const Row &row : rows) {
        QJsonArray cells;
        for (const auto &cell : row.cells) {
            if (!cell) {
                cells.append(QJsonValue());
                continue;
            }
            QString humanSource;
            if (cell->gold)
                humanSource = u"gold"_s;
            else if (!cell->human.isEmpty())
                humanSource = u"majority"_s;
            else if (cell->split)
                humanSource = u"split"_s;
            else if (cell->humanHidden)
                humanSource = u"hidden"_s;
            QJsonObject o{{u"example"_s, cell->exampleId},
                          {u"status"_s, store::exampleStatusToString(cell->status)},
                          {u"rounds"_s, cell->rounds},
                          {u"judge"_s, cell->judge == Judge::None ? QJsonValue() : QJsonValue(judgeName(cell->judge))},
                          {u"human"_s, cell->human.isEmpty() ? QJsonValue() : QJsonValue(cell->human)},
                          {u"human_source"_s, humanSource.isEmpty() ? QJsonValue() : QJsonValue(humanSource)},
                          {u"annotators"_s, cell->annotators},
                          {u"agrees"_s, cell->agrees ? QJsonValue(*cell->agrees) : QJsonValue()}};
            cell->cost.writeJson(o);
            cells.append(o);
        }
        rowArray.append(QJsonObject{{u"repository_id"_s, row.repositoryId}, {u"repository"_s, row.repository}, {u"cells"_s, cells}});
    }
    return {{u"blind"_s, blind}, {u"columns"_s, columnArray}, {u"rows"_s, rowArray}, {u"disagreements"_s, disagreements()},
            {u"warnings"_s, QJsonArray::fromStringList(protocolWarnings())}};
}

} // namespace wb::review
