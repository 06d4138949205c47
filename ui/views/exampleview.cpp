// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/exampleview.h"

#include "review/verdictstatement.h"
#include "views/annotationcontroller.h"
#include "views/expertfixbar.h"
#include "views/judgementpanel.h"
#include "widgets/imageviewer.h"

#include "diff/textdiff.h"
#include "editor/codeeditor.h"
#include "models/roundtablemodel.h"
#include "review/blindreview.h"
#include "settings/preferences.h"
#include "store/workspace.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QScrollBar>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace wb::ui {

namespace {
const QStringList kFiles{u"main.py"_s, u"requirements.txt"_s, u"run.sh"_s, u"metadata.json"_s};
const QRegularExpression kTracebackLine(u"File \"([^\"]*main\\.py)\", line (\\d+)"_s);

bool isFigure(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(u".png"_s) || lower.endsWith(u".jpg"_s) || lower.endsWith(u".jpeg"_s) || lower.endsWith(u".svg"_s);
}

ExampleSnapshot load(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId)
{
    store::PipelineStore pipeline(workspace);
    ExampleSnapshot s;
    const auto example = pipeline.example(exampleId);
    if (!example)
        throw Error(QCoreApplication::translate("wb::ui::ExampleView", "Example %1 does not exist.").arg(exampleId),
                    Error::Kind::NotFound);
    s.example = *example;
    for (const auto &r : pipeline.rounds(exampleId)) {
        ExampleSnapshot::Round round;
        round.record = r;
        round.mainPy = QString::fromUtf8(pipeline.blob(r.mainPyBlob));
        round.requirementsTxt = QString::fromUtf8(pipeline.blob(r.requirementsBlob));
        round.runSh = QString::fromUtf8(pipeline.blob(r.runShBlob));
        round.metadataJson = QString::fromUtf8(pipeline.blob(r.metadataBlob));
        round.log = pipeline.logs(r.id);
        round.artifacts = pipeline.artifacts(r.id);
        for (const auto &a : round.artifacts) {
            if (a.blobSha.isEmpty() || a.sizeBytes > 25LL * 1024 * 1024)
                continue;
            round.artifactContent.insert(a.name, pipeline.blob(a.blobSha));
            if (isFigure(a.name)) {
                QImage image;
                if (image.loadFromData(round.artifactContent.value(a.name))) {
                    round.thumbnails.insert(a.name, image.scaled(QSize(80, 80), Qt::KeepAspectRatio, Qt::SmoothTransformation));
                    round.figures.insert(a.name, image);
                }
            }
        }
        s.rounds << round;
    }
    return s;
}

QString listHtml(const QJsonValue &value)
{
    QString out;
    for (const auto &item : value.toArray())
        out += u"<li>"_s + item.toString().toHtmlEscaped() + u"</li>"_s;
    return out.isEmpty() ? u"<p><i>none</i></p>"_s : u"<ul>"_s + out + u"</ul>"_s;
}
} // namespace

