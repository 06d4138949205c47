// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/sourcefeatures.h"

#include "repo/notebook.h"
#include "util/error.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {

constexpr qsizetype kMaxBytes = 256 * 1024;

/** Doctest and notebook-magic prefixes that may stand before an import in documentation. */
QString withoutPrompt(QString line)
{
    static const QRegularExpression prompt(u"^\\s*(?:>>>|\\.\\.\\.|In \\[\\d*\\]:)\\s?"_s);
    line.remove(prompt);
    return line;
}

void readImports(const QString &text, SourceFeatures &out)
{
    static const QRegularExpression importRe(u"^\\s*import\\s+([A-Za-z_][\\w.]*(?:\\s+as\\s+\\w+)?(?:\\s*,\\s*[A-Za-z_][\\w.]*(?:\\s+as\\s+\\w+)?)*)"_s);
    static const QRegularExpression fromRe(u"^\\s*from\\s+(\\.*[A-Za-z_][\\w.]*|\\.+)\\s+import\\s+(.*)$"_s);
    static const QRegularExpression nameRe(u"([A-Za-z_]\\w*|\\*)(?:\\s+as\\s+\\w+)?"_s);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = withoutPrompt(lines.at(i));
        if (!line.contains(u"import"_s))
            continue;
        if (const auto m = importRe.match(line); m.hasMatch()) {
            for (QString part : m.captured(1).split(u',')) {
                part = part.trimmed().section(u' ', 0, 0);
                if (!part.isEmpty())
                    out.imports.append({part, {}});
            }
            continue;
        }
        const auto m = fromRe.match(line);
        if (!m.hasMatch())
            continue;
        QString names = m.captured(2);
        if (names.trimmed().startsWith(u'(')) {   // a parenthesised list may go on over several lines
            for (qsizetype j = i + 1; !names.contains(u')') && j < lines.size() && j < i + 60; ++j)
                names += u' ' + withoutPrompt(lines.at(j));
            names = names.section(u')', 0, 0);
        }
        names = names.section(u'#', 0, 0).remove(u'(').remove(u'\\');
        ImportStatement statement{m.captured(1), {}};
        for (auto it = nameRe.globalMatch(names); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (name != u"as"_s)
                statement.names << name;
        }
        out.imports.append(statement);
    }
}

bool looksLikeFileName(const QString &s)
{
    static const QRegularExpression fileRe(u"^[\\w.+@-]*[\\w-]\\.[A-Za-z][A-Za-z0-9]{0,7}(?:\\.(?:gz|bz2|xz|zip))?$"_s);
    static const QRegularExpression pathRe(u"^\\.{0,2}/?[\\w.+@-]+(?:/[\\w.+@-]+)+/?$"_s);
    if (s.size() < 3 || s.size() > 200 || s.contains(u"://"_s)
        || (s.startsWith(u'.') && !s.startsWith(u"./"_s) && !s.startsWith(u"../"_s)))
        return false;
    const QString last = s.section(u'/', -1, -1, QString::SectionSkipEmpty);
    return pathRe.match(s).hasMatch() || fileRe.match(last).hasMatch();
}

