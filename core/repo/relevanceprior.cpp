// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/relevanceprior.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {

const QSet<QString> &exampleDirs()
{
    static const QSet<QString> s{u"examples"_s,  u"example"_s,  u"demo"_s,     u"demos"_s,
                                 u"tutorial"_s,  u"tutorials"_s, u"notebooks"_s, u"samples"_s,
                                 u"sample"_s,    u"cookbook"_s, u"recipes"_s,  u"workflows"_s,
                                 u"quickstart"_s, u"getting_started"_s, u"usage"_s};
    return s;
}

const QSet<QString> &testDirs()
{
    static const QSet<QString> s{u"test"_s, u"tests"_s, u"testing"_s, u"unittests"_s, u"spec"_s, u"specs"_s};
    return s;
}

const QSet<QString> &ignoredDirs()
{
    static const QSet<QString> s{u"node_modules"_s, u"vendor"_s,        u"vendored"_s, u"third_party"_s,
                                 u"thirdparty"_s,   u"3rdparty"_s,      u"external"_s, u"extern"_s,
                                 u"build"_s,        u"dist"_s,          u"__pycache__"_s, u"site-packages"_s,
                                 u".github"_s,      u".gitlab"_s,       u".circleci"_s, u".git"_s,
                                 u".idea"_s,        u".vscode"_s,       u".tox"_s,     u"_build"_s};
    return s;
}

const QSet<QString> &setupFiles()
{
    static const QSet<QString> s{u"setup.py"_s,        u"setup.cfg"_s,        u"pyproject.toml"_s,
                                 u"requirements.txt"_s, u"environment.yml"_s, u"environment.yaml"_s,
                                 u"Dockerfile"_s,       u"Makefile"_s,        u"CMakeLists.txt"_s};
    return s;
}

QString stem(const QString &fileName)
{
    const qsizetype dot = fileName.indexOf(u'.');
    return (dot > 0 ? fileName.left(dot) : fileName).toUpper();
}