ExampleView::ExampleView(std::shared_ptr<store::Workspace> workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(std::move(workspace))
    , m_title(new QLabel(this))
    , m_rounds(new RoundTableModel(this))
    , m_roundView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_diffOld(new CodeEditor(this))
    , m_diffNew(new CodeEditor(this))
    , m_diffTitle(new QLabel(this))
    , m_changeLabel(new QLabel(this))
    , m_unified(new QCheckBox(tr("Unified"), this))
    , m_diffFile(new QComboBox(this))
    , m_diffStack(new QStackedWidget(this))
    , m_diffUnified(new CodeEditor(this))
    , m_log(new QListWidget(this))
    , m_errorsOnly(new QCheckBox(tr("Errors only"), this))
    , m_verdict(new QTextBrowser(this))
    , m_artifacts(new QListWidget(this))
    , m_artifactStack(new QStackedWidget(this))
    , m_image(new ImageViewer(this))
    , m_review(new JudgementPanel(m_workspace, this))
    , m_json(new QTreeWidget(this))
    , m_csv(new QTableWidget(this))
    , m_text(new QTextBrowser(this))
{
    m_pool.setMaxThreadCount(1);
    m_title->setTextFormat(Qt::RichText);
    m_roundView->setModel(m_rounds);
    m_roundView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roundView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_roundView->verticalHeader()->hide();
    m_roundView->horizontalHeader()->setStretchLastSection(true);
    m_roundView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roundView->setToolTip(tr("Select one round to see it; select two to compare them."));

    for (const QString &file : kFiles) {
        auto *editor = new CodeEditor(this);
        editor->setObjectName(file);
        m_editors.insert(file, editor);
        m_tabs->addTab(editor, file);
    }
    auto *diffPage = new QWidget(this);
    auto *diffSplitter = new QSplitter(Qt::Horizontal, diffPage);
    diffSplitter->addWidget(m_diffOld);
    diffSplitter->addWidget(m_diffNew);
    auto *diffLayout = new QVBoxLayout(diffPage);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *diffBar = new QHBoxLayout;
    auto *previousChangeButton = new QToolButton(diffPage);
    auto *nextChangeButton = new QToolButton(diffPage);
    previousChangeButton->setText(tr("Previous Change"));
    nextChangeButton->setText(tr("Next Change"));
    auto *previousChangeKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this);
    auto *nextChangeKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    previousChangeKey->setContext(Qt::WidgetWithChildrenShortcut);
    nextChangeKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousChangeKey, &QShortcut::activated, this, &ExampleView::previousChange);
    connect(nextChangeKey, &QShortcut::activated, this, &ExampleView::nextChange);
    previousChangeButton->setToolTip(tr("Previous change (Shift+F8)"));
    nextChangeButton->setToolTip(tr("Next change (F8)"));
    connect(previousChangeButton, &QToolButton::clicked, this, &ExampleView::previousChange);
    connect(nextChangeButton, &QToolButton::clicked, this, &ExampleView::nextChange);
    m_diffFile->addItems(kFiles);
    m_diffFile->setObjectName(u"DiffFile"_s);
    m_diffFile->setToolTip(tr("The file to compare; files that differ between the two rounds are marked •"));
    connect(m_diffFile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_diffFrom > 0)
            showDiff(m_diffFrom, m_diffTo);
    });
    diffBar->addWidget(m_diffFile);
    diffBar->addWidget(m_diffTitle, 1);
    m_changeLabel->setMinimumWidth(m_changeLabel->fontMetrics().horizontalAdvance(tr("change %1 of %2").arg(999).arg(999)));
    m_changeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    diffBar->addWidget(m_changeLabel);
    diffBar->addWidget(m_unified);
    diffBar->addWidget(previousChangeButton);
    diffBar->addWidget(nextChangeButton);
    diffLayout->addLayout(diffBar);
    m_diffStack->addWidget(diffSplitter);
    m_diffStack->addWidget(m_diffUnified);
    diffLayout->addWidget(m_diffStack, 1);
    m_unified->setToolTip(tr("Show the diff as one unified text with three lines of context"));
    connect(m_unified, &QCheckBox::toggled, this, [this](bool unified) {
        m_diffStack->setCurrentIndex(unified ? 1 : 0);
        m_currentChange = -1;
        showChangeCount();
    });
    m_tabs->addTab(diffPage, tr("Diff"));
    // Synchronised scrolling of the two sides.
    connect(m_diffOld->verticalScrollBar(), &QScrollBar::valueChanged, m_diffNew->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_diffNew->verticalScrollBar(), &QScrollBar::valueChanged, m_diffOld->verticalScrollBar(), &QScrollBar::setValue);

    auto *logPage = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_errorsOnly);
    logLayout->addWidget(m_log, 1);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setUniformItemSizes(true);   // one line per item: no per-item measuring, however long the log
    m_log->setLayoutMode(QListView::Batched);
    m_log->setToolTip(tr("Double-click a traceback line to open main.py at that line."));
    m_tabs->addTab(logPage, tr("Log"));
    m_tabs->addTab(m_verdict, tr("Judge"));

    m_json->setHeaderLabels({tr("Key"), tr("Value")});
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_artifactStack->addWidget(m_image);
    m_artifactStack->addWidget(m_json);
    m_artifactStack->addWidget(m_csv);
    m_artifactStack->addWidget(m_text);
    auto *artifactSplitter = new QSplitter(Qt::Horizontal, this);
    artifactSplitter->addWidget(m_artifacts);
    artifactSplitter->addWidget(m_artifactStack);
    artifactSplitter->setStretchFactor(1, 3);
    m_tabs->addTab(artifactSplitter, tr("Artifacts"));
    m_tabs->addTab(m_review, tr("Review"));
    m_artifacts->setIconSize(QSize(40, 40));
    connect(m_artifacts, &QListWidget::currentRowChanged, this, &ExampleView::showArtifact);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_roundView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({160, 640});
    m_expertFix = new ExpertFixBar(m_workspace, m_editors, this);
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
            m_tabs->setCurrentIndex(kFiles.size());
        }
    });
    connect(m_errorsOnly, &QCheckBox::toggled, this, &ExampleView::fillLog);
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
    connect(m_log, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { onLogActivated(m_log->row(item)); });
    m_annotations = new AnnotationController(m_workspace, m_editors, m_log, this);
    connect(m_review, &JudgementPanel::submitted, this, [this] {
        if (m_snapshot.blinded)
            setExample(exampleId());   // blind review: the first judgement reveals the verdict
    });
    connect(m_review, &JudgementPanel::submitted, m_annotations, &AnnotationController::reload);   // blind mode may reveal others' comments
}

