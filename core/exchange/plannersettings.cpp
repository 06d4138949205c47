// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/plannersettings.h"

#include "llm/tokenestimator.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::PlannerSettings)
};

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    return f.readAll();
}
} // namespace

const PlannerSettings &PlannerSettings::builtIn()
{
    static const PlannerSettings settings = [] {
        const QByteArray json = readResource(u":/wb/exchange/agent_preview.json"_s);
        const QString file = QJsonDocument::fromJson(json).object().value(u"prompt"_s).toString();
        return fromJson(json, QString::fromUtf8(readResource(u":/wb/exchange/"_s + file)));
    }();
    return settings;
}

PlannerSettings PlannerSettings::fromJson(const QByteArray &json, const QString &promptTemplate)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(Tr::tr("The agent preview settings are not a JSON object: %1").arg(error.errorString()), Error::Kind::InvalidInput);
    const QJsonObject o = doc.object();
    const QJsonObject margin = o.value(u"margin"_s).toObject();
    PlannerSettings s;
    s.promptTemplate = promptTemplate;
    s.temperature = o.value(u"temperature"_s).toDouble(s.temperature);
    s.answerTokens = o.value(u"answer_tokens"_s).toInt(s.answerTokens);
    s.reasoningAnswerTokens = o.value(u"reasoning_answer_tokens"_s).toInt(s.reasoningAnswerTokens);
    s.stockIndexTokens = margin.value(u"stock_index_tokens"_s).toInteger();
    s.ideaTokens = margin.value(u"idea_tokens"_s).toInteger();
    s.mentionedCodeblocksTokens = margin.value(u"mentioned_codeblocks_tokens"_s).toInteger();
    s.marginReason = o.value(u"margin_reason"_s).toString();
    s.fallbackTopK = o.value(u"fallback_top_k"_s).toInt(s.fallbackTopK);
    if (!s.promptTemplate.contains(u"{{idea}}"_s) || !s.promptTemplate.contains(u"{{codeblock_summaries}}"_s))
        throw Error(Tr::tr("The planner prompt needs the placeholders {{idea}} and {{codeblock_summaries}}."), Error::Kind::InvalidInput);
    if (s.answerTokens < 1 || s.reasoningAnswerTokens < 1 || s.fallbackTopK < 1 || s.stockIndexTokens < 0 || s.ideaTokens < 0
        || s.mentionedCodeblocksTokens < 0)
        throw Error(Tr::tr("The agent preview settings need positive token budgets and fallback_top_k."), Error::Kind::InvalidInput);
    return s;
}

qint64 PlannerSettings::instructionTokens() const
{
    QString instructions = promptTemplate;
    instructions.remove(u"{{idea}}"_s).remove(u"{{codeblock_summaries}}"_s);
    return llm::TokenEstimator::instance().estimate(instructions, llm::ContentKind::Prose);
}

qint64 PlannerSettings::margin(bool reasoning) const
{
    return instructionTokens() + stockIndexTokens + ideaTokens + mentionedCodeblocksTokens + answerBudget(reasoning);
}

} // namespace wb::exchange
