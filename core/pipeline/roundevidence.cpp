// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/roundevidence.h"

#include "store/pipelinestore.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace wb::pipeline {

// The texts here go into prompts, which stay English (they are the protocol's language, not the user's).

QStringList RoundEvidence::jsonLines(const QByteArray &json)
{
    const auto doc = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded())
        return QString::fromUtf8(json).split(u'\n');
    if (doc.is_array()) {
        QStringList lines;
        lines << u"["_s;
        for (size_t i = 0; i < doc.size(); ++i)
            lines << u"  "_s + QString::fromStdString(doc[i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
                         + (i + 1 < doc.size() ? u","_s : QString());
        lines << u"]"_s;
        return lines;
    }
    return QString::fromStdString(doc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace)).split(u'\n');
}

RoundEvidence RoundEvidence::collect(const store::PipelineStore &pipeline, const store::RoundRecord &round, int wallMinutes)
{
    RoundEvidence e;
    QStringList setupOut, setupErr, runOut, runErr, notes;
    bool runPhaseSeen = false;
    for (const auto &l : pipeline.logs(round.id)) {
        if (l.phase == u"setup"_s)
            (l.stream == u"stderr"_s ? setupErr : setupOut) << l.line;
        else if (l.phase == u"run"_s) {
            runPhaseSeen = true;
            (l.stream == u"stderr"_s ? runErr : runOut) << l.line;
        } else
            notes << l.line;
    }
    const bool mainRan = round.exitCode.has_value() || runPhaseSeen;

    QStringList summary;
    summary << (round.setupExitCode ? (*round.setupExitCode == 0 ? u"run.sh (setup) exited with code 0."_s
                                                                  : u"run.sh (setup) FAILED: exit code %1 (main.py was run anyway)."_s.arg(*round.setupExitCode))
                                     : u"run.sh (setup) did not finish."_s);
    if (round.exitCode)
        summary << (*round.exitCode == 0 ? u"python main.py exited with code 0."_s
                                          : u"python main.py FAILED: exit code %1."_s.arg(*round.exitCode));
    else
        summary << (mainRan ? u"python main.py did not exit normally (it was stopped or killed)."_s : u"python main.py did not run."_s);
    if (round.timedOut)
        summary << u"The run reached its time limit of %1 minutes and was stopped."_s.arg(wallMinutes);
    summary << u"Duration: %1 s of the %2-minute limit."_s.arg(double(round.durationMs) / 1000.0, 0, 'f', 1).arg(wallMinutes);
    if (!round.outcomeMessage.isEmpty())
        summary << u"Executor: %1"_s.arg(round.outcomeMessage);
    e.executionSummary = summary.join(u' ');

    auto stream = [](const QString &key, const QStringList &lines, const QString &absent) {
        Stream s;
        s.key = key;
        s.lines = lines;
        if (lines.isEmpty() || (lines.size() == 1 && lines.first().isEmpty()))
            s.absent = absent;
        return s;
    };
    const QString notRun = u"(nothing: python main.py did not run)"_s;
    e.streams << stream(u"setup_stdout"_s, setupOut, u"(nothing was printed)"_s)
              << stream(u"setup_stderr"_s, setupErr, u"(nothing was printed)"_s)
              << stream(u"run_stdout"_s, runOut,
                        mainRan ? u"CRITICAL ERROR: main.py printed nothing on standard output (the example must print its progress and results)."_s
                                : notRun)
              << stream(u"run_stderr"_s, runErr, mainRan ? u"(nothing was printed)"_s : notRun);

    QByteArray logJson, resultsJson;
    bool hasLog = false, hasResults = false;
    QStringList saved;
    for (const auto &a : pipeline.artifacts(round.id)) {
        if (a.name == u"log.json"_s) {
            hasLog = true;
            logJson = pipeline.blob(a.blobSha);
        } else if (a.name == u"results.json"_s) {
            hasResults = true;
            resultsJson = pipeline.blob(a.blobSha);
        } else {
            saved << u"- %1 (%2 bytes%3)"_s.arg(a.name).arg(a.sizeBytes).arg(a.blobSha.isEmpty() ? u", too large to keep"_s : QString());
        }
    }
    Stream log = stream(u"log_json"_s, hasLog ? jsonLines(logJson) : QStringList(),
                        hasLog ? u"CRITICAL ERROR: log.json is empty."_s
                               : u"CRITICAL ERROR: log.json is missing: the example did not write it (the requirements ask for it)."_s);
    log.kind = llm::ContentKind::Json;
    Stream results = stream(u"results_json"_s, hasResults ? jsonLines(resultsJson) : QStringList(),
                            hasResults ? u"CRITICAL ERROR: results.json is empty."_s
                                       : u"CRITICAL ERROR: results.json is missing: the example did not write it (the requirements ask for it)."_s);
    results.kind = llm::ContentKind::Json;
    e.streams << log << results;
    e.savedFiles = saved.isEmpty() ? u"(none: nothing was saved in to_save/ or retain/)"_s : saved.join(u'\n');
    e.workbenchNotes = notes.isEmpty() ? u"(none)"_s : notes.join(u'\n');
    return e;
}

} // namespace wb::pipeline
