// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness of the workbench while a wide campaign runs: the main window runs a campaign over N
// generated repositories against the loopback model server (each answer after a fixed latency, every
// round a real Python process) at concurrency C, while the benchmark drives the window like a user
// (moving through repositories and examples, switching tabs every 150 ms). A 4 ms timer on the GUI
// thread measures how late the event loop serves it; the worst lateness is the worst UI stall.
//   QT_QPA_PLATFORM=offscreen build/<preset>/bin/bench_ui_stall [repositories=48] [concurrency=16] [latency_ms=150]
#include "distillationscript.h"
#include "fakellmserver.h"
#include "gitfixture.h"
#include "campaign/campaigncontroller.h"
#include "editor/sourcepreview.h"
#include "mainwindow/mainwindow.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
double threadCpuMs();

/** Times every outermost event delivery on the GUI thread and remembers the slowest ones (wall and CPU time). */
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slow
    {
        double ms = 0;
        double cpuMs = 0;   ///< the GUI thread's own CPU time in it (wall time minus waiting for a CPU)
        QString what;
    };
    std::vector<Slow> slowest;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        const char *className = receiver->metaObject()->className();
        const QPointer<QObject> alive(receiver);
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu;
        --m_depth;
        if (ms > 30.0 || cpuMs > 16.0) {
            slowest.push_back({ms, cpuMs, u"%1 \"%2\" event %3"_s.arg(QString::fromLatin1(className), alive ? alive->objectName() : QString())
                                              .arg(type)});
        }
        return result;
    }

