// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"

#include "exchange/exportverifier.h"

#include <QJsonObject>
#include <QStringList>

namespace wb::cli {

/** `codedistiller export | verify-export | import-codedistiller`: the vetted library out, original CodeDistiller runs in. */
class ExchangeCommands final
{
public:
    explicit ExchangeCommands(CliContext &context);

    int exportLibrary(const QStringList &args);
    int importCodeDistiller(const QStringList &args);
    int verifyExport(const QStringList &args);

private:
    static exchange::ExportVerifier::Options verifierOptions(const QString &executor, const QString &minutes);
    /** Verifies @p dir, prints per example, adds "verification" to @p result; 0 when every example passed. */
    int verifyInto(const QString &dir, const exchange::ExportVerifier::Options &options, QJsonObject &result);

    CliContext &m_context;
};

} // namespace wb::cli
