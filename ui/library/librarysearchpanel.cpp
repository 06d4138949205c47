// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarysearchpanel.h"

#include "editor/sourcepreview.h"
#include "library/libraryindex.h"
#include "library/passagedelegate.h"
#include "session/workspacesession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
constexpr int kLimit = 50;
constexpr int kExampleIdRole = Qt::UserRole + 1;

// The passage as HTML, its matched words marked.
QString passageHtml(const library::LibraryPassage &p)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : p.highlights) {
        html += p.text.mid(at, start - at).toHtmlEscaped();
        html += u"<span style=\"background-color:#f6d55c; color:#000000; font-weight:600\">"_s
                + p.text.mid(start, length).toHtmlEscaped() + u"</span>"_s;
        at = start + length;
    }
    html += p.text.mid(at).toHtmlEscaped();
    return html;
}

/** @p blind: the campaign (it may name the model) and the decision are not shown (blind review). */
QString hitHtml(const library::LibraryHit &h, bool blind)
{
    QString html = u"<b>%1.</b> <b>%2</b><br/><small>%3 · %4 · %5 · score %6%7</small>"_s.arg(h.rank)
                       .arg(h.title.toHtmlEscaped(), h.repository.toHtmlEscaped(),
                            blind ? LibrarySearchPanel::tr("campaign hidden") : h.campaign.toHtmlEscaped(),
                            u"#"_s + QString::number(h.exampleId), QString::number(h.score, 'f', 2),
                            h.accepted && !blind ? LibrarySearchPanel::tr(" · accepted") : QString());
    for (const auto &p : h.passages.mid(0, 3))
        html += u"<br/><i>%1:</i> %2"_s.arg(p.field.toHtmlEscaped(), passageHtml(p));
    return html;
}
} // namespace

LibrarySearchPanel::LibrarySearchPanel(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_query(new QLineEdit(this))
    , m_acceptedOnly(new QCheckBox(tr("&Accepted only"), this))
    , m_status(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_header(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_code(new SourcePreview(this))
    , m_debounce(new QTimer(this))
{
    m_query->setObjectName(u"LibraryQuery"_s);
    m_query->setPlaceholderText(tr("Search the examples, e.g. planar average of an electrostatic potential (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_acceptedOnly->setToolTip(tr("Only the vetted library: examples an expert accepted"));
    m_results->setObjectName(u"LibraryResults"_s);
    m_results->setItemDelegate(new PassageDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->installEventFilter(this);
    m_header->setObjectName(u"LibraryExampleHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"LibraryVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(u"LibraryCode"_s);
    m_code->showNotice(tr("Select an example to see its final main.py."));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_acceptedOnly);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(m_status);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_verdict);
    rightLayout->addWidget(m_code, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_query);

    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_query->text()); });
    connect(m_acceptedOnly, &QCheckBox::toggled, this, [this] { search(m_query->text()); });
    // Blind review hides decisions, verdicts and campaigns (they may name the model); filtering by
    // acceptance would reveal the decisions too.
    auto applyBlind = [this](bool blind) {
        if (blind)
            m_acceptedOnly->setChecked(false);
        m_acceptedOnly->setEnabled(!blind);
        search(m_query->text());
    };
    connect(m_session, &WorkspaceSession::blindReviewChanged, this, applyBlind);
    m_acceptedOnly->setEnabled(!m_session->blindReview());
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Enter in the box: search now and go to the results.
        m_debounce->stop();
        search(m_query->text());
        m_results->setFocus();
    });
    connect(m_results, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openExampleRequested(item->data(kExampleIdRole).toLongLong());
    });
    showResults({});
}

std::optional<library::LibraryHit> LibrarySearchPanel::selectedHit() const
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_search.hits.size())
        return std::nullopt;
    return m_search.hits.at(row);
}

