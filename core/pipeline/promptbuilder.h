// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/modelprofile.h"
#include "pipeline/fileselector.h"
#include "pipeline/protocol.h"
#include "pipeline/roundevidence.h"

#include <QHash>
#include <QString>

#include <functional>

namespace wb::pipeline {

/** A rendered prompt and how it was fitted; error non-empty: it cannot be fitted and must not be sent. */
struct BuiltPrompt
{
    QString text;
    qint64 tokens = 0;        ///< estimated (llm::TokenEstimator)
    qint64 cap = 0;           ///< the most it may have
    bool filesShortened = false;
    bool outputsShortened = false;
    bool contentTruncated = false;   ///< the README or the classified file was cut to fit
    /**
     * Classification: the first this many characters of @c text are the part every file of the example
     * shares (the method's instructions, the repository and its summary, a README excerpt); the file
     * follows. 0: no shared prefix.
     */
    qsizetype sharedPrefixChars = 0;
    qint64 sharedPrefixTokens = 0;   ///< estimated, with the system prompt
    qint64 readmeExcerptTokens = 0;  ///< estimated tokens of README quoted to reach the model's cache minimum; 0: none
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Renders the prompts of the generation, judge and repair stages under a protocol and fits each into the
 * model's limit, the way CodeDistiller does: the repository's selected files within their budget; each
 * output stream of the judged round within min(10k, (cap − tokens so far) / 8) tokens (1k at least),
 * trimmed middle-out so that its end survives; and the whole prompt within the protocol's cap for the
 * stage, the method's lower cap for the model, and the model's context window less the answer's budget.
 * When the prompt still does not fit, the selected files are chosen again within what is left; when even
 * that cannot make it fit, the result carries an error naming the model, its window and the prompt's
 * size. Pure apart from @p reselect.
 */
class PromptBuilder final
{
public:
    struct Example
    {
        QString repositoryUrl;
        QString commit;
        QString repositoryDescription;   ///< the README summary, whole (its JSON)
        QString readme;                  ///< the README the summary read; quoted in classification only to reach a cache minimum
        QString environment;             ///< what the executor offers
        FileSelector::Selection selection;
        /** The selection again within a smaller token budget (empty when it cannot be made again). */
        std::function<FileSelector::Selection(qint64 budget)> reselect;
    };

    struct Round
    {
        int index = 0;
        int maxRounds = 8;
        QString mainPy;
        QString requirementsTxt;
        QString runSh;
        QString metadataJson;
        QString changeLog;
        RoundEvidence evidence;
        QString verdictJson;   ///< repair only
    };

    PromptBuilder(const Protocol &protocol, const llm::ModelProfile &model);

    /** The README summary: the README cut to the protocol's limit and to what the prompt's cap leaves. */
    BuiltPrompt summary(const Example &example, const QString &readmeName, const QString &readme) const;
    /**
     * One file's classification: its content cut to the protocol's limit and to what the prompt's cap leaves.
     * The file comes last, after the part all files share (sharedPrefixChars). When the model's provider
     * caches prefixes from a minimum length on and the shared part is estimated shorter, the shared part
     * quotes the beginning of the README, just enough to reach the minimum and the protocol's margin, at most
     * the protocol's excerpt limit; a README too short to get there is not quoted. The shared part depends
     * only on the example, never on the file.
     */
    BuiltPrompt classification(const Example &example, const QString &path, const QString &fileNote, const QString &content) const;
    BuiltPrompt generation(const Example &example) const;
    BuiltPrompt judge(const Example &example, const Round &round) const;
    BuiltPrompt repair(const Example &example, const Round &round) const;

    /** Estimated tokens of @p stage's template rendered with @p variables, each of its own kind. */
    qint64 estimate(const QString &stage, const QHash<QString, QString> &variables,
                    const QHash<QString, llm::ContentKind> &kinds) const;

private:
    BuiltPrompt roundPrompt(const QString &stage, const Example &example, const Round &round) const;
    BuiltPrompt fitted(const QString &stage, QHash<QString, QString> variables, const QHash<QString, llm::ContentKind> &kinds,
                       const Example &example, const std::function<void(QHash<QString, QString> &, qint64 cap, qint64 soFar, BuiltPrompt &)> &sections) const;
    QString tooLarge(const QString &stage, qint64 tokens, qint64 cap) const;
    BuiltPrompt withContent(const QString &stage, QHash<QString, QString> variables, const QString &contentKey, const QString &noteKey,
                            const QString &note, const QString &content, llm::ContentKind kind, qint64 maxTokens,
                            QHash<QString, qsizetype> *offsets = nullptr) const;
    /** The classification prompt with @p excerpt in its shared part, split where the file begins. */
    BuiltPrompt classificationWith(const Example &example, const QString &path, const QString &fileNote, const QString &content,
                                   const QString &excerpt) const;

    const Protocol &m_protocol;
    llm::ModelProfile m_model;
};

} // namespace wb::pipeline
