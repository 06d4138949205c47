// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace wb::ui {

class CodeEditor;

/**
 * The code of one round against another: one of the round's files (a combo box; files that differ are
 * marked •) side by side with the removed and added lines marked and the two sides scrolling together,
 * or as one unified diff with three lines of context. F8 / Shift+F8 (and two buttons) move to the next /
 * previous change block, wrapping around. Holds the two rounds' files it was given; reads nothing.
 */
class RoundDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundDiffView)

public:
    /** @p shortcutScope: the widget within which F8 / Shift+F8 work (default: this view). */
    explicit RoundDiffView(QWidget *parent = nullptr, QWidget *shortcutScope = nullptr);

    /**
     * Compares round @p from (its files @p fromFiles) with round @p to (@p toFiles), both in the order of
     * fileNames(); the same round twice shows it with nothing to compare.
     */
    void compare(int from, const QStringList &fromFiles, int to, const QStringList &toFiles);
    /** Shows nothing. */
    void clear();
    /** The rounds compared (0: none). */
    int from() const { return m_from; }
    int to() const { return m_to; }

    /** Moves both sides (or the unified text) to the next / previous change block, wrapping around. */
    void nextChange();
    void previousChange();
    /** Change blocks in the diff shown (in the current form), and the one last moved to (-1: none yet). */
    qsizetype changeCount() const;
    int currentChange() const { return m_currentChange; }

    CodeEditor *oldSide() const { return m_old; }
    CodeEditor *newSide() const { return m_new; }
    /** The unified form of the same diff, shown instead of the two sides while unifiedToggle() is checked. */
    CodeEditor *unifiedText() const { return m_unifiedText; }
    QCheckBox *unifiedToggle() const { return m_unified; }
    /** Which file is compared. */
    QComboBox *fileBox() const { return m_file; }

private:
    void showDiff();
    void goToChange(int index);
    void showChangeCount();

    CodeEditor *m_old;
    CodeEditor *m_new;
    CodeEditor *m_unifiedText;
    QLabel *m_title;
    QLabel *m_changeLabel;
    QCheckBox *m_unified;
    QComboBox *m_file;
    QStackedWidget *m_stack;
    int m_from = 0;
    int m_to = 0;
    QStringList m_fromFiles;
    QStringList m_toFiles;
    /** First line of each change block in the unified text. */
    QList<int> m_unifiedChanges;
    /** First line of each change block on the old and new side (0 where a side has none). */
    QList<std::pair<int, int>> m_changes;
    int m_currentChange = -1;
};

} // namespace wb::ui
