// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace wb::ui {

/** Language and theme of the running application. Call from the GUI thread. */
class Appearance final
{
public:
    /** The interface languages shipped, as (locale name, native name), English first. */
    static QList<std::pair<QString, QString>> languages();

    /**
     * Installs Qt's and the workbench's translations for @p language ("" follows the system locale),
     * replacing earlier ones. Returns the locale name in effect.
     */
    static QString installTranslations(const QString &language);

    /** "system" keeps the platform's style and palette (light or dark as the desktop is); "light" and "dark" use Fusion. */
    static void applyTheme(const QString &theme);
};

} // namespace wb::ui
