// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryfixture.h"

#include "exec/executionresult.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace wb::test {

namespace {
const char *const kMacroDensityPy = R"(# Planar and macroscopic averages of the electrostatic potential (MacroDensity).
"""Reads a VASP LOCPOT file and averages the potential over planes normal to the c axis,
then over one period of the slab to give the macroscopic average."""
import numpy as np
import matplotlib.pyplot as plt
from macrodensity.density_tools import read_vasp_density, planar_average, macroscopic_average


class PotentialProfile:
    """The planar and macroscopic average of one LOCPOT along an axis."""

    def __init__(self, path):
        self.vasp_pot, self.nx, self.ny, self.nz, self.lattice = read_vasp_density(path)


def plot_profile(planar, macro):
    # Both curves on one axis, saved to to_save/
    plt.plot(planar)
    plt.plot(macro)
    plt.savefig("to_save/potential.png")


if __name__ == "__main__":
    profile = PotentialProfile("LOCPOT")
    print("vacuum level", np.max(profile.vasp_pot))
)";

const char *const kAsePy = R"(# Ewald summation of a rock-salt crystal's electrostatic energy with ASE.
from ase.build import bulk
from ase.calculators.emt import EMT


def madelung_energy(atoms):
    """Average energy per ion from the Ewald sum."""
    atoms.calc = EMT()
    return atoms.get_potential_energy() / len(atoms)


print(madelung_energy(bulk("NaCl", "rocksalt", a=5.64)))
)";

const char *const kPymatgenPy = R"(# X-ray diffraction pattern of a structure read from a CIF file.
from pymatgen.core import Structure
from pymatgen.analysis.diffraction.xrd import XRDCalculator


def xrd_pattern(path):
    """Two-theta angles and intensities of the powder pattern."""
    structure = Structure.from_file(path)
    return XRDCalculator(wavelength="CuKa").get_pattern(structure)


print(xrd_pattern("Si.cif"))
)";

const char *const kEmceePy = R"(# Affine-invariant ensemble MCMC sampling of a Gaussian posterior with emcee.
import numpy as np
import emcee


def log_prob(x, ivar):
    return -0.5 * np.sum(ivar * x ** 2)


sampler = emcee.EnsembleSampler(32, 5, log_prob, args=[np.ones(5)])
sampler.run_mcmc(np.random.randn(32, 5), 1000)
print(sampler.get_chain().shape)
)";

const char *const kPhonopyPy = R"(# Phonon band structure of silicon with phonopy.
from phonopy import Phonopy
from phonopy.structure.atoms import PhonopyAtoms


def band_structure(unitcell):
    """Phonon frequencies along a path through the Brillouin zone."""
    return Phonopy(unitcell, supercell_matrix=[[2, 0, 0], [0, 2, 0], [0, 0, 2]])
)";
} // namespace

LibraryFixture::LibraryFixture(std::shared_ptr<store::Workspace> workspace)
    : m_workspace(std::move(workspace))
{
    store::PipelineStore pipeline(m_workspace);
    gpt5 = pipeline.createCampaign(u"gpt-5"_s, R"({"generator":{"provider":"openai","model":"gpt-5"},"max_rounds":5})");
    claude = pipeline.createCampaign(u"claude-sonnet-4-5"_s,
                                     R"({"generator":{"provider":"anthropic","model":"claude-sonnet-4-5"},"max_rounds":5})");
    macroDensity = addExample(gpt5, u"WMD-group/MacroDensity"_s,
                              u"Computes the planar average and the macroscopic average of the electrostatic potential from a VASP "
                              "LOCPOT file, to find the vacuum level and align band edges at interfaces."_s,
                              QString::fromUtf8(kMacroDensityPy), u"accept"_s);
    ase = addExample(gpt5, u"ase/ase"_s,
                     u"Computes the electrostatic energy of an ionic crystal with an Ewald sum and reports the Madelung "
                     "potential energy per ion."_s,
                     QString::fromUtf8(kAsePy), u"accept"_s);
    const QString xrd = u"Simulates the powder X-ray diffraction pattern of a crystal structure read from a CIF file."_s;
    pymatgen = addExample(gpt5, u"materialsproject/pymatgen"_s, xrd, QString::fromUtf8(kPymatgenPy), u"accept"_s);
    emceeRejected = addExample(gpt5, u"dfm/emcee"_s, u"Samples a posterior distribution with an ensemble MCMC sampler."_s,
                               QString::fromUtf8(kEmceePy), u"reject"_s);
    phonopy = addExample(gpt5, u"phonopy/phonopy"_s, u"Computes the phonon band structure of silicon."_s, QString::fromUtf8(kPhonopyPy));
    // A failed example: one round the judge did not find finished.
    {
        const qint64 repo = repository(u"lmfit/lmfit-py"_s);
        for (const auto &e : pipeline.addExamples(gpt5, {repo}))
            if (e.repositoryId == repo)
                lmfit = e.id;
        const auto round = pipeline.createRound(lmfit, 1, u"generated"_s, "import lmfit\n", "lmfit\n", "", "{}");
        pipeline.saveVerdict(round.id, R"({"is_finished":false})", false, u"api_misuse"_s);
        pipeline.setExampleState(lmfit, store::ExampleStatus::Failed, u"done"_s);
    }
    repository(u"sunpy/sunpy"_s);
    pymatgenTwin = addExample(claude, u"materialsproject/pymatgen"_s, xrd, QString::fromUtf8(kPymatgenPy), u"accept"_s);
    emceeAccepted = addExample(claude, u"dfm/emcee"_s,
                               u"Draws samples from a Gaussian posterior with the affine-invariant ensemble sampler of emcee and "
                               "reports the chain's shape."_s,
                               QString::fromUtf8(kEmceePy), u"accept"_s);
}

