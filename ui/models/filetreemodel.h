// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace wb::ui {

/**
 * One repository's inventory as a directory tree coloured by relevance 1–5 (the model's rating where
 * there is one, else the static prior; RelevancePalette). A directory shows the highest relevance
 * below it. Files that went into the generation prompt are bold and starred. Built once per
 * setFiles; reads are look-ups in the built tree.
 */
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)

public:
    enum Column { NameColumn, RelevanceColumn, TypeColumn, SizeColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    /** The full path of a file or directory (directories without a trailing slash). */
    static constexpr int PathRole = Qt::UserRole + 2;
    static constexpr int IsDirectoryRole = Qt::UserRole + 3;
    static constexpr int InPromptRole = Qt::UserRole + 4;
    /** Relevance 1–5 as an int (the maximum below it for a directory). */
    static constexpr int RelevanceRole = Qt::UserRole + 5;

    /** What the pipeline knows about one file beyond its inventory record. */
    struct Rating
    {
        int relevance = 1;     ///< 1-5
        bool rated = false;    ///< the model's rating, not the prior
        bool inPrompt = false;
        QString label;         ///< the model's classification, empty when none
        QString tooltip;       ///< rich text; empty: a short default
        bool notAsked = false; ///< classification ran without asking about this file
    };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    /** Rebuilds the tree; files without an entry in @p ratings use their static prior. */
    void setFiles(const QList<store::FileRecord> &files, const QHash<QString, Rating> &ratings = {});
    /** The index (column 0) of @p path, invalid when there is no such file or directory. */
    QModelIndex indexOf(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    const Node *nodeOf(const QModelIndex &index) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, const Node *> m_byPath;
};

} // namespace wb::ui
