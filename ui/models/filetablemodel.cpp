// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filetablemodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString flagText(const store::FileRecord &f)
{
    QStringList out;
    if (f.kind == store::FileKind::Symlink) out << FileTableModel::tr("symlink → %1").arg(f.symlinkTarget);
    if (f.kind == store::FileKind::Submodule) out << FileTableModel::tr("submodule");
    if (f.isBinary) out << FileTableModel::tr("binary");
    if (f.isLfsPointer) out << FileTableModel::tr("LFS pointer");
    if (f.contentSkipped) out << FileTableModel::tr("too large to read");
    if (f.isExecutable) out << FileTableModel::tr("executable");
    return out.join(u", "_s);
}
} // namespace

FileTableModel::FileTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FileTableModel::setFiles(const QList<store::FileRecord> &files)
{
    beginResetModel();
    m_rows = files;
    endResetModel();
}

const store::FileRecord *FileTableModel::fileAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QColor FileTableModel::colorForPrior(int prior)
{
    // Sequential, colour-blind safe (viridis-like), light enough for dark text.
    static const QColor colors[] = {QColor(0xe8, 0xe8, 0xe8), QColor(0xc6, 0xdb, 0xef), QColor(0x9e, 0xd9, 0xb8),
                                    QColor(0xf6, 0xd8, 0x6b), QColor(0xf4, 0xa2, 0x61)};
    return colors[std::clamp(prior, 1, 5) - 1];
}

int FileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::FileRecord &f = m_rows.at(index.row());
    switch (role) {
    case Qt::BackgroundRole:
        return index.column() == PriorColumn ? QVariant(colorForPrior(f.prior)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == PriorColumn ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == PriorColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        if (index.column() == LinesColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return tr("%1\nStatic ranking: band %2, score %3\n%4")
            .arg(f.path)
            .arg(f.prior)
            .arg(QLocale().toString(f.priorScore, 'f', 2))
            .arg(f.priorReason.isEmpty() ? tr("no particular signal") : QString(f.priorReason).replace(u"; "_s, u"\n"_s));
    case SortRole:
        switch (index.column()) {
        case PriorColumn: return f.priorScore > 0 ? f.priorScore : double(f.prior);
        case LinesColumn: return f.lineCount ? *f.lineCount : -1;
        case SizeColumn: return f.sizeBytes;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case PriorColumn: return f.prior;
        case PathColumn: return f.path;
        case CategoryColumn: return store::toString(f.category);
        case LanguageColumn: return f.language;
        case LinesColumn: return f.lineCount ? QLocale().toString(*f.lineCount) : QString();
        case SizeColumn: return QLocale().formattedDataSize(f.sizeBytes);
        case FlagsColumn: return flagText(f);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant FileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PriorColumn: return tr("Prior");
    case PathColumn: return tr("Path");
    case CategoryColumn: return tr("Category");
    case LanguageColumn: return tr("Language");
    case LinesColumn: return tr("Lines");
    case SizeColumn: return tr("Size");
    case FlagsColumn: return tr("Flags");
    default: return {};
    }
}

} // namespace wb::ui