/** Whether the text just before a file name writes it (an output) rather than reads it. */
bool writesTo(const QString &text, qsizetype at)
{
    static const QRegularExpression writer(u"(?:write|save|dump|to_csv|to_json|to_file|output|\\bout\\b|export)\\w*\\s*[=(]?[^\\n(]{0,30}$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const qsizetype lineStart = text.lastIndexOf(u'\n', at - 1) + 1;
    const QString before = text.mid(std::max(lineStart, at - 60), at - std::max(lineStart, at - 60));
    if (writer.match(before).hasMatch())
        return true;
    const qsizetype lineEnd = text.indexOf(u'\n', at);
    static const QRegularExpression writeMode(u"^[^\\n]{0,40}?,\\s*[\"'][wa]b?\\+?[\"']"_s);   // open(name, "w")
    return writeMode.match(text.mid(at, lineEnd < 0 ? -1 : lineEnd - at)).hasMatch();
}

/** Whether the text just before a file name reads it: read(…), load…, open(…), from_file, --input=… */
bool readsFrom(const QString &text, qsizetype at)
{
    static const QRegularExpression reader(u"(?:read|load|open|from_|parse|ref_file|import|input|config|--\\w*(?:file|model|data|path)\\w*)"
                                           "\\w*\\s*[=(\\[]?[^\\n(]{0,30}$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const qsizetype lineStart = text.lastIndexOf(u'\n', at - 1) + 1;
    const qsizetype from = std::max(lineStart, at - 60);
    return reader.match(text.mid(from, at - from)).hasMatch();
}

void readLiterals(const QString &text, SourceFeatures &out, bool unquotedToo)
{
    static const QRegularExpression quoted(u"([\"'`])([^\"'`\\n]{3,200})\\1"_s);
    QSet<QString> seen;
    static const QRegularExpression placeholder(u"\\{[^{}]*\\}/?"_s);   // f"{here}/data.csv"
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        QString s = match.captured(2).trimmed().remove(placeholder);
        while (s.startsWith(u"./"_s))
            s.remove(0, 2);
        if (!looksLikeFileName(s))
            continue;
        if (writesTo(text, match.capturedStart(0))) {
            if (!out.outputs.contains(s))
                out.outputs << s;
        } else if (!seen.contains(s) || (readsFrom(text, match.capturedStart(0)) && out.mentionedFiles.contains(s))) {
            seen.insert(s);
            out.mentionedFiles.removeAll(s);
            (readsFrom(text, match.capturedStart(0)) ? out.fileReferences : out.mentionedFiles) << s;
            out.outputs.removeAll(s);   // written and read again: the file is an input as well
        }
    }
    for (const QString &s : std::as_const(out.outputs))
        seen.insert(s);
    if (!unquotedToo)
        return;
    // Documents and notebooks' shell lines name files without quotes: `--model=models/model_swa.model`.
    static const QRegularExpression bare(u"(?:^|[\\s=(,:])((?:[\\w.-]+/)*[\\w-][\\w.-]*\\.[A-Za-z][A-Za-z0-9]{0,7})(?=$|[\\s),;:])"_s,
                                         QRegularExpression::MultilineOption);
    for (auto it = bare.globalMatch(text); it.hasNext() && seen.size() < 4000;) {
        const auto match = it.next();
        if (writesTo(text, match.capturedStart(1)))
            continue;
        QString s = match.captured(1);
        while (s.startsWith(u"./"_s))
            s.remove(0, 2);
        if (looksLikeFileName(s) && !seen.contains(s)) {
            seen.insert(s);
            out.fileReferences << s;
        }
    }
}

void readDefinitions(const QString &text, SourceFeatures &out)
{
    static const QRegularExpression defRe(u"^(?:async\\s+)?(?:def|class)\\s+([A-Za-z_]\\w*)"_s, QRegularExpression::MultilineOption);
    for (auto it = defRe.globalMatch(text); it.hasNext();)
        out.definitions.insert(it.next().captured(1));
}

void readMentions(const QString &text, SourceFeatures &out)
{
    static const QRegularExpression camel(u"\\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\\b"_s);
    static const QRegularExpression called(u"\\b([A-Za-z_][A-Za-z0-9_]{3,})\\("_s);
    static const QRegularExpression command(u"(?<![\\w./-])([a-z][a-z0-9]+(?:-[a-z0-9]+)+)(?![\\w./-])"_s);   // nequip-train
    for (auto it = camel.globalMatch(text); it.hasNext();)
        out.mentions.insert(it.next().captured(1));
    for (auto it = called.globalMatch(text); it.hasNext();)
        out.mentions.insert(it.next().captured(1));
    for (auto it = command.globalMatch(text); it.hasNext();)
        out.mentions.insert(it.next().captured(1));
}

void readLinks(const QString &text, SourceFeatures &out)
{
    static const QRegularExpression markdown(u"\\]\\(\\s*<?([^)\\s#>]+)"_s);
    static const QRegularExpression docRole(u":doc:`(?:[^`<]*<)?([^`>]+)>?`"_s);
    static const QRegularExpression rstLink(u"`[^`<]*<([^>`]+)>`__?"_s);
    static const QRegularExpression toctreeEntry(u"^\\s{3,}(?:[^<\\n]*<)?([\\w./-]+)>?\\s*$"_s);
    // A link to a file of a GitHub repository (`…/blob/main/examples/GaAs/settings.yaml`) names that path; the
    // ranking resolves it against the tree, so a link into another repository finds nothing (or a namesake).
    static const QRegularExpression github(u"^https?://github\\.com/[^/]+/[^/]+/(?:blob|tree)/[^/]+/(.+)$"_s);
    auto add = [&](const QString &target) {
        if (const auto m = github.match(target); m.hasMatch())
            out.links << m.captured(1);
        else if (!target.contains(u"://"_s) && !target.startsWith(u"mailto:"_s))
            out.links << target;
    };
    for (auto it = markdown.globalMatch(text); it.hasNext();)
        add(it.next().captured(1));
    for (auto it = docRole.globalMatch(text); it.hasNext();)
        out.links << it.next().captured(1).trimmed();
    for (auto it = rstLink.globalMatch(text); it.hasNext();)
        add(it.next().captured(1).trimmed());
    for (QString &link : out.links) {   // a page of the built documentation stands for its source
        link = link.section(u'#', 0, 0);
        if (link.endsWith(u".html"_s))
            link.chop(5);
    }
    bool inToctree = false;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(u".. toctree::"_s)) {
            inToctree = true;
            continue;
        }
        if (!inToctree)
            continue;
        if (!line.isEmpty() && !line.at(0).isSpace()) {
            inToctree = false;
            continue;
        }
        if (line.trimmed().startsWith(u':'))
            continue;
        if (const auto m = toctreeEntry.match(line); m.hasMatch())
            out.links << m.captured(1);
    }
}

