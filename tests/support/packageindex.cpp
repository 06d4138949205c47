// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageindex.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
// argv: folder, name, version, module source file. Writes files/<wheel> and the simple index pages.
constexpr auto kBuild = R"PY(import base64, hashlib, os, sys, zipfile
root, name, version, source = sys.argv[1:5]
code = open(source, 'rb').read()
info = f'{name}-{version}.dist-info'
files = {
    f'{name}/__init__.py': code,
    f'{info}/METADATA': f'Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: test package\n'.encode(),
    f'{info}/WHEEL': b'Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
}
def digest(data):
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
record = ''.join(f'{path},sha256={digest(data)},{len(data)}\n' for path, data in files.items()) + f'{info}/RECORD,,\n'
files[f'{info}/RECORD'] = record.encode()
wheel = f'{name}-{version}-py3-none-any.whl'
os.makedirs(f'{root}/files')
with zipfile.ZipFile(f'{root}/files/{wheel}', 'w', zipfile.ZIP_DEFLATED) as z:
    for path, data in files.items():
        z.writestr(path, data)
whash = hashlib.sha256(open(f'{root}/files/{wheel}', 'rb').read()).hexdigest()
os.makedirs(f'{root}/simple/{name}')
open(f'{root}/simple/index.html', 'w').write(f'<!DOCTYPE html><html><body><a href="{name}/">{name}</a></body></html>\n')
open(f'{root}/simple/{name}/index.html', 'w').write(
    f'<!DOCTYPE html><html><body><a href="../../files/{wheel}#sha256={whash}">{wheel}</a></body></html>\n')
)PY";
} // namespace

PackageIndex::~PackageIndex()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QString PackageIndex::start(const QString &name, const QString &version, const QByteArray &moduleSource)
{
    if (!m_dir.isValid())
        return m_dir.errorString();
    QFile source(m_dir.filePath(u"module.py"_s));
    if (!source.open(QIODevice::WriteOnly) || source.write(moduleSource) != moduleSource.size())
        return source.errorString();
    source.close();
    QProcess build;
    build.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(kBuild), m_dir.filePath(u"www"_s), name, version, source.fileName()});
    if (!build.waitForFinished(60000) || build.exitCode() != 0)
        return u"building the wheel failed: "_s + QString::fromUtf8(build.readAllStandardError());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(u"/usr/bin/python3"_s, {u"-u"_s, u"-m"_s, u"http.server"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s,
                                           u"--directory"_s, m_dir.filePath(u"www"_s)});
    QElapsedTimer clock;
    clock.start();
    static const QRegularExpression port(u"port (\\d+)"_s);
    while (clock.elapsed() < 30000 && m_server.state() != QProcess::NotRunning) {
        m_server.waitForReadyRead(500);
        m_log += m_server.readAll();
        if (const auto match = port.match(QString::fromUtf8(m_log)); match.hasMatch()) {
            m_url = u"http://127.0.0.1:%1/simple/"_s.arg(match.captured(1));
            return {};
        }
    }
    return u"the index server did not start: "_s + QString::fromUtf8(m_log);
}

QString PackageIndex::requests()
{
    m_log += m_server.readAll();
    return QString::fromUtf8(m_log);
}

} // namespace wb::test
