// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/judgementrecord.h"
#include "store/pipelinerecords.h"

#include <QElapsedTimer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wb::store {
class Workspace;
}

namespace wb::ui {

/**
 * The expert's judgement of one example, next to the LLM judge's: the paper's three criteria
 * (yes / no / unsure), a decision (accept / reject / needs work) and notes, with the judge's answer to
 * each beside it and the example's judgement history below. Submitting appends a judgement (it
 * supersedes the annotator's previous one) off the GUI thread. Keys: 1–9 answer the criteria (three per
 * row: yes, no, unsure), A / R / W decide, Ctrl+Return submits.
 */
class JudgementPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgementPanel)

public:
    explicit JudgementPanel(std::shared_ptr<store::Workspace> workspace, QWidget *parent = nullptr);
    ~JudgementPanel() override;

    /** Shows @p exampleId with its rounds (for the judge's answers); loads the history in the background. */
    void setExample(qint64 exampleId, const QList<store::RoundRecord> &rounds);
    /** Sets an answer: @p criterion is ran_without_error, shows_function, function_correct or decision. */
    void setAnswer(const QString &criterion, const QString &value);
    QString answer(const QString &criterion) const;
    QPushButton *submitButton() const { return m_submit; }
    QListWidget *historyList() const { return m_history; }
    QLabel *judgeLabel(const QString &criterion) const;

public Q_SLOTS:
    void submit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void submitted(const wb::store::JudgementRecord &judgement);
    void historyLoaded(int count);
    void failed(const QString &message);

private:
    void loadHistory();
    void updateSubmit();

    std::shared_ptr<store::Workspace> m_workspace;
    QThreadPool m_pool;
    qint64 m_exampleId = 0;
    quint64 m_generation = 0;
    QElapsedTimer m_shownFor;
    QHash<QString, QButtonGroup *> m_groups;
    QHash<QString, QLabel *> m_judge;
    QHash<QString, QString> m_judgeValues;
    QPlainTextEdit *m_notes;
    QPushButton *m_submit;
    QLabel *m_status;
    QListWidget *m_history;
};

} // namespace wb::ui