/** A page that is only a title and a table of contents (sphinx-apidoc's `modules.rst`): no prose of its own. */
bool navigationOnly(const QString &text)
{
    if (!text.contains(u".. toctree::"_s))
        return false;
    static const QRegularExpression underline(u"^([=\\-~^*+#\"'`:.])\\1{2,}\\s*$"_s);
    const QStringList lines = text.split(u'\n');
    int title = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || underline.match(trimmed).hasMatch() || trimmed.startsWith(u".. "_s) || trimmed.startsWith(u':'))
            continue;
        if (!line.at(0).isSpace() && i + 1 < lines.size() && underline.match(lines[i + 1].trimmed()).hasMatch() && ++title == 1)
            continue;   // the page's title
        if (line.at(0).isSpace())
            continue;   // an entry of the toctree
        return false;   // prose
    }
    return true;
}

void readDottedNames(const QString &text, SourceFeatures &out)
{
    static const QRegularExpression dotted(u"\\b([a-z_][a-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*){1,6})\\b"_s);
    QSet<QString> seen;
    for (auto it = dotted.globalMatch(text); it.hasNext() && seen.size() < 2000;) {
        const QString name = it.next().captured(1);
        if (!seen.contains(name)) {
            seen.insert(name);
            out.dottedNames << name;
        }
    }
}

int countCodeLines(const QString &text)
{
    static const QRegularExpression codeLine(u"^(?:    |\\t|>>> )\\S"_s, QRegularExpression::MultilineOption);
    int n = 0;
    for (auto it = codeLine.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

SourceFeatures SourceFeatures::extract(const QString &path, store::FileCategory category, QByteArrayView content)
{
    using C = store::FileCategory;
    SourceFeatures f;
    if (content.isEmpty())
        return f;
    const QByteArrayView head = content.first(std::min<qsizetype>(content.size(), kMaxBytes));
    QString text = QString::fromUtf8(head);
    const QString lowerHead = text.left(2000).toLower();
    f.generated = lowerHead.contains(u"do not edit"_s) || lowerHead.contains(u"auto-generated"_s)
                  || lowerHead.contains(u"autogenerated"_s) || lowerHead.contains(u"generated by"_s);

    if (category == C::Notebook) {
        try {   // the whole notebook: outputs make its JSON long, the code cells are a small part of it
            text = Notebook::codeAsScript(content.toByteArray()).left(kMaxBytes);
        } catch (const Error &) {
        }
        f.codeLines = int(text.count(u'\n'));
    }
    const bool python = category == C::Code || category == C::Notebook || category == C::Script
                        || path.endsWith(u".py"_s) || path.endsWith(u".pyw"_s);
    const bool docs = category == C::Docs;
    if (python || docs)
        readImports(text, f);
    if (python || docs || category == C::Data)
        readLiterals(text, f, docs || category == C::Notebook);
    if (python && category != C::Notebook)
        readDefinitions(text, f);
    if (docs || category == C::Data || category == C::Notebook)
        readDottedNames(text, f);
    if (docs)
        readLinks(text, f);
    if (docs || category == C::Notebook) {
        readMentions(text, f);
        for (const ImportStatement &st : std::as_const(f.imports))   // `from pkg import Relaxer` names Relaxer
            for (const QString &name : st.names)
                if (name != u"*"_s)
                    f.mentions.insert(name);
        if (docs)
            f.codeLines = countCodeLines(text);
    }
    if (docs) {
        static const QRegularExpression autodoc(u"^\\s*(?:\\.\\.\\s+auto(?:module|class|function|summary|data)::|:members:|:undoc-members:|:show-inheritance:|::: )"_s,
                                                QRegularExpression::MultilineOption);
        int directives = 0;
        for (auto it = autodoc.globalMatch(text); it.hasNext(); it.next())
            ++directives;
        const int lines = int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c == u'\n'; })) + 1;
        f.apiStub = (directives > 0 && directives * 4 >= lines - 4) || navigationOnly(text);
    }
    return f;
}

} // namespace wb::repo
