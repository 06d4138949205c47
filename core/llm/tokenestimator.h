// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace wb::llm {

/** What a piece of prompt text is; tokenizers split each kind differently. */
enum class ContentKind { Code, Prose, Json, Config, Shell, Log, Data };

/**
 * Prompt sizes without a tokenizer: characters ÷ (characters per token of the content's kind), with the
 * ratios measured against a real BPE tokenizer (resources/llm/tokens.json, tools/calibrate-tokens.mjs).
 * Rounded up; deterministic; thread-safe.
 */
class TokenEstimator final
{
public:
    static const TokenEstimator &instance();
    /** Throws wb::Error on malformed JSON. */
    explicit TokenEstimator(const QByteArray &json);

    qint64 estimate(QStringView text, ContentKind kind) const;
    double charsPerToken(ContentKind kind) const;
    /** The kind a repository file's content is, by its name. */
    static ContentKind kindForPath(const QString &path);
    /** The kind named in tokens.json ("code", "prose", ...); Prose for an unknown name. */
    static ContentKind kindFromName(const QString &name);

private:
    QHash<int, double> m_ratios;
};

} // namespace wb::llm
