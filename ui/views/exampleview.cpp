// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/exampleview.h"

#include "diff/rounddiffview.h"
#include "editor/codeeditor.h"
#include "models/roundtablemodel.h"
#include "review/verdictstatement.h"
#include "session/workspacesession.h"
#include "views/annotationcontroller.h"
#include "views/errorclassbar.h"
#include "views/expertfixbar.h"
#include "views/judgementpanel.h"
#include "views/roundlogview.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
QString listHtml(const QJsonValue &value)
{
    QString out;
    for (const auto &item : value.toArray())
        out += u"<li>"_s + item.toString().toHtmlEscaped() + u"</li>"_s;
    return out.isEmpty() ? u"<p><i>none</i></p>"_s : u"<ul>"_s + out + u"</ul>"_s;
}
} // namespace

ExampleView::ExampleView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_rounds(new RoundTableModel(this))
    , m_roundView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new RoundDiffView(this, this))   // F8 works anywhere in the example view
    , m_log(new RoundLogView(AnnotationController::LogLineRole, this))
    , m_verdict(new QTextBrowser(this))
    , m_errorClass(new ErrorClassBar(session, this))
    , m_artifacts(new ArtifactView(session, this))
    , m_review(new JudgementPanel(session, this))
{
    m_title->setTextFormat(Qt::RichText);
    m_roundView->setModel(m_rounds);
    m_roundView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roundView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roundView->verticalHeader()->hide();
    m_roundView->horizontalHeader()->setStretchLastSection(true);
    m_roundView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundView->setToolTip(tr("Select one round to see it; select two to compare them."));

    for (const QString &file : review::ExampleSnapshot::fileNames()) {
        auto *editor = new CodeEditor(this);
        editor->setObjectName(file);
        m_editors.insert(file, editor);
        m_tabs->addTab(editor, file);
    }
    m_tabs->addTab(m_diff, tr("Diff"));
    m_tabs->addTab(m_log, tr("Log"));
    auto *judgePage = new QWidget(this);
    auto *judgeLayout = new QVBoxLayout(judgePage);
    judgeLayout->setContentsMargins(0, 0, 0, 0);
    judgeLayout->addWidget(m_verdict, 1);
    judgeLayout->addWidget(m_errorClass);
    m_tabs->addTab(judgePage, tr("Judge"));
    m_tabs->addTab(m_artifacts, tr("Artifacts"));
    m_tabs->addTab(m_review, tr("Review"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_roundView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 640});
    m_expertFix = new ExpertFixBar(session, m_editors, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_expertFix);
    layout->addWidget(splitter, 1);
    connect(m_expertFix, &ExpertFixBar::restoreRequested, this, [this] { showRound(m_currentRow); });
    connect(m_expertFix, &ExpertFixBar::roundSaved, this, [this](qint64 id) {
        if (id == exampleId())
            setExample(id);   // the new round joins the timeline
    });
    connect(m_expertFix, &ExpertFixBar::runRequested, this, &ExampleView::expertRoundRequested);

    connect(m_roundView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = m_roundView->selectionModel()->selectedRows();
        if (rows.size() == 1) {
            showRound(rows.first().row());
        } else if (rows.size() == 2) {
            const int a = std::min(rows[0].row(), rows[1].row());
            const int b = std::max(rows[0].row(), rows[1].row());
            showDiff(m_snapshot.rounds.at(a).record.index, m_snapshot.rounds.at(b).record.index);
            m_tabs->setCurrentWidget(m_diff);
        }
    });
    // Keyboard: previous / next round anywhere in the view.
    auto *previous = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    auto *next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] {
        if (m_currentRow > 0)
            selectRound(m_snapshot.rounds.at(m_currentRow - 1).record.index);
    });
    connect(next, &QShortcut::activated, this, [this] {
        if (m_currentRow >= 0 && m_currentRow + 1 < m_snapshot.rounds.size())
            selectRound(m_snapshot.rounds.at(m_currentRow + 1).record.index);
    });
    connect(m_log, &RoundLogView::tracebackActivated, this, [this](int line) {
        m_tabs->setCurrentWidget(m_editors.value(u"main.py"_s));
        m_editors.value(u"main.py"_s)->goToLine(line);
    });
    m_annotations = new AnnotationController(session, m_editors, m_log->list(), this);
    connect(m_log, &RoundLogView::refilled, m_annotations, &AnnotationController::decorateLog);
    connect(m_review, &JudgementPanel::submitted, this, [this] {
        if (m_snapshot.blinded)
            setExample(exampleId());   // blind review: the first judgement reveals the verdict
    });
    connect(m_review, &JudgementPanel::submitted, m_annotations, &AnnotationController::reload);   // blind mode may reveal others' comments
}

ExampleView::~ExampleView() = default;

