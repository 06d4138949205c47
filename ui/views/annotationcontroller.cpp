// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/annotationcontroller.h"

#include "editor/codeeditor.h"
#include "review/examplereview.h"
#include "review/reviewrecorder.h"
#include "session/workspacesession.h"
#include "store/annotationstore.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QShortcut>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString shortened(const QString &text)
{
    if (text.size() <= 40)
        return text;
    return text.left(39) + u"…"_s;
}
} // namespace

AnnotationController::AnnotationController(WorkspaceSession *session, const QHash<QString, CodeEditor *> &editors, QListWidget *log,
                                           QWidget *host)
    : QObject(host)
    , m_session(session)
    , m_editors(editors)
    , m_log(log)
    , m_host(host)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString target = it.key();
        connect(it.value(), &CodeEditor::contextMenuAboutToShow, this,
                [this, target](QMenu *menu, int line) { addMenuActions(menu, target, line); });
    }
    m_log->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_log, &QListWidget::customContextMenuRequested, this, &AnnotationController::showLogMenu);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M), host);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &AnnotationController::commentOnCurrentLine);
    connect(m_session, &WorkspaceSession::annotatorChanged, this, &AnnotationController::reload);   // what blind mode shows
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setExample(qint64 exampleId)
{
    if (exampleId != m_exampleId)
        m_comments.clear();
    m_exampleId = exampleId;
    m_roundId = 0;
    m_roundIndex = 0;
    reload();
}

void AnnotationController::setRound(qint64 roundId, int roundIndex)
{
    m_roundId = roundId;
    m_roundIndex = roundIndex;
}

void AnnotationController::reload()
{
    if (m_exampleId <= 0) {
        m_latest.invalidate();
        return;
    }
    const qint64 exampleId = m_exampleId;
    const QString viewer = m_session->annotator();
    m_session->load(
        this, m_latest,
        [exampleId, viewer](const std::shared_ptr<store::Workspace> &workspace) {
            return review::ExampleReview::comments(workspace, exampleId, viewer);
        },
        [this](const QList<store::AnnotationRecord> &comments) {
            m_comments = comments;
            apply();
            Q_EMIT commentsLoaded(int(comments.size()));
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void AnnotationController::apply()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QList<CodeEditor::LineComment> shown;
        for (const auto &c : std::as_const(m_comments))
            if (c.roundId == m_roundId && c.target == it.key())
                shown.append({c.line, c.annotator, c.body});
        it.value()->setLineComments(shown);
    }
    decorateLog();
}

void AnnotationController::decorateLog()
{
    for (int row = m_log->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_log->item(row);
        if (item->data(CommentIdRole).isValid())
            delete m_log->takeItem(row);
        else if (item->data(LogLineRole).isValid() && !item->icon().isNull())
            item->setIcon(QIcon());
    }
    QMap<int, QList<store::AnnotationRecord>> byLine;
    for (const auto &c : std::as_const(m_comments))
        if (c.roundId == m_roundId && c.target == QLatin1StringView(store::AnnotationStore::LogTarget))
            byLine[c.line] << c;
    if (byLine.isEmpty())
        return;
    const QPalette palette = m_log->palette();
    const QIcon icon(QPixmap::fromImage(CodeEditor::commentSymbol(palette, m_log->fontMetrics().height() - 2)));
    QFont font = m_log->font();
    font.setItalic(true);
    for (int row = m_log->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_log->item(row);
        const auto found = byLine.constFind(item->data(LogLineRole).toInt());
        if (found == byLine.cend())
            continue;
        item->setIcon(icon);
        int at = row + 1;
        for (const auto &c : found.value()) {
            auto *comment = new QListWidgetItem(u"    ↳ %1: %2"_s.arg(c.annotator, c.body));
            comment->setData(CommentIdRole, c.id);
            comment->setFlags(Qt::ItemIsEnabled);
            comment->setFont(font);
            comment->setForeground(palette.color(QPalette::ToolTipText));
            comment->setBackground(palette.color(QPalette::ToolTipBase));
            m_log->insertItem(at++, comment);
        }
    }
}

void AnnotationController::commentOnCurrentLine()
{
    const QWidget *focus = QApplication::focusWidget();
    auto logLine = [this] {
        for (int row = m_log->currentRow(); row >= 0; --row)   // from a comment item to its line
            if (const QVariant line = m_log->item(row)->data(LogLineRole); line.isValid())
                return line.toInt();
        return 0;
    };
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (focus && (focus == it.value() || it.value()->isAncestorOf(focus))) {
            requestComment(it.key(), it.value()->cursorLine());
            return;
        }
    }
    if (focus && (focus == m_log || m_log->isAncestorOf(focus))) {
        requestComment(QString::fromLatin1(store::AnnotationStore::LogTarget), logLine());
        return;
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {   // nothing focused: the page in view
        if (it.value()->isVisible()) {
            requestComment(it.key(), it.value()->cursorLine());
            return;
        }
    }
    if (m_log->isVisible())
        requestComment(QString::fromLatin1(store::AnnotationStore::LogTarget), logLine());
}

void AnnotationController::requestComment(const QString &target, int line)
{
    if (m_roundId <= 0 || line <= 0)
        return;
    if (m_session->annotator().isEmpty()) {
        showFailure(tr("Set your name in Settings → General to comment on lines."));
        return;
    }
    auto *dialog = new QInputDialog(m_host);
    dialog->setObjectName(u"CommentDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Comment on Line %1").arg(line));
    dialog->setLabelText(tr("Your comment on line %1 of %2 (round %3):").arg(line).arg(target).arg(m_roundIndex));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->resize(480, dialog->sizeHint().height());
    const qint64 roundId = m_roundId;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, roundId, target, line](const QString &text) {
        if (roundId == m_roundId && !text.trimmed().isEmpty())
            addComment(target, line, text);
    });
    dialog->open();
}

