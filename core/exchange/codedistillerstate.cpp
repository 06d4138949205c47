// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/codedistillerstate.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wb::exchange {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::exchange::CodeDistillerImporter)
};

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return {};
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/** A classification's file path without the run's scratch prefix ("scratch/<repo>_<ts>_<rand>/..."). */
QString repositoryPath(QString path)
{
    static const QRegularExpression scratch(u"^(?:.*/)?scratch/[^/]+/"_s);
    return path.remove(scratch);
}
} // namespace

CodeDistillerState CodeDistillerState::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        throw Error(Tr::tr("current_state.json is not a JSON object (%1); nothing imported").arg(error.errorString()),
                    Error::Kind::InvalidInput);
    const QJsonObject state = doc.object();
    CodeDistillerState s;
    s.repoUrl = state.value(u"repo_url"_s).toString();
    if (s.repoUrl.isEmpty())
        throw Error(Tr::tr("no repo_url in current_state.json; nothing imported"), Error::Kind::InvalidInput);

    // "user/repo" or a URL → clone URL and display name.
    QString url = s.repoUrl.trimmed();
    if (url.endsWith(u".git"_s))
        url.chop(4);
    while (url.endsWith(u'/'))
        url.chop(1);
    static const QRegularExpression shortForm(u"^[A-Za-z0-9_.\\-]+/[A-Za-z0-9_.\\-]+$"_s);
    if (shortForm.match(url).hasMatch())
        url = u"https://github.com/"_s + url;
    const QStringList parts = url.split(u'/', Qt::SkipEmptyParts);
    s.cloneUrl = url;
    s.repositoryName = parts.size() >= 2 ? parts.mid(parts.size() - 2).join(u'/') : url;

    s.model = state.value(u"model_str_code"_s).toString(u"unknown model"_s);
    s.classifierModel = state.value(u"model_str_fast"_s).toString(s.model);
    s.maxRounds = state.value(u"max_debug_iterations"_s).toInt(8);
    // Minutes × 60 in 64 bits (INT_MAX minutes overflowed an int), held within 1 s .. 1 year.
    const qint64 wallSeconds = qint64(state.value(u"max_runtime_mins"_s).toInt(45)) * 60;
    s.wallSeconds = int(std::clamp<qint64>(wallSeconds, 1, 366LL * 24 * 3600));
    s.description = jsonText(state.value(u"repository_description"_s));

    for (const QJsonValue &v : state.value(u"classification_list"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Classification record;
        record.path = repositoryPath(c.value(u"file_path"_s).toString());
        if (record.path.isEmpty())
            continue;
        record.fileTokens = c.value(u"file_num_tokens"_s).toInteger();
        record.truncated = c.value(u"is_truncated"_s).toBool();
        const QJsonObject response = c.value(u"response"_s).toObject();
        if (!response.isEmpty()) {
            record.responseJson = QJsonDocument(response).toJson(QJsonDocument::Compact);
            if (response.value(u"how_relevant_rating"_s).isDouble())
                record.rating = std::clamp(response.value(u"how_relevant_rating"_s).toInt(), 1, 5);
        }
        s.classifications << record;
    }

    static const QString streamFiles[] = {u"stdout.runscript.txt"_s, u"stderr.runscript.txt"_s, u"stdout.pip.txt"_s,
                                          u"stderr.pip.txt"_s,       u"stdout.python.txt"_s,    u"stderr.python.txt"_s};
    for (const QJsonValue &v : state.value(u"execution_result"_s).toArray()) {
        const QJsonObject e = v.toObject();
        Execution execution;
        execution.pathOut = e.value(u"path_out"_s).toString();
        execution.code = jsonText(e.value(u"code"_s)).toUtf8();
        execution.requirements = jsonText(e.value(u"requirements"_s)).toUtf8();
        execution.runscript = jsonText(e.value(u"runscript"_s)).toUtf8();
        execution.metadata = jsonText(e.value(u"metadata"_s)).toUtf8();
        for (const QString &name : streamFiles)   // "stdout.python.txt" is stored as "stdout_python"
            execution.streams.insert(name, e.value(QString(name).replace(u".txt"_s, QString()).replace(u'.', u'_')).toString());
        s.executions << execution;
    }

    for (const QJsonValue &v : state.value(u"change_log"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Change change;
        change.issuesJson = compact(c.value(u"issues_identified"_s).toArray());
        change.changesJson = compact(c.value(u"changes_made"_s).toArray());
        const QJsonObject verdict = c.value(u"error_information"_s).toObject();
        if (!verdict.isEmpty()) {
            change.verdictJson = QJsonDocument(verdict).toJson(QJsonDocument::Compact);
            change.finished = verdict.value(u"is_finished"_s).toBool();
        }
        s.changes.insert(c.value(u"iteration"_s).toInt(), change);
    }

    s.status = state.value(u"status"_s).toString();
    s.statusMessage = state.value(u"status_message"_s).toString();
    s.code = state.value(u"code"_s).toString();
    s.requirements = state.value(u"requirements"_s).toString();
    s.runscript = state.value(u"runscript"_s).toString();
    s.metadata = jsonText(state.value(u"metadata"_s)).toUtf8();
    if (state.value(u"total_cost"_s).isDouble())
        s.totalCost = state.value(u"total_cost"_s).toDouble();
    return s;
}

} // namespace wb::exchange
