// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/filetreemodel.h"
#include "store/filerecord.h"
#include "store/pipelinerecords.h"
#include "widgets/treemapwidget.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace wb::ui {

/**
 * How relevant each file of a repository is, as the heatmap and the file tree show it: the model's
 * rating from the newest classification where there is one, else the static prior, with a tooltip
 * that says which and why (size, language, the model's classification, setup facts, whether the file
 * went into the generation prompt).
 */
class FileRelevance final
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::FileRelevance)

public:
    static FileRelevance build(const QList<store::FileRecord> &files, const QList<store::ClassificationRecord> &classifications);

    QList<TreemapWidget::Cell> cells;                 ///< in the order of the files
    QHash<QString, FileTreeModel::Rating> ratings;    ///< by path
};

} // namespace wb::ui
