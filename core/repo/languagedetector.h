// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/filerecord.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace wb::repo {

/** What the path and the first bytes of a file say about it. */
struct LanguageInfo
{
    QString language;          ///< empty when unknown
    store::FileCategory category = store::FileCategory::Other;
    bool binaryFormat = false; ///< the format is binary whatever the bytes say
    QString highlighter;       ///< KSyntaxHighlighting definition name, empty for plain text
};

/**
 * Detects a file's language from its name, extension and shebang line. The tables are data
 * (resources/data/languages.json). Immutable after construction, so one instance can be shared
 * between threads; use instance() for the built-in tables.
 */
class LanguageDetector final
{
public:
    static const LanguageDetector &instance();

    /** Builds the tables from a JSON document of the languages.json shape; throws wb::Error. */
    explicit LanguageDetector(const QByteArray &json);

    /** @p head: the first bytes of the content (for the shebang), may be empty. */
    LanguageInfo detect(const QString &path, QByteArrayView head = {}) const;

private:
    QHash<QString, LanguageInfo> m_byExtension;   // lower-case extension
    QHash<QString, LanguageInfo> m_byExactExtension; // case-sensitive (e.g. F90 vs f90)
    QHash<QString, LanguageInfo> m_byFileName;
    QHash<QString, LanguageInfo> m_byInterpreter;
    QList<std::pair<QString, LanguageInfo>> m_byPrefix;
};

} // namespace wb::repo
