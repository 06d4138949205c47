// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcrowd.h"

#include <QFile>
#include <QRegularExpression>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::test {

ThreadCrowd::~ThreadCrowd()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ThreadCrowd::start(int threads)
{
    const QString script = uR"(import sys, threading
ready = threading.Event()
ts = [threading.Thread(target=ready.wait, daemon=True) for _ in range(int(sys.argv[1]))]
for t in ts:
    t.start()
print('running', threading.active_count(), flush=True)
sys.stdin.read()
)"_s;
    QStringList args{u"/usr/bin/python3"_s, u"-c"_s, script, QString::number(threads)};
    if (::geteuid() == 0)   // rounds run as nobody then
        args = QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s} + args;
    m_process.start(::geteuid() == 0 ? u"setpriv"_s : args.takeFirst(), args);
    if (!m_process.waitForReadyRead(60000))
        return u"the thread crowd did not start: "_s + QString::fromUtf8(m_process.readAllStandardError()) + m_process.errorString();
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("running"))
        return u"the thread crowd said: "_s + QString::fromUtf8(line + m_process.readAllStandardError());
    return {};
}

int ThreadCrowd::threads() const
{
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression threadsLine(u"^Threads:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return threadsLine.match(QString::fromUtf8(status.readAll())).captured(1).toInt();
}

} // namespace wb::test
