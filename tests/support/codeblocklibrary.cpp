// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeblocklibrary.h"

#include "exec/executionresult.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
struct Topic
{
    const char *repository;
    const char *description;
    const char *requirement;
};

const Topic kTopics[] = {
    {"materialsproject/pymatgen", "Compute the space group and density of a crystal structure from a CIF file", "pymatgen"},
    {"rdkit/rdkit", "Compute molecular descriptors and Morgan fingerprints for a list of SMILES strings", "rdkit"},
    {"statsmodels/statsmodels", "Fit an ordinary least squares regression and report confidence intervals", "statsmodels"},
    {"dfm/emcee", "Sample a posterior distribution with an affine-invariant MCMC ensemble sampler", "emcee"},
    {"networkx/networkx", "Compute shortest paths and betweenness centrality of a citation graph", "networkx"},
    {"scverse/scanpy", "Cluster single-cell RNA expression profiles and plot a UMAP embedding", "scanpy"},
    {"astropy/astropy", "Convert sky coordinates between ICRS and galactic frames and compute angular separations", "astropy"},
    {"lmfit/lmfit-py", "Fit a Gaussian peak to noisy spectroscopy data with parameter bounds", "lmfit"},
};
constexpr int kTopicCount = int(std::size(kTopics));
} // namespace

QString CodeblockLibrary::repository(int i)
{
    return i < kTopicCount ? QString::fromLatin1(kTopics[i].repository) : u"lab/toolkit-%1"_s.arg(i);
}

QString CodeblockLibrary::description(int i)
{
    return i < kTopicCount ? QString::fromLatin1(kTopics[i].description)
                           : u"Run analysis step %1 of a generic laboratory toolkit on a small synthetic data set"_s.arg(i);
}

void CodeblockLibrary::build(const std::shared_ptr<store::Workspace> &workspace, int count, const QString &campaign)
{
    store::PipelineStore pipeline(workspace);
    const QJsonObject config{{u"generator"_s, QJsonObject{{u"provider"_s, u"openai"_s}, {u"model"_s, u"gpt-5"_s}}}, {u"max_rounds"_s, 5}};
    const qint64 campaignId = pipeline.createCampaign(campaign, QJsonDocument(config).toJson(QJsonDocument::Compact));
    store::JudgementStore judgements(workspace);
    for (int i = 0; i < count; ++i) {
        const QString name = repository(i);
        QSqlQuery q = store::exec(workspace->database(),
                                  u"INSERT INTO repositories (name, source, url, local_path, commit_sha, license_spdx, added_at, updated_at) "
                                  "VALUES (:n, :n, :u, :n, :c, 'MIT', 0, 0) RETURNING id"_s,
                                  {{u":n"_s, name}, {u":u"_s, QString(u"https://github.com/"_s + name)},
                                   {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
        const qint64 repositoryId = store::insertedId(q);
        qint64 exampleId = 0;
        for (const auto &e : pipeline.addExamples(campaignId, {repositoryId}))   // every example of the campaign
            if (e.repositoryId == repositoryId)
                exampleId = e.id;
        const QString library = i < kTopicCount ? QString::fromLatin1(kTopics[i].requirement) : u"numpy"_s;
        const QJsonObject metadata{{u"example_description"_s, description(i)},
                                   {u"example_inclusion_criteria"_s, u"Use when an experiment needs to %1."_s.arg(description(i).toLower())},
                                   {u"example_exclusion_criteria"_s, u"Not for data sets larger than memory."_s}};
        const QByteArray mainPy = QString(u"\"\"\"%1.\"\"\"\nimport %2\n\n\ndef example1():\n    \"\"\"The smallest case.\"\"\"\n"
                                          "    print('ok')\n\n\nif __name__ == '__main__':\n    example1()\n"_s)
                                      .arg(description(i), library.section(u'-', 0, 0))
                                      .toUtf8();
        const auto round = pipeline.createRound(exampleId, 1, u"generated"_s, mainPy, library.toUtf8() + "\n",
                                                "pip install -r requirements.txt\n", QJsonDocument(metadata).toJson(QJsonDocument::Compact));
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        result.durationMs = 1000;
        pipeline.saveExecution(round.id, result);
        const QJsonObject verdict{{u"is_finished"_s, true}, {u"is_faithful"_s, true}, {u"is_complete"_s, true},
                                  {u"is_accurate"_s, true}, {u"error_class"_s, u"none"_s}};
        pipeline.saveVerdict(round.id, QJsonDocument(verdict).toJson(QJsonDocument::Compact), true, u"none"_s);
        pipeline.setExampleState(exampleId, store::ExampleStatus::Success, u"done"_s);
        store::JudgementRecord j;
        j.exampleId = exampleId;
        j.annotator = u"alice"_s;
        j.ranWithoutError = store::CriterionAnswer::Yes;
        j.showsFunction = store::CriterionAnswer::Yes;
        j.functionCorrect = store::CriterionAnswer::Yes;
        j.decision = store::Decision::Accept;
        j.secondsSpent = 60;
        judgements.add(j);
    }
}

} // namespace wb::test
