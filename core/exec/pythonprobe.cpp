// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/pythonprobe.h"

#include <QHash>
#include <QMutex>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace wb::exec {

ExecutorCapabilities PythonProbe::probe(const QString &pythonPath)
{
    static QMutex mutex;
    static QHash<QString, ExecutorCapabilities> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(pythonPath); it != cache.cend())
        return *it;
    ExecutorCapabilities c;
    c.pythonPath = pythonPath;
    // Versions through importlib.metadata: nothing is imported, so the probe stays fast.
    const QString script = uR"(import sys, importlib.metadata as m
print(sys.version.split()[0])
for n in ["numpy","scipy","matplotlib","pandas","ase","pymatgen","spglib","h5py","networkx","sympy","torch","scikit-learn","phonopy"]:
    try: print(n, m.version(n))
    except Exception: pass
)"_s;
    QProcess p;
    p.start(pythonPath, {u"-c"_s, script});
    if (p.waitForFinished(15000) && p.exitCode() == 0) {
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            c.pythonVersion = lines.first().trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i)
            c.installedPackages << lines.at(i).trimmed();
    }
    cache.insert(pythonPath, c);
    return c;
}

} // namespace wb::exec