private:
    int m_depth = 0;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    TimedApplication app(argc, argv);
    QApplication::setOrganizationName(u"codedistiller-workbench-bench"_s);
    const int repositories = argc > 1 ? std::atoi(argv[1]) : 48;
    const int concurrency = argc > 2 ? std::atoi(argv[2]) : 16;
    const int latency = argc > 3 ? std::atoi(argv[3]) : 150;

    ui::SourcePreview::warmUp();   // as the workbench's main() does
    test::FakeLlmServer server;
    const auto script = test::DistillationScript::handler();
    server.setHandler([script, latency](const test::RecordedRequest &request) {
        test::FakeResponse r = script(request);
        r.delayMs = std::max(r.delayMs, latency);
        return r;
    });

    QTemporaryDir dir;
    auto ws = store::Workspace::open(dir.filePath(u"bench.cdw"_s));
    for (int i = 0; i < repositories; ++i) {
        const QString path = test::DistillationScript::makeRepository(dir.filePath(u"matlib-%1"_s.arg(i)));
        Q_UNUSED(path);
        repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(dir.filePath(u"matlib-%1"_s.arg(i))));
    }

    ui::MainWindow window(ws);
    window.resize(1400, 900);
    window.show();

    pipeline::CampaignConfig config;
    config.generator = {u"vllm"_s, u"gpt-oss-120b"_s, server.openAiBaseUrl()};
    config.classifier = config.judge = config.generator;
    config.executor = u"local"_s;
    config.concurrency = concurrency;
    config.executionConcurrency = std::max(2, concurrency / 4);
    llm::LlmClientOptions options;
    options.maxConcurrency.insert(u"vllm"_s, 4 * concurrency);

    // The probe: a 4 ms timer; any lateness beyond its interval is time the event loop was busy.
    constexpr int kProbeMs = 4;
    std::vector<double> lateness;
    std::vector<double> busy;   // GUI-thread CPU time within each late interval: our own work, not preemption
    double lastCpu = 0;
    QString lastAction;
    QString worstBusyAction;
    double worstBusy = 0;
    double worstBusyLater = 0;   // after the first seconds: without first-use costs (fonts, syntax definitions, first layouts)
    QElapsedTimer sinceStart;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const double elapsed = double(probeClock.nsecsElapsed()) / 1e6;
        probeClock.restart();
        const double cpu = threadCpuMs();
        const double late = std::max(0.0, elapsed - kProbeMs);
        lateness.push_back(late);
        const double ownWork = std::min(late, std::max(0.0, cpu - lastCpu));
        busy.push_back(ownWork);
        if (sinceStart.elapsed() > 5000)
            worstBusyLater = std::max(worstBusyLater, ownWork);
        if (ownWork > worstBusy) {
            worstBusy = ownWork;
            worstBusyAction = lastAction;
        }
        lastCpu = cpu;
        lastAction = u"campaign updates"_s;
    });

    // The user: steps through examples and repositories and switches tabs.
    auto *tabs = window.findChild<QTabWidget *>(u"MainTabs"_s);
    int step = 0;
    QTimer user;
    user.setInterval(150);
    QObject::connect(&user, &QTimer::timeout, &app, [&] {
        ++step;
        lastAction = u"user step %1 (tab %2)"_s.arg(step).arg(tabs ? step % tabs->count() : 0);
        if (tabs)
            tabs->setCurrentIndex(step % tabs->count());
        for (QTableView *view : {window.exampleTable(), window.repositoryView()}) {
            const int rows = view->model()->rowCount();
            if (rows > 0)
                view->setCurrentIndex(view->model()->index(step % rows, 0));
        }
    });

    QEventLoop loop;
    QObject::connect(window.campaignController(), &ui::CampaignController::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    window.runCampaign(u"bench"_s, config, options);
    probeClock.start();
    sinceStart.start();
    lastCpu = threadCpuMs();
    probe.start();
    if (!qEnvironmentVariableIsSet("WB_BENCH_NO_USER"))
        user.start();
    QTimer::singleShot(15 * 60 * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    user.stop();

    std::sort(lateness.begin(), lateness.end());
    std::sort(busy.begin(), busy.end());
    const auto at = [&](double q) { return lateness.empty() ? 0.0 : lateness[size_t(q * double(lateness.size() - 1))]; };
    const auto over = std::count_if(lateness.begin(), lateness.end(), [](double v) { return v > 100.0; });
    std::printf("repositories %d, concurrency %d, model latency %d ms, campaign %.1f s, %d user steps\n", repositories,
                concurrency, latency, double(clock.elapsed()) / 1000.0, step);
    std::printf("GUI thread lateness over %zu probes: median %.1f ms, p99 %.1f ms, worst stall %.1f ms, stalls over 100 ms: %lld\n",
                lateness.size(), at(0.5), at(0.99), lateness.empty() ? 0.0 : lateness.back(), static_cast<long long>(over));
    std::printf("GUI thread's own work within those delays: p99 %.1f ms, worst %.1f ms (during %s); the rest is the "
                "thread waiting for a CPU while rounds run\n",
                busy.empty() ? 0.0 : busy[size_t(0.99 * double(busy.size() - 1))], worstBusy, qPrintable(worstBusyAction));
    std::printf("GUI thread's own work after the first 5 s (first-use costs past): worst %.1f ms\n", worstBusyLater);
    std::sort(app.slowest.begin(), app.slowest.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    const auto overWall = std::count_if(app.slowest.begin(), app.slowest.end(), [](const auto &s) { return s.ms > 30.0; });
    std::printf("event deliveries over 30 ms: %lld\n", static_cast<long long>(overWall));
    for (size_t i = 0; i < std::min<size_t>(app.slowest.size(), 5); ++i)
        std::printf("  %.1f ms (own CPU %.1f ms)  %s\n", app.slowest[i].ms, app.slowest[i].cpuMs, qPrintable(app.slowest[i].what));
    // The GUI thread's own work per delivery: what a faster CPU would not hide.
    std::sort(app.slowest.begin(), app.slowest.end(), [](const auto &a, const auto &b) { return a.cpuMs > b.cpuMs; });
    const auto overCpu = std::count_if(app.slowest.begin(), app.slowest.end(), [](const auto &s) { return s.cpuMs > 16.0; });
    std::printf("event deliveries with over 16 ms of own CPU time: %lld\n", static_cast<long long>(overCpu));
    for (size_t i = 0; i < std::min<size_t>(app.slowest.size(), 8); ++i)
        std::printf("  own CPU %.1f ms (%.1f ms wall)  %s\n", app.slowest[i].cpuMs, app.slowest[i].ms, qPrintable(app.slowest[i].what));
    return 0;
}
