// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/blindreview.h"

#include "store/sqlquery.h"
#include "store/workspace.h"

using namespace Qt::StringLiterals;

namespace wb::review {

bool BlindReview::isEnabled(const std::shared_ptr<store::Workspace> &workspace)
{
    return workspace->setting(QString::fromLatin1(SettingKey), u"0"_s) == u"1"_s;
}

void BlindReview::setEnabled(const std::shared_ptr<store::Workspace> &workspace, bool enabled)
{
    workspace->setSetting(QString::fromLatin1(SettingKey), enabled ? u"1"_s : u"0"_s);
}

bool BlindReview::revealed(const std::shared_ptr<store::Workspace> &workspace, qint64 exampleId, const QString &annotator)
{
    if (!isEnabled(workspace))
        return true;
    if (annotator.trimmed().isEmpty())
        return false;
    QSqlQuery q = store::exec(workspace->database(),
                              u"SELECT 1 FROM judgements WHERE example_id = :e AND annotator = :a LIMIT 1"_s,
                              {{u":e"_s, exampleId}, {u":a"_s, annotator.trimmed()}});
    return q.next();
}

QSet<qint64> BlindReview::judgedBy(const std::shared_ptr<store::Workspace> &workspace, const QString &annotator)
{
    QSet<qint64> out;
    QSqlQuery q = store::exec(workspace->database(), u"SELECT DISTINCT example_id FROM judgements WHERE annotator = :a"_s,
                              {{u":a"_s, annotator.trimmed()}});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

} // namespace wb::review
