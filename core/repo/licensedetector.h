// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wb::repo {

/** A repository's licence: an SPDX id or expression, and the file it came from. Empty id: unknown. */
struct LicenseResult
{
    QString spdx;
    QString source;
};

/**
 * Maps licence files and package metadata to SPDX ids. Rules and aliases are data
 * (resources/data/licenses.json). Unknown stays unknown: no guess is ever made. Immutable and
 * thread-safe after construction.
 */
class LicenseDetector final
{
public:
    struct Candidate
    {
        QString path;       ///< repository-relative
        QByteArray content;
    };

    static const LicenseDetector &instance();
    explicit LicenseDetector(const QByteArray &json);

    /** True for root-level names such as LICENSE, LICENCE.md, COPYING.LESSER, LICENSE-MIT. */
    static bool isLicenseFile(const QString &path);
    /** True for package metadata files the detector reads (setup.py, pyproject.toml, ...). */
    static bool isMetadataFile(const QString &path);

    /** The SPDX id of a licence text, or empty. */
    QString identifyText(const QByteArray &text) const;
    /** The SPDX id or expression of a metadata value ("MIT", "BSD License", "MIT OR Apache-2.0"), or empty. */
    QString identifyValue(const QString &value) const;
    /** The licence declared in one metadata file, or empty. */
    QString identifyMetadata(const QString &path, const QByteArray &content) const;

    /** Licence files first, then metadata. */
    LicenseResult detect(const QList<Candidate> &candidates) const;

    bool isPermissive(const QString &spdx) const;

private:
    struct Rule
    {
        QString id;
        QStringList all;
        QStringList none;
    };
    QList<Rule> m_rules;
    QHash<QString, QString> m_aliases;       // normalised value -> id
    QHash<QString, QString> m_knownIds;      // lower-case id -> id
    QSet<QString> m_permissive;
};

} // namespace wb::repo
