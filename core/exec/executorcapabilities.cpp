// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/executorcapabilities.h"

using namespace Qt::StringLiterals;

namespace wb::exec {

QString ExecutorCapabilities::describe(int wallSeconds) const
{
    QString out;
    out += u"- Executor: %1%2.\n"_s.arg(name, sandboxed ? u" (a sandbox: read-only system, private /tmp and home, only the working directory is writable)"_s : QString());
    out += u"- Python %1 at %2; `python` and `python3` both run it, with the system's packages; `pip install` "
           "installs into the round's own user site.\n"_s
               .arg(pythonVersion.isEmpty() ? u"3"_s : pythonVersion, pythonPath);
    out += u"- Conda is %1. Do not install Miniconda or system packages; apt-get is not available.\n"_s.arg(conda ? u"available"_s : u"not available"_s);
    out += network ? u"- Network access is available; `pip install` may download packages.\n"_s
                   : u"- There is NO network access: `pip install` only succeeds for packages that are already installed; "
                     "do not download data or models at run time.\n"_s;
    if (!installedPackages.isEmpty())
        out += u"- Installed Python packages include: %1.\n"_s.arg(installedPackages.join(u", "_s));
    out += u"- Working directory: %1 (fresh for every round).\n"_s.arg(workingDirectory);
    out += u"- The repository, checked out at the pinned commit, is available read-only at %1 (environment variable "
           "REPO_DIR). To use its own package without network, add it to sys.path or PYTHONPATH, or run "
           "`pip install --no-deps --no-build-isolation \"$REPO_DIR\"` in run.sh.\n"_s.arg(repositoryDirectory);
    out += u"- Time limit: %1 minutes for setup and run together; finish as fast as possible.\n"_s.arg(wallSeconds / 60);
    out += u"- `run.sh` is run first with bash for setup only (e.g. `pip install -r requirements.txt`); it must not run "
           "main.py. Then the workbench runs `python main.py`.\n"_s;
    return out;
}

} // namespace wb::exec
