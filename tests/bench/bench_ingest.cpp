// SPDX-License-Identifier: GPL-3.0-or-later
// Ingestion throughput on a generated 20k-file repository, next to `git clone --local` + `git ls-files`
// on the same repository. Run: build/<preset>/bin/bench_ingest [--benchmark_repetitions=3]
#include "gitfixture.h"
#include "repo/repositoryingestor.h"
#include "repo/sourcespec.h"
#include "store/workspace.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFiles = 20000;

const QString &fixtureRepository()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(u"bench-repo"_s);
        wb::test::GitFixture repo(p);
        for (int i = 0; i < kFiles; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray folder = "pkg/sub" + QByteArray::number(i % 200) + "/";
            QByteArray content = "\"\"\"Module " + n + ".\"\"\"\nimport numpy as np\n\n";
            for (int line = 0; line < 20 + i % 40; ++line)
                content += "value_" + QByteArray::number(line) + " = np.float64(" + n + ")\n";
            repo.addFile(folder + "module_" + n + (i % 10 == 0 ? ".md" : ".py"), content);
        }
        repo.commit("20k files");
        return p;
    }();
    return path;
}

void BM_IngestWorkbench(benchmark::State &state)
{
    const QString source = fixtureRepository();
    for (auto _ : state) {
        QTemporaryDir dir;
        auto ws = wb::store::Workspace::open(dir.filePath(u"bench.cdw"_s));
        const auto record = wb::repo::RepositoryIngestor(ws).ingest(wb::repo::SourceSpec::parse(source));
        if (record.fileCount != kFiles)
            state.SkipWithError("wrong file count");
    }
    state.counters["files"] = kFiles;
    state.counters["files_per_s"] = benchmark::Counter(double(kFiles) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_GitCloneLocalLsFiles(benchmark::State &state)
{
    const QString source = fixtureRepository();
    if (QStandardPaths::findExecutable(u"git"_s).isEmpty()) {
        state.SkipWithError("git is not installed");
        return;
    }
    for (auto _ : state) {
        QTemporaryDir dir;
        QProcess clone;
        clone.start(u"git"_s, {u"clone"_s, u"--quiet"_s, u"--local"_s, source, dir.filePath(u"c"_s)});
        clone.waitForFinished(-1);
        QProcess ls;
        ls.setWorkingDirectory(dir.filePath(u"c"_s));
        ls.start(u"git"_s, {u"ls-files"_s});
        ls.waitForFinished(-1);
        if (clone.exitCode() != 0 || ls.readAllStandardOutput().count('\n') != kFiles)
            state.SkipWithError("git clone/ls-files failed");
    }
    state.counters["files"] = kFiles;
}

BENCHMARK(BM_IngestWorkbench)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_GitCloneLocalLsFiles)->Unit(benchmark::kMillisecond)->Iterations(3);

// Prints the ratio of the two means after the regular report.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &r : runs) {
            if (r.run_type != Run::RT_Iteration)
                continue;
            const double ms = r.GetAdjustedRealTime();
            if (r.benchmark_name().find("Workbench") != std::string::npos)
                m_workbench = ms;
            else
                m_git = ms;
        }
    }
    void Finalize() override
    {
        ConsoleReporter::Finalize();
        if (m_workbench > 0 && m_git > 0)
            std::printf("\ningest %d files: workbench %.0f ms, git clone --local + ls-files %.0f ms, ratio %.2fx\n",
                        kFiles, m_workbench, m_git, m_workbench / m_git);
    }

private:
    double m_workbench = 0;
    double m_git = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
