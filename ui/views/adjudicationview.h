// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/adjudicationsnapshot.h"
#include "session/latestonly.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace wb::ui {

class WorkspaceSession;

/**
 * The adjudication queue (the Adjudication tab): the examples whose raters — annotators and the LLM
 * judge — disagree on a criterion without a gold value, filtered by campaign; the selected example's
 * answers side by side per criterion; a gold value chooser per conflicting criterion, a rationale, and
 * "Record Gold Decision" (Ctrl+Return), which stores the gold values (adjudicator = the user's annotator
 * name) and moves on to the next example. Blind mode does not apply here: adjudication comes after every
 * annotator has submitted, so all answers are shown. Loads and writes run off the GUI thread.
 */
class AdjudicationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjudicationView)

public:
    explicit AdjudicationView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~AdjudicationView() override;

    QTreeWidget *queueList() const { return m_list; }
    QComboBox *campaignFilter() const { return m_campaign; }
    QTableWidget *answersTable() const { return m_answers; }
    /** The gold value chooser of @p criterion (shown only while that criterion is in conflict). */
    QComboBox *chooser(const QString &criterion) const { return m_choosers.value(criterion); }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QPushButton *recordButton() const { return m_record; }
    /** The example selected in the queue (0: none). */
    qint64 currentExample() const;
    QList<review::AdjudicationQueue::Item> items() const { return m_items; }

public Q_SLOTS:
    /** Reads the queue again (of the chosen campaign); loaded() follows. */
    void reload();
    /** Stores the chosen gold values with the rationale and moves on to the next example. */
    void recordGold();

Q_SIGNALS:
    void loaded(int count);
    void recorded(qint64 exampleId);
    /** The user asked to see @p exampleId in the Examples tab. */
    void openExampleRequested(qint64 exampleId);
    void failed(const QString &message);

private:
    void present(const review::AdjudicationSnapshot &loaded, qint64 select);
    void showItem();
    void updateRecord();

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    QList<review::AdjudicationQueue::Item> m_items;
    QComboBox *m_campaign;
    QTreeWidget *m_list;
    QLabel *m_title;
    QTableWidget *m_answers;
    QFormLayout *m_goldForm;
    QHash<QString, QComboBox *> m_choosers;
    QPlainTextEdit *m_rationale;
    QPushButton *m_record;
    QPushButton *m_open;
    QLabel *m_status;
    /** The examples after the recorded one, in queue order: where to go after the reload. */
    QList<qint64> m_advanceTo;
};

} // namespace wb::ui
