// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdiff.h"
#include "artifacts/diffstyle.h"
#include "artifacts/jsontree.h"

#include <QAbstractItemModel>

namespace wb::ui {

/**
 * A JSON artifact (artifacts::JsonTree) for a QTreeView: Key and Value columns, values in a monospace
 * font with numbers right-aligned. With a comparison, changed leaves get DiffStyle's background and an
 * old → new tooltip, added keys are marked, and keys the earlier round had are shown struck out under
 * their parent.
 */
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { PointerRole = Qt::UserRole + 1, ChangeRole };   ///< ChangeRole: ArtifactTableModel::ChangeKind as int

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setTree(const artifacts::JsonTree &tree);
    void setComparison(const artifacts::ArtifactDiff &diff);
    void clearComparison();
    bool comparing() const { return m_comparing; }
    /** The index of JSON Pointer @p pointer in column @p column (invalid when absent). */
    QModelIndex indexOf(const QString &pointer, int column = KeyColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString key;
        QString value;
        QString pointer;
        artifacts::JsonTree::Kind kind = artifacts::JsonTree::Kind::Null;
        int parent = -1;
        int row = 0;
        QList<int> children;
        int change = 0;       ///< ArtifactTableModel::ChangeKind
        QString tooltip;
    };

    void rebuild();

    artifacts::JsonTree m_tree;
    artifacts::ArtifactDiff m_diff;
    bool m_comparing = false;
    QList<Item> m_items;   ///< 0: an invisible root over the document's root
    DiffStyle m_style;
};

} // namespace wb::ui
