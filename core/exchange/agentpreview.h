// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/planneranswer.h"
#include "exchange/plannersettings.h"
#include "exchange/vettedexample.h"
#include "llm/llmclient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace wb::llm {
class ModelProfiles;
class PriceCatalog;
}

namespace wb::store {
class Workspace;
}

namespace wb::exchange {

struct LibrarySelection;

/**
 * What CodeScientist would do with today's export. CodeScientist has no retrieval: it pastes the whole
 * codeblock_summaries.json into its ideation, planning and debugging prompts and lets the model name
 * codeblocks. The preview builds that exact index for the current library selection
 * (CodeScientistExporter::summariesJson), measures it against every model's context window, and — for a
 * research idea and a model — sends the planner request CodeScientist's convert_idea_to_experiment_prompt
 * would send (resources/exchange/agent_preview_prompt.md), recorded in the call log as stage
 * "agent_preview", and checks the names the model picks. An index too large for the model is not sent;
 * the preview then shows what a retrieval step (Ranker) would hand the planner instead.
 * Everything here blocks; run it off the GUI thread.
 */
class AgentPreview final
{
public:
    /** Names of index entries for a query, best first, at most k. The library's BM25 index plugs in here. */
    using Ranker = std::function<QStringList(const QString &query, int k)>;

    /** The index CodeScientist would read. */
    struct Index
    {
        QByteArray summariesJson;   ///< byte for byte what the export writes into an empty folder
        QStringList names;          ///< its entries
        QHash<qint64, QString> nameOfExample;   ///< example id → its entry's name
        qint64 bytes = 0;
        qint64 tokens = 0;          ///< estimated (TokenEstimator, JSON)
        QStringList excluded;       ///< what the selection left out, and why
    };

    enum class Fit {
        Fits,       ///< the index and the whole margin fit the window
        Tight,      ///< the preview's request fits, but less than the margin is left for the rest of CodeScientist's prompt
        TooLarge,   ///< not even the index, the planner's instructions and the answer budget fit
    };

    struct ModelFit
    {
        QString provider;
        QString model;
        qint64 contextWindow = 0;
        qint64 indexTokens = 0;
        qint64 margin = 0;          ///< PlannerSettings::margin for the model's class
        double share = 0;           ///< index ÷ window
        Fit fit = Fit::Fits;
    };

    struct Request
    {
        QString provider;
        QString model;
        QString baseUrl;            ///< empty: the provider's default or environment
        QString idea;
        bool useCache = true;
    };

    struct Outcome
    {
        ModelFit fit;
        qint64 promptTokens = 0;    ///< estimate of the request's prompt
        bool sent = false;
        QString refusal;            ///< why it was not sent (the index does not fit)
        QStringList fallback;       ///< with a refusal: what the Ranker would hand the planner
        qint64 fallbackTokens = 0;  ///< the size of the index of just those entries
        QString answerText;         ///< the model's answer as it came
        std::optional<PlannerAnswer> answer;   ///< parsed and checked; empty when answerError says why
        QString answerError;        ///< malformed answer (not JSON, keys missing); the call is recorded all the same
        QString callError;          ///< the call failed (network, key, server)
        std::optional<double> costUsd;         ///< unknown for an unpriced model
        bool fromCache = false;
        qint64 callId = 0;          ///< row in llm_calls
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
    };

    /** The index of @p selection's examples. Reads the store. Throws wb::Error. */
    static Index buildIndex(const std::shared_ptr<store::Workspace> &workspace, const LibrarySelection &selection);
    static Index indexOf(const QList<VettedExample> &examples);

    static ModelFit fitFor(const Index &index, const QString &provider, const QString &model, const llm::ModelProfiles &profiles,
                           const PlannerSettings &settings = PlannerSettings::builtIn());
    /** One row per model of the catalogue, in its order. */
    static QList<ModelFit> fitTable(const Index &index, const llm::PriceCatalog &prices, const llm::ModelProfiles &profiles,
                                    const PlannerSettings &settings = PlannerSettings::builtIn());

    /** The planner prompt for @p idea over @p index. */
    static QString plannerPrompt(const Index &index, const QString &idea, const PlannerSettings &settings = PlannerSettings::builtIn());
    /** The index of just @p names (in the order given), as the export would write it. */
    static QByteArray subsetIndex(const Index &index, const QStringList &names);

    /**
     * Checks the fit for @p request's model and either refuses (with @p ranker's fallback) or sends the
     * planner request, recorded in @p workspace, and reads the answer. @p cancel, when set, stops the
     * call (wb::Error of kind Cancelled). Throws wb::Error for an unknown provider or an empty idea.
     */
    static Outcome ask(const std::shared_ptr<store::Workspace> &workspace, const Index &index, const Request &request,
                       const Ranker &ranker, const std::atomic_bool *cancel = nullptr, const llm::LlmClientOptions &options = {},
                       const PlannerSettings &settings = PlannerSettings::builtIn());

    static QString toString(Fit fit);
};

} // namespace wb::exchange