qint64 LibraryFixture::repository(const QString &name)
{
    QSqlQuery found = store::exec(m_workspace->database(), u"SELECT id FROM repositories WHERE name = :n"_s, {{u":n"_s, name}});
    if (found.next())
        return found.value(0).toLongLong();
    QSqlQuery q = store::exec(m_workspace->database(),
                              u"INSERT INTO repositories (name, source, url, local_path, commit_sha, license_spdx, added_at, updated_at) "
                              "VALUES (:n, :n, :u, :n, :c, 'MIT', 0, 0) RETURNING id"_s,
                              {{u":n"_s, name},
                               {u":u"_s, QString(u"https://github.com/"_s + name)},
                               {u":c"_s, u"0123456789abcdef0123456789abcdef01234567"_s}});
    return store::insertedId(q);
}

qint64 LibraryFixture::addExample(qint64 campaign, const QString &repositoryName, const QString &description, const QString &mainPy,
                                  const QString &decision)
{
    store::PipelineStore pipeline(m_workspace);
    const qint64 repo = repository(repositoryName);
    qint64 id = 0;
    for (const auto &e : pipeline.addExamples(campaign, {repo}))
        if (e.repositoryId == repo)
            id = e.id;
    pipeline.saveSummary(id, QJsonDocument(QJsonObject{{u"description"_s, u"The %1 package."_s.arg(repositoryName.section(u'/', -1))},
                                                       {u"highly_relevant_files"_s, QJsonArray()}})
                                 .toJson(QJsonDocument::Compact));
    const QJsonObject metadata{{u"example_description"_s, description},
                               {u"example_inclusion_criteria"_s, u"When a script needs exactly this computation."_s},
                               {u"example_exclusion_criteria"_s, u"When the inputs are missing."_s},
                               {u"example_type"_s, u"library_demo"_s},
                               {u"user_type"_s, u"no_user"_s}};
    const auto round = pipeline.createRound(id, 1, u"generated"_s, mainPy.toUtf8(), "numpy\n", "pip install -r requirements.txt\n",
                                            QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    exec::ExecutionResult result;
    result.outcome = exec::ExecutionResult::Outcome::Completed;
    result.exitCode = 0;
    result.durationMs = 12000;
    pipeline.saveExecution(round.id, result);
    const QJsonObject verdict{{u"is_finished"_s, true},
                              {u"is_faithful"_s, true},
                              {u"is_complete"_s, true},
                              {u"is_accurate"_s, true},
                              {u"faithfulness_accurate_completeness_statement"_s, u"Runs to its end and shows the function."_s}};
    pipeline.saveVerdict(round.id, QJsonDocument(verdict).toJson(QJsonDocument::Compact), true, u"none"_s);
    pipeline.setExampleState(id, store::ExampleStatus::Success, u"done"_s);
    if (!decision.isEmpty())
        judge(id, u"alice"_s, decision);
    return id;
}

void LibraryFixture::judge(qint64 exampleId, const QString &annotator, const QString &decision)
{
    store::JudgementRecord j;
    j.exampleId = exampleId;
    j.annotator = annotator;
    j.decision = store::decisionFromString(decision);
    j.functionCorrect = decision == u"accept"_s ? store::CriterionAnswer::Yes : store::CriterionAnswer::No;
    j.secondsSpent = 60;
    store::JudgementStore(m_workspace).add(j);
}

} // namespace wb::test
