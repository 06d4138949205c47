// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/campaignconfig.h"

#include <QString>
#include <QStringList>

namespace wb::ui {

/**
 * The user's preferences, as one value read from and written to QSettings ("preferences/..."). Keys
 * live here only. API keys are not part of it: they go to the secret store (llm::Credentials).
 */
struct Preferences
{
    QString annotator;
    QString language;                       ///< "" follows the system; otherwise a locale name such as "de"
    QString theme = QStringLiteral("system"); ///< system | light | dark
    // Campaign defaults
    pipeline::ModelChoice generator{QStringLiteral("openai"), QStringLiteral("gpt-5"), {}};
    pipeline::ModelChoice classifier{QStringLiteral("openai"), QStringLiteral("gpt-5-mini"), {}};
    pipeline::ModelChoice judge{QStringLiteral("openai"), QStringLiteral("gpt-5"), {}};
    QString executor = QStringLiteral("auto");
    QString python = QStringLiteral("/usr/bin/python3");
    int maxRounds = 8;
    int concurrency = 4;
    int roundTimeoutMinutes = 45;
    int memoryLimitGb = 8;                  ///< per process; 0: none
    int maxOutputMb = 8;                    ///< per stream and phase
    bool network = false;
    QString pipIndexUrl;                    ///< empty: PyPI; used only when rounds may use the network
    QString roundRetention = QStringLiteral("remove");   ///< remove | keep-failed | keep-all (exec::RoundRetention)

    static Preferences load();
    void save() const;

    /** The base URL configured for @p provider ("" for its default). */
    static QString baseUrl(const QString &provider);
    static void setBaseUrl(const QString &provider, const QString &url);
    /** The models offered for @p provider: the user's list, else the price catalogue's models of it. */
    static QStringList models(const QString &provider);
    static void setModels(const QString &provider, const QStringList &models);
    /** The user's key for review action @p action (see ReviewKeymap), or an empty string for its default. */
    static QString reviewKey(const QString &action);
    static void setReviewKey(const QString &action, const QString &portableKey);

    /** A campaign configuration filled with these defaults (base URLs included). */
    pipeline::CampaignConfig campaignDefaults() const;
};

} // namespace wb::ui
