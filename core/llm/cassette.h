// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}

namespace wb::llm {

/**
 * Recorded responses in a portable file, for offline and reproducible re-runs: JSON Lines, one
 * {"request_hash", "provider", "model", "stage", "response"} object per successful call. Request bodies
 * and keys are not part of it.
 *
 * Hand-written cassettes (the demo's) may match by content instead of hash, because their prompts
 * carry machine-specific text (paths, interpreter version, timings): a line
 * {"match": {"stage", "prompt_contains": [...], "prompt_excludes": [...]}, "provider", "model", "response"}
 * answers the first request of that stage whose prompt contains every and none of the given strings;
 * rules are tried in file order, after the exact hashes. Lines with only a "comment" are skipped.
 */
class Cassette final
{
public:
    struct Entry
    {
        QString provider;
        QString model;
        QString stage;
        QByteArray response;   ///< the raw response body
    };

    /** Reads @p path; throws wb::Error naming the bad line. */
    static Cassette load(const QString &path);
    /** Reads the lines in @p content; @p source names them in errors. Throws wb::Error naming the bad line. */
    static Cassette parse(const QByteArray &content, const QString &source);
    /** Writes every successful call of @p workspace to @p path; returns the number of entries. Throws. */
    static int exportFrom(const std::shared_ptr<store::Workspace> &workspace, const QString &path);

    std::optional<Entry> find(const QString &requestHash) const;
    /** The first content rule for @p stage that @p prompt satisfies. */
    std::optional<Entry> match(const QString &stage, const QString &prompt) const;
    int size() const { return int(m_entries.size() + m_rules.size()); }

private:
    struct Rule
    {
        QString stage;
        QStringList contains;
        QStringList excludes;
        Entry entry;
    };
    QHash<QString, Entry> m_entries;
    QList<Rule> m_rules;
};

} // namespace wb::llm
