// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

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
    /** Writes every successful call of @p workspace to @p path; returns the number of entries. Throws. */
    static int exportFrom(const std::shared_ptr<store::Workspace> &workspace, const QString &path);

    std::optional<Entry> find(const QString &requestHash) const;
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, Entry> m_entries;
};

} // namespace wb::llm
