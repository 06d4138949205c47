// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/secretredactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wb::llm {

QString SecretRedactor::redact(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 8)
            out.replace(secret, u"[REDACTED]"_s);
    }
    static const QRegularExpression keyShape(u"\\b(sk-(?:ant-|proj-|or-)?[A-Za-z0-9_\\-]{16,})"_s);
    static const QRegularExpression headerShape(u"((?:Bearer|x-api-key:?|api[_-]?key[\"']?\\s*[:=])\\s*[\"']?)([A-Za-z0-9_\\-\\.]{16,})"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    out.replace(keyShape, u"[REDACTED]"_s);
    out.replace(headerShape, u"\\1[REDACTED]"_s);
    return out;
}

QByteArray SecretRedactor::redact(const QByteArray &data, const QStringList &secrets)
{
    bool needed = false;
    for (const QString &s : secrets)
        needed = needed || (s.size() >= 8 && data.contains(s.toUtf8()));
    needed = needed || data.contains("sk-") || data.contains("Bearer") || data.contains("api-key")
             || data.contains("api_key") || data.contains("apikey");
    return needed ? redact(QString::fromUtf8(data), secrets).toUtf8() : data;
}

} // namespace wb::llm
