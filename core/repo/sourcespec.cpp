// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/sourcespec.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::repo {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::repo::SourceSpec)
};

QString stripGit(QString s)
{
    while (s.endsWith(u'/'))
        s.chop(1);
    if (s.endsWith(u".git"_s))
        s.chop(4);
    return s;
}

QString lastTwo(const QString &path)
{
    const QStringList parts = stripGit(path).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        return parts.at(parts.size() - 2) + u'/' + parts.last();
    return parts.isEmpty() ? QString() : parts.last();
}

// "repo/.git" names the same repository as "repo": the work tree is its identity, so both (and a
// symlink to either, a trailing slash, the file:// URL) give one key. A folder merely called ".git"
// whose parent does not use it as its Git folder stays as it is.
QString workTreeOf(const QString &canonical)
{
    const QFileInfo info(canonical);
    if (info.fileName() != u".git"_s)
        return canonical;
    const QString parent = info.absolutePath();
    if (QFileInfo(parent).isRoot() || !QFileInfo(QDir(canonical).filePath(u"HEAD"_s)).isFile())
        return canonical;
    return parent;
}

QString expandHome(const QString &path)
{
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        return QDir::homePath() + path.mid(1);
    return path;
}
} // namespace

SourceSpec SourceSpec::parse(const QString &text)
{
    SourceSpec spec;
    spec.input = text;
    const QString s = text.trimmed();
    if (s.isEmpty())
        throw Error(Tr::tr("Empty repository source."), Error::Kind::InvalidInput);
    if (s.contains(QChar(0)) || s.contains(u'\n'))
        throw Error(Tr::tr("The repository source contains control characters."), Error::Kind::InvalidInput);

    // scp-like ssh: git@github.com:owner/name.git
    static const QRegularExpression scp(u"^([A-Za-z0-9._-]+@)?([A-Za-z0-9.-]+):(?!//)([^\\s]+)$"_s);
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    static const QRegularExpression shorthand(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);

    if (const auto m = scheme.match(s); m.hasMatch()) {
        const QString sch = m.captured(1).toLower();
        const QUrl url(s, QUrl::StrictMode);
        if (!url.isValid())
            throw Error(Tr::tr("'%1' is not a valid URL: %2").arg(s, url.errorString()), Error::Kind::InvalidInput);
        if (sch == u"file"_s) {
            return parse(url.toLocalFile());
        }
        if (!QStringList{u"https"_s, u"http"_s, u"ssh"_s, u"git"_s}.contains(sch)) {
            throw Error(Tr::tr("Unsupported URL scheme '%1' in '%2' (use https, ssh, git or file).").arg(sch, s),
                        Error::Kind::InvalidInput);
        }
        if (url.host().isEmpty() || url.path().count(u'/') < 1 || stripGit(url.path()).isEmpty())
            throw Error(Tr::tr("'%1' does not name a repository on a server.").arg(s), Error::Kind::InvalidInput);
        spec.kind = Kind::Remote;
        spec.url = s;
        QUrl keyUrl = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        keyUrl.setHost(url.host().toLower());
        keyUrl.setPath(stripGit(url.path()));
        spec.key = keyUrl.toString();
        spec.name = lastTwo(url.path());
        return spec;
    }

    const QString local = expandHome(s);
    const bool pathLike = local.startsWith(u'/') || local.startsWith(u"./"_s) || local.startsWith(u"../"_s)
                          || local == u"."_s || local == u".."_s;
    if (pathLike || QFileInfo::exists(local)) {
        const QFileInfo info(local);
        if (!info.exists())
            throw Error(Tr::tr("No such file or folder: %1").arg(local), Error::Kind::NotFound);
        if (!info.isDir())
            throw Error(Tr::tr("%1 is a file, not a Git repository.").arg(local), Error::Kind::InvalidInput);
        const QString canonical = workTreeOf(info.canonicalFilePath());
        spec.kind = Kind::Local;
        spec.url = canonical;
        spec.key = QUrl::fromLocalFile(canonical).toString();
        spec.name = stripGit(QFileInfo(canonical).fileName());
        return spec;
    }

    if (const auto m = scp.match(s); m.hasMatch() && !s.contains(u'\\')) {
        spec.kind = Kind::Remote;
        spec.url = s;
        spec.key = u"ssh://%1/%2"_s.arg(m.captured(2).toLower(), stripGit(m.captured(3)));
        spec.name = lastTwo(m.captured(3));
        return spec;
    }

    if (shorthand.match(s).hasMatch()) {
        const QString path = stripGit(s);
        if (path.split(u'/').contains(u".."_s) || path.split(u'/').contains(u"."_s))
            throw Error(Tr::tr("'%1' is not a valid owner/name.").arg(s), Error::Kind::InvalidInput);
        spec.kind = Kind::Remote;
        spec.url = u"https://github.com/%1.git"_s.arg(path);
        spec.key = u"https://github.com/%1"_s.arg(path);
        spec.name = path;
        return spec;
    }
    throw Error(Tr::tr("'%1' is neither a URL, a local path nor GitHub's owner/name.").arg(s),
                Error::Kind::InvalidInput);
}

bool SourceSpec::isListFile(const QString &text)
{
    const QFileInfo info(expandHome(text.trimmed()));
    return info.exists() && info.isFile();
}

QStringList SourceSpec::readList(const QString &path)
{
    QFile f(expandHome(path.trimmed()));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read the list file %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    if (f.size() > 64 * 1024 * 1024)
        throw Error(Tr::tr("The list file %1 is larger than 64 MiB.").arg(path), Error::Kind::InvalidInput);
    const QByteArray data = f.readAll();
    QStringList out;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('[')) {
        try {
            const auto doc = nlohmann::json::parse(trimmed.constData(), trimmed.constData() + trimmed.size());
            int index = 0;
            for (const auto &item : doc) {
                if (item.is_string()) {
                    out << QString::fromStdString(item.get<std::string>());
                } else if (item.is_object() && item.contains("repo_name") && item["repo_name"].is_string()) {
                    out << QString::fromStdString(item["repo_name"].get<std::string>());
                } else {
                    throw Error(Tr::tr("%1: entry %2 has no \"repo_name\" string.").arg(path).arg(index),
                                Error::Kind::InvalidInput);
                }
                ++index;
            }
        } catch (const nlohmann::json::exception &e) {
            throw Error(Tr::tr("%1 is not valid JSON: %2").arg(path, QString::fromUtf8(e.what())),
                        Error::Kind::InvalidInput);
        }
        return out;
    }
    if (data.contains('\0'))
        throw Error(Tr::tr("%1 is a binary file, not a list of repositories.").arg(path), Error::Kind::InvalidInput);
    const auto lines = QString::fromUtf8(data).split(u'\n');
    for (const QString &line : lines) {
        const QString entry = line.section(u'#', 0, 0).trimmed();
        if (!entry.isEmpty())
            out << entry;
    }
    return out;
}

QStringList SourceSpec::expand(const QStringList &inputs)
{
    QStringList out;
    for (const QString &input : inputs) {
        if (isListFile(input))
            out << readList(input);
        else
            out << input;
    }
    return out;
}

} // namespace wb::repo
