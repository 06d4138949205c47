// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace wb::exchange {

/**
 * How the agent preview asks its planner and what else shares the window with the codeblock index:
 * resources/exchange/agent_preview.json and its prompt file. Every number comes with its reason in
 * that file. A plain value.
 */
struct PlannerSettings
{
    QString promptTemplate;            ///< with {{idea}} and {{codeblock_summaries}}
    double temperature = 0.1;
    int answerTokens = 8192;
    int reasoningAnswerTokens = 16384;
    qint64 stockIndexTokens = 0;       ///< CodeScientist's own summaries, merged into the same index
    qint64 ideaTokens = 0;             ///< the idea, pasted twice
    qint64 mentionedCodeblocksTokens = 0;
    QString marginReason;
    int fallbackTopK = 10;

    /** The built-in settings. Throws wb::Error. */
    static const PlannerSettings &builtIn();
    /** Parses @p json (the settings file) with @p promptTemplate (the text of the prompt file it names). Throws wb::Error. */
    static PlannerSettings fromJson(const QByteArray &json, const QString &promptTemplate);

    /** The answer budget for a model of the reasoning class or not. */
    int answerBudget(bool reasoning) const { return reasoning ? reasoningAnswerTokens : answerTokens; }
    /** Tokens of the template without the index and the idea (instructions only). */
    qint64 instructionTokens() const;
    /** Everything in the real planner prompt besides the exported index, the answer budget included. */
    qint64 margin(bool reasoning) const;
};

} // namespace wb::exchange
