// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/artifactview.h"

#include "artifacts/artifactdescriber.h"
#include "structure/structurepanel.h"
#include "widgets/imageviewer.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            addJson(item, u"[%1]"_s.arg(i), a.at(i));
    } else {
        item->setText(1, value.isString() ? value.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    }
}
} // namespace

ArtifactView::ArtifactView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_image(new ImageViewer(this))
    , m_json(new QTreeWidget(this))
    , m_csv(new QTableWidget(this))
    , m_text(new QTextBrowser(this))
{
    m_json->setHeaderLabels({tr("Key"), tr("Value")});
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_json);
    m_stack->addWidget(m_csv);
    m_stack->addWidget(m_text);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_list->setIconSize(QSize(40, 40));
    connect(m_list, &QListWidget::currentRowChanged, this, &ArtifactView::showArtifact);
}

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
                                const QHash<QString, QByteArray> &content, const Images &images)
{
    m_list->clear();
    m_content = content;
    m_images = images;
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

void ArtifactView::showArtifact(int row)
{
    if (row < 0 || row >= m_list->count())
        return;
    const QString name = m_list->item(row)->data(Qt::UserRole).toString();
    if (!m_content.contains(name)) {
        m_text->setPlainText(tr("%1 was too large to keep.").arg(name));
        m_stack->setCurrentWidget(m_text);
        return;
    }
    const QByteArray content = m_content.value(name);
    const QString lower = name.toLower();
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
    if (lower.endsWith(u".json"_s)) {
        const QJsonDocument doc = QJsonDocument::fromJson(content);
        if (!doc.isNull()) {
            m_json->clear();
            auto *root = new QTreeWidgetItem(m_json, {name});
            addJson(root, QString(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            m_json->expandAll();
            m_stack->setCurrentWidget(m_json);
            return;
        }
    }
    if (lower.endsWith(u".csv"_s) || lower.endsWith(u".tsv"_s)) {
        const QChar separator = lower.endsWith(u".tsv"_s) ? u'\t' : u',';
        const QStringList lines = QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts);
        m_csv->clear();
        m_csv->setRowCount(int(std::min<qsizetype>(10000, std::max<qsizetype>(0, lines.size() - 1))));
        m_csv->setColumnCount(lines.isEmpty() ? 0 : int(lines.first().split(separator).size()));
        if (!lines.isEmpty())
            m_csv->setHorizontalHeaderLabels(lines.first().split(separator));
        for (qsizetype r = 1; r < lines.size() && r <= 10000; ++r) {
            const QStringList cells = lines.at(r).split(separator);
            for (qsizetype c = 0; c < cells.size() && c < m_csv->columnCount(); ++c)
                m_csv->setItem(int(r - 1), int(c), new QTableWidgetItem(cells.at(c)));
        }
        m_stack->setCurrentWidget(m_csv);
        return;
    }
    m_text->setPlainText(QString::fromUtf8(content.left(2 * 1024 * 1024)));
    m_stack->setCurrentWidget(m_text);
}

} // namespace wb::ui
