// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakellmserver.h"
#include "pipeline/campaignconfig.h"

#include <QString>

#include <functional>

namespace wb::test {

/**
 * A scripted model for end-to-end pipeline tests, answering every stage like a (quick) scientist
 * would for the "matlib" repository that makeRepository() builds: round 1's code calls the library
 * with a wrong keyword and fails with a real traceback; the judge sees the traceback and asks for a
 * repair; the repair fixes the call, writes results.json, log.json and a matplotlib PNG; the judge
 * then says finished. Stages are told apart by the structured-output schema name (OpenAI format) or the
 * forced tool (Anthropic Messages, answered as tool use with the cache usage Anthropic would report).
 */
class DistillationScript final
{
public:
    struct Options
    {
        int repairDelayMs = 0;       ///< delay of the repair answer (to kill a run while it waits)
        bool brokenGeneration = false; ///< generation answers with JSON of the wrong shape, twice
    };

    /** Builds the matlib repository (a small Python package with README and example) in @p dir. */
    static QString makeRepository(const QString &dir);
    static std::function<FakeResponse(const RecordedRequest &)> handler(Options options);
    static std::function<FakeResponse(const RecordedRequest &)> handler() { return handler(Options{}); }
private:
    static std::function<FakeResponse(const RecordedRequest &)> openAiHandler(Options options);

public:
    /** A campaign configuration for the script: every stage on @p server, the local executor, 3 rounds of 2 min. */
    static pipeline::CampaignConfig campaignConfig(const FakeLlmServer &server);
    /** The stage (schema name) of a recorded request, or "" for free text. */
    static QString stageOf(const RecordedRequest &request);
};

} // namespace wb::test
