// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/rounddiffview.h"

#include "diff/textdiff.h"
#include "editor/codeeditor.h"
#include "review/examplesnapshot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wb::ui {

RoundDiffView::RoundDiffView(QWidget *parent, QWidget *shortcutScope)
    : QWidget(parent)
    , m_old(new CodeEditor(this))
    , m_new(new CodeEditor(this))
    , m_unifiedText(new CodeEditor(this))
    , m_title(new QLabel(this))
    , m_changeLabel(new QLabel(this))
    , m_unified(new QCheckBox(tr("Unified"), this))
    , m_file(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
{
    const QStringList &files = review::ExampleSnapshot::fileNames();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_old);
    splitter->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *previousButton = new QToolButton(this);
    auto *nextButton = new QToolButton(this);
    previousButton->setText(tr("Previous Change"));
    nextButton->setText(tr("Next Change"));
    auto *previousKey = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), shortcutScope ? shortcutScope : this);
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_F8), shortcutScope ? shortcutScope : this);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, this, &RoundDiffView::previousChange);
    connect(nextKey, &QShortcut::activated, this, &RoundDiffView::nextChange);
    previousButton->setToolTip(tr("Previous change (Shift+F8)"));
    nextButton->setToolTip(tr("Next change (F8)"));
    connect(previousButton, &QToolButton::clicked, this, &RoundDiffView::previousChange);
    connect(nextButton, &QToolButton::clicked, this, &RoundDiffView::nextChange);
    m_file->addItems(files);
    m_file->setObjectName(u"DiffFile"_s);
    m_file->setToolTip(tr("The file to compare; files that differ between the two rounds are marked •"));
    connect(m_file, &QComboBox::currentIndexChanged, this, [this] {
        if (m_from > 0)
            showDiff();
    });
    bar->addWidget(m_file);
    bar->addWidget(m_title, 1);
    m_changeLabel->setMinimumWidth(m_changeLabel->fontMetrics().horizontalAdvance(tr("change %1 of %2").arg(999).arg(999)));
    m_changeLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_changeLabel);
    bar->addWidget(m_unified);
    bar->addWidget(previousButton);
    bar->addWidget(nextButton);
    layout->addLayout(bar);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_unifiedText);
    layout->addWidget(m_stack, 1);
    m_unified->setToolTip(tr("Show the diff as one unified text with three lines of context"));
    connect(m_unified, &QCheckBox::toggled, this, [this](bool unified) {
        m_stack->setCurrentIndex(unified ? 1 : 0);
        m_currentChange = -1;
        showChangeCount();
    });
    // Synchronised scrolling of the two sides.
    connect(m_old->verticalScrollBar(), &QScrollBar::valueChanged, m_new->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_new->verticalScrollBar(), &QScrollBar::valueChanged, m_old->verticalScrollBar(), &QScrollBar::setValue);
}

void RoundDiffView::compare(int from, const QStringList &fromFiles, int to, const QStringList &toFiles)
{
    m_from = from;
    m_to = to;
    m_fromFiles = fromFiles;
    m_toFiles = toFiles;
    showDiff();
}

void RoundDiffView::clear()
{
    compare(0, {}, 0, {});
}

void RoundDiffView::showDiff()
{
    const QStringList &files = review::ExampleSnapshot::fileNames();
    auto text = [](const QStringList &texts, qsizetype i) { return i < texts.size() ? texts.at(i) : QString(); };
    const int file = std::max(0, m_file->currentIndex());
    for (int i = 0; i < files.size(); ++i)   // • marks the files this pair of rounds changed
        m_file->setItemText(i, text(m_fromFiles, i) == text(m_toFiles, i) ? files.at(i) : files.at(i) + u" •"_s);
    const QString &name = files.at(file);
    const QString oldText = text(m_fromFiles, file);
    const QString newText = text(m_toFiles, file);
    if (m_from <= 0)
        m_title->clear();
    else
        m_title->setText(m_from == m_to ? tr("Round %1 (nothing to compare with)").arg(m_from)
                                        : tr("%1: round %2 → round %3").arg(name).arg(m_from).arg(m_to));
    m_old->showFile(name, oldText);
    m_new->showFile(name, newText);
    m_changes.clear();
    m_currentChange = -1;
    for (const auto &hunk : diff::TextDiff::compute(oldText, newText, 0)) {
        m_changes.append({hunk.oldStart, hunk.newStart});
        for (const auto &line : hunk.lines) {
            if (line.kind == diff::DiffLine::Kind::Removed)
                m_old->markLine(line.oldLine, CodeEditor::Mark::Removed);
            else if (line.kind == diff::DiffLine::Kind::Added)
                m_new->markLine(line.newLine, CodeEditor::Mark::Added);
        }
    }
    const QString unified = diff::TextDiff::unified(diff::TextDiff::compute(oldText, newText, 3),
                                                    u"round-%1/%2"_s.arg(m_from).arg(name), u"round-%1/%2"_s.arg(m_to).arg(name));
    m_unifiedText->showFile(name + u".diff"_s, unified);
    m_unifiedChanges.clear();
    const QStringList unifiedLines = unified.split(u'\n');
    bool inChange = false;
    for (int i = 0; i < unifiedLines.size(); ++i) {
        const QString &l = unifiedLines.at(i);
        const bool changed = (l.startsWith(u'+') && !l.startsWith(u"+++"_s)) || (l.startsWith(u'-') && !l.startsWith(u"---"_s));
        if (changed) {
            m_unifiedText->markLine(i + 1, l.startsWith(u'+') ? CodeEditor::Mark::Added : CodeEditor::Mark::Removed);
            if (!inChange)
                m_unifiedChanges.append(i + 1);
        }
        inChange = changed;
    }
    showChangeCount();
}

qsizetype RoundDiffView::changeCount() const
{
    return m_unified->isChecked() ? m_unifiedChanges.size() : m_changes.size();
}

void RoundDiffView::showChangeCount()
{
    const qsizetype n = changeCount();
    m_changeLabel->setText(n == 1 ? tr("1 change") : tr("%1 changes").arg(n));
}

void RoundDiffView::nextChange()
{
    if (const int n = int(changeCount()); n > 0)
        goToChange((m_currentChange + 1) % n);
}

void RoundDiffView::previousChange()
{
    if (const int n = int(changeCount()); n > 0)
        goToChange(m_currentChange <= 0 ? n - 1 : m_currentChange - 1);
}

void RoundDiffView::goToChange(int index)
{
    m_currentChange = index;
    if (m_unified->isChecked()) {
        m_unifiedText->goToLine(m_unifiedChanges.at(index));
    } else {
        const auto [oldLine, newLine] = m_changes.at(index);
        m_old->goToLine(std::max(oldLine, 1));
        m_new->goToLine(std::max(newLine, 1));
    }
    m_changeLabel->setText(tr("change %1 of %2").arg(index + 1).arg(changeCount()));
}

} // namespace wb::ui
