// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wb::llm {

/**
 * Removes API keys from anything that leaves the LLM layer: error messages, recorded bodies, logs.
 * Known secrets are replaced wherever they occur; anything shaped like a provider key (sk-..., sk-ant-...)
 * or a bearer/x-api-key header value is masked too, so a key nobody told us about is caught as well.
 */
class SecretRedactor final
{
public:
    static QString redact(const QString &text, const QStringList &secrets = {});
    static QByteArray redact(const QByteArray &data, const QStringList &secrets = {});
};

} // namespace wb::llm
