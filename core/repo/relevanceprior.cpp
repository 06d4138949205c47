// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/relevanceprior.h"

#include "repo/publisheddocs.h"
#include "repo/relevanceweights.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {

enum class Role { Excluded, Housekeeping, Plumbing, ApiStub, RootReadme, Readme, UsageDoc, Doc, Setup,
                  Example, EntryPoint, Module, Test, Script, Data, Other };

/** The key of a role in relevance.json's importer and referrer weights. */
QString weightKey(Role role)
{
    switch (role) {
    case Role::RootReadme: return u"readme"_s;
    case Role::UsageDoc: return u"usage_doc"_s;
    case Role::Readme:
    case Role::Doc: return u"doc"_s;
    case Role::Example: return u"example"_s;
    case Role::EntryPoint: return u"entry_point"_s;
    case Role::Module: return u"module"_s;
    case Role::Test: return u"test"_s;
    case Role::Script: return u"script"_s;
    default: return u"other"_s;
    }
}

struct File
{
    QString path;
    QString dir;
    QString fileName;
    QString objectSha;
    store::FileCategory category = store::FileCategory::Other;
    Role role = Role::Other;
    int depth = 0;
    bool binary = false;
    bool media = false;
    SourceFeatures features;
    double base = 0;
    QStringList baseReasons;
};

QString stemUpper(const QString &fileName)
{
    const qsizetype dot = fileName.indexOf(u'.');
    return (dot > 0 ? fileName.left(dot) : fileName).toUpper();
}

bool anyDirIn(const QStringList &dirs, const QSet<QString> &set)
{
    return std::any_of(dirs.cbegin(), dirs.cend(), [&](const QString &d) { return set.contains(d.toLower()); });
}

QString normalized(const QString &path)
{
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s)
            continue;
        if (part == u".."_s) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out << part;
    }
    return out.join(u'/');
}

/** Beyond this many files of one name, a bare reference to that name is not resolved. */
constexpr qsizetype kMostSameNamed = 256;

