// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmmonitor.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QProcess>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::SlurmMonitor)
};

constexpr int kParallelSubmissions = 4;
constexpr const char *kSbatchProperty = "wb_sbatch";

QString jobIdOf(const QByteArray &sbatchOutput)
{
    // --parsable: "123" or "123;cluster"
    const QByteArray line = sbatchOutput.trimmed().split('\n').last().trimmed();
    const QString id = QString::fromUtf8(line.split(';').first());
    bool number = false;
    id.toLongLong(&number);
    return number ? id : QString();
}

// What sbatch sees of the workbench's environment, and therefore what it hands the job (--export=ALL):
// Slurm's own variables and the basics, never a key. (--export=NONE would keep even less but makes
// slurmd run the user's login shell to build an environment, which costs seconds per job.)
QProcessEnvironment clientEnvironment()
{
    const QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const QString &name : all.keys())
        if (name.startsWith(u"SLURM_"_s) || name.startsWith(u"SBATCH_"_s)
            || QStringList{u"PATH"_s, u"HOME"_s, u"USER"_s, u"LOGNAME"_s}.contains(name))
            env.insert(name, all.value(name));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    return env;
}

QString firstLine(const QByteArray &text)
{
    const QString t = QString::fromUtf8(text).trimmed();
    return t.section(u'\n', -1).trimmed().isEmpty() ? t : t.section(u'\n', 0, 2).simplified();
}
} // namespace

SlurmMonitor::SlurmMonitor(int pollMs, QObject *parent)
    : QObject(parent)
    , m_pollMs(pollMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SlurmMonitor::poll);
}

SlurmMonitor::~SlurmMonitor()
{
    m_timer.stop();
    const auto processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *p : processes) {
        p->disconnect(this);
        if (!p->property(kSbatchProperty).toBool()) {
            p->kill();
            p->waitForFinished(2000);
            continue;
        }
        // A submission in flight: nobody is left to record the job, so it must not run.
        p->waitForFinished(15000);
        const QString id = jobIdOf(p->readAllStandardOutput());
        if (!id.isEmpty())
            cancel(id);
    }
}

QProcess *SlurmMonitor::run(const QString &program, const QStringList &arguments,
                       std::function<void(int, const QByteArray &, const QByteArray &)> done)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(clientEnvironment());
    auto handled = std::make_shared<bool>(false);
    auto finish = [p, handled, done = std::move(done)](int exitCode, const QByteArray &err) {
        if (*handled)
            return;
        *handled = true;
        const QByteArray out = p->readAllStandardOutput();
        p->deleteLater();
        done(exitCode, out, err);
    };
    connect(p, &QProcess::finished, this, [p, finish](int exitCode, QProcess::ExitStatus status) {
        finish(status == QProcess::NormalExit ? exitCode : -1, p->readAllStandardError());
    });
    connect(p, &QProcess::errorOccurred, this, [p, finish, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, Tr::tr("cannot start %1: %2").arg(program, p->errorString()).toUtf8());
    });
    p->start(program, arguments);
    return p;
}

void SlurmMonitor::submit(const QStringList &arguments, QObject *context, SubmitCallback done)
{
    m_submissions.push_back({arguments, QPointer<QObject>(context), std::move(done)});
    submitNext();
}

void SlurmMonitor::submitNext()
{
    while (m_submitting < kParallelSubmissions && !m_submissions.empty()) {
        Submission s = std::move(m_submissions.front());
        m_submissions.pop_front();
        if (!s.context)
            continue;   // the round went away before its turn
        ++m_submitting;
        QProcess *p = run(u"sbatch"_s, s.arguments, [this, s](int exitCode, const QByteArray &out, const QByteArray &err) {
            --m_submitting;
            const QString id = exitCode == 0 ? jobIdOf(out) : QString();
            if (!s.context) {
                if (!id.isEmpty())
                    cancel(id);
            } else if (id.isEmpty()) {
                const QString why = firstLine(err.isEmpty() ? out : err);
                s.done({}, why.isEmpty() ? Tr::tr("sbatch exited with code %1").arg(exitCode) : why);
            } else {
                s.done(id, {});
            }
            submitNext();
        });
        p->setProperty(kSbatchProperty, true);   // the destructor waits for it
    }
}

