// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/reviewkeymap.h"

#include "settings/preferences.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace wb::ui {

const QList<ReviewKeymap::Action> &ReviewKeymap::actions()
{
    static const QList<Action> all = [] {
        QList<Action> a;
        const QString criteria[] = {tr("Ran without error"), tr("Demonstrates the function"), tr("Function correct")};
        const QString ids[] = {u"ran"_s, u"shows"_s, u"correct"_s};
        const QString answers[] = {tr("yes"), tr("no"), tr("unsure")};
        const QString answerIds[] = {u"yes"_s, u"no"_s, u"unsure"_s};
        for (int c = 0; c < 3; ++c)
            for (int v = 0; v < 3; ++v)
                a.append({ids[c] + u'_' + answerIds[v], tr("%1: %2").arg(criteria[c], answers[v]), QKeySequence(Qt::Key_1 + c * 3 + v)});
        a.append({u"accept"_s, tr("Decision: accept"), QKeySequence(Qt::Key_A)});
        a.append({u"reject"_s, tr("Decision: reject"), QKeySequence(Qt::Key_R)});
        a.append({u"needs_work"_s, tr("Decision: needs work"), QKeySequence(Qt::Key_W)});
        a.append({u"notes"_s, tr("Write notes"), QKeySequence(Qt::Key_E)});
        a.append({u"submit_next"_s, tr("Submit and go to the next unreviewed example"), QKeySequence(Qt::CTRL | Qt::Key_Return)});
        a.append({u"submit"_s, tr("Submit and stay"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)});
        a.append({u"next_unreviewed"_s, tr("Next unreviewed example"), QKeySequence(Qt::Key_N)});
        a.append({u"next_disagreement"_s, tr("Next disagreement"), QKeySequence(Qt::Key_D)});
        a.append({u"next_match"_s, tr("Next example matching the filter"), QKeySequence(Qt::Key_F)});
        a.append({u"previous"_s, tr("Previous example in the queue"), QKeySequence(Qt::Key_P)});
        a.append({u"undo"_s, tr("Undo an answer"), QKeySequence(Qt::CTRL | Qt::Key_Z)});
        a.append({u"redo"_s, tr("Redo an answer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
        a.append({u"cheat_sheet"_s, tr("Show the keys (this list)"), QKeySequence(u"?"_s)});
        return a;
    }();
    return all;
}

QKeySequence ReviewKeymap::key(const QString &id)
{
    const QString stored = Preferences::reviewKey(id);
    if (!stored.isEmpty())
        return QKeySequence::fromString(stored, QKeySequence::PortableText);
    for (const Action &a : actions())
        if (a.id == id)
            return a.defaultKey;
    return {};
}

void ReviewKeymap::setKey(const QString &id, const QKeySequence &key)
{
    QKeySequence fallback;
    for (const Action &a : actions())
        if (a.id == id)
            fallback = a.defaultKey;
    Preferences::setReviewKey(id, key.isEmpty() || key == fallback ? QString() : key.toString(QKeySequence::PortableText));
}

void ReviewKeymap::resetAll()
{
    for (const Action &a : actions())
        Preferences::setReviewKey(a.id, QString());
}

QStringList ReviewKeymap::conflicts(const QHash<QString, QKeySequence> &keys)
{
    QHash<QKeySequence, QStringList> byKey;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (!it.value().isEmpty())
            byKey[it.value()].append(it.key());
    QStringList out;
    for (const QStringList &ids : std::as_const(byKey))
        if (ids.size() > 1)
            out += ids;
    out.sort();
    return out;
}

} // namespace wb::ui