ExampleView::~ExampleView()
{
    m_pool.waitForDone();
}

void ExampleView::setExample(qint64 exampleId)
{
    const quint64 generation = ++m_generation;
    auto workspace = m_workspace;
    const QString annotator = Preferences::load().annotator;
    QtConcurrent::run(&m_pool,
                      [workspace, exampleId, annotator] {
                          ExampleSnapshot snapshot = load(workspace, exampleId);
                          snapshot.blinded = !review::BlindReview::revealed(workspace, exampleId, annotator);
                          return snapshot;
                      })
        .then(this, [this, generation, exampleId](const ExampleSnapshot &snapshot) {
            if (generation != m_generation)
                return;
            showSnapshot(snapshot);
            Q_EMIT loaded(exampleId);
        })
        .onFailed(this, [this](const Error &e) { m_title->setText(e.message().toHtmlEscaped()); });
}

void ExampleView::showSnapshot(const ExampleSnapshot &snapshot)
{
    // The row index belongs to the old snapshot: forget it before anything can use it with the new one.
    m_currentRow = -1;
    m_snapshot = snapshot;
    const auto &e = snapshot.example;
    m_title->setText(tr("<b>%1</b> @ %2 — <b>%3</b> %4 · %5 rounds executed · %6")
                         .arg(e.repositoryName.toHtmlEscaped(), e.commitSha.left(12),
                              snapshot.blinded ? tr("finished") : e.status,
                              snapshot.blinded ? tr("(blind review: the outcome is shown once you have submitted your judgement)")
                                               : e.statusReason.toHtmlEscaped())
                         .arg(e.roundsExecuted)
                         .arg(e.cost.toString(4).toHtmlEscaped()));
    QList<store::RoundRecord> records;
    for (const auto &r : snapshot.rounds)
        records << r.record;
    m_rounds->setRounds(records);
    m_roundView->setColumnHidden(RoundTableModel::VerdictColumn, snapshot.blinded);
    m_roundView->setColumnHidden(RoundTableModel::ErrorClassColumn, snapshot.blinded);
    m_review->setExample(snapshot.example.id, records);
    m_annotations->setExample(snapshot.example.id);
    if (!snapshot.rounds.isEmpty()) {
        selectRound(snapshot.rounds.last().record.index);
        return;
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->showFile(it.key(), QString());
    m_log->clear();
    m_artifacts->clear();
    m_verdict->setHtml(tr("<p><i>No round yet.</i></p>"));
}

const ExampleSnapshot::Round *ExampleView::round(int index) const
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
        m_editors.value(u"main.py"_s)->showFile(u"main.py"_s, r.mainPy);
        m_editors.value(u"requirements.txt"_s)->showFile(u"requirements.txt"_s, r.requirementsTxt);
        m_editors.value(u"run.sh"_s)->showFile(u"run.sh"_s, r.runSh);
        m_editors.value(u"metadata.json"_s)->showFile(u"metadata.json"_s, r.metadataJson);
    }
    if (row > 0)
        showDiff(m_snapshot.rounds.at(row - 1).record.index, r.record.index);
    else
        showDiff(r.record.index, r.record.index);
    fillLog();
    fillArtifacts();
    m_annotations->apply();

    const QJsonObject verdict = QJsonDocument::fromJson(r.record.verdictJson).object();
    QString html;
    if (m_snapshot.blinded) {
        m_verdict->setHtml(tr("<p><i>Blind review: the judge's verdict of this example is hidden until you have submitted "
                              "your judgement in the Review tab.</i></p>"));
        return;
    }
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

