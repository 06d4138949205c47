// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/examplefolder.h"

#include "exchange/exportnames.h"
#include "exec/roundscript.h"
#include "pipeline/campaignconfig.h"
#include "review/verdictstatement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// The README and run_example.sh are part of the exported data, read by people and agents anywhere: like the
// prompts, they are English whatever the user's language.

namespace wb::exchange {

namespace {
QString licenseUrl(const QString &spdx)
{
    return spdx.isEmpty() ? QString() : u"https://spdx.org/licenses/%1.html"_s.arg(spdx);
}

QString codeSpan(const QString &text)
{
    return u'`' + ExportNames::flatten(text).replace(u'`', u'\'') + u'`';
}

QString sentence(const QString &text)
{
    const QString t = ExportNames::flatten(text);
    return t.isEmpty() || t.endsWith(u'.') ? t : t + u'.';
}
} // namespace

QString ExampleFolder::licenseFileName(const VettedExample &v)
{
    if (v.licenseFile.path.isEmpty())
        return {};
    const QString base = QFileInfo(v.licenseFile.path).completeBaseName().toUpper();
    return base.startsWith(u"COPYING"_s) ? u"COPYING"_s : u"LICENSE"_s;
}

QString ExampleFolder::judgeLine(const VettedExample &v)
{
    if (v.verdict.isEmpty())
        return u"not judged"_s;
    const QString statement = sentence(review::VerdictStatement::of(v.verdict));
    return u"%1 after round %2 of %3%4"_s.arg(v.verdict.value(u"is_finished"_s).toBool() ? u"finished"_s : u"not finished"_s)
        .arg(v.round.index)
        .arg(v.example.roundsExecuted)
        .arg(statement.isEmpty() ? QString() : u": "_s + statement);
}

QString ExampleFolder::expertsLine(const VettedExample &v)
{
    QStringList parts;
    for (const auto &j : v.judgements) {
        QStringList answers;
        for (const auto &[criterion, label] : {std::pair{store::Criterion::RanWithoutError, u"ran without error"_s},
                                              std::pair{store::Criterion::ShowsFunction, u"shows the function"_s},
                                              std::pair{store::Criterion::FunctionCorrect, u"function correct"_s}})
            if (const QString a = j.answerText(criterion); !a.isEmpty())
                answers << label + u": "_s + a;
        parts << u"%1 %2 on %3%4"_s.arg(ExportNames::flatten(j.annotator), j.decision ? j.decisionText() : u"gave no decision"_s,
                                         j.createdAt.date().toString(Qt::ISODate),
                                         answers.isEmpty() ? QString() : u" ("_s + answers.join(u"; "_s) + u')');
    }
    return parts.isEmpty() ? u"not reviewed"_s : parts.join(u"; "_s);
}

QString ExampleFolder::readme(const VettedExample &v, const QString &folderName)
{
    const QString description = ExportNames::flatten(v.metadata.value(u"example_description"_s).toString());
    const QString title = ExportNames::title(v.repository.name, description, 100);
    const QString licence = v.repository.licenseSpdx.isEmpty() ? u"unknown"_s : v.repository.licenseSpdx;
    const auto config = pipeline::CampaignConfig::fromJson(v.campaign.configJson);
    QString md;
    md += u"# "_s + title + u"\n\n"_s;
    if (!description.isEmpty())
        md += sentence(description) + u"\n\n"_s;
    const QString inclusion = ExportNames::flatten(v.metadata.value(u"example_inclusion_criteria"_s).toString());
    const QString exclusion = ExportNames::flatten(v.metadata.value(u"example_exclusion_criteria"_s).toString());
    if (!inclusion.isEmpty())
        md += u"**Use it for:** "_s + sentence(inclusion) + u"\n\n"_s;
    if (!exclusion.isEmpty())
        md += u"**Not for:** "_s + sentence(exclusion) + u"\n\n"_s;

    md += u"## Source\n\n"_s;
    md += u"- Repository: %1 (%2)\n"_s.arg(ExportNames::flatten(v.repository.name), codeSpan(v.repository.url));
    md += u"- Commit: %1\n"_s.arg(codeSpan(v.example.commitSha));
    md += u"- Licence: %1"_s.arg(licence);
    if (!v.repository.licenseSpdx.isEmpty())
        md += u" (%1)"_s.arg(licenseUrl(v.repository.licenseSpdx));
    md += u"\n"_s;
    md += u"- Distilled by CodeDistiller Workbench, campaign %1, generator %2/%3\n\n"_s.arg(
        codeSpan(v.campaign.name), config.generator.provider, config.generator.model);

    md += u"## Verdicts\n\n"_s;
    md += u"- Judge (%1/%2): %3\n"_s.arg(config.judge.provider, config.judge.model, judgeLine(v));
    md += u"- Experts: %1\n\n"_s.arg(expertsLine(v));

    md += u"## How to run\n\n"_s;
    md += u"```sh\nbash run_example.sh\n```\n\n"_s;
    md += u"`run_example.sh` runs the example as the workbench ran it. When `REPO_DIR` is not set it clones the "
          "repository and checks out the commit above into a cache next to this folder (`../.repositories`, or "
          "`CODEDISTILLER_REPO_CACHE`); set `REPO_DIR` to an existing checkout of that commit to skip this. It then "
          "takes the Python the workbench takes (`PYTHON`, else `/usr/bin/python3` where it exists, else `python3`), "
          "creates a virtual environment in `.venv` that sees the system's packages (not inside an active virtual "
          "or conda environment, nor with `CODEDISTILLER_NO_VENV=1`), sources `run.sh` (which installs "
          "`requirements.txt`) and runs `python main.py` in this folder. Its exit status is `main.py`'s; 2 means "
          "the repository could not be fetched. Needs bash, git and Python 3"_s;
    const QJsonObject compute = v.metadata.value(u"compute_requirements"_s).toObject();
    QStringList needs;
    if (compute.value(u"gpu_required"_s).toBool())
        needs << u"a GPU"_s;
    if (compute.value(u"ram_gb"_s).toDouble() > 0)
        needs << u"about %1 GB of RAM"_s.arg(compute.value(u"ram_gb"_s).toDouble());
    const QJsonArray keys = compute.value(u"api_keys_required"_s).toArray();
    for (const QJsonValue &k : keys)
        needs << u"the API key %1"_s.arg(codeSpan(k.toString()));
    md += needs.isEmpty() ? u".\n\n"_s : u"; the example also needs "_s + needs.join(u", "_s) + u".\n\n"_s;

    md += u"## What it produces\n\n"_s;
    md += u"`main.py` writes its figures and data to `to_save/`. What the judged round wrote there is in "
          "`expected_output/`:\n\n"_s;
    if (v.expectedOutput.isEmpty())
        md += u"- (nothing was kept from that round's `to_save/`)\n"_s;
    for (const auto &f : v.expectedOutput)
        md += u"- %1 (%2 bytes)\n"_s.arg(codeSpan(u"expected_output/"_s + f.path)).arg(f.content.size());
    for (const QString &left : v.expectedOutputLeftOut)
        md += u"- not included: %1\n"_s.arg(ExportNames::flatten(left));
    md += u"\n"_s;

    md += u"## Licence and attribution\n\n"_s;
    md += u"This example was written by CodeDistiller Workbench from %1 (%2) at commit %3 and uses and adapts its code "
          "and documentation. %1 is the work of its authors"_s.arg(ExportNames::flatten(v.repository.name), codeSpan(v.repository.url),
                                                                  codeSpan(v.example.commitSha));
    if (v.repository.licenseSpdx.isEmpty())
        md += u"; its licence could not be determined, so check it before reuse.\n"_s;
    else
        md += u", licensed under %1.\n"_s.arg(v.repository.licenseSpdx);
    if (!v.licenseFile.path.isEmpty())
        md += u"The repository's licence text (%1 there) is in %2"_s.arg(codeSpan(v.licenseFile.path), codeSpan(licenseFileName(v)));
    else if (!v.repository.licenseSpdx.isEmpty())
        md += u"The licence text could not be shipped; it is at %1"_s.arg(licenseUrl(v.repository.licenseSpdx));
    if (!v.noticeFile.path.isEmpty())
        md += u", its notices in `NOTICE`"_s;
    if (!v.licenseFile.path.isEmpty() || !v.repository.licenseSpdx.isEmpty())
        md += u"; keep them with any copy of this example.\n"_s;
    if (!v.licenseOverrideReason.isEmpty())
        md += u"\nThe workbench's licence gate was overridden for this example: %1\n"_s.arg(sentence(v.licenseOverrideReason));
    md += u"\nProvenance (models, rounds, cost, verdicts): `provenance.json`. Folder: %1.\n"_s.arg(codeSpan(folderName));
    return md;
}

QString ExampleFolder::runExampleScript(const VettedExample &v)
{
    using exec::RoundScript;
    const QString cacheName = ExportNames::slug(v.repository.name.section(u'/', -1), 40) + u'-' + v.example.commitSha.left(12);
    QString s;
    s += u"#!/usr/bin/env bash\n"_s;
    s += u"# %1\n"_s.arg(ExportNames::title(v.repository.name, v.metadata.value(u"example_description"_s).toString(), 100));
    s += u"# Runs this example as CodeDistiller Workbench ran it; see README.md. Exit status: main.py's\n"
         "# (2: the repository could not be fetched).\n"_s;
    s += u"REPO_URL=%1\nREPO_COMMIT=%2\n"_s.arg(RoundScript::quote(v.repository.url), RoundScript::quote(v.example.commitSha));
    s += u"HERE=$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd) || exit 2\n"
         "\n"
         "if [ -z \"${REPO_DIR:-}\" ]; then\n"
         "    cache=${CODEDISTILLER_REPO_CACHE:-}\n"
         "    if [ -z \"$cache\" ]; then\n"
         "        cache=$(dirname \"$HERE\")/.repositories\n"
         "        mkdir -p \"$cache\" 2>/dev/null && [ -w \"$cache\" ] || cache=$HERE/.repositories\n"
         "    fi\n"
         "    REPO_DIR=$cache/%1\n"
         "    if [ ! -d \"$REPO_DIR/.git\" ]; then\n"
         "        command -v git >/dev/null || { echo \"run_example.sh: git is needed to fetch $REPO_URL (or set REPO_DIR).\" >&2; exit 2; }\n"
         "        mkdir -p \"$cache\" || exit 2\n"
         "        partial=$REPO_DIR.partial.$$\n"
         "        rm -rf \"$partial\"\n"
         "        echo \"run_example.sh: fetching $REPO_URL at $REPO_COMMIT into $REPO_DIR\" >&2\n"
         "        if ! git clone --quiet --no-checkout -- \"$REPO_URL\" \"$partial\" >&2; then\n"
         "            rm -rf \"$partial\"\n"
         "            echo \"run_example.sh: cannot clone $REPO_URL; set REPO_DIR to a checkout of commit $REPO_COMMIT.\" >&2\n"
         "            exit 2\n"
         "        fi\n"
         "        if ! git -C \"$partial\" -c advice.detachedHead=false checkout --quiet \"$REPO_COMMIT\" >&2; then\n"
         "            rm -rf \"$partial\"\n"
         "            echo \"run_example.sh: $REPO_URL has no commit $REPO_COMMIT; set REPO_DIR to a checkout of it.\" >&2\n"
         "            exit 2\n"
         "        fi\n"
         "        # Renamed into place only when complete: an interrupted fetch is never taken for a checkout.\n"
         "        mv -T \"$partial\" \"$REPO_DIR\" 2>/dev/null || rm -rf \"$partial\"\n"
         "    fi\n"
         "fi\n"
         "export REPO_DIR\n"
         "export ROUND_DIR=$HERE MPLBACKEND=${MPLBACKEND:-Agg} PYTHONUNBUFFERED=1\n"
         "cd \"$HERE\" || exit 2\n"
         "mkdir -p to_save retain\n"
         "\n"
         "# The workbench's Python: PYTHON, else /usr/bin/python3 where it exists, else python3 on PATH.\n"
         "base_python=${PYTHON:-}\n"
         "[ -n \"$base_python\" ] || { [ -x /usr/bin/python3 ] && base_python=/usr/bin/python3; }\n"
         "[ -n \"$base_python\" ] || base_python=$(command -v python3 || command -v python) "
         "|| { echo \"run_example.sh: Python 3 is needed (or set PYTHON).\" >&2; exit 2; }\n"
         "# The workbench's rounds run in a fresh virtual environment that sees the system's packages; run.sh\n"
         "# installs requirements.txt into it.\n"
         "if [ -z \"${VIRTUAL_ENV:-}\" ] && [ -z \"${CONDA_PREFIX:-}\" ] && [ \"${CODEDISTILLER_NO_VENV:-0}\" != 1 ]; then\n"
         "    python=$base_python\n"
         "    if [ -x .venv/bin/python ] || \"$python\" -m venv --system-site-packages --without-pip .venv >&2; then\n"
         "        export VIRTUAL_ENV=$HERE/.venv PATH=$HERE/.venv/bin:$PATH\n"
         "    else\n"
         "        echo \"run_example.sh: no virtual environment (python -m venv failed); using $python as it is.\" >&2\n"
         "    fi\n"
         "fi\n"
         "# `python`, `pip` and `pip3` as in the workbench's rounds: the environment's Python and its pip.\n"
         "python() { command \"$base_python\" \"$@\"; }\n"
         "[ -x \"${VIRTUAL_ENV:-/nonexistent}/bin/python\" ] && python() { command \"$VIRTUAL_ENV/bin/python\" \"$@\"; }\n"
         "pip() { python -m pip \"$@\"; }\n"
         "pip3() { python -m pip \"$@\"; }\n"
         "export base_python\n"
         "export -f python pip pip3\n"
         "\n"
         "# Sourced, like the method's wrapper does: what run.sh exports reaches main.py, and main.py runs\n"
         "# whatever run.sh exited with.\n"
         "rm -f \"$HERE/.run-environment.sh\"\n"
         "(\n"
         "    trap 'export -p > \"$HERE/.run-environment.sh\"' EXIT   # also when run.sh ends with exit\n"
         "    source ./run.sh\n"
         ")\n"
         "[ -r \"$HERE/.run-environment.sh\" ] && . \"$HERE/.run-environment.sh\"\n"
         "cd \"$HERE\" || exit 2\n"
         "python main.py\n"
         "exit $?\n"_s.arg(cacheName);
    return s;
}

QList<ExampleFolder::File> ExampleFolder::files(const VettedExample &v, const QString &folderName)
{
    QList<File> out{
        {u"main.py"_s, v.mainPy.toUtf8()},
        {u"requirements.txt"_s, v.requirementsTxt.toUtf8()},
        {u"run.sh"_s, v.runSh.toUtf8(), true},
        {u"metadata.json"_s, QJsonDocument(v.metadata).toJson(QJsonDocument::Indented)},
        {u"provenance.json"_s, QJsonDocument(v.provenance()).toJson(QJsonDocument::Indented)},
        {u"README.md"_s, readme(v, folderName).toUtf8()},
        {u"run_example.sh"_s, runExampleScript(v).toUtf8(), true},
    };
    if (!v.licenseFile.path.isEmpty())
        out.append({licenseFileName(v), v.licenseFile.content});
    if (!v.noticeFile.path.isEmpty())
        out.append({u"NOTICE"_s, v.noticeFile.content});
    for (const auto &f : v.expectedOutput)
        out.append({u"expected_output/"_s + f.path, f.content});
    return out;
}

} // namespace wb::exchange