CodeEditor *ExampleView::diffOld() const { return m_diff->oldSide(); }
CodeEditor *ExampleView::diffNew() const { return m_diff->newSide(); }
CodeEditor *ExampleView::diffUnified() const { return m_diff->unifiedText(); }
QCheckBox *ExampleView::unifiedToggle() const { return m_diff->unifiedToggle(); }
QComboBox *ExampleView::diffFileBox() const { return m_diff->fileBox(); }
QListWidget *ExampleView::logList() const { return m_log->list(); }
QCheckBox *ExampleView::errorsOnly() const { return m_log->errorsOnly(); }
QListWidget *ExampleView::artifactList() const { return m_artifacts->list(); }
ImageViewer *ExampleView::imageView() const { return m_artifacts->imageView(); }
QTreeView *ExampleView::jsonView() const { return m_artifacts->jsonView(); }
qsizetype ExampleView::changeCount() const { return m_diff->changeCount(); }
int ExampleView::currentChange() const { return m_diff->currentChange(); }
void ExampleView::nextChange() { m_diff->nextChange(); }
void ExampleView::previousChange() { m_diff->previousChange(); }

void ExampleView::setExample(qint64 exampleId)
{
    const QString annotator = m_session->annotator();
    m_session->load(
        this, m_latest,
        [exampleId, annotator](const std::shared_ptr<store::Workspace> &workspace) {
            Loaded loaded{review::ExampleSnapshot::load(workspace, exampleId, annotator), {}};
            for (const auto &round : std::as_const(loaded.snapshot.rounds))
                loaded.images << ArtifactView::decode(round.artifactContent);   // figures decode off the GUI thread
            return loaded;
        },
        [this, exampleId](const Loaded &loaded) {
            showLoaded(loaded);
            Q_EMIT this->loaded(exampleId);
        },
        [this](const QString &message) { m_title->setText(message.toHtmlEscaped()); });
}

void ExampleView::showLoaded(const Loaded &loaded)
{
    // The row index belongs to the old snapshot: forget it before anything can use it with the new one.
    m_currentRow = -1;
    m_snapshot = loaded.snapshot;
    m_images = loaded.images;
    const auto &e = m_snapshot.example;
    const bool blinded = m_snapshot.blinded;
    m_title->setText(tr("<b>%1</b> @ %2 — <b>%3</b> %4 · %5 rounds executed · %6")
                         .arg(e.repositoryName.toHtmlEscaped(), e.commitSha.left(12), blinded ? tr("finished") : store::exampleStatusToString(e.status),
                              blinded ? tr("(blind review: the outcome is shown once you have submitted your judgement)")
                                      : e.statusReason.toHtmlEscaped())
                         .arg(e.roundsExecuted)
                         .arg(e.cost.toString(4).toHtmlEscaped()));
    QList<store::RoundRecord> records;
    for (const auto &r : std::as_const(m_snapshot.rounds))
        records << r.record;
    m_rounds->setRounds(records);
    m_roundView->setColumnHidden(RoundTableModel::VerdictColumn, blinded);
    m_roundView->setColumnHidden(RoundTableModel::ErrorClassColumn, blinded);
    m_review->setExample(e.id, records);
    m_annotations->setExample(e.id);
    if (!m_snapshot.rounds.isEmpty()) {
        selectRound(m_snapshot.rounds.last().record.index);
        return;
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->showFile(it.key(), QString());
    m_diff->clear();
    m_log->clear();
    m_artifacts->clear();
    m_verdict->setHtml(tr("<p><i>No round yet.</i></p>"));
}

const review::ExampleSnapshot::Round *ExampleView::round(int index) const
{
    for (const auto &r : m_snapshot.rounds)
        if (r.record.index == index)
            return &r;
    return nullptr;
}

void ExampleView::selectRound(int index)
{
    for (int row = 0; row < m_snapshot.rounds.size(); ++row) {
        if (m_snapshot.rounds[row].record.index == index) {
            m_roundView->selectRow(row);
            showRound(row);
            return;
        }
    }
}

void ExampleView::showRound(int row)
{
    if (row < 0 || row >= m_snapshot.rounds.size())
        return;
    m_currentRow = row;
    const auto &r = m_snapshot.rounds.at(row);
    m_annotations->setRound(r.record.id, r.record.index);
    const auto &last = m_snapshot.rounds.last().record;
    m_expertFix->setExample(m_snapshot.example.campaignId, m_snapshot.example.id, r.record.index,
                            last.origin == u"human"_s && !last.executed);
    if (!m_expertFix->isEditing()) {   // an expert's edits in progress are never overwritten by a reload
        const QStringList files = r.files();
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString &name = review::ExampleSnapshot::fileNames().at(i);
            m_editors.value(name)->showFile(name, files.at(i));
        }
    }
    if (row > 0)
        showDiff(m_snapshot.rounds.at(row - 1).record.index, r.record.index);
    else
        showDiff(r.record.index, r.record.index);
    QList<RoundLogModel::Line> lines;
    lines.reserve(r.log.size());
    for (qsizetype i = 0; i < r.log.size(); ++i) {
        const auto &l = r.log.at(i);
        // Line comments anchor to the line's place in the whole stored log, whatever is filtered out.
        lines.append({l.atMs, l.phase, l.stream, l.line, int(i + 1)});
    }
    m_log->setLines(lines);
    QList<ArtifactView::EarlierRound> earlier;   // newest first, for "Compare with round N"
    for (int e = row - 1; e >= 0; --e)
        earlier.append({m_snapshot.rounds.at(e).record.index, m_snapshot.rounds.at(e).artifactContent});
    m_artifacts->setPythonPath(m_snapshot.pythonPath);   // trajectories are read with the campaign's Python
    m_artifacts->setArtifacts(r.artifacts, r.artifactContent, m_images.value(row), earlier);
    m_annotations->apply();
    showVerdict(r);
}

