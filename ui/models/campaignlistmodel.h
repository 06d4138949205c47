// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignrunner.h"
#include "pipeline/campaignset.h"
#include "pipeline/exampleprogress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace wb::ui {

/**
 * The campaigns this window has run, one row each, newest last: name, model, progress, cost and state,
 * fed from CampaignController's signals (value types, no store access). Rows stay after a campaign
 * ends, so three compared models can be read side by side until the next one starts.
 */
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column { NameColumn, ModelColumn, ProgressColumn, CostColumn, StateColumn, ColumnCount };
    enum class State { Starting, Running, Paused, Cancelling, Finished, Cancelled, FailedToStart };

    static constexpr int CampaignIdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;   ///< State as int
    static constexpr int DoneRole = Qt::UserRole + 3;    ///< examples ended
    static constexpr int TotalRole = Qt::UserRole + 4;

    explicit CampaignListModel(QObject *parent = nullptr);

    void starting(qint64 campaignId, const QString &name = {});
    void started(qint64 campaignId, const pipeline::CampaignOverview &overview);
    void failedToStart(qint64 campaignId, const QString &message);
    void update(const pipeline::ExampleProgress &progress);
    void finished(qint64 campaignId, const pipeline::CampaignSummary &summary);
    /** What the user asked for, until the runner's answer arrives. */
    void setState(qint64 campaignId, State state);
    /** Drops the rows of campaigns that have ended. */
    void clearEnded();

    int rowOf(qint64 campaignId) const { return m_rowOf.value(campaignId, -1); }
    qint64 campaignAt(int row) const;
    State stateAt(int row) const;
    static bool isLive(State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 campaignId = 0;
        QString name;
        QString model;
        int total = 0;
        int doneBefore = 0;                    // ended before this run
        QHash<qint64, store::ExampleStatus> status;   // example -> latest status in this run
        QHash<qint64, llm::CostTotal> cost;    // example -> latest cost
        State state = State::Starting;
        QString message;
    };
    int ensureRow(qint64 campaignId);
    void changed(int row);
    int done(const Row &row) const;
    QString stateText(const Row &row) const;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf;
};

} // namespace wb::ui
