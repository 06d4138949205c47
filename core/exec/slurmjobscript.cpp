// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmjobscript.h"

#include "exec/roundscript.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {

nlohmann::json requirements(const QByteArray &metadataJson)
{
    const auto j = nlohmann::json::parse(metadataJson.constData(), metadataJson.constData() + metadataJson.size(), nullptr, false);
    if (j.is_object() && j.contains("compute_requirements") && j["compute_requirements"].is_object())
        return j["compute_requirements"];
    return nlohmann::json::object();
}

// A positive whole number of the requirements (models write 4, 4.0 or "4"); 0 when absent or nonsense.
double amount(const nlohmann::json &r, const char *key)
{
    if (!r.contains(key))
        return 0;
    const auto &v = r[key];
    double x = 0;
    if (v.is_number())
        x = v.get<double>();
    else if (v.is_string())
        x = QString::fromStdString(v.get<std::string>()).toDouble();
    return x > 0 && x < 1e9 ? x : 0;
}

QString commandLine(const Executor::Command &command)
{
    QStringList words{SlurmJobScript::quote(command.program)};
    for (const QString &a : command.arguments)
        words << SlurmJobScript::quote(a);
    return words.join(u' ');
}

// The job script. {{NAME}} are replaced with quoted values; everything else is bash as written.
constexpr auto kTemplate = R"SH(#!/bin/bash
# CodeDistiller Workbench: one round as a batch job (generated). The workbench reads the files of the job
# directory: <phase>.stdout/.stderr/.exit/.begin/.end, stop, error, started, node, done.
round={{ROUND}}
job={{JOB}}
wall={{WALL}}
grace_ticks={{GRACE_TICKS}}
max_output={{MAX_OUTPUT}}
# Nothing of the submitting user's environment (sbatch got only Slurm's variables; a site may add more).
for v in $(compgen -e); do case $v in SLURM_*|SLURMD_*) ;; *) unset "$v" 2>/dev/null ;; esac; done
export PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
umask 022
now_ms() { date +%s%3N; }
finish() { now_ms > "$job/done"; exit 0; }
fail() { printf '%s\n' "$*" > "$job/error"; finish; }
now_ms > "$job/started"
hostname > "$job/node" 2>/dev/null
cd "$round" 2>/dev/null || fail "The round directory $round is not visible on node $(hostname): slurm.shared_directory must be on a file system the compute nodes share."
{{MODULES}}
py={{PYTHON}}
[ -n "$py" ] || py=$({{PROBE_PYTHON}} 2>/dev/null)
[ -n "$py" ] || fail "There is no python3 on node $(hostname): set the campaign's Python or load a module that provides it."
ln -sfn "$py" "$round/.bin/python" && ln -sfn "$py" "$round/.bin/python3" || fail "Cannot link the round's Python in $round/.bin."
export PATH="$round/.bin:$PATH"
{{ENVIRONMENT}}
drop=({{DROP}})
deadline=$(( $(date +%s) + wall ))
# Slurm stops a cancelled or overdue job with SIGTERM; the phase runs in a session of its own, so it is
# stopped here like the watchdog stops it (where Slurm tracks processes by descent it would escape).
phase_pid=
on_term() {
    if [ -n "$phase_pid" ]; then
        kill -TERM -- "-$phase_pid" 2>/dev/null
        t=0
        while kill -0 "$phase_pid" 2>/dev/null && [ $t -lt $grace_ticks ]; do sleep 0.1; t=$((t + 1)); done
        kill -KILL -- "-$phase_pid" 2>/dev/null
    fi
    exit 143
}
trap on_term TERM INT
size() { stat -c %s "$1" 2>/dev/null || echo 0; }
# run_phase NAME COMMAND...: its own session, output through caps into files (unbuffered: the workbench
# tails them while the job runs); false when it was stopped.
run_phase() {
    local name=$1 why= rc t
    shift
    local out="$job/$name.stdout" err="$job/$name.stderr"
    : > "$out"; : > "$err"
    now_ms > "$job/$name.begin"
    if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "$name timeout" > "$job/stop"; now_ms > "$job/$name.end"; return 1
    fi
    exec 3> >(exec stdbuf -o0 head -c $((max_output + 1)) > "$out"); local hout=$!
    exec 4> >(exec stdbuf -o0 head -c $((max_output + 1)) > "$err"); local herr=$!
    setsid "${drop[@]}" nice -n {{NICE}} "$@" >&3 2>&4 </dev/null &
    local pid=$!
    phase_pid=$pid
    exec 3>&- 4>&-
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$(date +%s)" -ge "$deadline" ]; then why=timeout
        elif [ "$(size "$out")" -gt "$max_output" ]; then why="output_limit stdout"
        elif [ "$(size "$err")" -gt "$max_output" ]; then why="output_limit stderr"
        fi
        if [ -n "$why" ]; then
            echo "$name $why" > "$job/stop"
            kill -TERM -- "-$pid" 2>/dev/null
            t=0
            while kill -0 "$pid" 2>/dev/null && [ $t -lt $grace_ticks ]; do sleep 0.1; t=$((t + 1)); done
            break
        fi
        sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null   # nothing of the phase's group outlives it
    wait "$pid"; rc=$?
    phase_pid=
    t=0
    while { kill -0 "$hout" || kill -0 "$herr"; } 2>/dev/null && [ $t -lt 20 ]; do sleep 0.1; t=$((t + 1)); done
    now_ms > "$job/$name.end"
    echo "$rc" > "$job/$name.exit"
    if [ -z "$why" ]; then
        if [ "$(size "$out")" -gt "$max_output" ]; then why="output_limit stdout"
        elif [ "$(size "$err")" -gt "$max_output" ]; then why="output_limit stderr"
        fi
        [ -z "$why" ] || echo "$name $why" > "$job/stop"
    fi
    [ -z "$why" ]
}
setup_cmd=({{SETUP}})
run_cmd=({{RUN}})
{{CONFINE}}
# main.py runs whatever run.sh exited with; only a stopped round skips it.
if run_phase setup "${setup_cmd[@]}"; then
    run_phase run "${run_cmd[@]}"
