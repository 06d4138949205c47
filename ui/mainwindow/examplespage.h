// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaigncontroller.h"
#include "session/latestonly.h"

#include <QWidget>

class QTableView;
class QTimer;

namespace wb::pipeline {
struct ExampleProgress;
}

namespace wb::ui {

class ExampleTableModel;
class ExampleView;
class WorkspaceSession;

/**
 * The Examples tab: the examples of every campaign | the selected one in an ExampleView.
 *
 * The list is read through the session for the session's reviewer; with blind review on, examples
 * the reviewer has not judged are listed blinded. It is read again when the reviewer or the blind
 * review setting changes. The shown example follows a running campaign (followProgress, throttled)
 * and tails its live log.
 */
class ExamplesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExamplesPage)

public:
    explicit ExamplesPage(WorkspaceSession *session, QWidget *parent = nullptr);

    QTableView *exampleTable() const { return m_exampleTable; }
    ExampleView *exampleView() const { return m_exampleView; }
    /** The example shown; 0 when none. */
    qint64 shownExample() const;

public Q_SLOTS:
    /** Reads the list again; examplesLoaded follows. */
    void reload();
    /** Selects @p exampleId's row, which shows it; false when it is not listed. */
    bool selectExample(qint64 exampleId);
    void previousExample();
    void nextExample();
    /** Reads the shown example again (another workbench or a campaign changed it). */
    void refreshShownExample();
    /** Reads the shown example's judgements again. */
    void refreshJudgements();
    void showReviewKeys();
    /** An expert round of @p exampleId ended (or could not run): says @p message and shows its rounds. */
    void expertRoundFinished(qint64 exampleId, const QString &message);
    /** A running campaign progressed: a new stage or round of the shown example reloads it (throttled). */
    void followProgress(const pipeline::ExampleProgress &progress);
    void appendLiveLines(const QList<wb::ui::LiveLogLine> &lines, int dropped);

Q_SIGNALS:
    void examplesLoaded(int count);
    /** The reviewer submitted a judgement. */
    void judgementSubmitted();
    /** The review queue asks for another example (select it with selectExample). */
    void openExampleRequested(qint64 exampleId);
    void expertRoundRequested(qint64 campaignId, qint64 exampleId, bool judge);
    void statusMessage(const QString &text);

private:
    void step(int delta);

    WorkspaceSession *m_session;
    ExampleTableModel *m_exampleModel;
    QTableView *m_exampleTable;
    ExampleView *m_exampleView;
    QTimer *m_follow;
    QString m_followed;   // the shown example's last stage and round seen in progress
    LatestOnly m_listLoads;
};

} // namespace wb::ui