void SlurmMonitor::cancel(const QString &jobId)
{
    QProcess::startDetached(u"scancel"_s, {jobId});
}

void SlurmMonitor::watch(const QString &jobId, QObject *context, StateCallback onState)
{
    m_watched.insert(jobId, {QPointer<QObject>(context), std::move(onState)});
    if (!m_polling && !m_timer.isActive())
        schedule(m_pollMs);
}

void SlurmMonitor::unwatch(const QString &jobId)
{
    m_watched.remove(jobId);
}

void SlurmMonitor::pollSoon()
{
    if (!m_polling)
        schedule(std::min(m_pollMs, 200));
}

void SlurmMonitor::schedule(int ms)
{
    m_timer.start(ms);
}

void SlurmMonitor::poll()
{
    for (auto it = m_watched.begin(); it != m_watched.end();)
        it = it->context ? std::next(it) : m_watched.erase(it);
    if (m_watched.isEmpty() || m_polling)
        return;
    m_polling = true;
    // Slurm 22.05 lists every job the controller knows in JSON whatever the filters; newer versions
    // honour them. Either way one call answers for all of our jobs.
    run(u"squeue"_s, {u"--json"_s, u"--me"_s, u"--states=all"_s},
        [this](int exitCode, const QByteArray &out, const QByteArray &err) { onQueue(exitCode, out, err); });
}

void SlurmMonitor::onQueue(int exitCode, const QByteArray &out, const QByteArray &err)
{
    QHash<QString, SlurmJobState> queue;
    QString failure;
    if (exitCode != 0) {
        failure = firstLine(err);
        if (failure.isEmpty())
            failure = Tr::tr("squeue exited with code %1").arg(exitCode);
    } else {
        try {
            queue = SlurmJobState::parseQueue(out);
        } catch (const Error &e) {
            failure = e.message();
        }
    }
    m_missing.clear();
    const QStringList ids = m_watched.keys();
    for (const QString &id : ids) {
        if (!failure.isEmpty()) {
            SlurmJobState s;
            s.source = SlurmJobState::Source::Unreachable;
            s.message = failure;
            deliver(id, s);
        } else if (const auto it = queue.constFind(id); it != queue.cend()) {
            deliver(id, *it);
        } else {
            m_missing << id;
        }
    }
    lookUpNext();
}

void SlurmMonitor::lookUpNext()
{
    while (!m_missing.isEmpty() && !m_watched.contains(m_missing.first()))
        m_missing.removeFirst();
    if (m_missing.isEmpty()) {
        m_polling = false;
        if (!m_watched.isEmpty())
            schedule(m_pollMs);
        return;
    }
    const QString id = m_missing.takeFirst();
    run(u"scontrol"_s, {u"show"_s, u"job"_s, u"-o"_s, id}, [this, id](int exitCode, const QByteArray &out, const QByteArray &) {
        if (exitCode == 0) {
            if (const auto s = SlurmJobState::parseController(out)) {
                deliver(id, *s);
                return lookUpNext();
            }
        }
        if (m_accounting == Accounting::Absent) {
            deliver(id, SlurmJobState{});
            return lookUpNext();
        }
        run(u"sacct"_s, {u"-n"_s, u"-P"_s, u"-X"_s, u"--format=JobID,State,Reason,NodeList"_s, u"-j"_s, id},
            [this, id](int code, const QByteArray &accounted, const QByteArray &) {
                // "Slurm accounting storage is disabled" (or no sacct at all): never asked again.
                m_accounting = code == 0 ? Accounting::Available : Accounting::Absent;
                const auto s = code == 0 ? SlurmJobState::parseAccounting(accounted) : std::nullopt;
                deliver(id, s.value_or(SlurmJobState{}));
                lookUpNext();
            });
    });
}

void SlurmMonitor::deliver(const QString &jobId, const SlurmJobState &state)
{
    const auto it = m_watched.constFind(jobId);
    if (it == m_watched.cend())
        return;
    if (!it->context) {
        m_watched.remove(jobId);
        return;
    }
    const StateCallback onState = it->onState;   // the callback may unwatch
    onState(state);
}

} // namespace wb::exec
