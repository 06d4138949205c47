// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pipelinestore.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace wb::ui {

class ImageViewer;
class StructurePanel;

/**
 * A round's files (log.json, results.json, to_save/…): a list with the figures' thumbnails and a
 * preview of the current one — figures in an image viewer, JSON as a tree, CSV/TSV as a table (at most
 * 10 000 rows), structures (POSCAR, CIF, XYZ, PDB, ASE .traj, …) in a StructurePanel that reads them on a
 * worker thread, anything else as text (at most 2 MiB). The first figure is shown first: it is what an
 * expert looks at. Holds what it was given; reads nothing from the workspace.
 */
class ArtifactView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtifactView)

public:
    /** The decoded figures and their gallery thumbnails, by artifact name. */
    struct Images
    {
        QHash<QString, QImage> figures;
        QHash<QString, QImage> thumbnails;
    };

    explicit ArtifactView(QWidget *parent = nullptr);

    /** Whether @p name is shown as a figure (png, jpg, jpeg, svg). */
    static bool isFigure(const QString &name);
    /** Decodes the figures among @p content (artifact name → bytes); for any thread. */
    static Images decode(const QHash<QString, QByteArray> &content);

    /** Shows @p artifacts; @p content holds the kept ones' bytes, @p images their decoded figures. */
    void setArtifacts(const QList<store::PipelineStore::ArtifactRow> &artifacts, const QHash<QString, QByteArray> &content,
                      const Images &images);
    void clear();

    QListWidget *list() const { return m_list; }
    ImageViewer *imageView() const { return m_image; }
    QTreeWidget *jsonView() const { return m_json; }
    QTableWidget *csvView() const { return m_csv; }
    QTextBrowser *textView() const { return m_text; }
    /** The structure viewer; created when the first structure is shown (nullptr before). */
    StructurePanel *structurePanel() const { return m_structure; }
    /** Whether @p name is shown in the structure viewer. */
    static bool isStructure(const QString &name);
    /** The interpreter trajectories are read with (empty: python3 as the executors find it). */
    void setPythonPath(const QString &path) { m_pythonPath = path; }

private:
    void showArtifact(int row);

    QHash<QString, QByteArray> m_content;
    Images m_images;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    ImageViewer *m_image;
    QTreeWidget *m_json;
    QTableWidget *m_csv;
    QTextBrowser *m_text;
    StructurePanel *m_structure = nullptr;
    QString m_pythonPath;
};

} // namespace wb::ui