namespace {
const QString &fileText(const ExampleSnapshot::Round &r, int file)
{
    switch (file) {
    case 1: return r.requirementsTxt;
    case 2: return r.runSh;
    case 3: return r.metadataJson;
    default: return r.mainPy;
    }
}
} // namespace

void ExampleView::showDiff(int from, int to)
{
    const auto *a = round(from);
    const auto *b = round(to);
    if (!a || !b)
        return;
    m_diffFrom = from;
    m_diffTo = to;
    const int file = std::max(0, m_diffFile->currentIndex());
    for (int i = 0; i < kFiles.size(); ++i)   // • marks the files this pair of rounds changed
        m_diffFile->setItemText(i, fileText(*a, i) == fileText(*b, i) ? kFiles.at(i) : kFiles.at(i) + u" •"_s);
    const QString &name = kFiles.at(file);
    const QString &oldText = fileText(*a, file);
    const QString &newText = fileText(*b, file);
    m_diffTitle->setText(from == to ? tr("Round %1 (nothing to compare with)").arg(from)
                                    : tr("%1: round %2 → round %3").arg(name).arg(from).arg(to));
    m_diffOld->showFile(name, oldText);
    m_diffNew->showFile(name, newText);
    m_changes.clear();
    m_currentChange = -1;
    for (const auto &hunk : diff::TextDiff::compute(oldText, newText, 0)) {
        m_changes.append({hunk.oldStart, hunk.newStart});
        for (const auto &line : hunk.lines) {
            if (line.kind == diff::DiffLine::Kind::Removed)
                m_diffOld->markLine(line.oldLine, CodeEditor::Mark::Removed);
            else if (line.kind == diff::DiffLine::Kind::Added)
                m_diffNew->markLine(line.newLine, CodeEditor::Mark::Added);
        }
    }
    const QString unified = diff::TextDiff::unified(diff::TextDiff::compute(oldText, newText, 3),
                                                    u"round-%1/%2"_s.arg(from).arg(name), u"round-%1/%2"_s.arg(to).arg(name));
    m_diffUnified->showFile(name + u".diff"_s, unified);
    m_unifiedChanges.clear();
    const QStringList unifiedLines = unified.split(u'\n');
    bool inChange = false;
    for (int i = 0; i < unifiedLines.size(); ++i) {
        const QString &l = unifiedLines.at(i);
        const bool changed = (l.startsWith(u'+') && !l.startsWith(u"+++"_s)) || (l.startsWith(u'-') && !l.startsWith(u"---"_s));
        if (changed) {
            m_diffUnified->markLine(i + 1, l.startsWith(u'+') ? CodeEditor::Mark::Added : CodeEditor::Mark::Removed);
            if (!inChange)
                m_unifiedChanges.append(i + 1);
        }
        inChange = changed;
    }
    showChangeCount();
}

