// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace wb::exchange {

/**
 * What an original CodeDistiller run's `current_state.json` says, read into plain values. Pure: no file
 * or workspace access (the importer reads the files an execution names itself), so it can be tested and
 * fuzzed alone. A field that is absent or of another type takes the default written below; JSON
 * texts (responses, verdicts, issue lists) are kept compact.
 */
struct CodeDistillerState
{
    struct Classification
    {
        QString path;               ///< the repository path, without the run's scratch prefix; never empty
        qint64 fileTokens = 0;
        bool truncated = false;
        QByteArray responseJson;    ///< the model's answer (an object); empty: no answer
        std::optional<int> rating;  ///< how_relevant_rating, clamped to 1..5
    };
    struct Execution
    {
        QString pathOut;            ///< path_out as written (a path on the original's machine); empty: none
        QByteArray code;            ///< the state's (possibly trimmed) copies of the files
        QByteArray requirements;
        QByteArray runscript;
        QByteArray metadata;
        QHash<QString, QString> streams;   ///< "stdout.python.txt" etc. → the state's copy of that log
    };
    struct Change
    {
        QByteArray issuesJson = "[]";      ///< issues_identified
        QByteArray changesJson = "[]";     ///< changes_made
        QByteArray verdictJson;            ///< error_information (the judge's verdict); empty: none
        bool finished = false;             ///< the verdict's is_finished
    };

    QString repoUrl;              ///< as written; never empty
    QString cloneUrl;             ///< repoUrl as a URL ("user/repo" → its GitHub URL), without ".git"
    QString repositoryName;       ///< "user/repo", the URL's last two parts
    QString model;                ///< model_str_code, else "unknown model"
    QString classifierModel;      ///< model_str_fast, else model
    int maxRounds = 8;
    int wallSeconds = 45 * 60;    ///< max_runtime_mins in seconds, within 1 s .. 1 year
    QString description;
    QList<Classification> classifications;
    QList<Execution> executions;
    QHash<int, Change> changes;   ///< change_log by iteration: the repair before execution n+1, the verdict after n
    QString status;
    QString statusMessage;
    QString code;                 ///< the last code (a FAILED run's unexecuted last repair)
    QString requirements;
    QString runscript;
    QByteArray metadata;
    std::optional<double> totalCost;

    /** The change_log entry of @p iteration, or an empty one. */
    Change change(int iteration) const { return changes.value(iteration); }

    /** Reads @p json; throws wb::Error (InvalidInput) when it is not a JSON object or names no repo_url. */
    static CodeDistillerState parse(const QByteArray &json);
};

} // namespace wb::exchange
