// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/publisheddocs.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {

constexpr qsizetype kLongestSuffix = 8;

const QStringList &pageExtensions()
{
    static const QStringList extensions{u".md"_s, u".rst"_s, u".ipynb"_s, u".txt"_s, u".markdown"_s, u".html"_s, u".htm"_s};
    return extensions;
}

QString withoutPageExtension(const QString &segment)
{
    for (const QString &extension : pageExtensions())
        if (segment.endsWith(extension) && segment.size() > extension.size())
            return segment.left(segment.size() - extension.size());
    return segment;
}

} // namespace

PublishedDocs::PublishedDocs(const QStringList &paths, const QSet<QString> &docsDirs)
{
    QHash<QString, QString> folders;   // a folder's index page answers for the folder (MkDocs' `getting_started/`)
    for (const QString &path : paths) {
        const QString lower = path.toLower();
        if (std::none_of(pageExtensions().cbegin(), pageExtensions().cend(), [&](const QString &e) { return lower.endsWith(e); }))
            continue;
        const QStringList segments = lower.split(u'/', Qt::SkipEmptyParts);
        qsizetype root = -1;
        for (qsizetype k = 0; k + 1 < segments.size(); ++k)
            if (docsDirs.contains(segments[k])) {
                root = k;
                break;
            }
        if (root < 0)
            continue;
        QStringList page = segments.mid(root + 1);
        page.last() = withoutPageExtension(page.last());
        auto registerSuffixes = [&](const QStringList &parts, QHash<QString, QString> &into) {
            for (qsizetype length = 1; length <= std::min(parts.size(), kLongestSuffix); ++length) {
                const QString key = parts.mid(parts.size() - length).join(u'/');
                const auto it = into.constFind(key);
                into.insert(key, it == into.cend() || *it == path ? path : QString());
            }
        };
        registerSuffixes(page, m_pages);
        if ((page.last() == u"index"_s || page.last() == u"readme"_s) && page.size() > 1)
            registerSuffixes(page.mid(0, page.size() - 1), folders);
    }
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        if (!m_pages.contains(it.key()))
            m_pages.insert(it.key(), it.value());
}

QString PublishedDocs::pageFor(const QString &url, const QStringList &projectNames) const
{
    static const QRegularExpression scheme(u"^[a-z][a-z0-9+.-]*://"_s);
    QString rest = url.toLower();
    if (!rest.contains(scheme))
        return {};
    rest.remove(scheme);
    rest = rest.section(u'#', 0, 0).section(u'?', 0, 0);
    const QString host = rest.section(u'/', 0, 0);
    QStringList segments = rest.section(u'/', 1).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return {};
    segments.last() = withoutPageExtension(segments.last());
    if (segments.last() == u"index"_s)
        segments.removeLast();

    // The address must be this project's: a project name in the host, or in a segment before the page.
    QStringList names;
    for (const QString &name : projectNames)
        if (name.size() >= 4) {
            names << name.toLower();
            names << name.toLower().replace(u'_', u'-');
        }
    auto named = [&](const QString &part) {
        return std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return part.contains(n); });
    };
    qsizetype lastNamed = named(host) ? -1 : -2;
    for (qsizetype k = 0; k < segments.size(); ++k)
        if (named(segments[k]))
            lastNamed = k;
    if (lastNamed == -2)
        return {};

    // The longest suffix after the project's own part that names exactly one page.
    const qsizetype first = lastNamed + 1;
    for (qsizetype length = std::min(segments.size() - first, kLongestSuffix); length >= 1; --length) {
        const auto it = m_pages.constFind(segments.mid(segments.size() - length).join(u'/'));
        if (it != m_pages.cend())
            return *it;   // empty when ambiguous: a shorter suffix would be more so
    }
    return {};
}

QStringList PublishedDocs::pagesLinkedFrom(const QString &text, const QStringList &projectNames,
                                           const QSet<QString> &skippedSections) const
{
    static const QRegularExpression address(u"https?://[^\\s<>()\\[\\]\"'`{}|\\\\^]+"_s);
    static const QRegularExpression markdownHeading(u"^\\s{0,3}#{1,6}\\s+(.*)$"_s);
    static const QRegularExpression underline(u"^([=\\-~^*+#\"'`:.])\\1{2,}\\s*$"_s);
    static const QRegularExpression word(u"[a-z]+"_s);
    QStringList pages;
    if (m_pages.isEmpty())
        return pages;
    const QStringList lines = text.split(u'\n');
    bool skipped = false;
    auto enterSection = [&](const QString &heading) {
        skipped = false;
        for (auto it = word.globalMatch(heading.toLower()); it.hasNext() && !skipped;)
            skipped = skippedSections.contains(it.next().captured(0));
    };
    bool fenced = false;   // a `#` comment in a code block is not a heading
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().startsWith(u"```"_s) || line.trimmed().startsWith(u"~~~"_s))
            fenced = !fenced;
        if (fenced)
            continue;
        if (const auto m = markdownHeading.match(line); m.hasMatch())
            enterSection(m.captured(1));
        else if (i + 1 < lines.size() && !line.trimmed().isEmpty() && underline.match(lines[i + 1]).hasMatch()
                 && !underline.match(line).hasMatch())
            enterSection(line);
        if (skipped)
            continue;
        for (auto it = address.globalMatch(line); it.hasNext();) {
            QString url = it.next().captured(0);
            while (url.endsWith(u'.') || url.endsWith(u',') || url.endsWith(u';') || url.endsWith(u':'))
                url.chop(1);
            const QString page = pageFor(url, projectNames);
            if (!page.isEmpty() && !pages.contains(page))
                pages << page;
        }
    }
    return pages;
}

} // namespace wb::repo
