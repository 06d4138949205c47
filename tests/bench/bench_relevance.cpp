// SPDX-License-Identifier: GPL-3.0-or-later
// How well the static relevance prior finds the files an expert would hand to someone writing an example,
// over a corpus of real repositories (git bundles with expert lists: corpus.json). Per repository and in
// the mean: recall@10 of the prior's order, the share of the expert files in the classified set
// (FileSelector::classificationPlan, the workbench's default limits, before the README summary adds its
// named files), the classification calls, their files' tokens, their whole prompts' tokens and how many of
// those a cache would serve (the shared part from the second call on; Claude Haiku 4.5's prompt, README
// excerpt included) — next to the original's rule on the same repositories (per type code / docs /
// runscript, the ten shallowest; files' tokens). WB_BENCH_DETAILS=1 prints the top of each order and where
// every expert file stands, with the ranking's reasons (WB_BENCH_TOP=N: the first N, with longer reasons).
//   build/<preset>/bin/bench_relevance [corpus folder=../shared/corpus]
#include "llm/tokenestimator.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/fileselector.h"
#include "pipeline/promptbuilder.h"
#include "pipeline/protocol.h"
#include "llm/modelprofiles.h"
#include "repo/repositoryingestor.h"
#include "repo/sourcespec.h"
#include "store/repositorystore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
constexpr qint64 kFileMaxTokens = 50000;   // the protocol's cap of a file in its classification prompt

/** A file's tokens as its classification prompt shows it: notebooks as code cells, data as a preview. */
qint64 tokensOf(const QString &checkout, const store::FileRecord &f)
{
    QFile file(QDir(checkout).filePath(f.path));
    const QByteArray raw = file.open(QIODevice::ReadOnly) ? file.read(64LL << 20) : QByteArray();
    const auto shown = pipeline::FileSelector::shownContent(f.path, store::toString(f.category), f.language, f.isBinary, raw);
    return std::min<qint64>(pipeline::FileSelector::estimateTokens(shown.text, shown.kind), kFileMaxTokens);
}

/** The original's shortlist (codedistiller-pipeline.md §3): per type the ten shallowest files. */
QStringList originalShortlist(const QList<store::FileRecord> &files)
{
    auto typeOf = [](const QString &path) -> QString {
        const QString ext = QFileInfo(path).suffix().toLower();
        if (ext == u"md"_s || ext == u"txt"_s)
            return u"documentation"_s;
        static const QStringList code{u"py"_s, u"ipynb"_s, u"js"_s, u"java"_s, u"cpp"_s, u"c"_s, u"go"_s, u"rs"_s, u"ts"_s, u"rb"_s, u"php"_s};
        if (code.contains(ext))
            return u"code"_s;
        if (ext == u"sh"_s || ext == u"bash"_s || ext == u"bat"_s)
            return u"runscript"_s;
        return {};
    };
    QHash<QString, QList<const store::FileRecord *>> byType;
    for (const auto &f : files)
        if (const QString t = typeOf(f.path); !t.isEmpty() && f.kind == store::FileKind::File)
            byType[t] << &f;
    QStringList out;
    for (auto it = byType.begin(); it != byType.end(); ++it) {
        auto list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const auto *a, const auto *b) {
            const int da = int(a->path.count(u'/')), db = int(b->path.count(u'/'));
            return da != db ? da < db : a->path < b->path;
        });
        for (qsizetype i = 0; i < list.size() && i < 10; ++i)
            out << list[i]->path;
    }
    return out;
}

