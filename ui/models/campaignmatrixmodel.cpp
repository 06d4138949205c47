// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/campaignmatrixmodel.h"

#include "store/decision.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
using Judge = review::CampaignMatrix::Judge;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
} // namespace

CampaignMatrixModel::CampaignMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CampaignMatrixModel::setMatrix(const review::CampaignMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

const review::CampaignMatrix::Cell *CampaignMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < 1 || index.row() >= m_matrix.rows.size())
        return nullptr;
    const auto &cells = m_matrix.rows.at(index.row()).cells;
    if (index.column() - 1 >= cells.size() || !cells.at(index.column() - 1))
        return nullptr;
    return &*cells.at(index.column() - 1);
}

QString CampaignMatrixModel::judgeMark(Judge judge)
{
    switch (judge) {
    case Judge::Finished:
        return u"✓"_s;
    case Judge::NotFinished:
        return u"✗"_s;
    case Judge::Hidden:
        return u"◌"_s;
    case Judge::None:
        break;
    }
    return u"·"_s;
}

QString CampaignMatrixModel::decisionText(const QString &decision)
{
    const auto typed = store::decisionFromString(decision);
    if (!typed)
        return decision;
    switch (*typed) {
    case store::Decision::Accept:
        return tr("accept");
    case store::Decision::Reject:
        return tr("reject");
    case store::Decision::NeedsWork:
        return tr("needs work");
    }
    return decision;
}

QString CampaignMatrixModel::cellText(const review::CampaignMatrix::Cell &cell)
{
    QString human;
    if (cell.humanHidden)
        human = u"◌"_s;
    else if (cell.split)
        human = tr("split");
    else if (cell.human.isEmpty())
        human = u"—"_s;
    else
        human = (cell.gold ? u"★ "_s : QString()) + decisionText(cell.human);
    QString text = judgeMark(cell.judge) + u"  "_s + human;
    if (cell.disagrees())
        text += u"  ≠"_s;
    if (!store::isVerdict(cell.status))
        text += u"  (%1)"_s.arg(store::exampleStatusToString(cell.status).toLower());
    return text;
}

int CampaignMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int CampaignMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns.size()) + 1;
}

QString CampaignMatrixModel::toolTip(const review::CampaignMatrix::Cell &cell, int column) const
{
    const auto &c = m_matrix.columns.at(column - 1);
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg((c.model.isEmpty() ? c.label : u"%1 (%2)"_s.arg(c.label, c.model)).toHtmlEscaped());
    lines << tr("Example %1: %2, %n round(s), %3", nullptr, cell.rounds)
                 .arg(cell.exampleId)
                 .arg(store::exampleStatusToString(cell.status), cell.cost.toString(4));
    switch (cell.judge) {
    case Judge::Finished:
        lines << tr("Judge: finished");
        break;
    case Judge::NotFinished:
        lines << tr("Judge: not finished");
        break;
    case Judge::Hidden:
        lines << tr("Judge: hidden in blind mode until you judge this example");
        break;
    case Judge::None:
        lines << tr("Judge: no verdict yet");
        break;
    }
    if (cell.humanHidden)
        lines << tr("Humans: hidden in blind mode until you judge this example");
    else if (cell.gold)
        lines << tr("Humans: %1 (gold decision)").arg(decisionText(cell.human));
    else if (cell.split)
        lines << tr("Humans: split, no majority among %n annotator(s)", nullptr, cell.annotators);
    else if (cell.human.isEmpty())
        lines << tr("Humans: not judged yet");
    else
        lines << tr("Humans: %1 (%2 of %n annotator(s))", nullptr, cell.annotators).arg(decisionText(cell.human)).arg(cell.majorityVotes);
    if (cell.agrees)
        lines << (*cell.agrees ? tr("Judge and humans agree.") : tr("<b>Judge and humans disagree.</b>"));
    lines << tr("Double-click to open the example.");
    return lines.join(u"<br>"_s);
}

QVariant CampaignMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.rows.size())
        return {};
    const auto &row = m_matrix.rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.repository;
        case DisagreesRole:
            return row.hasDisagreement();
        case Qt::ToolTipRole:
            return row.repository;
        default:
            return {};
        }
    }
    const auto *cell = cellAt(index);
    if (!cell) {
        switch (role) {
        case Qt::DisplayRole:
            return u"—"_s;
        case Qt::ToolTipRole:
            return tr("No example of this repository in this campaign.");
        case Qt::ForegroundRole:
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case SortRole:
            return 4;
        case ExampleIdRole:
            return qint64(0);
        case DisagreesRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*cell);
    case Qt::ToolTipRole:
        return toolTip(*cell, index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!cell->agrees)
            return {};
        const QPalette palette = QGuiApplication::palette();
        const bool dark = isDark(palette);
        const QColor base = palette.color(QPalette::Base);
        if (!*cell->agrees)
            return mix(base, dark ? QColor(0xff, 0x45, 0x45) : QColor(0xe0, 0x1b, 0x24), dark ? 0.38 : 0.28);
        return mix(base, dark ? QColor(0x4c, 0xd9, 0x64) : QColor(0x2e, 0xa0, 0x43), 0.12);
    }
    case Qt::FontRole:
        if (cell->disagrees()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        // Disagreements first, then agreements, then the undecided.
        return cell->agrees ? (*cell->agrees ? 1 : 0) : 2;
    case ExampleIdRole:
        return cell->exampleId;
    case DisagreesRole:
        return cell->disagrees();
    default:
        return {};
    }
}

QVariant CampaignMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_matrix.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Repository");
        return {};
    }
    const auto &c = m_matrix.columns.at(section - 1);
    if (role == Qt::DisplayRole)
        return c.model.isEmpty() ? c.label : c.label + u'\n' + c.model;
    if (role == Qt::ToolTipRole)
        return m_matrix.blind ? tr("%1 — model hidden in blind mode").arg(c.label) : tr("%1 — generator %2").arg(c.label, c.model);
    return {};
}

} // namespace wb::ui