void LibrarySearchPanel::search(const QString &text)
{
    m_debounce->stop();
    if (text.trimmed().isEmpty()) {
        m_searches.invalidate();
        showResults({});
        return;
    }
    m_status->setText(tr("Searching…"));
    const bool acceptedOnly = m_acceptedOnly->isChecked();
    m_session->load(
        this, m_searches,
        [text, acceptedOnly](const std::shared_ptr<store::Workspace> &workspace) {
            return library::LibraryIndex(workspace).search(text, kLimit, acceptedOnly);
        },
        [this](const library::LibrarySearch &found) { showResults(found); },
        [this](const QString &message) { m_status->setText(tr("The search failed: %1").arg(message)); });
}

void LibrarySearchPanel::refresh()
{
    if (!m_query->text().trimmed().isEmpty())
        search(m_query->text());
}

void LibrarySearchPanel::showResults(const library::LibrarySearch &found)
{
    const qint64 selected = selectedHit() ? selectedHit()->exampleId : 0;
    m_search = found;
    m_results->clear();
    int keep = -1;
    for (const auto &h : found.hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(PassageDelegate::HtmlRole, hitHtml(h, m_session->blindReview()));
        item->setData(kExampleIdRole, h.exampleId);
        item->setData(Qt::AccessibleTextRole, h.title);
        if (h.exampleId == selected)
            keep = int(m_results->count()) - 1;
    }
    if (found.query.trimmed().isEmpty())
        m_status->setText(tr("Type words to search the examples; the best matches come first."));
    else if (found.terms.isEmpty())
        m_status->setText(tr("Nothing to search for: the query has no words."));
    else if (found.hits.isEmpty())
        m_status->setText(tr("No match among %n example(s) for: %1", "", found.documents).arg(found.terms.join(u' ')));
    else
        m_status->setText(tr("%1 of %n example(s); words: %2%3", "", found.documents)
                              .arg(found.hits.size())
                              .arg(found.terms.join(u' '),
                                   found.stale ? tr(" (read-only workspace: the index may be out of date)") : QString()));
    if (!found.hits.isEmpty())
        m_results->setCurrentRow(keep >= 0 ? keep : 0);
    else
        showSelected();
    Q_EMIT searched(int(found.hits.size()));
}

void LibrarySearchPanel::showSelected()
{
    const auto hit = selectedHit();
    m_codeLoads.invalidate();
    if (!hit) {
        m_header->clear();
        m_verdict->clear();
        m_code->showNotice(tr("Select an example to see its final main.py."));
        Q_EMIT hitSelected(0);
        return;
    }
    const bool blind = m_session->blindReview();
    m_header->setText(u"<b>%1</b><br/>%2 · %3 · #%4"_s.arg(hit->title.toHtmlEscaped(), hit->repository.toHtmlEscaped(),
                                                         blind ? tr("campaign hidden") : hit->campaign.toHtmlEscaped(),
                                                         QString::number(hit->exampleId)));
    if (blind)
        m_verdict->setText(tr("<b>Judge and experts:</b> hidden while the workspace reviews blind."));
    else
        m_verdict->setText(tr("<b>Judge:</b> %1<br/><b>Experts:</b> %2%3")
                               .arg(hit->verdict.isEmpty() ? tr("no verdict") : hit->verdict.toHtmlEscaped(), hit->decision.toHtmlEscaped(),
                                    hit->accepted ? tr(" — in the vetted library") : QString()));
    Q_EMIT hitSelected(hit->exampleId);
    const qint64 exampleId = hit->exampleId;
    const qint64 roundId = hit->roundId;
    m_session->load(
        this, m_codeLoads,
        [roundId](const std::shared_ptr<store::Workspace> &workspace) { return library::LibraryIndex(workspace).mainPy(roundId); },
        [this, exampleId](const QString &code) {
            m_code->showSource(u"main.py"_s, code.toUtf8());
            Q_EMIT codeShown(exampleId);
        },
        [this](const QString &message) { m_code->showNotice(message); });
}

bool LibrarySearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a result opens it (itemActivated); typing goes back to the query box.
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() == Qt::NoModifier
            && key->key() != Qt::Key_Space) {
            m_query->setFocus();
            m_query->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wb::ui
