// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace wb::store {

class Workspace;

/**
 * Content-addressed storage in table blobs: content is keyed by the SHA-256 of its bytes, stored
 * zlib-compressed when that is smaller, and written once however often it is put.
 */
class BlobStore final
{
public:
    explicit BlobStore(std::shared_ptr<Workspace> workspace);

    /** Stores @p content with every known secret (KnownSecrets) replaced — code, logs, artifacts and
     *  recorded bodies never keep a key — and returns the stored bytes' SHA-256 in hex (no-op when
     *  present). Throws wb::Error. */
    QString put(const QByteArray &content);
    /** The content of @p sha256, or nullopt when absent. Throws wb::Error on a corrupt row. */
    std::optional<QByteArray> get(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    static QString hash(const QByteArray &content);

private:
    std::shared_ptr<Workspace> m_workspace;
};

} // namespace wb::store
