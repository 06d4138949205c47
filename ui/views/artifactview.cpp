// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/artifactview.h"

#include "artifacts/artifactdescriber.h"
#include "artifacts/artifacttablemodel.h"
#include "artifacts/artifacttableview.h"
#include "artifacts/jsontreemodel.h"
#include "session/workspacesession.h"
#include "structure/structurepanel.h"
#include "widgets/imageviewer.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

using artifacts::ArtifactDiff;
using artifacts::CsvTable;
using artifacts::JsonTree;

ArtifactView::ArtifactView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_compare(new QCheckBox(this))
    , m_stack(new QStackedWidget(this))
    , m_image(new ImageViewer(this))
    , m_json(new QTreeView(this))
    , m_jsonModel(new JsonTreeModel(this))
    , m_table(new ArtifactTableView(this))
    , m_text(new QTextBrowser(this))
{
    m_json->setModel(m_jsonModel);
    m_json->setUniformRowHeights(true);
    m_json->setAlternatingRowColors(true);
    m_json->header()->setStretchLastSection(false);
    m_json->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Stretch);
    m_json->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::ResizeToContents);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_compare->hide();
    m_compare->setToolTip(tr("Mark the numbers that changed since that round, and the rows or keys added and removed"));
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_json);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_text);
    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_compare);
    previewLayout->addWidget(m_stack, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_list->setIconSize(QSize(40, 40));
    connect(m_list, &QListWidget::currentRowChanged, this, &ArtifactView::showArtifact);
    connect(m_compare, &QCheckBox::toggled, this, &ArtifactView::applyComparison);
}

ArtifactView::~ArtifactView() = default;

bool ArtifactView::isFigure(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(u".png"_s) || lower.endsWith(u".jpg"_s) || lower.endsWith(u".jpeg"_s) || lower.endsWith(u".svg"_s);
}

bool ArtifactView::isStructure(const QString &name)
{
    const auto kind = artifacts::ArtifactDescriber::kindOf(name);
    return kind == artifacts::ArtifactDescriber::Kind::Structure || kind == artifacts::ArtifactDescriber::Kind::Trajectory;
}

ArtifactView::Images ArtifactView::decode(const QHash<QString, QByteArray> &content)
{
    Images images;
    for (auto it = content.cbegin(); it != content.cend(); ++it) {
        if (!isFigure(it.key()))
            continue;
        QImage image;
        if (image.loadFromData(it.value())) {
            images.thumbnails.insert(it.key(), image.scaled(QSize(80, 80), Qt::KeepAspectRatio, Qt::SmoothTransformation));
            images.figures.insert(it.key(), image);
        }
    }
    return images;
}

