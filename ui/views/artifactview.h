// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "artifacts/artifactdiff.h"
#include "artifacts/csvtable.h"
#include "artifacts/jsontree.h"
#include "session/latestonly.h"
#include "store/pipelinestore.h"

#include <QHash>
#include <QImage>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace wb::ui {

class ArtifactTableView;
class ImageViewer;
class JsonTreeModel;
class StructurePanel;
class WorkspaceSession;

/**
 * A round's files (log.json, results.json, to_save/…): a list with the figures' thumbnails and a
 * preview of the current one — figures in an image viewer, JSON as a tree (JsonTreeModel), CSV/TSV as a
 * sortable table with a plot (ArtifactTableView, at most 50 000 rows shown), structures (POSCAR, CIF, XYZ,
 * PDB, ASE .traj, …) in a StructurePanel that reads them on a worker thread, anything else as text (at
 * most 2 MiB). The first figure is shown first: it is what an expert looks at.
 *
 * Tables and JSON are parsed on the session's pool (the newest request wins). When an earlier round has
 * an artifact of the same name, "Compare with round N" marks what changed since the latest such round.
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

    /** An earlier round's kept artifacts (name → content), for the comparison. */
    struct EarlierRound
    {
        int index = 0;
        QHash<QString, QByteArray> content;
    };

    explicit ArtifactView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ArtifactView() override;

    /** Whether @p name is shown as a figure (png, jpg, jpeg, svg). */
    static bool isFigure(const QString &name);
    /** Decodes the figures among @p content (artifact name → bytes); for any thread. */
    static Images decode(const QHash<QString, QByteArray> &content);

    /**
     * Shows @p artifacts; @p content holds the kept ones' bytes, @p images their decoded figures,
     * @p earlier the earlier rounds' artifacts, newest first.
     */
    void setArtifacts(const QList<store::PipelineStore::ArtifactRow> &artifacts, const QHash<QString, QByteArray> &content,
                      const Images &images, const QList<EarlierRound> &earlier = {});
    void clear();

    QListWidget *list() const { return m_list; }
    ImageViewer *imageView() const { return m_image; }
    QTreeView *jsonView() const { return m_json; }
    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    ArtifactTableView *tableView() const { return m_table; }
    QTextBrowser *textView() const { return m_text; }
    /** "Compare with round N"; hidden when no earlier round has the artifact shown. */
    QCheckBox *compareToggle() const { return m_compare; }
    /** The artifact whose parsed form is shown (empty while it is read or for figures and text). */
    QString shownName() const { return m_parsed.name; }

    /** The structure viewer; created when the first structure is shown (nullptr before). */
    StructurePanel *structurePanel() const { return m_structure; }
    /** Whether @p name is shown in the structure viewer. */
    static bool isStructure(const QString &name);
    /** The interpreter trajectories are read with (empty: python3 as the executors find it). */
    void setPythonPath(const QString &path) { m_pythonPath = path; }

Q_SIGNALS:
    /** A table or JSON artifact was parsed and is shown. */
    void artifactShown(const QString &name);

private:
    /** A table or JSON artifact parsed off the GUI thread, with the earlier version and the diff. */
    struct Parsed
    {
        enum class Kind { Table, Json, Text };
        QString name;
        Kind kind = Kind::Text;
        artifacts::CsvTable table;
        artifacts::CsvTable olderTable;
        artifacts::JsonTree tree;
        artifacts::ArtifactDiff diff;
        int olderRound = 0;   ///< 0: no earlier version to compare with
    };

    static Parsed parse(const QString &name, const QByteArray &content, const QByteArray &older, int olderRound);
    void showArtifact(int row);
    void showParsed(const Parsed &parsed);
    void applyComparison();

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    QHash<QString, QByteArray> m_content;
    QList<EarlierRound> m_earlier;
    Images m_images;
    Parsed m_parsed;
    QListWidget *m_list;
    QCheckBox *m_compare;
    QStackedWidget *m_stack;
    ImageViewer *m_image;
    QTreeView *m_json;
    JsonTreeModel *m_jsonModel;
    ArtifactTableView *m_table;
    QTextBrowser *m_text;
    StructurePanel *m_structure = nullptr;
    QString m_pythonPath;
};

} // namespace wb::ui
