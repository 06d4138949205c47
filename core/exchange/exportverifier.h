// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb::store {
class Workspace;
}
namespace wb::exec {
class Executor;
class ExecutionJob;
struct ExecutionResult;
}

namespace wb::exchange {

/**
 * Re-runs every example folder of an export (folders or git format: each folder holding provenance.json)
 * from a clean copy, through an executor, the way the workbench ran it: a fresh round directory with the
 * folder's main.py, requirements.txt, run.sh and metadata.json, and the repository at the pinned commit
 * (from the workspace's mirror) as REPO_DIR. Per folder it reports whether main.py ran, the last error
 * line when it failed, and whether it produced every file of expected_output/ again in to_save/. The
 * results are written into the folder's provenance.json and the export's manifest.jsonl ("verification").
 *
 * Runs in the thread it lives in (the executor's jobs are asynchronous); folders are verified one after
 * another. cancel() stops the running round; finished() comes once, also after cancel().
 */
class ExportVerifier final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString executor;        ///< empty: the campaign's executor (from the provenance's campaign)
        int timeoutSeconds = 0;  ///< 0: the campaign's wall limit
    };

    struct Result
    {
        enum class Outcome { Ran, Failed, NotRun };
        QString folder;
        QString key;
        Outcome outcome = Outcome::NotRun;
        std::optional<int> exitCode;
        QString executor;
        QString lastErrorLine;        ///< failed: the last line main.py (or the executor) wrote to stderr
        QStringList expectedFiles;    ///< expected_output/ of the folder
        QStringList missingFiles;     ///< of those, not produced again in to_save/
        qint64 durationMs = 0;
        QString message;              ///< one line for the user

        bool producedExpected() const { return outcome == Outcome::Ran && missingFiles.isEmpty(); }
        QString outcomeText() const;
        QJsonObject toJson() const;
    };

    ExportVerifier(std::shared_ptr<store::Workspace> workspace, QString exportDir, Options options, QObject *parent = nullptr);
    ~ExportVerifier() override;

    /** The example folders of @p exportDir (holding provenance.json), sorted. */
    static QStringList exampleFolders(const QString &exportDir);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString &folder);
    void verified(const wb::exchange::ExportVerifier::Result &result);
    void finished(const QList<wb::exchange::ExportVerifier::Result> &results, const QString &error);

private:
    void next();
    void record(Result result);
    void complete(const QString &error = {});
    void writeBack();

    std::shared_ptr<store::Workspace> m_workspace;
    QString m_exportDir;
    Options m_options;
    QStringList m_folders;
    QList<Result> m_results;
    std::shared_ptr<exec::Executor> m_executor;
    QPointer<exec::ExecutionJob> m_job;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace wb::exchange
