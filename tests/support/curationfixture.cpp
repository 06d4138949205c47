// SPDX-License-Identifier: GPL-3.0-or-later
#include "curationfixture.h"

#include "exec/executionresult.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace wb::test {

CurationFixture::CurationFixture(std::shared_ptr<store::Workspace> workspace, QStringList annotators)
    : m_workspace(std::move(workspace))
    , m_annotators(annotators.isEmpty() ? QStringList{u"alice"_s, u"bob"_s, u"carol"_s} : std::move(annotators))
{
}

qint64 CurationFixture::addCampaign(const QString &name, const QString &provider, const QString &model)
{
    const QJsonObject generator{{u"provider"_s, provider}, {u"model"_s, model}};
    const QJsonObject config{{u"generator"_s, generator}, {u"max_rounds"_s, 5}};
    return store::PipelineStore(m_workspace).createCampaign(name, QJsonDocument(config).toJson(QJsonDocument::Compact));
}

qint64 CurationFixture::repository(const QString &name)
{
    QSqlQuery found = store::exec(m_workspace->database(), u"SELECT id FROM repositories WHERE name = :n"_s, {{u":n"_s, name}});
    if (found.next())
        return found.value(0).toLongLong();
    QSqlQuery q = store::exec(m_workspace->database(),
                                    u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                    "VALUES (:n, :n, :u, :n, :c, 0, 0) RETURNING id"_s,
                                    {{u":n"_s, name}, {u":u"_s, QString(u"https://github.com/"_s + name)}, {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
    return store::insertedId(q);
}

qint64 CurationFixture::addExample(qint64 campaignId, const Example &example)
{
    store::PipelineStore pipeline(m_workspace);
    const qint64 repositoryId = repository(example.repository);
    qint64 exampleId = 0;
    for (const auto &e : pipeline.addExamples(campaignId, {repositoryId}))
        if (e.repositoryId == repositoryId)
            exampleId = e.id;
    const bool success = example.status == wb::store::ExampleStatus::Success;
    for (int r = 1; r <= example.rounds; ++r) {
        const bool last = r == example.rounds;
        const auto round = pipeline.createRound(exampleId, r, r == 1 ? u"generated"_s : u"repaired"_s, "print(1)\n", "numpy\n",
                                                "pip install -r requirements.txt\n", "{}");
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = last && success ? 0 : 1;
        result.durationMs = qint64(example.secondsPerRound * 1000.0);
        pipeline.saveExecution(round.id, result);
        const bool finished = last && success;
        const QString errorClass = example.errorClasses.isEmpty() ? (finished ? u"none"_s : u"runtime_error"_s)
                                                                  : example.errorClasses.value(r - 1);
        if (!example.errorClasses.isEmpty() && errorClass.isEmpty())
            continue;   // this round was never judged
        const QJsonObject verdict{{u"is_finished"_s, finished},
                                  {u"is_faithful"_s, true},
                                  {u"is_complete"_s, finished},
                                  {u"is_accurate"_s, finished && example.judgeAccurate},
                                  {u"error_class"_s, errorClass}};
        pipeline.saveVerdict(round.id, QJsonDocument(verdict).toJson(QJsonDocument::Compact), finished,
                             verdict.value(u"error_class"_s).toString());
    }
    pipeline.setExampleState(exampleId, example.status, u"done"_s);
    // The cost is the calls': one call of the example's cost.
    store::exec(m_workspace->database(),
                u"INSERT INTO llm_calls (example_id, stage, provider, model, request_hash, cost_usd, status, started_at) "
                "VALUES (:id, 'example_generation', 'p', 'm', 'h', :c, 'ok', 0)"_s,
                {{u":c"_s, example.costUsd}, {u":id"_s, exampleId}});
    store::JudgementStore judgements(m_workspace);
    for (qsizetype i = 0; i < std::min(example.correct.size(), m_annotators.size()); ++i) {
        if (example.correct[i].isEmpty())
            continue;
        store::JudgementRecord j;
        j.exampleId = exampleId;
        j.annotator = m_annotators[i];
        j.functionCorrect = store::criterionAnswerFromString(example.correct[i]);
        j.ranWithoutError = store::criterionAnswerFromString(example.ranWithoutError.value(i, example.correct[i]));
        j.showsFunction = store::criterionAnswerFromString(example.showsFunction.value(i, example.correct[i]));
        j.decision = j.functionCorrect == store::CriterionAnswer::Yes  ? store::Decision::Accept
                     : j.showsFunction == store::CriterionAnswer::Yes ? store::Decision::NeedsWork
                                                                      : store::Decision::Reject;
        j.secondsSpent = 60;
        judgements.add(j);
    }
    return exampleId;
}

void CurationFixture::buildPaperLike(const std::shared_ptr<store::Workspace> &workspace, int repositories)
{
    static const QStringList names{
        u"materialsproject/pymatgen"_s, u"rdkit/rdkit"_s,         u"biopython/biopython"_s,  u"astropy/astropy"_s,
        u"MDAnalysis/mdanalysis"_s,     u"openmm/openmm"_s,       u"pyscf/pyscf"_s,          u"scverse/scanpy"_s,
        u"networkx/networkx"_s,         u"sympy/sympy"_s,         u"statsmodels/statsmodels"_s, u"nipy/nibabel"_s,
        u"mne-tools/mne-python"_s,      u"pydata/xarray"_s,       u"Unidata/MetPy"_s,        u"Cantera/cantera"_s,
        u"deepchem/deepchem"_s,         u"DedalusProject/dedalus"_s, u"phonopy/phonopy"_s,   u"spglib/spglib"_s,
        u"lmfit/lmfit-py"_s,            u"dfm/emcee"_s,           u"healpy/healpy"_s,        u"sunpy/sunpy"_s,
        u"qiskit/qiskit"_s,             u"pysal/pysal"_s,         u"simpeg/simpeg"_s,        u"pybamm-team/PyBaMM"_s,
        u"scikit-bio/scikit-bio"_s,     u"galsci/pysm"_s,         u"ase/ase"_s,              u"gprMax/gprMax"_s,
    };
    struct Model
    {
        QString campaign, provider, model;
        int correct;          ///< of every ten repositories, how many the experts find correct
        int judgeFalseYes;    ///< of every ten, wrong examples the judge still calls finished
        double costPerRound;
    };
    // As in the paper, the judge's success rate overstates the weaker model most.
    const Model models[] = {{u"gpt-5"_s, u"openai"_s, u"gpt-5"_s, 7, 1, 0.085},
                            {u"claude-sonnet-4-5"_s, u"anthropic"_s, u"claude-sonnet-4-5"_s, 6, 1, 0.13},
                            {u"gpt-oss-120b"_s, u"openai"_s, u"gpt-oss-120b"_s, 3, 3, 0.009}};
    CurationFixture fixture(workspace);
    QRandomGenerator rng(20251);
    auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    for (const Model &m : models) {
        const qint64 campaign = fixture.addCampaign(m.campaign, m.provider, m.model);
        for (int i = 0; i < repositories; ++i) {
            // Which of each block of ten is correct, judged finished wrongly, or failed: shuffled per block.
            QList<int> order{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            std::shuffle(order.begin(), order.end(), std::mt19937(quint32(i / 10 * 7 + m.correct * 13 + m.judgeFalseYes)));
            const int slot = order.indexOf(i % 10);
            const bool correct = slot < m.correct;
            const bool judgeYes = correct ? !chance(0.04) : slot < m.correct + m.judgeFalseYes;
            Example e;
            e.repository = names[i % names.size()] + (i >= names.size() ? u"-%1"_s.arg(i / names.size() + 1) : QString());
            e.status = judgeYes ? wb::store::ExampleStatus::Success : chance(0.15) ? wb::store::ExampleStatus::Error : wb::store::ExampleStatus::Failed;
            if (judgeYes) {
                const double u = rng.generateDouble();
                e.rounds = u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.9 ? 3 : u < 0.97 ? 4 : 5;
            } else {
                e.rounds = e.status == wb::store::ExampleStatus::Error ? 1 + rng.bounded(2) : 5;
            }
            e.costUsd = m.costPerRound * (0.4 + e.rounds * (0.7 + 0.6 * rng.generateDouble()));
            e.secondsPerRound = 15 + 75 * rng.generateDouble();
            const bool ran = correct || judgeYes || chance(0.2);
            const bool shows = correct || chance(0.3);
            for (int a = 0; a < 3; ++a) {
                const bool judges = a == 0 || (a == 1 && i % 10 != 9) || (a == 2 && i % 3 != 2);
                auto answer = [&](bool truth) {
                    if (!judges)
                        return QString();
                    if (chance(0.05))
                        return u"unsure"_s;
                    return (chance(0.08) ? !truth : truth) ? u"yes"_s : u"no"_s;
                };
                e.correct << answer(correct);
                e.ranWithoutError << answer(ran);
                e.showsFunction << answer(shows);
            }
            fixture.addExample(campaign, e);
        }
        store::PipelineStore(workspace).setCampaignStatus(campaign, u"finished"_s);
    }
}

} // namespace wb::test
