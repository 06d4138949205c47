// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace wb::store {
class Workspace;
}

namespace wb::test {

/**
 * A workspace whose call log spans the pipeline's stages, for the cost-by-stage report: campaign
 * "gpt-5" (openai/gpt-5, two finished examples) with synchronous and batch calls, cache reads and
 * writes, an answer from the workbench's cache, a failed call and a call without a price; campaign
 * "claude-sonnet-4-5" (anthropic, one finished example); campaign "idle" (one pending example, no
 * calls); and one call of no example. Every row goes in through LlmCallStore and LlmBatchStore.
 * The expected figures are spelt out in the tests that use it.
 */
class StageCostFixture final
{
public:
    struct Ids
    {
        qint64 gpt5 = 0, claude = 0, idle = 0;          ///< campaigns
        QList<qint64> gpt5Examples, claudeExamples;
    };
    static Ids build(const std::shared_ptr<store::Workspace> &workspace);
    /** Records @p annotator's judgement (function correct: yes) of each of @p examples, as blind review needs. */
    static void judge(const std::shared_ptr<store::Workspace> &workspace, const QList<qint64> &examples, const QString &annotator);
};

} // namespace wb::test
