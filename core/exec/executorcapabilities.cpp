// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/executorcapabilities.h"

using namespace Qt::StringLiterals;

namespace wb::exec {

// Prompt text for the model, in English like the prompts themselves (not translated).
QString ExecutorCapabilities::describe(int wallSeconds) const
{
    QString out;
    switch (isolation) {
    case Isolation::Sandbox:
        out += u"- Executor: %1, a sandbox (bubblewrap): read-only system, private /tmp and home, only the working "
               "directory is writable; the machine's other processes are not visible.\n"_s.arg(name);
        break;
    case Isolation::Container:
        out += u"- Executor: %1, a container: read-only system, private /tmp, only the working directory is writable.\n"_s.arg(name);
        break;
    case Isolation::None:
        out += u"- Executor: %1%2. This is NOT a sandbox: only the limits on processes, memory and time are enforced; "
               "file isolation and a switched-off network are not, so the example itself must write only inside its "
               "working directory%3.\n"_s
                   .arg(name, name == u"slurm"_s ? u", a batch job on a compute node of a cluster"_s
                                                  : u", plain processes on the workbench's machine"_s,
                        network ? QString() : u" and must not use the network"_s);
        break;
    }
    out += gpuOnRequest ? u"- Hardware: CPU only, unless metadata.json's compute_requirements says \"gpu_required\": true; "
                          "then the job gets one GPU.\n"_s
                        : u"- Hardware: CPU only; there is no GPU (do not use CUDA or install GPU builds of packages).\n"_s;
    if (pythonVersion.isEmpty())
        out += u"- Python 3 as installed where the round runs; `python` and `python3` both run it.\n"_s;
    else
        out += u"- Python %1 (%2); `python` and `python3` both run it.\n"_s.arg(pythonVersion, pythonPath);
    if (!installedPackages.isEmpty())
        out += u"- Preinstalled Python packages (importable without installing anything): %1.\n"_s.arg(installedPackages.join(u", "_s));
    out += u"- Every round gets a fresh virtual environment, .venv in the working directory, created with "
           "--system-site-packages: `python`, `python3` and `pip` (which runs `python -m pip`) are the environment's, "
           "the preinstalled packages stay importable, and `pip install` installs into .venv, never into the system.\n"_s;
    out += u"- Conda is %1. Do not install Miniconda or system packages; apt-get is not available.\n"_s.arg(conda ? u"available"_s : u"not available"_s);
    if (network)
        out += u"- Network access is available: `pip install` downloads packages from %1.\n"_s.arg(
            pipIndexUrl.isEmpty() ? u"PyPI"_s : u"the site's package index (%1)"_s.arg(pipIndexUrl));
    else if (isolation == Isolation::None)   // nothing switches the network off here: say only what holds
        out += u"- This round must not use the network (it is not switched off here, but using it is not allowed): pip "
               "has no package index, so `pip install` cannot download anything; it only succeeds for requirements that "
               "are already installed (the preinstalled packages) and fails at once for anything else. Do not download "
               "data or models at run time.\n"_s;
    else
        out += u"- There is NO network access for this round: `pip install` cannot download anything; it only succeeds "
               "for requirements that are already installed (the preinstalled packages) and fails at once for anything "
               "else. Do not download data or models at run time.\n"_s;
    out += u"- How a round runs: in the working directory, bash *sources* run.sh (as `source ./run.sh`), so whatever it "
           "exports or activates (e.g. `export OMP_NUM_THREADS=1`) reaches main.py; then `python main.py` runs in the same "
           "working directory with that environment. main.py runs even when run.sh fails (both exit codes are reported). "
           "run.sh is for setup only (e.g. `pip install -r requirements.txt`); it must not run main.py itself, and "
           "processes it leaves running in the background are stopped when it ends.\n"_s;
    out += u"- Working directory: %1 (fresh for every round). The folders to_save/ and retain/ exist in it; what main.py "
           "writes there is kept after the round, with log.json and results.json.\n"_s.arg(workingDirectory);
    out += u"- The repository, checked out at the pinned commit, is available at %1 (environment variable REPO_DIR%2). "
           "To use its own package without network, add it to sys.path or PYTHONPATH, or run "
           "`pip install --no-deps --no-build-isolation \"$REPO_DIR\"` in run.sh.\n"_s
               .arg(repositoryDirectory, isolation == Isolation::None ? u"; treat it as read-only"_s : u", read-only"_s);
    out += u"- Time limit: %1 minutes for setup and run together; then the round is stopped. Finish as fast as possible.\n"_s
               .arg(wallSeconds / 60);
    return out;
}

} // namespace wb::exec
