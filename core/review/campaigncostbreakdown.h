// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/costtotal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::review {

class BlindView;

/**
 * What a campaign's model calls cost, per stage of the pipeline and split into calls answered from a
 * provider batch (priced at the batch price) and synchronous calls, from the call log (llm_calls) of
 * the campaign's examples. Per stage and mode: calls (every row), of those the answers from the
 * workbench's own cache (no provider call, no cost, their tokens not counted) and the failed calls
 * (error or cancelled); the tokens of every call that reached a provider, each input token in exactly
 * one bucket (uncached input, read from the provider's cache, written to it — the same for every
 * provider, see llm::Usage), output with reasoning inside; and the cost, a lower bound when some calls
 * had no price (llm::CostTotal). Rows follow the pipeline's order (repository_summary,
 * file_classification, example_generation, judge_verdict, example_repair), then other stages by name,
 * synchronous before batch. Plain values, safe to hand from a worker thread to the GUI.
 */
class CampaignCostBreakdown final
{
public:
    enum class Mode { Sync, Batch };

    /** The figures of a set of calls (a stage in one mode, or a campaign). */
    struct Figures
    {
        qint64 calls = 0;
        qint64 cachedAnswers = 0;   ///< answered from the workbench's cache: no provider call
        qint64 failed = 0;          ///< error or cancelled
        qint64 inputUncached = 0;
        qint64 cacheRead = 0;
        qint64 cacheWrite = 0;
        qint64 output = 0;          ///< including reasoning
        qint64 reasoning = 0;       ///< part of output
        llm::CostTotal cost;

        /** Every prompt token sent to a provider: uncached, read from and written to its cache. */
        qint64 promptTokens() const { return inputUncached + cacheRead + cacheWrite; }
        /** The share of promptTokens() read from the provider's cache; nullopt without prompt tokens. */
        std::optional<double> cacheReadShare() const;
        Figures &operator+=(const Figures &other);
        bool operator==(const Figures &) const = default;
    };

    struct Stage
    {
        QString stage;              ///< llm_calls.stage
        Mode mode = Mode::Sync;
        Figures figures;
    };

    struct Campaign
    {
        QString campaign;
        QString model;              ///< the generator, provider/model; empty when hidden
        QList<Stage> stages;
        Figures total;
        QList<qint64> exampleIds;   ///< the finished examples (as CampaignReport counts them), for blind review
        /** Blind mode: withheld (the costs would tell the models apart); shown under its blind label. */
        bool hidden = false;
    };

    /** The pipeline's stages in the order they run. */
    static const QStringList &pipelineStages();
    /** "batch" or "sync". */
    static QString modeName(Mode mode);

    /** Reads the store: one query of the call log per campaign (blocking). Throws wb::Error. */
    static CampaignCostBreakdown compute(const std::shared_ptr<store::Workspace> &workspace);

    QList<Campaign> campaigns;      ///< every campaign, in the store's order (as CampaignReport)

    /**
     * Blind mode: withholds the figures and the model of each campaign in which @p view's annotator has
     * not judged every finished example, as CampaignReport::hideFrom does. No-op when blind mode is off.
     */
    void hideFrom(const BlindView &view);
    /** Withholds the campaign at @p index and shows it as @p label (when CampaignReport's row is hidden). */
    void withhold(int index, const QString &label);
    int hiddenCampaigns() const;
    /** Whether some shown figure is a lower bound (calls without a price). */
    bool hasUnpricedCalls() const;

    /** Per campaign a heading and a table (stage rows, then the total), with notes. */
    QString toMarkdown() const;
    /** One line per campaign, stage and mode, then the campaign's total (stage "total", mode "all"). */
    QString toCsv() const;
    /**
     * The rows of the campaign at @p index: [{stage, mode: batch|sync, calls, cached_answers, failed,
     * input_uncached_tokens, cache_read_tokens, cache_write_tokens, output_tokens, reasoning_tokens,
     * cache_read_share, cost_usd, cost_complete, cost_unpriced_calls}]; empty when hidden.
     */
    QJsonArray stagesJson(int index) const;
    /** The campaign's total in the same fields (no stage or mode); null when hidden. */
    QJsonValue totalJson(int index) const;
    /** {"campaigns": [{campaign, model, hidden, cost_by_stage: [...], cost_total: {...}}]} */
    QJsonObject toJson() const;
    /**
     * Adds "cost_by_stage" and "cost_total" (null when withheld) to each campaign of @p report, a
     * CampaignReport::toJson() of the same campaigns in the same order.
     */
    void insertInto(QJsonObject &report) const;
};

} // namespace wb::review

Q_DECLARE_METATYPE(wb::review::CampaignCostBreakdown)