void ArtifactView::setArtifacts(const QList<store::PipelineStore::ArtifactRow> &artifacts,
                                const QHash<QString, QByteArray> &content, const Images &images, const QList<EarlierRound> &earlier)
{
    m_list->clear();
    m_content = content;
    m_images = images;
    m_earlier = earlier;
    m_parsed = {};
    m_compare->hide();
    for (const auto &a : artifacts) {
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(a.name, QLocale().formattedDataSize(a.sizeBytes)), m_list);
        item->setData(Qt::UserRole, a.name);
        const QImage thumbnail = m_images.thumbnails.value(a.name);   // the gallery
        if (!thumbnail.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
    }
    for (int row = 0; row < m_list->count(); ++row) {   // figures first
        if (isFigure(m_list->item(row)->data(Qt::UserRole).toString())) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void ArtifactView::clear()
{
    setArtifacts({}, {}, {});
}

ArtifactView::Parsed ArtifactView::parse(const QString &name, const QByteArray &content, const QByteArray &older, int olderRound)
{
    Parsed parsed;
    parsed.name = name;
    if (CsvTable::isTableName(name)) {
        CsvTable::Options options;
        if (!name.toLower().endsWith(u".csv"_s))
            options.separator = '\t';
        parsed.kind = Parsed::Kind::Table;
        parsed.table = CsvTable::parse(content, options);
        if (olderRound > 0) {
            parsed.olderTable = CsvTable::parse(older, options);
            parsed.diff = ArtifactDiff::compareTables(parsed.olderTable, parsed.table);
            parsed.olderRound = olderRound;
        }
        return parsed;
    }
    parsed.tree = JsonTree::parse(content);
    if (!parsed.tree.isValid())
        return parsed;   // shown as text
    parsed.kind = Parsed::Kind::Json;
    if (olderRound > 0) {
        const JsonTree olderTree = JsonTree::parse(older);
        if (olderTree.isValid()) {
            parsed.diff = ArtifactDiff::compareJson(olderTree, parsed.tree);
            parsed.olderRound = olderRound;
        }
    }
    return parsed;
}

void ArtifactView::showArtifact(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    m_latest.next();   // a parse still running for the previous artifact is not shown
    m_parsed = {};
    m_compare->hide();
    const QString name = m_list->item(row)->data(Qt::UserRole).toString();
    if (!m_content.contains(name)) {
        m_text->setPlainText(tr("%1 was too large to keep.").arg(name));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    const QByteArray content = m_content.value(name);
    if (isFigure(name)) {
        m_image->setImage(QPixmap::fromImage(m_images.figures.value(name)));
        m_stack->setCurrentWidget(m_image);
        return;
    }
    if (isStructure(name)) {
        if (!m_structure) {   // created on first use: OpenGL only when a structure is shown
            m_structure = new StructurePanel(this);
            m_stack->addWidget(m_structure);
        }
        m_structure->load(name, content, m_pythonPath);
        m_stack->setCurrentWidget(m_structure);
        return;
    }
    if (!CsvTable::isTableName(name) && !JsonTree::isJsonName(name)) {
        m_text->setPlainText(QString::fromUtf8(content.left(2 * 1024 * 1024)));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    QByteArray older;
    int olderRound = 0;
    for (const EarlierRound &e : std::as_const(m_earlier)) {   // the latest earlier round that kept it
        if (e.content.contains(name)) {
            older = e.content.value(name);
            olderRound = e.index;
            break;
        }
    }
    m_text->setPlainText(tr("Reading %1…").arg(name));
    m_stack->setCurrentWidget(m_text);
    m_session->load(
        this, m_latest,
        [name, content, older, olderRound](const std::shared_ptr<store::Workspace> &) { return parse(name, content, older, olderRound); },
        [this](const Parsed &parsed) { showParsed(parsed); },
        [this, name](const QString &message) {
            m_text->setPlainText(tr("%1 could not be read: %2").arg(name, message));
            m_stack->setCurrentWidget(m_text);
        });
}

void ArtifactView::showParsed(const Parsed &parsed)
{
    if (parsed.kind == Parsed::Kind::Text) {
        m_text->setPlainText(QString::fromUtf8(m_content.value(parsed.name).left(2 * 1024 * 1024)));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    m_parsed = parsed;
    if (parsed.kind == Parsed::Kind::Table) {
        m_table->setTable(parsed.table);
        m_stack->setCurrentWidget(m_table);
    } else {
        m_jsonModel->setTree(parsed.tree);
        m_json->expandToDepth(2);
        m_stack->setCurrentWidget(m_json);
    }
    m_compare->setText(tr("Compare with round %1").arg(parsed.olderRound));
    m_compare->setVisible(parsed.olderRound > 0);
    applyComparison();
    Q_EMIT artifactShown(parsed.name);
}

void ArtifactView::applyComparison()
{
    const bool on = m_compare->isChecked() && m_parsed.olderRound > 0;
    if (m_parsed.kind == Parsed::Kind::Table) {
        if (on)
            m_table->setComparison(m_parsed.olderTable, m_parsed.diff, m_parsed.olderRound);
        else if (m_table->model()->comparing())
            m_table->clearComparison();
    } else if (m_parsed.kind == Parsed::Kind::Json) {
        if (on) {
            m_jsonModel->setComparison(m_parsed.diff);
            m_json->expandToDepth(2);
        } else if (m_jsonModel->comparing()) {
            m_jsonModel->clearComparison();
            m_json->expandToDepth(2);
        }
    }
}

} // namespace wb::ui
