// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/filetreemodel.h"

#include "widgets/relevancepalette.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

struct FileTreeModel::Node
{
    QString name;
    QString path;
    Node *parent = nullptr;
    int row = 0;
    bool directory = true;
    std::vector<std::unique_ptr<Node>> children;
    store::FileRecord file;   ///< files only
    FileTreeModel::Rating rating;
    qint64 sizeBytes = 0;
    int fileCount = 0;        ///< directories: files below
    int promptCount = 0;      ///< directories: files below that went into the prompt
};

namespace {
const QString kStar = u"★"_s;

QString filesText(int count)
{
    return count == 1 ? FileTreeModel::tr("1 file") : FileTreeModel::tr("%1 files").arg(QLocale().toString(count));
}

QString linesText(int count)
{
    return count == 1 ? FileTreeModel::tr("1 line") : FileTreeModel::tr("%1 lines").arg(QLocale().toString(count));
}
} // namespace

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

FileTreeModel::~FileTreeModel() = default;

void FileTreeModel::setFiles(const QList<store::FileRecord> &files, const QHash<QString, Rating> &ratings)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byPath.clear();
    QHash<QString, Node *> directories;
    directories.insert(QString(), m_root.get());
    auto directoryOf = [&](const QString &path) {
        // Creates the missing directories of @p path, top down.
        Node *node = m_root.get();
        qsizetype from = 0;
        while (true) {
            const qsizetype slash = path.indexOf(u'/', from);
            if (slash < 0)
                return node;
            const QString prefix = path.left(slash);
            Node *&dir = directories[prefix];
            if (!dir) {
                auto created = std::make_unique<Node>();
                created->name = path.mid(from, slash - from);
                created->path = prefix;
                created->parent = node;
                dir = created.get();
                node->children.push_back(std::move(created));
            }
            node = dir;
            from = slash + 1;
        }
    };
    for (const store::FileRecord &f : files) {
        Node *dir = directoryOf(f.path);
        auto leaf = std::make_unique<Node>();
        leaf->name = f.path.mid(f.path.lastIndexOf(u'/') + 1);
        leaf->path = f.path;
        leaf->parent = dir;
        leaf->directory = false;
        leaf->file = f;
        leaf->sizeBytes = f.sizeBytes;
        const auto it = ratings.constFind(f.path);
        if (it != ratings.cend()) {
            leaf->rating = *it;
        } else {
            leaf->rating.relevance = f.prior;
        }
        leaf->rating.relevance = std::clamp(leaf->rating.relevance, 1, 5);
        dir->children.push_back(std::move(leaf));
    }
    // Directories first, then by name; aggregate sizes and the highest relevance bottom up.
    auto finish = [this](auto &&self, Node *node) -> void {
        std::sort(node->children.begin(), node->children.end(), [](const auto &a, const auto &b) {
            if (a->directory != b->directory)
                return a->directory;
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
        int row = 0;
        for (auto &child : node->children) {
            child->row = row++;
            m_byPath.insert(child->path, child.get());
            if (child->directory) {
                self(self, child.get());
                node->fileCount += child->fileCount;
                node->promptCount += child->promptCount;
            } else {
                ++node->fileCount;
                node->promptCount += child->rating.inPrompt ? 1 : 0;
            }
            node->sizeBytes += child->sizeBytes;
            const Rating &r = child->rating;
            if (row == 1 || r.relevance > node->rating.relevance || (r.relevance == node->rating.relevance && r.rated)) {
                node->rating.relevance = r.relevance;
                node->rating.rated = r.rated;
            }
        }
    };
    finish(finish, m_root.get());
    endResetModel();
}

QModelIndex FileTreeModel::indexOf(const QString &path) const
{
    const Node *node = m_byPath.value(path);
    return node ? createIndex(node->row, 0, const_cast<Node *>(node)) : QModelIndex();
}

const FileTreeModel::Node *FileTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parent = static_cast<const Node *>(child.internalPointer())->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, const_cast<Node *>(parent));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeOf(index);
    const Rating &r = n.rating;
    const int column = index.column();
    switch (role) {
    case PathRole: return n.path;
    case IsDirectoryRole: return n.directory;
    case InPromptRole: return n.directory ? n.promptCount > 0 : r.inPrompt;
    case RelevanceRole: return r.relevance;
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(RelevancePalette::colorFor(r.relevance, r.rated)) : QVariant();
    case Qt::BackgroundRole:
        return column == RelevanceColumn ? QVariant(RelevancePalette::colorFor(r.relevance, r.rated)) : QVariant();
    case Qt::ForegroundRole:
        if (!n.directory && r.notAsked && column == NameColumn)
            return QVariant(QColor(Qt::gray));
        return column == RelevanceColumn ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (!n.directory && r.inPrompt) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == RelevanceColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (n.directory)
            return tr("<b>%1/</b><br>%2, %3<br>Highest relevance below: %4%5")
                .arg(n.path.toHtmlEscaped(), filesText(n.fileCount), QLocale().formattedDataSize(n.sizeBytes))
                .arg(r.relevance)
                .arg(n.promptCount > 0 ? tr("<br><i>%1 in the generation prompt</i>").arg(filesText(n.promptCount)) : QString());
        if (!r.tooltip.isEmpty())
            return r.tooltip;
        return tr("<b>%1</b><br>Relevance %2 (%3)%4")
            .arg(n.path.toHtmlEscaped())
            .arg(r.relevance)
            .arg(r.rated ? tr("rated by the model") : tr("static prior"),
                 r.inPrompt ? tr("<br><i>in the generation prompt</i>") : QString());
    case SortRole:
        switch (column) {
        case NameColumn: return QString((n.directory ? u"0"_s : u"1"_s) + n.name.toLower());
        case RelevanceColumn: return r.relevance;
        case SizeColumn: return n.sizeBytes;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return !n.directory && r.inPrompt ? QString(kStar + u' ' + n.name) : n.name;
        case RelevanceColumn: return r.relevance;
        case TypeColumn:
            if (n.directory)
                return tr("folder");
            if (!r.label.isEmpty())
                return r.label;
            if (r.notAsked)
                return tr("not asked");
            return n.file.language.isEmpty() ? store::toString(n.file.category)
                                             : u"%1 · %2"_s.arg(store::toString(n.file.category), n.file.language);
        case SizeColumn:
            if (n.directory)
                return u"%1 · %2"_s.arg(filesText(n.fileCount), QLocale().formattedDataSize(n.sizeBytes));
            if (n.file.lineCount)
                return u"%1 · %2"_s.arg(linesText(*n.file.lineCount), QLocale().formattedDataSize(n.sizeBytes));
            return QLocale().formattedDataSize(n.sizeBytes);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RelevanceColumn: return tr("Relevance");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Lines / Size");
    default: return {};
    }
}

} // namespace wb::ui
