// SPDX-License-Identifier: GPL-3.0-or-later
// `codedistiller show --json`: a round's structure and JSON artifacts come with what they hold (formula, atoms,
// lattice; top-level keys); rows without a description are described on demand and keep it. A real CLI process.
#include "clirun.h"
#include "distillationscript.h"
#include "exec/executionresult.h"
#include "pipeline/campaignconfig.h"
#include "repo/repositoryingestor.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "structurefixture.h"
#include "tempworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using wb::test::CliRun;

namespace {
exec::Artifact artifact(const QString &name, const QByteArray &content)
{
    exec::Artifact a;
    a.name = name;
    a.content = content;
    a.sizeBytes = content.size();
    return a;
}

QJsonObject artifactNamed(const QJsonObject &show, const QString &name)
{
    for (const QJsonValue &a : show.value(u"rounds"_s).toArray().first().toObject().value(u"artifacts"_s).toArray())
        if (a.toObject().value(u"name"_s).toString() == name)
            return a.toObject();
    return {};
}
} // namespace

class TstCliStructures : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::TempWorkspace> m_temp;
    qint64 m_example = 0;
    qint64 m_round = 0;

    CliRun cli(const QStringList &args) { return test::runCli(QStringLiteral(CODEDISTILLER_BIN), m_temp->location(), args); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        m_temp = std::make_unique<test::TempWorkspace>();
        const auto ws = m_temp->workspace();
        test::DistillationScript::makeRepository(m_dir.filePath(u"matlib"_s));
        const auto record = repo::RepositoryIngestor(ws).ingest(repo::SourceSpec::parse(m_dir.filePath(u"matlib"_s)));
        pipeline::CampaignConfig config;
        config.executor = u"local"_s;
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"ocp"_s, config.toJson());
        m_example = pipeline.addExamples(campaign, {record.id}).first().id;
        m_round = pipeline.createRound(m_example, 1, u"generated"_s, "print('slab')\n", "", "true\n", "{}").id;
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        result.artifacts << artifact(u"to_save/POSCAR_first"_s, StructureFixture::copperSlabWithCo())
                         << artifact(u"results.json"_s, R"({"adsorption_energy": -0.48, "converged": true})")
                         << artifact(u"to_save/broken.cif"_s, "data_x\n_cell_length_a oops\n")
                         << artifact(u"to_save/notes.txt"_s, "text");
        // Above the size described when saving: stays undescribed until asked for.
        result.artifacts << artifact(u"to_save/CONTCAR_large"_s, QByteArray(int(store::PipelineStore::DescribeOnSaveBytes) + 10, 'x'));
        pipeline.saveExecution(m_round, result);
    }

    void savedRoundDescribesItsArtifacts()
    {
        store::PipelineStore pipeline(m_temp->workspace());
        QHash<QString, QByteArray> stored;
        for (const auto &a : pipeline.artifacts(m_round))
            stored.insert(a.name, a.description);
        QVERIFY(stored.value(u"to_save/POSCAR_first"_s).contains("\"formula\":\"C Cu96 O\""));
        QVERIFY(stored.value(u"results.json"_s).contains("adsorption_energy"));
        QVERIFY(stored.value(u"to_save/CONTCAR_large"_s).isEmpty());   // not described on save
    }

    void showJsonIncludesTheStructure()
    {
        const CliRun r = cli({u"--json"_s, u"show"_s, QString::number(m_example)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject show = r.json().object();
        const QJsonObject poscar = artifactNamed(show, u"to_save/POSCAR_first"_s);
        QCOMPARE(poscar.value(u"size_bytes"_s).toInt(), int(StructureFixture::copperSlabWithCo().size()));
        const QJsonObject structure = poscar.value(u"structure"_s).toObject();
        QCOMPARE(structure.value(u"formula"_s).toString(), u"C Cu96 O"_s);
        QCOMPARE(structure.value(u"atoms"_s).toInt(), 98);
        QCOMPARE(structure.value(u"frames"_s).toInt(), 1);
        const QJsonObject lattice = structure.value(u"lattice"_s).toObject();
        QVERIFY(std::abs(lattice.value(u"c"_s).toDouble() - StructureFixture::kSlabC) < 1e-6);
        QCOMPARE(lattice.value(u"gamma"_s).toDouble(), 60.0);
        QVERIFY(lattice.value(u"volume"_s).toDouble() > 2000);
        QVERIFY(structure.value(u"density"_s).toDouble() > 1);

        QCOMPARE(artifactNamed(show, u"results.json"_s).value(u"json"_s).toObject().value(u"keys"_s).toArray(),
                 (QJsonArray{u"adsorption_energy"_s, u"converged"_s}));
        QVERIFY(artifactNamed(show, u"to_save/broken.cif"_s).value(u"structure"_s).toObject().contains(u"error"_s));
        const QJsonObject notes = artifactNamed(show, u"to_save/notes.txt"_s);
        QVERIFY(!notes.contains(u"structure"_s) && !notes.contains(u"json"_s));

        // The text form names the structure under its round.
        const CliRun text = cli({u"show"_s, QString::number(m_example)});
        QVERIFY2(text.out.contains("      to_save/POSCAR_first: structure C Cu96 O, 98 atoms, 1 frame(s)\n"), text.out.constData());
    }

    void olderRowsAreDescribedOnDemand()
    {
        // A row from before descriptions existed.
        store::exec(m_temp->workspace()->database(), u"UPDATE artifacts SET description = NULL WHERE name = 'to_save/POSCAR_first'"_s);
        const CliRun r = cli({u"--json"_s, u"show"_s, QString::number(m_example), u"--round"_s, u"1"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject show = r.json().object();
        QCOMPARE(artifactNamed(show, u"to_save/POSCAR_first"_s).value(u"structure"_s).toObject().value(u"formula"_s).toString(),
                 u"C Cu96 O"_s);
        // The large file was read on demand; it is not a structure, and says so.
        QVERIFY(artifactNamed(show, u"to_save/CONTCAR_large"_s).value(u"structure"_s).toObject().contains(u"error"_s));
        // Both descriptions were stored.
        store::PipelineStore pipeline(m_temp->workspace());
        for (const auto &a : pipeline.artifacts(m_round))
            if (a.name == u"to_save/POSCAR_first"_s || a.name == u"to_save/CONTCAR_large"_s)
                QVERIFY2(!a.description.isEmpty(), qPrintable(a.name));
    }
};

QTEST_GUILESS_MAIN(TstCliStructures)
#include "tst_cli_structures.moc"
