// SPDX-License-Identifier: GPL-3.0-or-later
// Orchestration overhead of a campaign: N generated repositories against the loopback model server with
// a fixed latency and a trivial example, at concurrency C. Prints makespan ÷ ideal, where ideal is the
// sum of every example's unavoidable time (model latencies on its critical path plus its executions)
// divided by C, and the orchestrator's own CPU milliseconds per round. WB_BENCH_DETAILS=1 adds where the
// time goes: model latency per stage, each call's way to the server and back, the event loop's lateness.
//   build/<preset>/bin/bench_campaign [repositories=200] [concurrency=16] [latency_ms=100]
#include "distillationscript.h"
#include "fakellmserver.h"
#include "gitfixture.h"
#include "llm/llmclient.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignrunner.h"
#include "repo/repositoryingestor.h"
#include "store/llmcallstore.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
double userMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec) * 1000.0 + double(usage.ru_utime.tv_usec) / 1000.0;
}

// Busy and total jiffies of the whole machine (every process, every core), from /proc/stat.
std::pair<double, double> machineJiffies()
{
    QFile stat(u"/proc/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');   // cpu user nice system idle iowait ...
    double busy = 0, total = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const double v = fields[i].toDouble();
        total += v;
        if (i != 4 && i != 5)
            busy += v;
    }
    return {busy, total};
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // This process only: the rounds' own processes are not counted.
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

test::FakeResponse quick(const nlohmann::json &content, int latencyMs)
{
    test::FakeResponse r = test::FakeResponse::openAi(QString::fromStdString(content.dump()),
                                                      {{"prompt_tokens", 500}, {"completion_tokens", 100}});
    r.delayMs = latencyMs;
    return r;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    const int repositories = argc > 1 ? std::atoi(argv[1]) : 200;
    const int concurrency = argc > 2 ? std::atoi(argv[2]) : 16;
    const int latency = argc > 3 ? std::atoi(argv[3]) : 100;

    test::FakeLlmServer server;
    server.setHandler([latency](const test::RecordedRequest &request) {
        const QString stage = test::DistillationScript::stageOf(request);
        if (stage == u"repository_summary"_s)
            return quick({{"description", "A tiny package."}, {"highly_relevant_files", nlohmann::json::array()}}, latency);
        if (stage == u"file_classification"_s)
            return quick({{"classification", "code_example"}, {"description", "d"}, {"important_information", nullptr},
                          {"computational_requirements", nullptr}, {"highly_relevant_files", nlohmann::json::array()},
                          {"how_relevant_rating", 5}, {"stand_alone_example", true}, {"needs_gpu", false}}, latency);
        if (stage == u"example_generation"_s)
            return quick({{"main_py", "print('ok')\n"}, {"requirements_txt", ""}, {"run_sh", "true\n"},
                          {"metadata", {{"repository_url", "x"}, {"description", "d"}, {"example_description", "e"},
                                        {"example_inclusion_criteria", "i"}, {"example_exclusion_criteria", "x"},
                                        {"example_type", "other"}, {"user_type", "no_user"},
                                        {"compute_requirements", {{"gpu_required", false}, {"gpu_normally_recommended", false},
                                                                  {"min_gpu_memory_gb", nullptr}, {"cpu_cores", 1}, {"ram_gb", 1},
                                                                  {"disk_space_gb", nullptr}, {"api_keys_required", nlohmann::json::array()},
                                                                  {"api_keys_optional", nlohmann::json::array()},
                                                                  {"time_constraint_limited", false}}}}}}, latency);
        return quick({{"correct_behavior", {"prints ok"}}, {"critical_issues", nlohmann::json::array()}, {"issues", nlohmann::json::array()},
                      {"is_faithful", true}, {"is_accurate", true}, {"is_complete", true}, {"summary", "fine"},
                      {"is_finished", true}, {"error_class", "none"}}, latency);
    });

    QTemporaryDir dir;
    auto ws = store::Workspace::open(dir.filePath(u"bench.cdw"_s));
    QList<qint64> ids;
    for (int i = 0; i < repositories; ++i) {
        const QString path = dir.filePath(u"repo-%1"_s.arg(i));
        test::GitFixture repo(path);
        repo.addFile("README.md", "# tiny " + QByteArray::number(i) + "\n");
        repo.addFile("tiny/__init__.py", "def f():\n    return " + QByteArray::number(i) + "\n");
        repo.commit();
        ids << repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(path)).id;
    }
    pipeline::CampaignConfig config;
    config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()};
    config.classifier = config.judge = config.generator;
    config.executor = u"local"_s;
    config.concurrency = concurrency;
    config.executionConcurrency = concurrency;
    store::PipelineStore pipeline(ws);
    const qint64 campaign = pipeline.createCampaign(u"bench"_s, config.toJson());
    pipeline.addExamples(campaign, ids);

    // vLLM's profile allows 4 requests in flight; the benchmark measures the orchestrator, not that limit.
    llm::LlmClientOptions options;
    options.maxConcurrency.insert(u"vllm"_s, 4 * concurrency);
    pipeline::CampaignRunner runner(ws, campaign, options);
    QEventLoop loop;
    pipeline::CampaignSummary summary;
    QObject::connect(&runner, &pipeline::CampaignRunner::finished, &loop, [&](const pipeline::CampaignSummary &s) {
        summary = s;
        loop.quit();
    });
    const double cpuBefore = cpuMs() - server.threadCpuMs();
    const double userBefore = userMs();
    const double childrenBefore = childrenCpuMs();
    const auto machineBefore = machineJiffies();
    // How late the orchestrator's event loop answers: a 5 ms timer's lateness, summed and at most.
    QElapsedTimer lagClock;
    QTimer lagTimer;
    double lagSumMs = 0, lagMaxMs = 0;
    lagTimer.setTimerType(Qt::PreciseTimer);
    lagTimer.setInterval(5);
    QObject::connect(&lagTimer, &QTimer::timeout, &loop, [&] {
        const double late = std::max(0.0, double(lagClock.nsecsElapsed()) / 1e6 - 5.0);
        lagSumMs += late;
        lagMaxMs = std::max(lagMaxMs, late);
        lagClock.restart();
    });
    const bool details = qEnvironmentVariableIsSet("WB_BENCH_DETAILS");
    lagClock.start();
    if (details)   // its wake-ups cost CPU of their own
        lagTimer.start();
    QElapsedTimer clock;
    clock.start();
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    runner.start();
    loop.exec();
    const double makespanMs = double(clock.elapsed());
    const double cpu = cpuMs() - server.threadCpuMs() - cpuBefore;   // the loopback server is not the orchestrator
    const double childrenCpu = childrenCpuMs() - childrenBefore;
    const auto machineAfter = machineJiffies();

    // Unavoidable time per example: summary, classification (parallel), generation, judge latencies
    // in sequence, plus its execution as measured.
    double unavoidableMs = 0;
    int rounds = 0;
    for (const auto &e : pipeline.examples(campaign)) {
        unavoidableMs += 4.0 * latency;
        for (const auto &r : pipeline.rounds(e.id)) {
            unavoidableMs += double(r.durationMs) + (r.index > 1 ? 2.0 * latency : 0.0);
            ++rounds;
        }
    }
    const double idealMs = unavoidableMs / concurrency;
    std::printf("repositories %d, concurrency %d, model latency %d ms: %d succeeded, %d rounds\n", repositories, concurrency,
                latency, summary.success, rounds);
    std::printf("makespan %.0f ms, ideal %.0f ms, makespan / ideal = %.3f\n", makespanMs, idealMs, makespanMs / idealMs);
    const double user = userMs() - userBefore;
    std::printf("orchestrator CPU %.0f ms (user %.0f, system %.0f), %.1f ms per round\n", cpu, user, cpu - user,
                cpu / std::max(1, rounds));
    double exampleWall = 0;
    for (const auto &e : pipeline.examples(campaign))
        exampleWall += double(e.startedAt.msecsTo(e.finishedAt));
    std::printf("mean example wall time %.0f ms (unavoidable %.0f ms)\n", exampleWall / repositories, unavoidableMs / repositories);
    if (details) {
        double latencySum = 0;
        int calls = 0;
        QHash<QString, std::pair<double, int>> byStage;
        for (const auto &c : store::LlmCallStore(ws).calls()) {
            latencySum += double(c.latencyMs);
            ++calls;
            byStage[c.stage].first += double(c.latencyMs);
            ++byStage[c.stage].second;
        }
        for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
            std::printf("  %s: mean latency %.0f ms\n", qPrintable(it.key()), it->first / it->second);
        double execSum = 0, execWall = 0;
        for (const auto &e : pipeline.examples(campaign))
            for (const auto &r : pipeline.rounds(e.id)) {
                execSum += double(r.durationMs);
                execWall += double(r.startedAt.msecsTo(r.finishedAt));
            }
        std::printf("calls %d, mean call latency %.0f ms; mean execution %.0f ms (%.0f ms from start to stored)\n", calls,
                    latencySum / calls, execSum / rounds, execWall / rounds);
        // Where a call's latency goes: to the server, at the server, back until the call is stored.
        QHash<QByteArray, qint64> received, written;
        for (const auto &r : server.requests())
            received.insert(QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex(), r.receivedAtMs);
        for (const auto &w : server.writtenAnswers())
            written.insert(QCryptographicHash::hash(w.requestBody, QCryptographicHash::Sha256).toHex(), w.writtenAtMs);
        double toServer = 0, atServer = 0, back = 0;
        int matched = 0;
        for (const auto &c : store::LlmCallStore(ws).calls()) {
            const QByteArray key = c.requestBlob.toLatin1();
            if (!received.contains(key) || !written.contains(key))
                continue;
            toServer += double(received[key] - c.startedAt.toMSecsSinceEpoch());
            atServer += double(written[key] - received[key]);
            back += double(c.finishedAt.toMSecsSinceEpoch() - written[key]);
            ++matched;
        }
        if (matched > 0)
            std::printf("per call (%d matched): %.0f ms to the server, %.0f ms there, %.0f ms back until stored\n", matched,
                        toServer / matched, atServer / matched, back / matched);
        // Where makespan ÷ ideal goes: slots left idle (ramp, tail, hand-off) and each example's own
        // overhead over its unavoidable time; and whether the machine had a core to spare at all.
        const double occupancy = exampleWall / (double(concurrency) * makespanMs);
        std::printf("slot occupancy %.3f (idle slots cost x%.3f), example wall / unavoidable x%.3f\n", occupancy,
                    1.0 / occupancy, exampleWall / unavoidableMs);
        const double busyShare = machineAfter.second > machineBefore.second
                                     ? (machineAfter.first - machineBefore.first) / (machineAfter.second - machineBefore.second)
                                     : 0.0;
        std::printf("machine busy %.0f%% of %d cores; the rounds' processes used %.0f ms CPU (%.0f ms per round)\n",
                    100.0 * busyShare, QThread::idealThreadCount(), childrenCpu, childrenCpu / std::max(1, rounds));
        std::printf("orchestrator event loop: %.0f ms late in all, at most %.0f ms at once\n", lagSumMs, lagMaxMs);
        // Ramp and tail: when the examples started and ended, relative to the runner's start.
        qint64 firstStart = std::numeric_limits<qint64>::max(), lastStart = 0, firstEnd = std::numeric_limits<qint64>::max(),
               lastEnd = 0;
        QList<qint64> starts;
        for (const auto &e : pipeline.examples(campaign)) {
            const qint64 s = startedAt.msecsTo(e.startedAt), f = startedAt.msecsTo(e.finishedAt);
            starts << s;
            firstStart = std::min(firstStart, s);
            lastStart = std::max(lastStart, s);
            firstEnd = std::min(firstEnd, f);
            lastEnd = std::max(lastEnd, f);
        }
        std::sort(starts.begin(), starts.end());
        std::printf("examples started %lld..%lld ms (the %dth at %lld ms), ended %lld..%lld ms; finished signal at %.0f ms\n",
                    qlonglong(firstStart), qlonglong(lastStart), concurrency,
                    qlonglong(starts.value(std::min<qsizetype>(concurrency, starts.size()) - 1)), qlonglong(firstEnd),
                    qlonglong(lastEnd), makespanMs);
    }
    return summary.success == repositories ? 0 : 1;
}
