// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/latestonly.h"
#include "store/errorclassrecord.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

class WorkspaceSession;

/**
 * Below the judge's verdict: the round's error class (the judge's, or the newest expert correction with
 * who gave it) and a way to correct it — a class, a reason, Correct. Corrections are append-only
 * (review::ErrorTaxonomy::correct) and recorded under the session's annotator; reads and writes run
 * through the WorkspaceSession.
 */
class ErrorClassBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorClassBar)

public:
    explicit ErrorClassBar(WorkspaceSession *session, QWidget *parent = nullptr);

    /** Shows round @p roundId whose judge said @p judgeClass ("" without a verdict) and loads its corrections. */
    void setRound(qint64 roundId, const QString &judgeClass);
    qint64 roundId() const { return m_roundId; }

    /** The round's class as shown: the newest correction's, else the judge's. */
    QString currentClass() const;
    const QList<store::ErrorClassRecord> &corrections() const { return m_corrections; }
    QComboBox *classBox() const { return m_class; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *correctButton() const { return m_correct; }
    QLabel *summaryLabel() const { return m_summary; }

    /** Records the class chosen with the reason given (in the background); corrected() or failed() follows. */
    void submit();

Q_SIGNALS:
    /** The round's corrections were (re)loaded. */
    void loaded(qint64 roundId);
    void corrected(const wb::store::ErrorClassRecord &record);
    void failed(const QString &message);

private:
    void reload();
    void refresh();

    WorkspaceSession *m_session;
    LatestOnly m_latest;
    qint64 m_roundId = 0;
    QString m_judgeClass;
    QList<store::ErrorClassRecord> m_corrections;
    QLabel *m_summary;
    QComboBox *m_class;
    QLineEdit *m_reason;
    QPushButton *m_correct;
};

} // namespace wb::ui
