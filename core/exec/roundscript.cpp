// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/roundscript.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {

// The "[workbench]" lines go into the round's setup log, which the judge and the repair read: like the
// prompts, they stay English whatever the user's language.

// The round's Python in a shell: the virtual environment when setup could create it, else the user site.
QString pythonEnvironment(const QString &round)
{
    return u"if [ -x %1/.venv/bin/python ]; then\n"
           "    export VIRTUAL_ENV=%1/.venv PATH=%1/.venv/bin:\"$PATH\"\n"
           "else\n"
           "    export PIP_USER=1 PATH=%1/.local/bin:\"$PATH\"\n"
           "fi\n"_s.arg(round);
}

QString noNetworkNotice()
{
    // True of every executor: bwrap and podman cut the network, local and Slurm only take pip's index away.
    return QStringLiteral("[workbench] This round may not use the network: pip has no package index, cannot download "
                  "anything and can only use packages that are already installed (a requirement that is already "
                  "satisfied succeeds, anything else fails at once).");
}
} // namespace

QString RoundScript::quote(const QString &word)
{
    QString q = word;
    q.replace(u'\'', u"'\\''"_s);
    return u'\'' + q + u'\'';
}

QList<std::pair<QString, QString>> RoundScript::environment(const Context &context)
{
    const QString &round = context.roundDirectory;
    QList<std::pair<QString, QString>> env{
        {u"HOME"_s, round + u"/.home"_s},
        {u"XDG_CACHE_HOME"_s, round + u"/.cache"_s},
        {u"MPLCONFIGDIR"_s, round + u"/.cache/matplotlib"_s},
        {u"MPLBACKEND"_s, u"Agg"_s},
        {u"PYTHONUNBUFFERED"_s, u"1"_s},
        {u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s},
        {u"PYTHONUSERBASE"_s, round + u"/.local"_s},   // only used when the round has no virtual environment
        {u"LANG"_s, u"C.UTF-8"_s},
        {u"TMPDIR"_s, u"/tmp"_s},
        {u"ROUND_DIR"_s, round},
        {u"REPO_DIR"_s, context.repositoryDirectory},
        {u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s},
        {u"PIP_NO_INPUT"_s, u"1"_s},
        {u"PIP_ROOT_USER_ACTION"_s, u"ignore"_s},
        {u"PIP_BREAK_SYSTEM_PACKAGES"_s, u"1"_s},   // only the user-site fallback needs it: installs stay in the round
    };
    if (!context.network) {
        env.append({u"PIP_NO_INDEX"_s, u"1"_s});   // fail at once instead of waiting for a network that is not there
    } else if (!context.pipIndexUrl.isEmpty()) {
        env.append({u"PIP_INDEX_URL"_s, context.pipIndexUrl});
        const QUrl url(context.pipIndexUrl);
        if (url.scheme() == u"http"_s && !url.host().isEmpty())
            env.append({u"PIP_TRUSTED_HOST"_s, url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host()});
    }
    return env;
}

QString RoundScript::path(const QString &roundDirectory, const QString &systemPath)
{
    return roundDirectory + u"/.bin:"_s + systemPath;
}

QString RoundScript::setup(const Context &context)
{
    const QString round = quote(context.roundDirectory);
    const QString venvFailed = QStringLiteral("[workbench] The round's virtual environment could not be created (python -m venv "
                                      "failed, see below); pip installs into the round's user site instead (PIP_USER=1, "
                                      "PYTHONUSERBASE=%1/.local).")
                                   .arg(context.roundDirectory);
    QString s = u"cd %1 || exit 125\n"
                "mkdir -p to_save retain .workbench\n"
                "if ! python -m venv --system-site-packages --without-pip %1/.venv > %1/.workbench/venv.log 2>&1; then\n"
                "    printf '%s\\n' %2 >&2\n"
                "    cat %1/.workbench/venv.log >&2\n"
                "    rm -rf %1/.venv\n"
                "fi\n"_s.arg(round, quote(venvFailed));
    s += pythonEnvironment(round);
    if (!context.network)
        s += u"printf '%s\\n' %1 >&2\n"_s.arg(quote(noNetworkNotice()));
    // Sourced like the method's wrapper does, so exports and activations carry over to main.py; the
    // trap keeps them when run.sh ends with `exit`, the last lines when run.sh replaced the trap.
    s += u"__workbench_keep_environment() { export -p > %1/.workbench/setup-env.sh; }\n"
         "trap __workbench_keep_environment EXIT\n"
         "source ./run.sh\n"
         "__workbench_status=$?\n"
         "__workbench_keep_environment\n"
         "exit \"$__workbench_status\"\n"_s.arg(round);
    return s;
}

QString RoundScript::run(const Context &context)
{
    const QString round = quote(context.roundDirectory);
    QString s = u"cd %1 || exit 125\n"_s.arg(round);
    s += pythonEnvironment(round);   // also when setup left nothing (killed)
    s += u"if [ -r %1/.workbench/setup-env.sh ]; then . %1/.workbench/setup-env.sh; fi\n"
         "cd %1 || exit 125\n"
         "mkdir -p to_save retain\n"
         "exec python main.py\n"_s.arg(round);
    return s;
}

QByteArray RoundScript::pipShim(bool network)
{
    if (network)
        return "#!/bin/sh\nexec python -m pip \"$@\"\n";
    const QString failed = QStringLiteral("[workbench] pip failed. This round may not use the network: pip can only use "
                                  "packages that are already installed.");
    return u"#!/bin/sh\n"
           "python -m pip \"$@\"\n"
           "rc=$?\n"
           "[ \"$rc\" -eq 0 ] || printf '%s\\n' %1 >&2\n"
           "exit \"$rc\"\n"_s.arg(quote(failed))
        .toUtf8();
}

QString RoundScript::processLimit(int maxProcesses, bool ownNamespace)
{
    if (maxProcesses <= 0)
        return {};
    // The kernel counts tasks (threads too) per user: in a namespace of its own only the namespace's,
    // where unshare, the init and the phase's shell come first.
    if (ownNamespace)
        return u"ulimit -u %1\n"_s.arg(maxProcesses + 3);
    return u"n=0; for t in /proc/[0-9]*/task/[0-9]*; do [ -O \"$t\" ] && n=$((n + 1)); done; ulimit -u $((n + %1))\n"_s
        .arg(maxProcesses);
}

QStringList RoundScript::namespacePrefix(const QString &unshare)
{
    // `"$@"; exit $?` keeps bash as PID 1 (a lone command would be exec'd): PID 1 ignores signals it has
    // no handler for, the phase must not.
    return {unshare, u"--user"_s, u"--map-current-user"_s, u"--pid"_s, u"--fork"_s, u"--kill-child"_s, u"--"_s,
            u"/bin/bash"_s, u"-c"_s, u"\"$@\"; exit $?"_s, u"init"_s};
}

} // namespace wb::exec
