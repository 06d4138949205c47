// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec/slurmsettings.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wb::exec {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exec::SlurmSettings)
};

int number(const QMap<QString, QString> &values, const QString &key, int fallback, int minimum)
{
    const QString text = values.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < minimum)
        throw Error(Tr::tr("The Slurm setting %1 must be a whole number of at least %2, not '%3'.").arg(key).arg(minimum).arg(text),
                    Error::Kind::InvalidInput);
    return n;
}

int milliseconds(const QMap<QString, QString> &values, const QString &key, int fallbackMs, double minimumSeconds)
{
    const QString text = values.value(key).trimmed();
    if (text.isEmpty())
        return fallbackMs;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < minimumSeconds || seconds > 86400)
        throw Error(Tr::tr("The Slurm setting %1 must be a number of seconds (at least %2), not '%3'.").arg(key).arg(minimumSeconds).arg(text),
                    Error::Kind::InvalidInput);
    return int(std::lround(seconds * 1000));
}
} // namespace

QStringList SlurmSettings::keys()
{
    return {u"slurm.partition"_s,      u"slurm.account"_s,         u"slurm.qos"_s,
            u"slurm.modules"_s,        u"slurm.container_image"_s, u"slurm.container_runtime"_s,
            u"slurm.sbatch_args"_s,    u"slurm.shared_directory"_s, u"slurm.max_cpus"_s,
            u"slurm.max_gpus"_s,       u"slurm.max_jobs"_s,        u"slurm.poll_seconds"_s,
            u"slurm.file_wait_seconds"_s};
}

QString SlurmSettings::defaultValue(const QString &key)
{
    const SlurmSettings d;
    if (key == u"slurm.container_runtime"_s)
        return d.containerRuntime;
    if (key == u"slurm.max_cpus"_s)
        return QString::number(d.maxCpus);
    if (key == u"slurm.max_gpus"_s)
        return QString::number(d.maxGpus);
    if (key == u"slurm.max_jobs"_s)
        return QString::number(d.maxJobs);
    if (key == u"slurm.poll_seconds"_s)
        return QString::number(d.pollMs / 1000.0);
    if (key == u"slurm.file_wait_seconds"_s)
        return QString::number(d.fileWaitMs / 1000.0);
    return {};
}

SlurmSettings SlurmSettings::fromMap(const QMap<QString, QString> &values)
{
    const QStringList known = keys();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.key().startsWith(u"slurm."_s) && !known.contains(it.key()))
            throw Error(Tr::tr("Unknown Slurm setting '%1' (known: %2).").arg(it.key(), known.join(u", "_s)), Error::Kind::InvalidInput);
    SlurmSettings s;
    s.partition = values.value(u"slurm.partition"_s).trimmed();
    s.account = values.value(u"slurm.account"_s).trimmed();
    s.qos = values.value(u"slurm.qos"_s).trimmed();
    s.modules = values.value(u"slurm.modules"_s).split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    s.containerImage = values.value(u"slurm.container_image"_s).trimmed();
    const QString runtime = values.value(u"slurm.container_runtime"_s).trimmed();
    if (!runtime.isEmpty()) {
        if (runtime != u"apptainer"_s && runtime != u"singularity"_s)
            throw Error(Tr::tr("The Slurm setting slurm.container_runtime must be apptainer or singularity, not '%1'.").arg(runtime),
                        Error::Kind::InvalidInput);
        s.containerRuntime = runtime;
    }
    s.extraArguments = splitArguments(values.value(u"slurm.sbatch_args"_s));
    s.sharedDirectory = values.value(u"slurm.shared_directory"_s).trimmed();
    if (!s.sharedDirectory.isEmpty() && !s.sharedDirectory.startsWith(u'/'))
        throw Error(Tr::tr("The Slurm setting slurm.shared_directory must be an absolute path, not '%1'.").arg(s.sharedDirectory),
                    Error::Kind::InvalidInput);
    s.maxCpus = number(values, u"slurm.max_cpus"_s, s.maxCpus, 1);
    s.maxGpus = number(values, u"slurm.max_gpus"_s, s.maxGpus, 0);
    s.maxJobs = number(values, u"slurm.max_jobs"_s, s.maxJobs, 1);
    s.pollMs = milliseconds(values, u"slurm.poll_seconds"_s, s.pollMs, 0.1);
    s.fileWaitMs = milliseconds(values, u"slurm.file_wait_seconds"_s, s.fileWaitMs, 0);
    return s;
}

void SlurmSettings::parseAssignment(const QString &assignment, QMap<QString, QString> &values)
{
    const qsizetype eq = assignment.indexOf(u'=');
    const QString key = assignment.left(eq).trimmed();
    if (eq <= 0 || key.contains(u' '))
        throw Error(Tr::tr("'%1' is not KEY=VALUE (e.g. slurm.partition=debug).").arg(assignment), Error::Kind::InvalidInput);
    values.insert(key, assignment.mid(eq + 1));
}

QStringList SlurmSettings::splitArguments(const QString &text)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < text.size()
                       && QStringView(u"\"\\$`").contains(text.at(i + 1))) {
                current += text.at(++i);
            } else {
                current += c;
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            current += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                out << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        throw Error(Tr::tr("Unbalanced quote in the sbatch arguments: %1").arg(text), Error::Kind::InvalidInput);
    if (inWord)
        out << current;
    return out;
}

} // namespace wb::exec
