// SPDX-License-Identifier: GPL-3.0-or-later
// What the relevance ranking reads from a repository's files (imports, file names, links, names): any
// bytes, as code, notebook, documentation or data, and as the README whose links to published
// documentation are resolved against a tree; it never throws, and a file cannot make it stall
// (libFuzzer's -timeout catches runaway regular expressions).
#include "repo/publisheddocs.h"
#include "repo/sourcefeatures.h"

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    wb::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using wb::store::FileCategory;
    const QByteArray content = wb::fuzz::bytes(data, size);
    static const std::pair<const char16_t *, FileCategory> as[] = {{u"pkg/mod.py", FileCategory::Code},
                                                                   {u"docs/usage.md", FileCategory::Docs},
                                                                   {u"docs/api.rst", FileCategory::Docs},
                                                                   {u"t.ipynb", FileCategory::Notebook},
                                                                   {u"configs/x.yaml", FileCategory::Data}};
    const auto &[path, category] = as[size % std::size(as)];
    const auto f = wb::repo::SourceFeatures::extract(QString::fromUtf16(path), category, content);
    (void)(f.imports.size() + f.fileReferences.size() + f.mentionedFiles.size() + f.outputs.size() + f.links.size()
           + f.dottedNames.size() + f.mentions.size() + f.definitions.size());

    static const wb::repo::PublishedDocs docs({QStringLiteral("docs/source/tutorials.rst"), QStringLiteral("docs/guide/index.md"),
                                               QStringLiteral("docs/usage.md"), QStringLiteral("doc/api/usage.rst")},
                                              {QStringLiteral("docs"), QStringLiteral("doc")});
    static const QSet<QString> skipped{QStringLiteral("installation"), QStringLiteral("license")};
    (void)docs.pagesLinkedFrom(QString::fromUtf8(content), {QStringLiteral("matfoo"), QStringLiteral("pkg")}, skipped).size();
    return 0;
}
