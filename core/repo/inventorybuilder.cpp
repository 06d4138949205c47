// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/inventorybuilder.h"

#include "git/gitlibrary.h"
#include "repo/languagedetector.h"
#include "repo/relevanceprior.h"
#include "util/error.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::InventoryBuilder)
};

struct TreeEntry
{
    QByteArray path;
    git_oid oid;
    git_filemode_t mode;
};

int collect(const char *root, const git_tree_entry *entry, void *payload)
{
    auto *entries = static_cast<std::vector<TreeEntry> *>(payload);
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode == GIT_FILEMODE_TREE)
        return 0;
    QByteArray path(root);
    path += git_tree_entry_name(entry);
    entries->push_back({std::move(path), *git_tree_entry_id(entry), mode});
    return 0;
}

// The repository, tree and object database of one commit, kept open together.
struct Snapshot
{
    git::RepositoryPtr repo;
    git::TreePtr tree;
    git::OdbPtr odb;
};

Snapshot openSnapshot(const QString &gitDir, const QString &sha)
{
    Snapshot s;
    s.repo = git::openRepository(gitDir);
    git_oid oid;
    git::check(git_oid_fromstr(&oid, sha.toLatin1().constData()), Tr::tr("Invalid commit id %1").arg(sha));
    git_commit *rawCommit = nullptr;
    git::check(git_commit_lookup(&rawCommit, s.repo.get(), &oid), Tr::tr("Commit %1 is not in the mirror").arg(sha));
    git::CommitPtr commit(rawCommit);
    git_tree *rawTree = nullptr;
    git::check(git_commit_tree(&rawTree, commit.get()), Tr::tr("Cannot read the tree of %1").arg(sha));
    s.tree.reset(rawTree);
    git_odb *rawOdb = nullptr;
    git::check(git_repository_odb(&rawOdb, s.repo.get()), Tr::tr("Cannot open the object database"));
    s.odb.reset(rawOdb);
    return s;
}

// git's own heuristic: a NUL byte in the first 8000 bytes means binary.
bool looksBinary(QByteArrayView data)
{
    return data.first(std::min<qsizetype>(data.size(), 8000)).contains('\0');
}

bool isLfsPointer(QByteArrayView data)
{
    return data.size() < 1024 && data.startsWith("version https://git-lfs.github.com/spec/");
}

int countLines(QByteArrayView data)
{
    if (data.isEmpty())
        return 0;
    const int newlines = int(data.count('\n'));
    return data.endsWith('\n') ? newlines : newlines + 1;
}

bool isRootReadme(const QString &path)
{
    return !path.contains(u'/') && path.startsWith(u"readme"_s, Qt::CaseInsensitive);
}

int readmeRank(const QString &path)
{
    const QString lower = path.toLower();
    if (lower == u"readme.md"_s) return 0;
    if (lower == u"readme.rst"_s) return 1;
    if (lower == u"readme.txt"_s || lower == u"readme"_s) return 2;
    return 3;
}

struct BlobContent
{
    qint64 size = 0;
    bool loaded = false;
    QByteArray data;
};

BlobContent readBlob(git_odb *odb, const git_oid &oid, qint64 maxBytes)
{
    BlobContent c;
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    if (git_odb_read_header(&size, &type, odb, &oid) < 0)
        throw Error(Tr::tr("Cannot read object %1: %2").arg(git::toHex(oid), git::lastErrorMessage()), Error::Kind::Git);
    c.size = qint64(size);
    if (c.size > maxBytes)
        return c;
    git_odb_object *raw = nullptr;
    git::check(git_odb_read(&raw, odb, &oid), Tr::tr("Cannot read object %1").arg(git::toHex(oid)));
    git::OdbObjectPtr obj(raw);
    c.data = QByteArray(static_cast<const char *>(git_odb_object_data(obj.get())), qsizetype(git_odb_object_size(obj.get())));
    c.loaded = true;
    return c;
}
} // namespace

InventoryBuilder::InventoryBuilder(QString gitDir, QString commitSha, InventoryOptions options)
    : m_gitDir(std::move(gitDir))
    , m_commitSha(std::move(commitSha))
    , m_options(options)
{
}

QString InventoryBuilder::displayPath(const QByteArray &raw, bool *wasValid)
{
    QString out;
    out.reserve(raw.size());
    bool valid = true;
    const auto *b = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        // Control characters (newline, escape...) are escaped too: names reach terminals and tables.
        bool ok = len > 0 && i + len <= n && c >= 0x20 && c != 0x7f;
        for (int k = 1; ok && k < len; ++k)
            ok = (b[i + k] & 0xC0) == 0x80;
        QString decoded;
        if (ok) {
            decoded = QString::fromUtf8(raw.constData() + i, len);
            ok = !decoded.contains(QChar::ReplacementCharacter);   // overlong forms, surrogates
        }
        if (ok) {
            out += decoded;
            i += len;
        } else {
            out += u"\\x%1"_s.arg(c, 2, 16, QChar(u'0'));
            valid = false;
            ++i;
        }
    }
    if (wasValid)
        *wasValid = valid;
    return out;
}