qsizetype ExampleView::changeCount() const
{
    return m_unified->isChecked() ? m_unifiedChanges.size() : m_changes.size();
}

void ExampleView::showChangeCount()
{
    const qsizetype n = changeCount();
    m_changeLabel->setText(n == 1 ? tr("1 change") : tr("%1 changes").arg(n));
}

void ExampleView::nextChange()
{
    if (const int n = int(changeCount()); n > 0)
        goToChange((m_currentChange + 1) % n);
}

void ExampleView::previousChange()
{
    if (const int n = int(changeCount()); n > 0)
        goToChange(m_currentChange <= 0 ? n - 1 : m_currentChange - 1);
}

void ExampleView::goToChange(int index)
{
    m_currentChange = index;
    if (m_unified->isChecked()) {
        m_diffUnified->goToLine(m_unifiedChanges.at(index));
    } else {
        const auto [oldLine, newLine] = m_changes.at(index);
        m_diffOld->goToLine(std::max(oldLine, 1));
        m_diffNew->goToLine(std::max(newLine, 1));
    }
    m_changeLabel->setText(tr("change %1 of %2").arg(index + 1).arg(changeCount()));
}

QListWidgetItem *ExampleView::addLogItem(qint64 atMs, const QString &phase, const QString &stream, const QString &text)
{
    auto *item = new QListWidgetItem(u"%1 %2  %3"_s.arg(QDateTime::fromMSecsSinceEpoch(atMs).toString(u"HH:mm:ss.zzz"_s), phase, text), m_log);
    item->setData(Qt::UserRole, text);   // the raw line, for the traceback jump
    if (stream == u"stderr"_s)
        item->setForeground(QColor(0xb0, 0x2a, 0x2a));
    else if (stream == u"system"_s)
        item->setForeground(palette().color(QPalette::PlaceholderText));
    return item;
}

void ExampleView::fillLog()
{
    m_log->clear();
    if (m_currentRow < 0)
        return;
    static const QRegularExpression error(u"Traceback|Error|error|Exception|Killed"_s);
    const auto &r = m_snapshot.rounds.at(m_currentRow);
    for (qsizetype i = 0; i < r.log.size(); ++i) {
        const auto &l = r.log.at(i);
        const bool isError = l.stream == u"stderr"_s || error.match(l.line).hasMatch();
        if (m_errorsOnly->isChecked() && !isError)
            continue;
        // Line comments anchor to the line's place in the whole stored log, whatever is filtered out.
        addLogItem(l.atMs, l.phase, l.stream, l.line)->setData(AnnotationController::LogLineRole, int(i + 1));
    }
    m_annotations->decorateLog();
}

void ExampleView::appendLiveLines(const QList<LiveLogLine> &lines, int dropped)
{
    if (m_currentRow < 0 || m_currentRow >= m_snapshot.rounds.size())
        return;
    const int round = m_snapshot.rounds.at(m_currentRow).record.index;
    const qint64 example = m_snapshot.example.id;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    static const QRegularExpression error(u"Traceback|Error|error|Exception|Killed"_s);
    bool added = false;
    if (dropped > 0 && std::any_of(lines.cbegin(), lines.cend(), [&](const LiveLogLine &l) { return l.exampleId == example; })) {
        auto *gap = new QListWidgetItem(tr("… %n line(s) skipped while the round printed faster than it can be shown", nullptr, dropped), m_log);
        gap->setForeground(palette().color(QPalette::PlaceholderText));
    }
    for (const LiveLogLine &l : lines) {
        if (l.exampleId != example || l.round != round)
            continue;
        const bool isError = l.line.stream == u"stderr"_s || error.match(l.line.text).hasMatch();
        if (m_errorsOnly->isChecked() && !isError)
            continue;
        addLogItem(l.line.atMs, l.line.phase, l.line.stream, l.line.text);
        added = true;
    }
    constexpr int kMaxLiveItems = 20000;   // a round that prints forever keeps only its newest lines here
    while (m_log->count() > kMaxLiveItems)
        delete m_log->takeItem(0);
    if (added && atBottom)
        m_log->scrollToBottom();
}