fi
finish
)SH";

} // namespace

QString SlurmJobScript::quote(const QString &word)
{
    return RoundScript::quote(word);
}

QString SlurmJobScript::scriptPath(const QString &jobDirectory)
{
    return jobDirectory + u"/job.sh"_s;
}

QString SlurmJobScript::jobDirectoryFor(const QString &roundDirectory)
{
    QString dir = roundDirectory;
    while (dir.size() > 1 && dir.endsWith(u'/'))
        dir.chop(1);
    return dir + u".job"_s;
}

bool SlurmJobScript::wantsGpu(const QByteArray &metadataJson, const SlurmSettings &settings)
{
    const auto r = requirements(metadataJson);
    return settings.maxGpus > 0 && r.contains("gpu_required") && r["gpu_required"].is_boolean() && r["gpu_required"].get<bool>();
}

QStringList SlurmJobScript::resources(const QByteArray &metadataJson, const ExecutionLimits &limits, const SlurmSettings &settings)
{
    const auto r = requirements(metadataJson);
    QStringList args;
    const int cpus = std::clamp(int(amount(r, "cpu_cores")), 1, settings.maxCpus);
    args << u"--ntasks=1"_s << u"--cpus-per-task=%1"_s.arg(cpus);
    qint64 memoryMb = qint64(amount(r, "ram_gb") * 1024);
    if (limits.memoryBytes > 0 && memoryMb > 0)
        memoryMb = std::min(memoryMb, limits.memoryBytes >> 20);
    if (memoryMb > 0)
        args << u"--mem=%1M"_s.arg(memoryMb);
    if (wantsGpu(metadataJson, settings))
        args << u"--gpus=%1"_s.arg(1);
    // Our own deadline stops the round first; Slurm's limit is the backstop (a minute more, whole minutes).
    const int minutes = int((qint64(limits.wallSeconds) + limits.killGraceMs / 1000 + 60 + 59) / 60);
    args << u"--time=%1"_s.arg(std::max(1, minutes));
    return args;
}

QString SlurmJobScript::limitedShell(const ExecutionLimits &limits, const QString &script, bool ownNamespace)
{
    QString shell = RoundScript::processLimit(limits.maxProcesses, ownNamespace);
    if (limits.memoryBytes > 0)
        shell += u"ulimit -v %1\n"_s.arg(limits.memoryBytes / 1024);
    if (limits.cpuSeconds > 0)
        shell += u"ulimit -H -t %1; ulimit -S -t %2\n"_s.arg(limits.cpuSeconds + 5).arg(limits.cpuSeconds);
    return shell + u"ulimit -c 0\n"_s + script;
}