bool importsAny(QByteArrayView content, const QStringList &packages)
{
    if (content.isEmpty() || packages.isEmpty())
        return false;
    const QString text = QString::fromUtf8(content.first(std::min<qsizetype>(content.size(), 64 * 1024)));
    for (const QString &pkg : packages) {
        const QRegularExpression re(u"^\\s*(?:from|import)\\s+"_s + QRegularExpression::escape(pkg) + u"\\b"_s,
                                    QRegularExpression::MultilineOption);
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

void addModulePaths(const QString &module, const QSet<QString> &allPaths, QSet<QString> &out)
{
    const QString base = QString(module).replace(u'.', u'/');
    const QStringList candidates{base + u".py"_s, u"src/"_s + base + u".py"_s, base + u"/__init__.py"_s,
                                 u"src/"_s + base + u"/__init__.py"_s, base + u"/__main__.py"_s};
    for (const QString &candidate : candidates) {
        if (allPaths.contains(candidate))
            out.insert(candidate);
    }
}

} // namespace

RepositoryContext RelevancePrior::buildContext(const QStringList &paths, const QByteArray &readme,
                                               const QList<QByteArray> &packagingFiles)
{
    RepositoryContext ctx;
    const QSet<QString> all(paths.cbegin(), paths.cend());

    // Own packages: top-level (or src/) folders with an __init__.py.
    static const QRegularExpression initRe(u"^(?:src/)?([A-Za-z_][A-Za-z0-9_]*)/__init__\\.py$"_s);
    for (const QString &p : paths) {
        const auto m = initRe.match(p);
        if (m.hasMatch() && !ctx.packageNames.contains(m.captured(1)) && !testDirs().contains(m.captured(1)))
            ctx.packageNames << m.captured(1);
    }

    static const QRegularExpression entryRe(u"=\\s*[\"']?([A-Za-z_][A-Za-z0-9_.]*)\\s*:\\s*[A-Za-z_][A-Za-z0-9_]*"_s);
    static const QRegularExpression nameRe(u"^\\s*name\\s*=\\s*[\"']([A-Za-z0-9_.-]+)[\"']"_s,
                                           QRegularExpression::MultilineOption);
    for (const QByteArray &file : packagingFiles) {
        const QString text = QString::fromUtf8(file);
        for (auto it = entryRe.globalMatch(text); it.hasNext();)
            addModulePaths(it.next().captured(1), all, ctx.entryPoints);
        const auto name = nameRe.match(text);
        if (name.hasMatch()) {
            const QString pkg = name.captured(1).toLower().replace(u'-', u'_');
            if (!ctx.packageNames.contains(pkg))
                ctx.packageNames << pkg;
        }
    }
    for (const QString &p : paths) {
        if (p.endsWith(u"/__main__.py"_s) || p == u"__main__.py"_s)
            ctx.entryPoints.insert(p);
    }

    static const QRegularExpression tokenRe(u"[A-Za-z0-9_./-]+"_s);
    const QString text = QString::fromUtf8(readme.left(512 * 1024));
    for (auto it = tokenRe.globalMatch(text); it.hasNext();) {
        QString token = it.next().captured(0);
        while (token.startsWith(u"./"_s))
            token.remove(0, 2);
        while (token.endsWith(u'.') || token.endsWith(u'/'))
            token.chop(1);
        if (token.contains(u'.') || token.contains(u'/'))
            ctx.readmeMentions.insert(token);
    }
    return ctx;
}

PriorAssessment RelevancePrior::assess(const PriorInput &f, const RepositoryContext &ctx)
{
    using store::FileCategory;
    PriorAssessment a;
    const QStringList parts = f.path.split(u'/');
    const QString fileName = parts.last();
    const QStringList dirs = parts.mid(0, parts.size() - 1);
    const int depth = int(dirs.size());

    if (f.kind == store::FileKind::Symlink) {
        a.reasons << u"symbolic link (not followed)"_s;
        return a;
    }
    if (f.kind == store::FileKind::Submodule) {
        a.reasons << u"submodule (not followed)"_s;
        return a;
    }
    if (f.isLfsPointer) {
        a.reasons << u"Git LFS pointer"_s;
        return a;
    }
    if (f.isBinary) {
        a.reasons << u"binary"_s;
        return a;
    }
    for (const QString &d : dirs) {
        if (ignoredDirs().contains(d.toLower())) {
            a.reasons << u"in %1/ (vendored, build or CI files)"_s.arg(d);
            return a;
        }
    }

    int score = 1;
    switch (f.category) {
    case FileCategory::Code: score = 3; break;
    case FileCategory::Notebook: score = 4; a.reasons << u"notebook"_s; break;
    case FileCategory::Script: score = 3; break;
    case FileCategory::Docs: score = 2; break;
    case FileCategory::Data:
    case FileCategory::Other: score = 1; break;
    }

    const QString upperStem = stem(fileName);
    bool housekeeping = false;
    if (f.category == FileCategory::Docs) {
        if (upperStem == u"README"_s) {
            score = depth == 0 ? 5 : 4;
            a.reasons << (depth == 0 ? u"root README"_s : u"README"_s);
        } else if (QStringList{u"CHANGELOG"_s, u"CHANGES"_s, u"HISTORY"_s, u"CONTRIBUTING"_s, u"CODE_OF_CONDUCT"_s,
                               u"AUTHORS"_s, u"CONTRIBUTORS"_s, u"LICENSE"_s, u"LICENCE"_s, u"COPYING"_s,
                               u"NEWS"_s, u"SECURITY"_s}
                       .contains(upperStem)) {
            score = 1;
            housekeeping = true;
            a.reasons << u"project housekeeping"_s;
        } else if (QStringList{u"INSTALL"_s, u"USAGE"_s, u"QUICKSTART"_s, u"GETTING_STARTED"_s, u"TUTORIAL"_s}
                       .contains(upperStem)) {
            score = 4;
            a.reasons << u"installation or usage notes"_s;
        } else if (!dirs.isEmpty() && (dirs.first() == u"docs"_s || dirs.first() == u"doc"_s)) {
            score = 3;
            a.reasons << u"documentation folder"_s;
        }
    }
    if (depth == 0 && setupFiles().contains(fileName)) {
        score = std::max(score, 4);
        a.reasons << u"setup facts"_s;
    }
    if (fileName == u"__init__.py"_s && f.sizeBytes < 200) {
        a.reasons << u"near-empty __init__.py"_s;
        a.prior = 1;
        return a;
    }

    const bool inExamples = std::any_of(dirs.cbegin(), dirs.cend(),
                                        [](const QString &d) { return exampleDirs().contains(d.toLower()); });
    if (inExamples && f.category != FileCategory::Data && f.category != FileCategory::Other) {
        score += f.category == FileCategory::Docs ? 1 : 2;
        a.reasons << u"in an examples folder"_s;
    }
    if (ctx.entryPoints.contains(f.path)) {
        score = 5;
        a.reasons << u"package entry point"_s;
    }
    if (housekeeping) {
        a.prior = 1;
        return a;
    }
    if (ctx.readmeMentions.contains(f.path) || (depth > 0 && ctx.readmeMentions.contains(fileName) && fileName.contains(u'.'))) {
        score = std::max(score, 4);
        a.reasons << u"named in the README"_s;
    }
    if ((f.category == FileCategory::Code || f.category == FileCategory::Notebook || f.category == FileCategory::Script)
        && importsAny(f.content, ctx.packageNames)) {
        const bool insidePackage = !dirs.isEmpty()
                                   && (ctx.packageNames.contains(dirs.first())
                                       || (dirs.first() == u"src"_s && dirs.size() > 1
                                           && ctx.packageNames.contains(dirs.at(1))));
        if (!insidePackage) {
            score += 1;
            a.reasons << u"uses the repository's own package"_s;
        }
    }
    const bool isTest = std::any_of(dirs.cbegin(), dirs.cend(), [](const QString &d) { return testDirs().contains(d.toLower()); })
                        || fileName.startsWith(u"test_"_s) || fileName.endsWith(u"_test.py"_s)
                        || fileName == u"conftest.py"_s;
    if (isTest) {
        score = std::min(score, 2);
        a.reasons << u"test code"_s;
    }
    if (depth >= 4) {
        score -= 1;
        a.reasons << u"deeply nested"_s;
    }
    if (f.contentSkipped) {
        score = std::min(score, 2);
        a.reasons << u"too large to read"_s;
    }
    a.prior = std::clamp(score, 1, 5);
    return a;
}

} // namespace wb::repo
