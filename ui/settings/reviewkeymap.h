// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace wb::ui {

/**
 * The review panel's keyboard actions with their default and user-chosen keys (stored through
 * Preferences). Every key of the review flow is here, so the `?` cheat-sheet and the remapping dialog
 * show exactly what the panel binds.
 */
class ReviewKeymap final
{
    Q_DECLARE_TR_FUNCTIONS(wb::ui::ReviewKeymap)

public:
    struct Action
    {
        QString id;               ///< e.g. "ran_yes", "accept", "submit_next"
        QString description;      ///< translated
        QKeySequence defaultKey;
    };

    /** All actions, in cheat-sheet order. */
    static const QList<Action> &actions();
    /** The key bound to @p id: the user's, else the default. */
    static QKeySequence key(const QString &id);
    /** Binds @p key to @p id (the default when @p key equals it or is empty). */
    static void setKey(const QString &id, const QKeySequence &key);
    /** Restores every default. */
    static void resetAll();
    /** The ids whose key is also bound to another action (empty when the map is consistent). */
    static QStringList conflicts(const QHash<QString, QKeySequence> &keys);
};

} // namespace wb::ui