void ExampleView::showVerdict(const review::ExampleSnapshot::Round &r)
{
    m_errorClass->setVisible(!m_snapshot.blinded);   // it names the judge's class
    if (!m_snapshot.blinded) {
        const QString judge = r.record.errorClass.isEmpty() ? (r.record.isFinished ? u"none"_s : QString()) : r.record.errorClass;
        m_errorClass->setRound(r.record.id, judge);
    }
    if (m_snapshot.blinded) {
        m_verdict->setHtml(tr("<p><i>Blind review: the judge's verdict of this example is hidden until you have submitted "
                              "your judgement in the Review tab.</i></p>"));
        return;
    }
    const QJsonObject verdict = QJsonDocument::fromJson(r.record.verdictJson).object();
    QString html;
    if (verdict.isEmpty()) {
        html = tr("<p><i>Not judged%1.</i></p>").arg(r.record.executed ? QString() : tr(": this round never ran"));
    } else {
        html += tr("<h3>Round %1: %2</h3>").arg(r.record.index).arg(verdict.value(u"is_finished"_s).toBool() ? tr("finished") : tr("not finished"));
        html += u"<p>"_s + review::VerdictStatement::of(verdict).toHtmlEscaped() + u"</p>"_s;
        html += tr("<p>faithful: <b>%1</b> · accurate: <b>%2</b> · complete: <b>%3</b> · error class: <b>%4</b></p>")
                    .arg(verdict.value(u"is_faithful"_s).toBool() ? tr("yes") : tr("no"),
                         verdict.value(u"is_accurate"_s).toBool() ? tr("yes") : tr("no"),
                         verdict.value(u"is_complete"_s).toBool() ? tr("yes") : tr("no"),
                         verdict.value(u"error_class"_s).toString().toHtmlEscaped());
        html += tr("<h4>Critical issues</h4>") + listHtml(verdict.value(u"critical_issues"_s));
        html += tr("<h4>Issues</h4>") + listHtml(verdict.value(u"issues"_s));
        html += tr("<h4>Correct behaviour</h4>") + listHtml(verdict.value(u"correct_behavior"_s));
    }
    if (!r.record.issuesIdentifiedJson.isEmpty()) {
        html += tr("<h4>Issues the repair identified</h4>") + listHtml(QJsonDocument::fromJson(r.record.issuesIdentifiedJson).array());
        html += tr("<h4>Changes the repair made</h4>") + listHtml(QJsonDocument::fromJson(r.record.changesMadeJson).array());
    }
    html += tr("<p>Cost of this round's calls: %1</p>").arg(r.record.cost.toString(4).toHtmlEscaped());
    m_verdict->setHtml(html);
}

void ExampleView::showDiff(int from, int to)
{
    const auto *a = round(from);
    const auto *b = round(to);
    if (a && b)
        m_diff->compare(from, a->files(), to, b->files());
}

void ExampleView::appendLiveLines(const QList<LiveLogLine> &lines, int dropped)
{
    if (m_currentRow < 0 || m_currentRow >= m_snapshot.rounds.size())
        return;
    const int round = m_snapshot.rounds.at(m_currentRow).record.index;
    const qint64 example = m_snapshot.example.id;
    QList<RoundLogModel::Line> shown;
    if (dropped > 0 && std::any_of(lines.cbegin(), lines.cend(), [&](const LiveLogLine &l) { return l.exampleId == example; }))
        shown.append({0, {}, u"note"_s, tr("… %n line(s) skipped while the round printed faster than it can be shown", nullptr, dropped), 0});
    for (const LiveLogLine &l : lines)
        if (l.exampleId == example && l.round == round)
            shown.append({l.line.atMs, l.line.phase, l.line.stream, l.line.text, 0});
    m_log->append(shown);
}

} // namespace wb::ui