InventorySummary InventoryBuilder::build(const Sink &sink, const std::atomic_bool *cancel,
                                         const ProgressCallback &progress) const
{
    const Snapshot snapshot = openSnapshot(m_gitDir, m_commitSha);
    git_odb *odb = snapshot.odb.get();

    std::vector<TreeEntry> entries;
    git::check(git_tree_walk(snapshot.tree.get(), GIT_TREEWALK_PRE, collect, &entries), Tr::tr("Cannot walk the tree"));

    // Repository-wide context first: README, packaging and licence files are small and few.
    QStringList paths;
    paths.reserve(qsizetype(entries.size()));
    QByteArray readme;
    int bestReadme = 99;
    QList<QByteArray> packaging;
    QList<LicenseDetector::Candidate> licenseCandidates;
    for (const TreeEntry &e : entries) {
        const QString path = displayPath(e.path);
        paths << path;
        if (e.mode != GIT_FILEMODE_BLOB && e.mode != GIT_FILEMODE_BLOB_EXECUTABLE)
            continue;
        const bool isReadme = isRootReadme(path) && readmeRank(path) < bestReadme;
        const bool isPackaging = path == u"setup.py"_s || path == u"setup.cfg"_s || path == u"pyproject.toml"_s;
        const bool isLicense = LicenseDetector::isLicenseFile(path) || LicenseDetector::isMetadataFile(path);
        if (!isReadme && !isPackaging && !isLicense)
            continue;
        const BlobContent c = readBlob(odb, e.oid, 1024 * 1024);
        if (!c.loaded)
            continue;
        if (isReadme) {
            readme = c.data;
            bestReadme = readmeRank(path);
        }
        if (isPackaging)
            packaging << c.data;
        if (isLicense)
            licenseCandidates.append({path, c.data});
    }
    std::stable_sort(licenseCandidates.begin(), licenseCandidates.end(), [](const auto &a, const auto &b) {
        return a.path.size() < b.path.size();   // LICENSE before LICENSE-THIRD-PARTY
    });
    const RepositoryContext context = RelevancePrior::buildContext(paths, readme, packaging);
    const LanguageDetector &languages = LanguageDetector::instance();

    InventorySummary summary;
    summary.entries = int(entries.size());
    summary.license = LicenseDetector::instance().detect(licenseCandidates);

    TransferProgress report;
    report.phase = TransferProgress::Phase::Inventory;
    report.filesTotal = entries.size();
    // The ranking needs the whole tree (imports, references), so records wait for it; contents do not.
    RelevancePrior ranking(context);
    QList<store::FileRecord> records;
    records.reserve(qsizetype(entries.size()));

    for (size_t i = 0; i < entries.size(); ++i) {
        if (cancel && cancel->load())
            throw Error(Tr::tr("Inventory cancelled."), Error::Kind::Cancelled);
        const TreeEntry &e = entries[i];
        store::FileRecord f;
        bool validName = true;
        f.path = displayPath(e.path, &validName);
        if (!validName)
            f.pathBytes = e.path;
        f.objectSha = git::toHex(e.oid);

        PriorInput prior;
        BlobContent content;
        if (e.mode == GIT_FILEMODE_COMMIT) {
            f.kind = store::FileKind::Submodule;
            f.category = store::FileCategory::Other;
        } else if (e.mode == GIT_FILEMODE_LINK) {
            f.kind = store::FileKind::Symlink;
            content = readBlob(odb, e.oid, 4096);
            f.sizeBytes = content.size;
            f.symlinkTarget = displayPath(content.data);
            f.category = store::FileCategory::Other;
        } else {
            f.kind = store::FileKind::File;
            f.isExecutable = e.mode == GIT_FILEMODE_BLOB_EXECUTABLE;
            content = readBlob(odb, e.oid, m_options.maxContentBytes);
            f.sizeBytes = content.size;
            const LanguageInfo lang = languages.detect(f.path, QByteArrayView(content.data).first(
                                                                   std::min<qsizetype>(content.data.size(), 256)));
            f.language = lang.language;
            f.category = lang.category;
            if (!content.loaded) {
                f.contentSkipped = true;
                f.isBinary = lang.binaryFormat;
            } else {
                f.isLfsPointer = isLfsPointer(content.data);
                f.isBinary = !f.isLfsPointer && (lang.binaryFormat || looksBinary(content.data));
                if (!f.isBinary)
                    f.lineCount = countLines(content.data);
            }
            if (f.isBinary && lang.language.isEmpty())
                f.category = store::FileCategory::Other;
        }
        prior.path = f.path;
        prior.objectSha = f.objectSha;
        prior.category = f.category;
        prior.kind = f.kind;
        prior.sizeBytes = f.sizeBytes;
        prior.isBinary = f.isBinary;
        prior.isLfsPointer = f.isLfsPointer;
        prior.contentSkipped = f.contentSkipped;
        if (content.loaded && !f.isBinary)
            prior.content = content.data;
        ranking.add(prior);
        records.append(std::move(f));

        if (progress && (i % 500 == 0 || i + 1 == entries.size())) {
            report.filesDone = i + 1;
            progress(report);
        }
    }
    const QList<PriorAssessment> assessments = ranking.rank();
    for (qsizetype i = 0; i < records.size(); ++i) {
        store::FileRecord &f = records[i];
        f.prior = assessments[i].prior;
        f.priorScore = assessments[i].score;
        f.readmeNamed = assessments[i].readmeNamed;
        f.priorReason = assessments[i].reasons.join(u"; "_s);
        sink(f);
    }
    return summary;
}

std::optional<QByteArray> InventoryBuilder::readFile(const QString &gitDir, const QString &commitSha,
                                                     const QByteArray &rawPath, qint64 maxBytes)
{
    const Snapshot snapshot = openSnapshot(gitDir, commitSha);
    git_tree_entry *rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, snapshot.tree.get(), rawPath.constData()) < 0)
        return std::nullopt;
    git::TreeEntryPtr entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB)
        return std::nullopt;
    BlobContent c = readBlob(snapshot.odb.get(), *git_tree_entry_id(entry.get()), maxBytes);
    if (!c.loaded)
        return QByteArray();
    return c.data;
}

} // namespace wb::repo
