// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/jsontreemodel.h"

#include "artifacts/artifacttablemodel.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace wb::ui {

using artifacts::ArtifactChange;
using artifacts::JsonTree;

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_style(DiffStyle::of(QGuiApplication::palette()))
{
    rebuild();
}

void JsonTreeModel::setTree(const JsonTree &tree)
{
    beginResetModel();
    m_tree = tree;
    m_diff = {};
    m_comparing = false;
    rebuild();
    endResetModel();
}

void JsonTreeModel::setComparison(const artifacts::ArtifactDiff &diff)
{
    beginResetModel();
    m_diff = diff;
    m_comparing = true;
    rebuild();
    endResetModel();
}

void JsonTreeModel::clearComparison()
{
    setTree(JsonTree(m_tree));
}

void JsonTreeModel::rebuild()
{
    m_items.clear();
    m_items.append(Item{});   // the invisible root
    if (!m_tree.isValid())
        return;
    QHash<QString, int> byPointer;
    // Nodes are stored parents first, so a parent's item exists before its children's.
    QHash<int, int> itemOfNode;
    for (int n = 0; n < m_tree.size(); ++n) {
        const JsonTree::Node &node = m_tree.node(n);
        Item item;
        item.key = node.parent < 0 ? tr("(document)") : node.key;
        item.value = m_tree.summary(n);
        item.pointer = node.pointer;
        item.kind = node.kind;
        item.parent = node.parent < 0 ? 0 : itemOfNode.value(node.parent);
        if (m_comparing) {
            if (const ArtifactChange *c = m_diff.pointerChange(node.pointer)) {
                item.change = c->kind == ArtifactChange::Kind::Added ? ArtifactTableModel::Added : ArtifactTableModel::Changed;
                item.tooltip = DiffStyle::tooltip(*c);
            } else if (node.parent >= 0 && m_items.at(item.parent).change == ArtifactTableModel::Added) {
                item.change = ArtifactTableModel::Added;   // inside an added subtree
            }
        }
        const int index = int(m_items.size());
        item.row = int(m_items[item.parent].children.size());
        m_items[item.parent].children.append(index);
        m_items.append(item);
        itemOfNode.insert(n, index);
        byPointer.insert(node.pointer, index);
    }
    if (!m_comparing)
        return;
    for (const ArtifactChange &c : m_diff.changes()) {   // removed keys under their parent, struck out
        if (c.kind != ArtifactChange::Kind::Removed || c.pointer.isEmpty())
            continue;
        const qsizetype slash = c.pointer.lastIndexOf(u'/');
        const int parent = byPointer.value(c.pointer.left(slash), -1);
        if (parent < 0)
            continue;
        Item item;
        QString token = c.pointer.mid(slash + 1);
        token.replace(u"~1"_s, u"/"_s);
        token.replace(u"~0"_s, u"~"_s);
        item.key = m_items.at(parent).kind == JsonTree::Kind::Array ? u"[%1]"_s.arg(token) : token;
        item.value = c.oldText;
        item.pointer = c.pointer;
        item.kind = JsonTree::Kind::String;
        item.parent = parent;
        item.change = ArtifactTableModel::Removed;
        item.tooltip = DiffStyle::tooltip(c);
        item.row = int(m_items[parent].children.size());
        m_items[parent].children.append(int(m_items.size()));
        m_items.append(item);
    }
}

QModelIndex JsonTreeModel::indexOf(const QString &pointer, int column) const
{
    for (int i = 1; i < m_items.size(); ++i)
        if (m_items.at(i).pointer == pointer)
            return createIndex(m_items.at(i).row, column, quintptr(i));
    return {};
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    if (p < 0 || p >= m_items.size() || row < 0 || row >= m_items.at(p).children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(m_items.at(p).children.at(row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_items.at(int(child.internalId())).parent;
    if (p <= 0)
        return {};
    return createIndex(m_items.at(p).row, 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = parent.isValid() ? int(parent.internalId()) : 0;
    return int(m_items.at(p).children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Item &item = m_items.at(int(index.internalId()));
    const bool container = item.kind == JsonTree::Kind::Object || item.kind == JsonTree::Kind::Array;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == KeyColumn ? item.key : item.value;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn && item.kind == JsonTree::Kind::Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font = index.column() == ValueColumn ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        if (item.change == ArtifactTableModel::Removed)
            font.setStrikeOut(true);
        if (index.column() == ValueColumn && container)
            font.setItalic(true);
        return font;
    }
    case Qt::BackgroundRole:
        switch (item.change) {
        case ArtifactTableModel::Changed: return m_style.changed;
        case ArtifactTableModel::Added: return m_style.added;
        case ArtifactTableModel::Removed: return m_style.removed;
        default: return {};
        }
    case Qt::ToolTipRole:
        return item.tooltip.isEmpty() ? QVariant() : QVariant(item.tooltip);
    case PointerRole:
        return item.pointer;
    case ChangeRole:
        return item.change;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

} // namespace wb::ui