void ExampleView::fillArtifacts()
{
    m_artifacts->clear();
    if (m_currentRow < 0)
        return;
    for (const auto &a : m_snapshot.rounds.at(m_currentRow).artifacts) {
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(a.name, QLocale().formattedDataSize(a.sizeBytes)), m_artifacts);
        item->setData(Qt::UserRole, a.name);
        const QImage thumbnail = m_snapshot.rounds.at(m_currentRow).thumbnails.value(a.name);   // the gallery
        if (!thumbnail.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(thumbnail)));
    }
    // Figures first: they are what an expert looks at.
    for (int row = 0; row < m_artifacts->count(); ++row) {
        const QString name = m_artifacts->item(row)->data(Qt::UserRole).toString();
        if (name.endsWith(u".png"_s) || name.endsWith(u".svg"_s) || name.endsWith(u".jpg"_s) || name.endsWith(u".jpeg"_s)) {
            m_artifacts->setCurrentRow(row);
            return;
        }
    }
    if (m_artifacts->count() > 0)
        m_artifacts->setCurrentRow(0);
}

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

void ExampleView::showArtifact(int row)
{
    if (row < 0 || m_currentRow < 0)
        return;
    const QString name = m_artifacts->item(row)->data(Qt::UserRole).toString();
    const auto &round = m_snapshot.rounds.at(m_currentRow);
    if (!round.artifactContent.contains(name)) {
        m_text->setPlainText(tr("%1 was too large to keep.").arg(name));
        m_artifactStack->setCurrentWidget(m_text);
        return;
    }
    const QByteArray content = round.artifactContent.value(name);
    const QString lower = name.toLower();
    if (isFigure(name)) {
        m_image->setImage(QPixmap::fromImage(round.figures.value(name)));
        m_artifactStack->setCurrentWidget(m_image);
        return;
    }
    if (lower.endsWith(u".json"_s)) {
        const QJsonDocument doc = QJsonDocument::fromJson(content);
        if (!doc.isNull()) {
            m_json->clear();
            auto *root = new QTreeWidgetItem(m_json, {name});
            addJson(root, QString(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            m_json->expandAll();
            m_artifactStack->setCurrentWidget(m_json);
            return;
        }
    }
    if (lower.endsWith(u".csv"_s) || lower.endsWith(u".tsv"_s)) {
        const QChar separator = lower.endsWith(u".tsv"_s) ? u'\t' : u',';
        const QStringList lines = QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts);
        m_csv->clear();
        m_csv->setRowCount(int(std::max<qsizetype>(0, lines.size() - 1)));
        m_csv->setColumnCount(lines.isEmpty() ? 0 : int(lines.first().split(separator).size()));
        if (!lines.isEmpty())
            m_csv->setHorizontalHeaderLabels(lines.first().split(separator));
        for (qsizetype r = 1; r < lines.size() && r <= 10000; ++r) {
            const QStringList cells = lines.at(r).split(separator);
            for (qsizetype c = 0; c < cells.size() && c < m_csv->columnCount(); ++c)
                m_csv->setItem(int(r - 1), int(c), new QTableWidgetItem(cells.at(c)));
        }
        m_artifactStack->setCurrentWidget(m_csv);
        return;
    }
    m_text->setPlainText(QString::fromUtf8(content.left(2 * 1024 * 1024)));
    m_artifactStack->setCurrentWidget(m_text);
}

void ExampleView::onLogActivated(int row)
{
    const QString line = m_log->item(row)->data(Qt::UserRole).toString();
    const auto m = kTracebackLine.match(line);
    if (!m.hasMatch())
        return;
    m_tabs->setCurrentWidget(m_editors.value(u"main.py"_s));
    m_editors.value(u"main.py"_s)->goToLine(m.captured(2).toInt());
}

} // namespace wb::ui
