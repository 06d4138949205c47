// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/exporttarget.h"

#include "exchange/gitexporter.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::ExportTarget)
};

constexpr int kNamesShown = 5;
} // namespace

QString ExportTarget::folder(Format format, const QString &outDir)
{
    return format == Format::CodeScientist ? QDir(outDir).filePath(u"codeblocks/codedistiller"_s) : outDir;
}

QStringList ExportTarget::contents(Format format, const QString &outDir)
{
    QStringList out;
    const QDir dir(folder(format, outDir));
    if (!dir.exists())
        return out;
    const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : entries)
        out << (info.isDir() && !info.isSymLink() ? info.fileName() + u'/' : info.fileName());
    return out;
}

void ExportTarget::check(Format format, const QString &outDir, bool replace)
{
    if (format == Format::Git)
        GitExporter::checkTarget(outDir);
    const QStringList there = contents(format, outDir);
    if (there.isEmpty() || replace)
        return;
    QString names = there.mid(0, kNamesShown).join(u", "_s);
    if (there.size() > kNamesShown)
        names += Tr::tr(" and %n more", nullptr, int(there.size() - kNamesShown));
    throw Error(Tr::tr("%1 is not empty: it holds %2. Export into an empty or new folder, or let the export replace "
                       "what it writes there (--force); other files are kept.")
                    .arg(QDir::toNativeSeparators(QFileInfo(folder(format, outDir)).absoluteFilePath()), names),
                Error::Kind::InvalidInput);
}

} // namespace wb::exchange
