// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspacelocation.h"

#include "util/error.h"
#include "util/secretstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::store::WorkspaceLocation)
};

// libpq connection keywords a URI may carry; everything else is refused rather than silently dropped.
bool isKnownOption(const QString &key)
{
    static const QStringList known = {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
                                      u"sslpassword"_s, u"sslcompression"_s, u"sslsni"_s, u"requiressl"_s,
                                      u"ssl_min_protocol_version"_s, u"ssl_max_protocol_version"_s,
                                      u"gssencmode"_s, u"krbsrvname"_s, u"connect_timeout"_s,
                                      u"application_name"_s, u"keepalives"_s, u"keepalives_idle"_s,
                                      u"target_session_attrs"_s, u"passfile"_s, u"service"_s};
    return known.contains(key);
}
} // namespace

bool WorkspaceLocation::isConnectionUri(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || t.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

WorkspaceLocation WorkspaceLocation::parse(const QString &text)
{
    WorkspaceLocation location;
    if (!isConnectionUri(text)) {
        if (text.trimmed().isEmpty())
            throw Error(Tr::tr("No workspace path given."), Error::Kind::InvalidInput);
        location.m_filePath = QFileInfo(text).absoluteFilePath();
        return location;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        throw Error(Tr::tr("'%1' is not a valid PostgreSQL URI: %2").arg(text, url.errorString()), Error::Kind::InvalidInput);
    location.m_kind = Kind::Postgres;
    location.m_host = url.host().isEmpty() ? u"localhost"_s : url.host();
    location.m_port = url.port(5432);
    location.m_database = url.path().mid(1);
    location.m_user = url.userName();
    location.m_password = url.password();
    if (location.m_database.isEmpty() || location.m_database.contains(u'/')) {
        throw Error(Tr::tr("The PostgreSQL URI '%1' names no database; write postgresql://user@host:port/database.")
                        .arg(location.uri()),
                    Error::Kind::InvalidInput);
    }
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"user"_s) {
            location.m_user = value;
        } else if (key == u"password"_s) {
            location.m_password = value;
        } else if (isKnownOption(key)) {
            if (value.contains(u';'))
                throw Error(Tr::tr("The PostgreSQL URI option '%1' may not contain ';'.").arg(key), Error::Kind::InvalidInput);
            location.m_options.append({key, value});
        } else {
            throw Error(Tr::tr("The PostgreSQL URI option '%1' is not supported here.").arg(key), Error::Kind::InvalidInput);
        }
    }
    return location;
}

WorkspaceLocation WorkspaceLocation::postgres(const QString &host, int port, const QString &database,
                                              const QString &user, const QList<QPair<QString, QString>> &options)
{
    WorkspaceLocation location;
    location.m_kind = Kind::Postgres;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_options = options;
    return location;
}

QString WorkspaceLocation::uri() const
{
    if (m_kind == Kind::File)
        return m_filePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPath(u'/' + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : m_options)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString WorkspaceLocation::displayName() const
{
    if (m_kind == Kind::File)
        return QFileInfo(m_filePath).fileName();
    return Tr::tr("%1 on %2").arg(m_database, m_host);
}

QString WorkspaceLocation::secretKey() const
{
    return u"postgres:%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_database);
}

void WorkspaceLocation::fillPasswordFromSecretStore()
{
    if (m_kind == Kind::Postgres && m_password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD"))
        m_password = SecretStore::read(secretKey());
}

QString WorkspaceLocation::connectOptions() const
{
    // QPSQL turns ';' into ' ' and hands the result to libpq: quote values so paths may hold spaces.
    QStringList parts;
    for (const auto &[key, value] : m_options) {
        QString quoted = value;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        parts << key + u"='"_s + quoted + u'\'';
    }
    return parts.join(u';');
}

} // namespace wb::store