void AnnotationController::addComment(const QString &target, int line, const QString &text)
{
    store::AnnotationRecord a;
    a.roundId = m_roundId;
    a.target = target;
    a.line = line;
    a.body = text;
    a.annotator = m_session->annotator();
    m_session->load(
        this, [a](const std::shared_ptr<store::Workspace> &workspace) { return review::ReviewRecorder::comment(workspace, a); },
        [this](const store::AnnotationRecord &stored) {
            if (stored.exampleId != m_exampleId)
                return;
            m_comments.append(stored);
            apply();
            Q_EMIT commentAdded(stored);
        },
        [this](const QString &message) { showFailure(message); });
}

void AnnotationController::removeComment(qint64 id)
{
    const QString me = m_session->annotator();
    m_session->perform(
        this, [id, me](const std::shared_ptr<store::Workspace> &workspace) { review::ReviewRecorder::removeComment(workspace, id, me); },
        [this, id] {
            m_comments.removeIf([id](const store::AnnotationRecord &c) { return c.id == id; });
            apply();
            Q_EMIT commentRemoved(id);
        },
        [this](const QString &message) { showFailure(message); });
}

void AnnotationController::addMenuActions(QMenu *menu, const QString &target, int line)
{
    menu->addSeparator();
    const QString me = m_session->annotator();
    QAction *comment = menu->addAction(tr("Comment on Line %1…").arg(line));
    connect(comment, &QAction::triggered, this, [this, target, line] { requestComment(target, line); });
    comment->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    comment->setEnabled(m_roundId > 0);
    if (me.isEmpty())
        comment->setToolTip(tr("Set your name in Settings → General to comment on lines."));
    for (const auto &c : std::as_const(m_comments)) {
        if (c.roundId != m_roundId || c.target != target || c.line != line || c.annotator != me || me.isEmpty())
            continue;
        const qint64 id = c.id;
        connect(menu->addAction(tr("Delete My Comment “%1”").arg(shortened(c.body))), &QAction::triggered, this,
                [this, id] { removeComment(id); });
    }
}

void AnnotationController::showLogMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_log->itemAt(pos);
    if (!item)
        return;
    auto *menu = new QMenu(m_log);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (const QVariant id = item->data(CommentIdRole); id.isValid()) {
        const auto found = std::find_if(m_comments.cbegin(), m_comments.cend(), [&](const auto &c) { return c.id == id.toLongLong(); });
        if (found == m_comments.cend() || found->annotator != m_session->annotator()) {
            delete menu;
            return;
        }
        connect(menu->addAction(tr("Delete My Comment “%1”").arg(shortened(found->body))), &QAction::triggered, this,
                [this, id] { removeComment(id.toLongLong()); });
    } else if (const QVariant line = item->data(LogLineRole); line.isValid()) {
        addMenuActions(menu, QString::fromLatin1(store::AnnotationStore::LogTarget), line.toInt());
    } else {
        delete menu;
        return;
    }
    menu->popup(m_log->viewport()->mapToGlobal(pos));
}

void AnnotationController::showFailure(const QString &message)
{
    Q_EMIT failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Line Comments"), message, QMessageBox::Ok, m_host);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace wb::ui