SlurmJobScript SlurmJobScript::build(const Input &input)
{
    const ExecutionRequest &request = input.request;
    const ExecutionLimits &limits = request.limits;
    QString modules;
    if (!input.settings.modules.isEmpty()) {
        modules = u"if ! type module >/dev/null 2>&1; then\n"
                  "    for f in /etc/profile.d/lmod.sh /etc/profile.d/modules.sh /usr/share/lmod/lmod/init/bash /usr/share/modules/init/bash; do\n"
                  "        [ -r \"$f\" ] && . \"$f\" >/dev/null 2>&1 && type module >/dev/null 2>&1 && break\n"
                  "    done\n"
                  "fi\n"
                  "type module >/dev/null 2>&1 || fail \"The module command is not available on node $(hostname), so slurm.modules cannot be loaded.\"\n"_s;
        for (const QString &m : input.settings.modules)
            modules += u"module load %1 || fail %2\n"_s.arg(quote(m), quote(u"module load "_s + m + u" failed (see the job output)."_s));
    }
    QStringList exports;
    for (const auto &[key, value] : input.environment)
        exports << key + u'=' + quote(value);
    const QString environment = exports.isEmpty() ? QString() : u"export "_s + exports.join(u" \\\n    "_s);
    QString confine;
    if (!input.setupConfined.program.isEmpty() && !input.runConfined.program.isEmpty()) {
        // Chosen on the node, as the user the phases run as: namespaces may be switched off there.
        QStringList probe = RoundScript::namespacePrefix(input.setupConfined.program);
        probe << u"/bin/bash"_s << u"-c"_s << u"ulimit -u 64 && [ $$ = 2 ]"_s;
        const Executor::Command probeCommand{probe.takeFirst(), probe};
        confine = u"# Each phase in user and PID namespaces of its own when the node allows it: the process limit counts\n"
                  "# only the round's tasks, and nothing a phase started outlives it.\n"
                  "if \"${drop[@]}\" %1 >/dev/null 2>&1; then\n"
                  "    setup_cmd=(%2)\n"
                  "    run_cmd=(%3)\n"
                  "fi"_s.arg(commandLine(probeCommand), commandLine(input.setupConfined), commandLine(input.runConfined));
    }
    QString script = QString::fromUtf8(kTemplate);
    const int graceTicks = std::max(1, (limits.killGraceMs + 99) / 100);
    const QList<std::pair<QString, QString>> values{
        {u"{{ROUND}}"_s, quote(request.roundDirectory)},
        {u"{{JOB}}"_s, quote(input.jobDirectory)},
        {u"{{WALL}}"_s, QString::number(std::max(1, limits.wallSeconds))},
        {u"{{GRACE_TICKS}}"_s, QString::number(graceTicks)},
        {u"{{MAX_OUTPUT}}"_s, QString::number(std::max<qint64>(1, limits.maxOutputBytes))},
        {u"{{MODULES}}"_s, modules},
        {u"{{PYTHON}}"_s, quote(input.pythonPath)},
        {u"{{PROBE_PYTHON}}"_s, commandLine(input.probePython)},
        {u"{{ENVIRONMENT}}"_s, environment},
        {u"{{DROP}}"_s, input.dropToNobody ? u"setpriv --reuid=65534 --regid=65534 --clear-groups --"_s : QString()},
        {u"{{NICE}}"_s, QString::number(std::max(0, limits.niceness))},
        {u"{{SETUP}}"_s, commandLine(input.setup)},
        {u"{{RUN}}"_s, commandLine(input.run)},
        {u"{{CONFINE}}"_s, confine},
    };
    for (const auto &[key, value] : values)
        script.replace(key, value);

    SlurmJobScript out;
    out.script = script.toUtf8();
    out.arguments << u"--parsable"_s << u"--job-name=%1"_s.arg(input.jobName) << u"--chdir=%1"_s.arg(request.roundDirectory)
                  << u"--output=%1/slurm.out"_s.arg(input.jobDirectory) << u"--export=ALL"_s << u"--no-requeue"_s;
    out.arguments << resources(request.metadataJson, limits, input.settings);
    if (!input.settings.partition.isEmpty())
        out.arguments << u"--partition=%1"_s.arg(input.settings.partition);
    if (!input.settings.account.isEmpty())
        out.arguments << u"--account=%1"_s.arg(input.settings.account);
    if (!input.settings.qos.isEmpty())
        out.arguments << u"--qos=%1"_s.arg(input.settings.qos);
    out.arguments << input.settings.extraArguments;
    out.arguments << scriptPath(input.jobDirectory);
    return out;
}

} // namespace wb::exec