QString pretty(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

struct RelevancePrior::Private
{
    RepositoryContext context;
    QList<File> files;

    Role roleOf(const PriorInput &in, File &f) const;
    void assignBase(File &f) const;
};

Role RelevancePrior::Private::roleOf(const PriorInput &in, File &f) const
{
    using C = store::FileCategory;
    const RelevanceWeights &w = RelevanceWeights::instance();
    const QStringList parts = in.path.split(u'/');
    const QStringList dirs = parts.mid(0, parts.size() - 1);
    const QString lowerName = f.fileName.toLower();
    if (in.kind == store::FileKind::Symlink) {
        f.baseReasons << u"symbolic link (not followed)"_s;
        return Role::Excluded;
    }
    if (in.kind == store::FileKind::Submodule) {
        f.baseReasons << u"submodule (not followed)"_s;
        return Role::Excluded;
    }
    if (in.isLfsPointer) {
        f.baseReasons << u"Git LFS pointer"_s;
        return Role::Excluded;
    }
    for (const QString &d : dirs) {
        if (w.names(u"ignored_dirs"_s).contains(d.toLower())) {
            f.baseReasons << u"in %1/ (vendored, build or CI files)"_s.arg(d);
            return Role::Excluded;
        }
    }
    const QString extension = lowerName.section(u'.', -1);
    if (lowerName.contains(u'.') && w.names(u"media_extensions"_s).contains(extension)) {
        f.baseReasons << u"image, document, web or compiled file"_s;
        f.media = true;
        return Role::Other;
    }
    if (in.isBinary)
        return Role::Data;
    if ((in.category == C::Docs || in.category == C::Other) && w.names(u"housekeeping_stems"_s).contains(stemUpper(f.fileName)))
        return Role::Housekeeping;
    const bool inDocs = !dirs.isEmpty() && anyDirIn(dirs, w.names(u"docs_dirs"_s));
    const bool inExamples = anyDirIn(dirs, w.names(u"example_dirs"_s));
    const bool inTests = anyDirIn(dirs, w.names(u"test_dirs"_s)) || lowerName.startsWith(u"test_"_s)
                         || lowerName.endsWith(u"_test.py"_s);
    if (dirs.isEmpty() && w.names(u"setup_names"_s).contains(f.fileName))
        return Role::Setup;
    if (w.names(u"plumbing_names"_s).contains(f.fileName) || (lowerName.contains(u"requirements"_s) && !dirs.isEmpty())
        || lowerName.endsWith(u".cfg"_s) || lowerName.endsWith(u".ini"_s) || lowerName.endsWith(u".toml"_s)
        || lowerName.endsWith(u".lock"_s))
        return Role::Plumbing;
    if (in.category == C::Docs) {
        if (stemUpper(f.fileName) == u"README"_s)
            return dirs.isEmpty() ? Role::RootReadme : Role::Readme;
        QString stem = lowerName.section(u'.', 0, 0);
        static const QRegularExpression leadingNumber(u"^\\d+[_-]?"_s);
        stem.remove(leadingNumber);
        const QSet<QString> &usage = w.names(u"usage_doc_words"_s);
        bool isUsage = usage.contains(stem) || std::any_of(usage.cbegin(), usage.cend(), [&](const QString &u) {
                           return u.size() >= 5 && (stem.startsWith(u) || stem.endsWith(u));
                       });
        if (!isUsage && dirs.size() >= 2)   // docs/getting_started/client.md
            isUsage = usage.contains(dirs.last().toLower()) && dirs.last().size() >= 5;
        if (!isUsage && inExamples)
            isUsage = true;
        if (isUsage)
            return Role::UsageDoc;
        return Role::Doc;
    }
    if (in.category == C::Code || in.category == C::Notebook || in.category == C::Script) {
        if (inTests && !inExamples)
            return Role::Test;
        if (context.entryPoints.contains(in.path))
            return Role::EntryPoint;
        if (in.category == C::Notebook || inExamples || (inDocs && in.category == C::Code))
            return inTests ? Role::Test : Role::Example;
        if (in.category == C::Script)
            return Role::Script;
        return Role::Module;
    }
    return Role::Data;
}

void RelevancePrior::Private::assignBase(File &f) const
{
    const RelevanceWeights &w = RelevanceWeights::instance();
    auto base = [&](const QString &key) { return w.number(u"base."_s + key); };
    switch (f.role) {
    case Role::Excluded: f.base = 0; return;
    case Role::Housekeeping: f.base = base(u"housekeeping"_s); f.baseReasons << u"project housekeeping"_s; return;
    case Role::Plumbing: f.base = base(u"plumbing"_s); f.baseReasons << u"build, CI or documentation plumbing"_s; return;
    case Role::ApiStub: f.base = base(u"api_stub"_s); f.baseReasons << u"generated API stub"_s; return;
    case Role::RootReadme: f.base = base(u"root_readme"_s); f.baseReasons << u"root README"_s; break;
    case Role::Readme:
        if (anyDirIn(f.dir.split(u'/'), w.names(u"example_dirs"_s))) {
            f.base = base(u"readme_in_examples"_s);
            f.baseReasons << u"README of an example"_s;
        } else {
            f.base = base(u"readme"_s);
            f.baseReasons << u"README"_s;
        }
        break;
    case Role::UsageDoc: f.base = base(u"usage_doc"_s); f.baseReasons << u"usage documentation"_s; break;
    case Role::Doc: f.base = base(u"doc"_s); f.baseReasons << u"documentation"_s; break;
    case Role::Setup: f.base = base(u"setup"_s); f.baseReasons << u"setup facts"_s; break;
    case Role::Example:
        f.base = base(f.category == store::FileCategory::Notebook ? u"example_notebook"_s : u"example"_s);
        f.baseReasons << (f.category == store::FileCategory::Notebook ? u"notebook"_s : u"example"_s);
        if (f.depth == 0 && context.packageNames.isEmpty()) {   // a tutorial repository's front door
            f.base += base(u"packageless_root"_s);
            f.baseReasons << u"at the root of a repository without a package (+%1)"_s.arg(pretty(base(u"packageless_root"_s)));
        }
        break;
    case Role::EntryPoint: f.base = base(u"entry_point"_s); f.baseReasons << u"package entry point"_s; break;
    case Role::Module: f.base = base(u"module"_s); f.baseReasons << u"module"_s; break;
    case Role::Test: f.base = base(u"test"_s); f.baseReasons << u"test code"_s; break;
    case Role::Script: f.base = base(u"script"_s); f.baseReasons << u"script"_s; break;
    case Role::Data:
        f.base = base(u"data"_s);
        f.baseReasons << (f.binary ? u"binary data"_s : u"data"_s);
        if (anyDirIn(f.dir.split(u'/'), w.names(u"example_dirs"_s))) {
            f.base += base(u"config_data_in_examples"_s);
            f.baseReasons << u"in an examples folder"_s;
        }
        break;
    case Role::Other: f.base = base(f.media ? u"media"_s : u"other"_s); break;
    }
    if (f.role == Role::UsageDoc || f.role == Role::Doc || f.role == Role::Readme) {
        const double code = std::min(base(u"doc_code_line_cap"_s), f.features.codeLines * base(u"doc_code_line"_s));
        if (code >= 0.1) {
            f.base += code;
            f.baseReasons << u"code in it (+%1)"_s.arg(pretty(code));
        }
    }
    if (f.features.generated && (f.role == Role::Module || f.role == Role::Example)) {
        f.base += base(u"generated"_s);
        f.baseReasons << u"generated code"_s;
    }
    const int extra = f.depth - int(base(u"depth_free"_s));
    if (extra > 0 && f.role != Role::RootReadme) {
        f.base -= extra * base(u"depth_step"_s);
        f.baseReasons << u"nested %1 folders deep"_s.arg(f.depth);
    }
}

RepositoryContext RelevancePrior::buildContext(const QStringList &paths, const QByteArray &readme,
                                               const QList<QByteArray> &packagingFiles)
{
    RepositoryContext ctx;
    const QSet<QString> all(paths.cbegin(), paths.cend());
    const QSet<QString> &testDirs = RelevanceWeights::instance().names(u"test_dirs"_s);

    // Own packages: top-level (or src/) folders with an __init__.py.
    static const QRegularExpression initRe(u"^(?:src/)?([A-Za-z_][A-Za-z0-9_]*)/__init__\\.py$"_s);
    for (const QString &p : paths) {
        const auto m = initRe.match(p);
        if (m.hasMatch() && !ctx.packageNames.contains(m.captured(1)) && !testDirs.contains(m.captured(1)))
            ctx.packageNames << m.captured(1);
    }

    static const QRegularExpression entryRe(u"([\"']?[A-Za-z0-9_.-]+[\"']?)?\\s*=\\s*[\"']?([A-Za-z_][A-Za-z0-9_.]*)\\s*:\\s*[A-Za-z_][A-Za-z0-9_]*"_s);
    static const QRegularExpression nameRe(u"^\\s*name\\s*=\\s*[\"']([A-Za-z0-9_.-]+)[\"']"_s,
                                           QRegularExpression::MultilineOption);
    for (const QByteArray &file : packagingFiles) {
        const QString text = QString::fromUtf8(file);
        for (auto it = entryRe.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            QString command = match.captured(1);
            command.remove(u'"').remove(u'\'');
            const QString base = match.captured(2).replace(u'.', u'/');
            for (const QString &candidate : QStringList{base + u".py"_s, u"src/"_s + base + u".py"_s, base + u"/__main__.py"_s,
                                             u"src/"_s + base + u"/__main__.py"_s, base + u"/__init__.py"_s}) {
                if (all.contains(candidate)) {
                    ctx.entryPoints.insert(candidate);
                    if (!command.isEmpty())
                        ctx.commands.insert(command, candidate);
                }
            }
        }
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
    static const QRegularExpression wordRe(u"[a-z][a-z0-9]{3,}"_s);
    const QString lower = text.toLower();
    const QSet<QString> &stop = RelevanceWeights::instance().stopWords();
    for (auto it = wordRe.globalMatch(lower); it.hasNext();)
        if (const QString word = it.next().captured(0); !stop.contains(word))
            ctx.readmeWords.insert(word);
    for (auto it = tokenRe.globalMatch(text); it.hasNext();) {
        QString token = it.next().captured(0);
        while (token.startsWith(u"./"_s))
            token.remove(0, 2);
        while (token.endsWith(u'.') || token.endsWith(u'/'))
            token.chop(1);
        if (token.contains(u'.') || token.contains(u'/'))
            ctx.readmeMentions.insert(token);
    }
    // Links to the project's published documentation stand for the pages' sources.
    const PublishedDocs published(paths, RelevanceWeights::instance().names(u"docs_dirs"_s));
    for (const QString &page : published.pagesLinkedFrom(text, ctx.packageNames,
                                                         RelevanceWeights::instance().names(u"readme_skipped_sections"_s)))
        ctx.readmeDocPages.insert(page);
    return ctx;
}

RelevancePrior::RelevancePrior(RepositoryContext context)
    : d(std::make_unique<Private>())
{
    d->context = std::move(context);
}

RelevancePrior::~RelevancePrior() = default;

void RelevancePrior::add(const PriorInput &in)
{
    File f;
    f.path = in.path;
    f.objectSha = in.objectSha;
    f.category = in.category;
    f.binary = in.isBinary;
    const qsizetype slash = in.path.lastIndexOf(u'/');
    f.dir = slash < 0 ? QString() : in.path.left(slash);
    f.fileName = in.path.mid(slash + 1);
    f.depth = int(in.path.count(u'/'));
    f.role = d->roleOf(in, f);
    if (f.role != Role::Excluded && !in.isBinary && !in.contentSkipped)
        f.features = SourceFeatures::extract(in.path, in.category, in.content);
    if (f.role == Role::Doc && f.features.apiStub)
        f.role = Role::ApiStub;
    if (in.contentSkipped && f.role != Role::Data && f.role != Role::Excluded)
        f.baseReasons << u"too large to read"_s;
    d->assignBase(f);
    d->files.append(std::move(f));
}

QList<PriorAssessment> RelevancePrior::rank() const
{
    const RelevanceWeights &w = RelevanceWeights::instance();
    QList<File> &files = d->files;
    const qsizetype n = files.size();

    // Python modules of the tree: a file's module name starts at the topmost folder of its chain of packages.
    QSet<QString> packageDirs;
    for (const File &f : std::as_const(files))
        if (f.fileName == u"__init__.py"_s)
            packageDirs.insert(f.dir);
    QHash<QString, qsizetype> byModule;
    QHash<QString, qsizetype> scriptModules;   // "dir:name" of modules outside any package: only their folder imports them
    QList<QString> moduleOf(n);
    for (qsizetype i = 0; i < n; ++i) {
        const File &f = files[i];
        if (!f.fileName.endsWith(u".py"_s) || f.role == Role::Excluded)
            continue;
        const QStringList dirs = f.dir.isEmpty() ? QStringList() : f.dir.split(u'/');
        qsizetype start = dirs.size();
        while (start > 0 && packageDirs.contains(dirs.mid(0, start).join(u'/')))
            --start;
        QStringList module = dirs.mid(start);
        if (f.fileName != u"__init__.py"_s)
            module << f.fileName.chopped(3);
        if (module.isEmpty())
            continue;
        moduleOf[i] = module.join(u'.');
        if (start == dirs.size()) {
            scriptModules.insert(f.dir + u':' + moduleOf[i], i);
            continue;
        }
        const auto existing = byModule.constFind(moduleOf[i]);
        if (existing == byModule.cend() || files[*existing].path.size() > f.path.size())
            byModule.insert(moduleOf[i], i);
    }
    qsizetype importer = -1;   // whose imports are being resolved (script modules resolve in its folder only)
    auto lookup = [&](const QString &module) -> qsizetype {
        if (const qsizetype t = byModule.value(module, -1); t >= 0)
            return t;
        return importer >= 0 ? scriptModules.value(files[importer].dir + u':' + module, -1) : -1;
    };
    auto absolute = [&](qsizetype from, const QString &module) -> QString {
        if (!module.startsWith(u'.'))
            return module;
        qsizetype dots = 0;
        while (dots < module.size() && module.at(dots) == u'.')
            ++dots;
        QStringList package = moduleOf[from].split(u'.', Qt::SkipEmptyParts);
        if (files[from].fileName != u"__init__.py"_s && !package.isEmpty())
            package.removeLast();
        for (qsizetype up = 1; up < dots && !package.isEmpty(); ++up)
            package.removeLast();
        const QString rest = module.mid(dots);
        if (!rest.isEmpty())
            package << rest;
        return package.join(u'.');
    };
    // What an __init__.py re-exports: name → the module it comes from (star imports of modules and of
    // packages followed; a package's re-exports are its own).
    QHash<qsizetype, QHash<QString, qsizetype>> reexports;
    QSet<qsizetype> building;
    std::function<QHash<QString, qsizetype>(qsizetype)> reexportsOf = [&](qsizetype init) -> QHash<QString, qsizetype> {
        if (const auto it = reexports.constFind(init); it != reexports.cend())
            return it.value();
        if (building.contains(init))
            return {};   // a cycle of star imports
        building.insert(init);
        QHash<QString, qsizetype> map;
        for (const ImportStatement &st : std::as_const(files[init].features.imports)) {
            const QString module = absolute(init, st.module);
            for (const QString &name : st.names) {
                if (name == u"*"_s) {
                    const qsizetype t = lookup(module);
                    if (t < 0 || t == init)
                        continue;
                    for (const QString &def : std::as_const(files[t].features.definitions))
                        map.insert(def, t);
                    if (files[t].fileName == u"__init__.py"_s) {
                        const QHash<QString, qsizetype> inner = reexportsOf(t);
                        for (auto in = inner.cbegin(); in != inner.cend(); ++in)
                            map.insert(in.key(), in.value());
                    }
                } else if (const qsizetype sub = lookup(module + u'.' + name); sub >= 0 && sub != init) {
                    map.insert(name, sub);
                } else if (const qsizetype t = lookup(module); t >= 0 && t != init) {
                    map.insert(name, t);
                }
            }
        }
        building.remove(init);
        reexports.insert(init, map);
        return map;
    };
    // Where a name an __init__.py re-exports is defined, through up to three packages of re-exports.
    auto definerOf = [&](qsizetype init, const QString &name) -> qsizetype {
        qsizetype at = -1;
        for (int depth = 0; depth < 3 && init >= 0 && files[init].fileName == u"__init__.py"_s; ++depth) {
            const qsizetype next = reexportsOf(init).value(name, -1);
            if (next < 0 || next == at)
                break;
            at = next;
            init = next;
        }
        return at;
    };
    // The files one file imports, with the share each gets.
    auto importsOf = [&](qsizetype i) {
        QHash<qsizetype, double> targets;
        auto credit = [&](qsizetype t, double share) {
            if (t >= 0 && t != i)
                targets[t] = std::max(targets.value(t), share);
        };
        for (const ImportStatement &st : std::as_const(files[i].features.imports)) {
            const QString module = absolute(i, st.module);
            if (st.names.isEmpty()) {
                credit(lookup(module), 1.0);
                continue;
            }
            for (const QString &name : st.names) {
                if (const qsizetype sub = lookup(module + u'.' + name); sub >= 0) {
                    credit(sub, 1.0);
                    continue;
                }
                const qsizetype t = lookup(module);
                if (t < 0)
                    continue;
                const qsizetype definer = definerOf(t, name);
                if (definer >= 0) {
                    credit(definer, w.number(u"usage.reexport_share"_s));
                    credit(t, w.number(u"usage.package_share"_s));
                } else {
                    credit(t, 1.0);
                }
            }
        }
        const double dottedShare = w.number(u"usage.dotted_share"_s);   // a name in prose or configuration, not an import
        for (const QString &dotted : std::as_const(files[i].features.dottedNames)) {
            QStringList parts = dotted.split(u'.');
            while (parts.size() >= 2) {   // nequip.model.NequIPGNNModel → nequip/model/__init__.py's definer
                const QString module = parts.join(u'.');
                if (const qsizetype t = byModule.value(module, -1); t >= 0) {
                    credit(t, dottedShare);
                    break;
                }
                const QString last = parts.takeLast();
                if (parts.size() < 2)
                    break;   // `pkg.name` alone says little about where name lives
                const qsizetype t = byModule.value(parts.join(u'.'), -1);
                if (t >= 0 && files[t].fileName == u"__init__.py"_s) {
                    if (const qsizetype definer = definerOf(t, last); definer >= 0) {
                        credit(definer, dottedShare);
                        break;
                    }
                }
                if (t >= 0) {
                    credit(t, dottedShare);
                    break;
                }
            }
        }
        return targets;
    };

    auto usable = [](const File &f) {
        return f.role != Role::Excluded && f.role != Role::Housekeeping && f.role != Role::Plumbing;
    };
    QList<QHash<qsizetype, double>> imports(n);
    QList<double> credit(n, 0.0), internalCredit(n, 0.0);   // from users of the package; from its own modules and tests
    QList<QHash<QString, int>> importers(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (!usable(files[i]) || (files[i].features.imports.isEmpty() && files[i].features.dottedNames.isEmpty()))
            continue;
        importer = i;
        imports[i] = importsOf(i);
        importer = -1;
        const double weight = w.number(u"importer_weight."_s + weightKey(files[i].role))
                              / std::sqrt(std::max<double>(1.0, double(imports[i].size())));
        const bool internal = files[i].role == Role::Module || files[i].role == Role::Test;
        for (auto it = imports[i].cbegin(); it != imports[i].cend(); ++it) {
            const File &target = files[it.key()];
            // An __init__.py that only gathers names passes most of the credit on (re-exports are followed above);
            // a helper beside the examples that they import is not an example of the package.
            const double own = target.fileName == u"__init__.py"_s && target.features.definitions.isEmpty()
                                   ? w.number(u"usage.gatherer_share"_s)
                               : target.role == Role::Example ? w.number(u"usage.example_helper_share"_s)
                                                              : 1.0;
            (internal ? internalCredit : credit)[it.key()] += weight * it.value() * own;
            importers[it.key()][weightKey(files[i].role)] += 1;
            if (own < 1.0 && target.fileName == u"__init__.py"_s) {   // the rest goes to the modules it gathers
                QSet<qsizetype> gathered;
                const QHash<QString, qsizetype> names = reexportsOf(it.key());
                for (auto name = names.cbegin(); name != names.cend(); ++name)
                    if (files[name.value()].fileName != u"__init__.py"_s)
                        gathered.insert(name.value());
                if (!gathered.isEmpty() && gathered.size() <= 12)
                    for (const qsizetype g : std::as_const(gathered))
                        (internal ? internalCredit : credit)[g] += weight * it.value() * (1.0 - own) / double(gathered.size());
            }
        }
    }

    // Symbols the README and the usage documentation name → the modules that define them.
    QHash<QString, QList<qsizetype>> definers;
    for (qsizetype i = 0; i < n; ++i)
        if (files[i].role == Role::Module || files[i].role == Role::EntryPoint)
            for (const QString &def : std::as_const(files[i].features.definitions))
                definers[def] << i;
    QList<double> symbolScore(n, 0.0);
    QList<QStringList> symbolNames(n);
    for (qsizetype i = 0; i < n; ++i) {
        const bool readme = files[i].role == Role::RootReadme;
        if (!readme && files[i].role != Role::UsageDoc)
            continue;
        const double each = w.number(readme ? u"usage.readme_symbol"_s : u"usage.doc_symbol"_s);
        const double cap = w.number(readme ? u"usage.readme_symbol_cap"_s : u"usage.doc_symbol_cap"_s);
        for (const QString &symbol : std::as_const(files[i].features.mentions)) {
            QList<qsizetype> where = definers.value(symbol);
            if (const QString script = d->context.commands.value(symbol); !script.isEmpty()) {   // `nequip-train`
                where.clear();
                for (qsizetype t = 0; t < n; ++t)
                    if (files[t].path == script)
                        where << t;
            }
            if (where.isEmpty() || where.size() > 3)
                continue;
            for (const qsizetype t : where) {
                const double add = std::min(each, cap - symbolScore[t]);
                if (add <= 0)
                    continue;
                symbolScore[t] += add;
                if (readme && symbolNames[t].size() < 3)
                    symbolNames[t] << symbol;
            }
        }
    }

    // Files the others open: string literals and backticked names resolved against the tree.
    QHash<QString, qsizetype> byPath;
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < n; ++i) {
        if (files[i].role == Role::Excluded)
            continue;
        byPath.insert(files[i].path, i);
        byName[files[i].fileName] << i;
    }
    const qsizetype maxCandidates = qsizetype(w.number(u"data_refs.max_candidates"_s));
    QList<double> referenced(n, 0.0);
    QList<QList<std::pair<qsizetype, double>>> opens(n);   // what each file opens or links, with its share
    QList<QList<qsizetype>> readers(n);                      // the examples and tests that open each file
    QList<QStringList> referrers(n);
    auto resolve = [&](qsizetype from, const QString &reference, bool link) {
        QList<qsizetype> candidates;
        const QString exact = normalized(reference);
        const QString relative = normalized(files[from].dir + u'/' + reference);
        static const QStringList linkSuffixes{QString(), u".rst"_s, u".md"_s, u".ipynb"_s, u".py"_s, u".txt"_s};
        for (const QString &suffix : link ? linkSuffixes : QStringList{QString()}) {
            if (byPath.contains(relative + suffix))
                return QList<qsizetype>{byPath.value(relative + suffix)};
            if (byPath.contains(exact + suffix))
                return QList<qsizetype>{byPath.value(exact + suffix)};
        }
        if (link)
            return candidates;
        // A bare or partial name: the files of that name nearest to the one that names it.
        const QList<qsizetype> named = byName.value(exact.section(u'/', -1));
        if (named.size() > kMostSameNamed)
            return candidates;   // a name hundreds of files share says nothing (and would cost references × files)
        const QStringList here = files[from].dir.split(u'/');
        int best = -1;
        for (const qsizetype t : named) {
            if (exact.contains(u'/') && !files[t].path.endsWith(u'/' + exact))
                continue;
            const QStringList there = files[t].dir.split(u'/');
            int common = 0;
            while (common < here.size() && common < there.size() && here[common] == there[common])
                ++common;
            if (common > best) {
                best = common;
                candidates.clear();
            }
            if (common == best)
                candidates << t;
        }
        return candidates;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (!usable(files[i])
            || (files[i].features.fileReferences.isEmpty() && files[i].features.mentionedFiles.isEmpty() && files[i].features.links.isEmpty()))
            continue;
        if (files[i].role == Role::RootReadme)
            continue;   // what the README names counts once, as "named in the README"
        const double weight = w.number(u"data_refs.referrer_weight."_s + weightKey(files[i].role));
        QSet<qsizetype> counted;
        auto addReferences = [&](const QList<qsizetype> &found, double share) {
            QList<qsizetype> candidates = found;
            candidates.removeAll(i);
            if (candidates.isEmpty() || candidates.size() > maxCandidates)
                return;
            for (const qsizetype t : std::as_const(candidates)) {
                if (counted.contains(t))
                    continue;   // a file named twice by the same file counts once
                counted.insert(t);
                referenced[t] += share * weight / double(candidates.size());
                opens[i].append({t, share / double(candidates.size())});
                if (files[i].role == Role::Example || files[i].role == Role::Test)
                    readers[t].append(i);
                if (referrers[t].size() < 2 && !referrers[t].contains(files[i].path))
                    referrers[t] << files[i].path;
            }
        };
        // A getting-started page's links say where a newcomer should go next.
        const QString pageStem = files[i].fileName.section(u'.', 0, 0).toLower().remove(QRegularExpression(u"^\\d+[_-]?"_s));
        const bool entryPage = files[i].role == Role::UsageDoc && w.names(u"entry_page_words"_s).contains(pageStem);
        for (const QString &reference : std::as_const(files[i].features.fileReferences))
            addReferences(resolve(i, reference, false), 1.0);
        for (const QString &reference : std::as_const(files[i].features.mentionedFiles))
            addReferences(resolve(i, reference, false), w.number(u"data_refs.mention_share"_s));
        for (const QString &link : std::as_const(files[i].features.links))
            addReferences(resolve(i, link, true), entryPage ? w.number(u"data_refs.entry_link_share"_s) : w.number(u"data_refs.link_share"_s));
    }

    // The words of a file's name that the README also uses ("elasticity" ↔ "elastic constants"), weighted
    // by how rare the word is among the repository's file names.
    QSet<QString> readmePrefixes;
    for (const QString &word : std::as_const(d->context.readmeWords))
        if (word.size() >= 5)
            readmePrefixes.insert(word.left(5));
    QList<QStringList> nameTokens(n);
    QHash<QString, int> tokenFiles;
    static const QRegularExpression splitRe(u"[_\\-. ]+|(?<=[a-z0-9])(?=[A-Z])"_s);
    for (qsizetype i = 0; i < n; ++i) {
        if (!usable(files[i]) || files[i].role == Role::RootReadme)
            continue;
        QSet<QString> tokens;
        for (const QString &part : files[i].fileName.section(u'.', 0, 0).split(splitRe, Qt::SkipEmptyParts))
            if (part.size() >= 4)
                tokens.insert(part.toLower());
        nameTokens[i] = QStringList(tokens.cbegin(), tokens.cend());
        for (const QString &t : std::as_const(nameTokens[i]))
            tokenFiles[t] += 1;
    }
    const double logFiles = std::log(double(n) + 1.0);

    QSet<QString> exampleDirs;
    for (const File &f : std::as_const(files))
        if (f.role == Role::Example && !f.dir.isEmpty())
            exampleDirs.insert(f.dir);

    QList<PriorAssessment> out(n);
    for (qsizetype i = 0; i < n; ++i) {
        const File &f = files[i];
        PriorAssessment &a = out[i];
        a.reasons = f.baseReasons;
        if (f.role == Role::Excluded) {
            a.score = 0;
            a.prior = 1;
            continue;
        }
        double score = f.base;
        if (credit[i] > 0 || internalCredit[i] > 0) {
            const double scale = w.number(u"usage.scale"_s);
            const double add = std::min(w.number(u"usage.cap"_s), scale * std::log2(1.0 + credit[i]))
                               + std::min(w.number(u"usage.internal_cap"_s), 0.5 * scale * std::log2(1.0 + internalCredit[i]));
            score += add;
            QStringList by;
            for (auto it = importers[i].cbegin(); it != importers[i].cend(); ++it)
                by << u"%1 %2"_s.arg(it.value()).arg(QString(it.key()).replace(u'_', u' '));
            by.sort();
            a.reasons << u"imported by %1 (+%2)"_s.arg(by.join(u", "_s), pretty(add));
        }
        if ((f.role == Role::Example || f.role == Role::Test) && !opens[i].isEmpty()) {
            int data = 0;
            for (const auto &[t, share] : std::as_const(opens[i]))
                data += files[t].role == Role::Data ? 1 : 0;
            const double add = std::min(w.number(u"own_data.cap"_s), w.number(u"own_data.each"_s) * data);
            if (add > 0) {
                score += add;
                a.reasons << u"reads %1 of the repository's data files (+%2)"_s.arg(data).arg(pretty(add));
            }
        }
        if ((f.role == Role::UsageDoc || f.role == Role::Doc || f.role == Role::Readme) && !imports[i].isEmpty()) {
            score += w.number(u"base.doc_uses_package"_s);
            a.reasons << u"shows the repository's own code (+%1)"_s.arg(pretty(w.number(u"base.doc_uses_package"_s)));
        }
        if (f.role == Role::Example && !imports[i].isEmpty()) {
            score += w.number(u"base.example_uses_package"_s);
            a.reasons << u"uses the repository's own code (+%1)"_s.arg(pretty(w.number(u"base.example_uses_package"_s)));
        }
        if (symbolScore[i] > 0) {
            score += symbolScore[i];
            a.reasons << (symbolNames[i].isEmpty() ? u"defines what the documentation names (+%1)"_s.arg(pretty(symbolScore[i]))
                                                   : u"defines %1, named in the README (+%2)"_s.arg(symbolNames[i].join(u", "_s),
                                                                                                    pretty(symbolScore[i])));
        }
        if (f.role == Role::Test) {
            double tested = 0;
            QString testedPath;
            for (auto it = imports[i].cbegin(); it != imports[i].cend(); ++it) {
                if (credit[it.key()] > tested) {
                    tested = credit[it.key()];
                    testedPath = files[it.key()].path;
                }
            }
            double add = std::min(w.number(u"tests.tested_module_cap"_s),
                                  w.number(u"tests.tested_module_share"_s) * w.number(u"usage.scale"_s) * std::log2(1.0 + tested));
            QString stem = f.fileName.section(u'.', 0, 0);
            stem.remove(QRegularExpression(u"^test_|_test$"_s));
            for (auto it = imports[i].cbegin(); it != imports[i].cend(); ++it)
                if (const QString target = files[it.key()].fileName.section(u'.', 0, 0);
                    target == stem || files[it.key()].dir.section(u'/', -1) + u'_' + target == stem) {
                    add += w.number(u"tests.name_match"_s);
                    testedPath = files[it.key()].path;
                    break;
                }
            if (add > 0.05) {
                score += add;
                a.reasons << u"tests %1 (+%2)"_s.arg(testedPath, pretty(add));
            }
        }
        const bool openable = f.role == Role::Data || f.role == Role::Example || f.role == Role::UsageDoc || f.role == Role::Doc
                              || f.role == Role::Readme || f.role == Role::Script;
        if (referenced[i] > 0 && openable) {
            const double add = std::min(w.number(u"data_refs.cap"_s), w.number(u"data_refs.scale"_s) * std::log2(1.0 + referenced[i]));
            score += add;
            a.reasons << u"opened or named by %1 (+%2)"_s.arg(referrers[i].join(u", "_s), pretty(add));
        }
        if (!nameTokens[i].isEmpty() && !d->context.readmeWords.isEmpty()) {
            double echo = 0;
            QStringList echoed;
            for (const QString &t : std::as_const(nameTokens[i])) {
                if (!d->context.readmeWords.contains(t) && !(t.size() >= 5 && readmePrefixes.contains(t.left(5))))
                    continue;
                echo += std::log((double(n) + 1.0) / (double(tokenFiles.value(t)) + 1.0)) / logFiles;
                echoed << t;
            }
            const double add = std::min(w.number(u"readme_words.cap"_s), w.number(u"readme_words.scale"_s) * echo);
            if (add >= 0.05) {
                score += add;
                echoed.sort();
                a.reasons << u"its name echoes the README: %1 (+%2)"_s.arg(echoed.join(u", "_s), pretty(add));
            }
        }
        if (f.role == Role::Data && exampleDirs.contains(f.dir)) {
            score += w.number(u"data_refs.beside_example"_s);
            a.reasons << u"beside an example"_s;
        }
        const RepositoryContext &ctx = d->context;
        if (usable(f) && f.role != Role::RootReadme && f.role != Role::Other
            && (ctx.readmeMentions.contains(f.path) || (f.depth > 0 && f.fileName.contains(u'.') && ctx.readmeMentions.contains(f.fileName)))) {
            const double add = w.number(f.role == Role::Data ? u"readme_named_data"_s : u"readme_named"_s);
            score += add;
            a.readmeNamed = true;
            a.reasons << u"named in the README (+%1)"_s.arg(pretty(add));
        } else if (ctx.readmeDocPages.contains(f.path)
                   && (f.role == Role::UsageDoc || f.role == Role::Doc || f.role == Role::Readme || f.role == Role::Example)) {
            // A README that links many pages says less of each (shared like a reference to several files).
            const double add = w.number(u"readme_doc_page"_s) / std::sqrt(double(std::max<qsizetype>(1, ctx.readmeDocPages.size())));
            score += add;
            a.readmeNamed = true;
            a.reasons << u"the README links its published page (+%1)"_s.arg(pretty(add));
        }
        a.score = std::max(0.0, score);
    }
    // A module only tests import is test support (robocrys/util/tests.py), not the package's working part.
    auto testSupport = [&](qsizetype t) {
        return files[t].role == Role::Module && !importers[t].isEmpty()
               && std::all_of(importers[t].keyBegin(), importers[t].keyEnd(), [](const QString &k) { return k == u"test"_s; });
    };
    // What goes with the best files: the data the strongest examples, docs and tests open, the modules they
    // import, the tests of the strongest modules — in proportion to how strong the file that points is.
    // Repeated (together.rounds): a file that goes with a strong file becomes stronger itself, and so on.
    {
        QList<double> own(n), current(n), together(n, 0.0);
        for (qsizetype i = 0; i < n; ++i)
            own[i] = current[i] = out[i].score;
        QList<QString> via(n);
        const double strongShare = w.number(u"together.strong_share"_s), cap = w.number(u"together.cap"_s);
        const int rounds = std::max(1, int(w.number(u"together.rounds"_s)));
        for (int round = 0; round < rounds; ++round) {
            double top = 0;
            for (qsizetype i = 0; i < n; ++i)
                if (files[i].role != Role::RootReadme)
                    top = std::max(top, current[i]);
            if (top <= 0)
                break;
            std::fill(together.begin(), together.end(), 0.0);
            auto give = [&](qsizetype from, qsizetype to, double amount) {
                if (to == from || amount <= 0)
                    return;
                together[to] += amount;
                if (via[to].isEmpty() || current[from] > current[byPath.value(via[to])])
                    via[to] = files[from].path;
            };
            for (qsizetype j = 0; j < n; ++j) {
                const double strength = current[j] / top;
                if (strength < strongShare || files[j].role == Role::RootReadme)
                    continue;
                for (const auto &[t, share] : std::as_const(opens[j]))
                    if (files[t].role == Role::Data || files[t].role == Role::Example)
                        give(j, t, w.number(u"together.opens"_s) * strength * share);
                const bool user = files[j].role == Role::Example || files[j].role == Role::Test || files[j].role == Role::UsageDoc
                                  || files[j].role == Role::Data
                                  || files[j].role == Role::EntryPoint || files[j].role == Role::Script;
                if (user)
                    for (auto it = imports[j].cbegin(); it != imports[j].cend(); ++it) {
                        if (files[j].role == Role::Test && testSupport(it.key()))
                            continue;   // the tests' own helpers are not what a test shows
                        give(j, it.key(), w.number(u"together.imports"_s) * strength * it.value()
                                              / std::sqrt(std::max<double>(1.0, double(imports[j].size()))));
                    }
                if (files[j].role == Role::Data)   // the examples and tests that read a strong data file
                    for (const qsizetype reader : std::as_const(readers[j]))
                        give(j, reader, w.number(u"together.readers"_s) * strength);
            }
            for (qsizetype i = 0; i < n; ++i) {   // a test of a strong module
                if (files[i].role != Role::Test)
                    continue;
                qsizetype best = -1;
                for (auto it = imports[i].cbegin(); it != imports[i].cend(); ++it)
                    if (files[it.key()].role == Role::Module && (best < 0 || current[it.key()] > current[best]))
                        best = it.key();
                if (best >= 0 && current[best] / top >= strongShare)
                    give(best, i, w.number(u"together.tests"_s) * current[best] / top);
            }
            for (qsizetype i = 0; i < n; ++i)
                current[i] = own[i] + std::min(cap, together[i]);
        }
        for (qsizetype i = 0; i < n; ++i) {
            const double add = current[i] - own[i];
            if (add < 0.05 || files[i].role == Role::Excluded)
                continue;
            out[i].score = current[i];
            out[i].reasons << u"goes with %1 (+%2)"_s.arg(via[i], pretty(add));
        }
    }

    // A numbered series of data files in one folder (train_1.xyz, train_2.xyz, …): the best stays, the other
    // members are variants of it and count less.
    {
        static const QRegularExpression digits(u"\\d+"_s);
        QHash<QString, QList<qsizetype>> series;
        for (qsizetype i = 0; i < n; ++i)
            if (files[i].role == Role::Data && files[i].fileName.contains(digits))
                series[files[i].dir + u'/' + QString(files[i].fileName).replace(digits, u"#"_s)] << i;
        const double damping = w.number(u"series_member"_s);
        for (auto it = series.begin(); it != series.end(); ++it) {
            QList<qsizetype> &members = it.value();
            if (members.size() < 3 || damping == 0)
                continue;
            std::stable_sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
                return out[a].score != out[b].score ? out[a].score > out[b].score : files[a].path < files[b].path;
            });
            for (qsizetype k = 1; k < members.size(); ++k) {
                out[members[k]].score = std::max(0.0, out[members[k]].score + damping);
                out[members[k]].reasons << u"one of a numbered series with %1 (%2)"_s.arg(files[members[0]].fileName, pretty(damping));
            }
        }
    }

    // Equal blobs: the best-ranked copy stays, the others count less.
    QHash<QString, QList<qsizetype>> copies;
    for (qsizetype i = 0; i < n; ++i)
        if (!files[i].objectSha.isEmpty() && files[i].role != Role::Excluded && files[i].role != Role::RootReadme)
            copies[files[i].objectSha] << i;
    for (auto it = copies.begin(); it != copies.end(); ++it) {
        QList<qsizetype> &same = it.value();
        if (same.size() < 2)
            continue;
        std::stable_sort(same.begin(), same.end(), [&](qsizetype a, qsizetype b) {
            return out[a].score != out[b].score ? out[a].score > out[b].score : files[a].path.size() < files[b].path.size();
        });
        for (qsizetype k = 1; k < same.size(); ++k) {
            out[same[k]].score = std::max(0.0, out[same[k]].score + w.number(u"duplicate"_s));
            out[same[k]].reasons << u"same content as %1"_s.arg(files[same[0]].path);
        }
    }

    // A mix at the top: each next file of the same kind (documentation, examples, package code, tests,
    // data) in the order counts a little less (kind_mix), so that one kind does not fill the first places.
    auto kindOf = [&](Role role) {
        switch (role) {
        case Role::RootReadme: case Role::Readme: case Role::UsageDoc: case Role::Doc: return 0;
        case Role::Example: case Role::Script: return 1;
        case Role::Module: case Role::EntryPoint: return 2;
        case Role::Test: return 3;
        case Role::Data: return 4;
        default: return 5;
        }
    };
    {
        QList<qsizetype> order;
        for (qsizetype i = 0; i < n; ++i)
            if (out[i].score > 0 && files[i].role != Role::RootReadme)
                order << i;
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return out[a].score > out[b].score; });
        const double mixFloor = w.number(u"kind_mix.floor"_s);
        static const char *const kindKeys[6] = {"docs", "examples", "code", "tests", "data", "other"};
        int placed[6] = {0, 0, 0, 0, 0, 0};
        // The root README leads the order (below), whatever its own score: it is the first documentation.
        if (std::any_of(files.cbegin(), files.cend(), [](const File &f) { return f.role == Role::RootReadme; }))
            placed[0] = 1;
        for (const qsizetype i : std::as_const(order)) {
            const int kind = kindOf(files[i].role);
            const double mix = w.number(u"kind_mix."_s + QLatin1StringView(kindKeys[kind]));
            out[i].score *= std::max(mixFloor, std::pow(mix, double(placed[kind]++)));
        }
    }
    // The root README is every repository's overview: it leads the order.
    double best = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (files[i].role != Role::RootReadme)
            best = std::max(best, out[i].score);
    for (qsizetype i = 0; i < n; ++i)
        if (files[i].role == Role::RootReadme)
            out[i].score = std::max(out[i].score, best + 0.5);
    for (qsizetype i = 0; i < n; ++i) {
        out[i].score = std::round(out[i].score * 1000.0) / 1000.0;
        out[i].prior = files[i].role == Role::Excluded || files[i].role == Role::Housekeeping ? 1 : w.band(out[i].score);
        if (out[i].reasons.isEmpty())
            out[i].reasons << u"no particular signal"_s;
    }
    return out;
}

PriorAssessment RelevancePrior::assess(const PriorInput &file, const RepositoryContext &context)
{
    RelevancePrior prior(context);
    prior.add(file);
    return prior.rank().constFirst();
}

} // namespace wb::repo
