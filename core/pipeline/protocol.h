// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "llm/llmrequest.h"
#include "llm/modelprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace wb::pipeline {

/** How one stage's requests are sent to one model under a protocol. */
struct StageSettings
{
    QString reasoningEffort;                 ///< reasoning models: e.g. "high"; else empty
    std::optional<double> temperature;       ///< other models: e.g. 0
    std::optional<double> retryTemperature;  ///< the one repeated request after an unusable answer
    int maxOutputTokens = 32000;
    bool planFirst = false;                  ///< a leading "plan" field in the answer
    qint64 promptCap = 0;                    ///< the whole prompt, tokens (protocol, model and window)
    QStringList indispensable;               ///< see llm::LlmRequest::indispensable
    bool lenient = true;

    /** Sets what these settings decide on @p request (sampling, budgets, answer reading). */
    void apply(llm::LlmRequest &request) const;
};

/**
 * A distillation protocol: the prompt set, the model settings, the limits and the execution semantics
 * that together make a campaign's results comparable with another's. Protocols are data: a folder with
 * protocol.json and its prompt files, built in (resources/protocols/<name>) or a lab's own in the user's
 * data folder or on CODEDISTILLER_PROTOCOL_PATH; a lab's variant may "extends" another and replace prompts
 * or settings. Resolved into one self-contained snapshot (canonical JSON, prompts and answer schemas
 * included) whose SHA-256 is the protocol's hash; a campaign stores its snapshot, so it runs and reads
 * the same whatever happens to the files later. Immutable; cheap to copy.
 */
class Protocol final
{
public:
    static QString defaultName();   ///< "codedistiller-2025"
    /** By name (search path, built-in last) or by folder. Throws wb::Error (NotFound, InvalidInput). */
    static Protocol load(const QString &nameOrFolder);
    /** From a stored snapshot. Throws wb::Error (InvalidInput). */
    static Protocol fromSnapshot(const QByteArray &snapshot);

    struct Available
    {
        QString name;
        QString title;
        QString location;   ///< folder, or ":/wb/protocols/..." for a built-in one
    };
    /** Every protocol that can be loaded by name; a name found twice is the first on the search path. */
    static QList<Available> available();
    /** Folders searched for protocols by name, in order (the built-in folder is searched last). */
    static QStringList searchPath();

    QString name() const;
    QString title() const;
    QString description() const;
    QByteArray snapshot() const;   ///< canonical JSON
    QString hash() const;          ///< SHA-256 of snapshot(), hex
    QString shortHash() const;     ///< its first 12 digits

    /**
     * The prompt of @p stage with "{{> partial}}" included, "{{#name}}…{{/name}}" sections kept only when
     * the value of name is not empty, and "{{name}}" markers replaced by @p variables (inserted verbatim,
     * never re-scanned). @p offsets, when given, receives where each marker's first value begins in the
     * result. Throws wb::Error when a marker has no value or a value no marker.
     */
    QString render(const QString &stage, const QHash<QString, QString> &variables,
                   QHash<QString, qsizetype> *offsets = nullptr) const;
    /** @p tmpl with its "{{#name}}…{{/name}}" sections resolved by @p variables; @p names receives the sections' names. */
    static QString resolveSections(const QString &tmpl, const QHash<QString, QString> &variables, QSet<QString> *names = nullptr);
    /** The template of @p stage with its partials included (markers left as they are). */
    QString promptTemplate(const QString &stage) const;
    QString systemPrompt() const;   ///< empty: none (CodeDistiller sends one user message)

    int maxRounds() const;
    int wallMinutes() const;
    qint64 readmeMaxTokens() const;
    qint64 fileMaxTokens() const;             ///< a file's content in a classification prompt
    /** The most README the classification prompt's shared part may quote to reach a provider's cache minimum. */
    qint64 readmeExcerptMaxTokens() const;
    /** Tokens beyond the cache minimum the shared part is lengthened to (the estimate is not the provider's count). */
    qint64 cacheMarginTokens() const;
    int minRating() const;
    qint64 selectionBudget(const llm::ModelProfile &model) const;
    qint64 truncateWhenAtLeast() const;       ///< a file that does not fit is cut when this much budget is left
    /** Per-output-section token budget of judge and repair prompts: see sectionBudget(). */
    qint64 sectionBudget(qint64 promptCap, qint64 tokensSoFar) const;
    double errorShare() const;                ///< of a section's budget, for error lines from its middle
    StageSettings stageSettings(const QString &stage, const llm::ModelProfile &model) const;

    /** Human-readable differences (settings and prompts, prompts as unified diffs); empty: none. */
    static QStringList diff(const Protocol &a, const Protocol &b);

private:
    Protocol() = default;
    static Protocol fromDocument(nlohmann::ordered_json doc);
    qint64 integer(std::initializer_list<const char *> path, qint64 fallback) const;

    nlohmann::ordered_json m_doc;   // the resolved protocol: settings, "prompts" and "partials" as text, "schemas"
    QByteArray m_snapshot;
    QString m_hash;
};

} // namespace wb::pipeline