double share(const QStringList &chosen, const QSet<QString> &expert)
{
    if (expert.isEmpty())
        return 0;
    int hit = 0;
    for (const QString &p : chosen)
        hit += expert.contains(p) ? 1 : 0;
    return double(hit) / double(expert.size());
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"../shared/corpus"_s;
    QFile index(QDir(corpus).filePath(u"corpus.json"_s));
    if (!index.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_relevance: cannot read %s\n", qPrintable(index.fileName()));
        return 2;
    }
    const QJsonArray repositories = QJsonDocument::fromJson(index.readAll()).array();
    QTemporaryDir dir;
    const auto ws = store::Workspace::open(dir.filePath(u"bench.cdw"_s));
    pipeline::CampaignConfig config;   // the workbench's defaults; WB_BENCH_MAX_FILES / WB_BENCH_MIN_SCORE try others
    if (qEnvironmentVariableIsSet("WB_BENCH_MAX_FILES"))
        config.classifyMaxFiles = qEnvironmentVariableIntValue("WB_BENCH_MAX_FILES");
    if (qEnvironmentVariableIsSet("WB_BENCH_MIN_SCORE"))
        config.classifyMinScore = qEnvironmentVariable("WB_BENCH_MIN_SCORE").toDouble();

    // The classification prompt as the default protocol builds it for Claude Haiku 4.5 (cache minimum 4,096
    // tokens): the part every file shares, once per call, cache reads from the second call on.
    const pipeline::Protocol protocol = pipeline::Protocol::load(u"codedistiller-2025"_s);
    const pipeline::PromptBuilder builder(protocol, llm::ModelProfiles::load().find(u"claude-haiku-4-5-20251001"_s));

    std::printf("%-42s %6s %6s | %9s %8s %7s %9s %9s %9s | %9s %7s %9s\n", "repository", "files", "expert", "recall@10", "covered",
                "calls", "tokens", "prompt", "cached", "original", "calls", "tokens");
    double sumRecall = 0, sumCovered = 0, sumOriginal = 0;
    int counted = 0;
    for (const QJsonValue &entry : repositories) {
        const QJsonObject r = entry.toObject();
        const QString name = r.value(u"repo"_s).toString();
        const QString checkout = dir.filePath(name.section(u'/', -1));
        QProcess git;
        git.start(u"git"_s, {u"clone"_s, u"--quiet"_s, QDir(corpus).filePath(r.value(u"bundle"_s).toString()), checkout});
        if (!git.waitForFinished(300000) || git.exitCode() != 0) {
            std::fprintf(stderr, "bench_relevance: cannot clone %s\n", qPrintable(name));
            continue;
        }
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(checkout));
        const QList<store::FileRecord> files = store::RepositoryStore(ws).files(record.id);   // in the prior's order
        QSet<QString> present;
        for (const auto &f : files)
            present.insert(f.path);
        QSet<QString> expert;
        for (const QJsonValue &p : r.value(u"relevant_files"_s).toArray())
            if (present.contains(p.toString()))
                expert.insert(p.toString());   // files left out of the snapshot do not count

        QStringList top10;
        for (qsizetype i = 0; i < files.size() && top10.size() < 10; ++i)
            top10 << files[i].path;
        QStringList planned;
        qint64 plannedTokens = 0;
        QHash<QString, const store::FileRecord *> byPath;
        for (const auto &f : files)
            byPath.insert(f.path, &f);
        for (const auto &p : pipeline::FileSelector::classificationPlan(files, "{}", config, kFileMaxTokens)) {
            planned << p.path;
            plannedTokens += tokensOf(checkout, *byPath.value(p.path));
        }
        const QStringList original = originalShortlist(files);
        qint64 originalTokens = 0;
        for (const QString &p : original)
            originalTokens += tokensOf(checkout, *byPath.value(p));

        pipeline::PromptBuilder::Example example;
        example.repositoryUrl = u"https://github.com/"_s + name;
        example.repositoryDescription = u"{\"description\": \"%1\", \"highly_relevant_files\": []}"_s.arg(QString(600, u'x'));
        for (const QString &readmeName : {u"README.md"_s, u"README.rst"_s, u"README"_s, u"README.txt"_s}) {
            QFile readme(QDir(checkout).filePath(readmeName));
            if (readme.open(QIODevice::ReadOnly)) {
                example.readme = QString::fromUtf8(readme.readAll());
                break;
            }
        }
        const qint64 shared = builder.classification(example, u"x.py"_s, u"python"_s, QString()).sharedPrefixTokens;
        const qint64 promptTokens = plannedTokens + shared * planned.size();
        const qint64 cachedTokens = planned.size() > 1 ? shared * (planned.size() - 1) : 0;

        const double recall = share(top10, expert), covered = share(planned, expert), originalCovered = share(original, expert);
        std::printf("%-42s %6lld %6lld | %9.2f %8.2f %7lld %9lld %9lld %9lld | %9.2f %7lld %9lld\n", qPrintable(name),
                    qlonglong(files.size()), qlonglong(expert.size()), recall, covered, qlonglong(planned.size()),
                    qlonglong(plannedTokens), qlonglong(promptTokens), qlonglong(cachedTokens), originalCovered,
                    qlonglong(original.size()), qlonglong(originalTokens));
        if (qEnvironmentVariableIsSet("WB_BENCH_DETAILS")) {
            // The top of the order and where each expert file stands, with the ranking's reasons.
            const qsizetype shown = qEnvironmentVariableIsSet("WB_BENCH_TOP") ? qEnvironmentVariableIntValue("WB_BENCH_TOP") : 12;
            for (qsizetype i = 0; i < files.size(); ++i) {
                const bool isExpert = expert.contains(files[i].path);
                if (i < shown || isExpert)
                    std::printf("   %4lld %s %7.2f %-60s %s\n", qlonglong(i + 1), isExpert ? "*" : " ", files[i].priorScore,
                                qPrintable(files[i].path), qPrintable(files[i].priorReason.left(qEnvironmentVariableIsSet("WB_BENCH_TOP") ? 400 : 150)));
            }
        }
        sumRecall += recall;
        sumCovered += covered;
        sumOriginal += originalCovered;
        ++counted;
    }
    if (counted == 0)
        return 1;
    std::printf("mean over %d repositories: recall@10 %.2f, classified set covers %.2f of the expert files (the original's "
                "rule %.2f)\n",
                counted, sumRecall / counted, sumCovered / counted, sumOriginal / counted);
    return 0;
}
