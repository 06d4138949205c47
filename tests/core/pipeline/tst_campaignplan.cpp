// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignPlan: every problem is reported before anything is stored; create() writes what the command
// line always wrote; the executor's settings are built in one place (network included); and the one
// definition of a resumable campaign.
#include "exec/executor.h"
#include "exec/podmanexecutor.h"
#include "pipeline/campaignconfig.h"
#include "pipeline/campaignplan.h"
#include "pipeline/campaignstanding.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstCampaignPlan : public QObject
{
    Q_OBJECT

    static pipeline::CampaignConfig goodConfig()
    {
        pipeline::CampaignConfig c;
        c.generator = {u"vllm"_s, u"gen-model"_s, u"http://127.0.0.1:9/v1"_s};
        c.classifier = {u"vllm"_s, u"fast-model"_s, u"http://127.0.0.1:9/v1"_s};
        c.judge = {u"vllm"_s, u"judge-model"_s, u"http://127.0.0.1:9/v1"_s};
        c.executor = u"local"_s;
        c.maxRounds = 3;
        c.concurrency = 2;
        return c;
    }

    static QList<qint64> addRepositories(const std::shared_ptr<store::Workspace> &ws, int n)
    {
        QList<qint64> ids;
        store::RepositoryStore repos(ws);
        for (int i = 0; i < n; ++i)
            ids << repos.addExternal(u"org/repo%1"_s.arg(i), u"test"_s, u"https://example.org/org/repo%1"_s.arg(i));
        return ids;
    }

    static bool mentions(const QStringList &problems, const QString &text)
    {
        return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.contains(text); });
    }

    static void verifyNothingStored(const std::shared_ptr<store::Workspace> &ws)
    {
        QVERIFY(store::PipelineStore(ws).campaigns().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void goodPlanCreatesWhatTheCommandLineWrote()
    {
        test::TempWorkspace planned, manual;
        const auto ids = addRepositories(planned.workspace(), 3);
        QCOMPARE(addRepositories(manual.workspace(), 3), ids);
        const pipeline::CampaignPlan plan(u"first"_s, goodConfig());   // no ids: every repository
        const QStringList problems = plan.validate(planned.workspace());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const auto created = plan.create(planned.workspace());
        QCOMPARE(created.name, u"first"_s);
        QCOMPARE(created.examples, 3);

        // What `run` wrote before the plan: createCampaign, then addExamples.
        store::PipelineStore before(manual.workspace());
        const qint64 manualId = before.createCampaign(u"first"_s, goodConfig().toJson());
        before.addExamples(manualId, ids);

        store::PipelineStore after(planned.workspace());
        const auto a = after.findCampaign(QString::number(created.campaignId));
        const auto b = before.findCampaign(QString::number(manualId));
        QVERIFY(a && b);
        QCOMPARE(a->name, b->name);
        QCOMPARE(a->configJson, b->configJson);
        QCOMPARE(a->status, b->status);
        const auto ea = after.examples(created.campaignId);
        const auto eb = before.examples(manualId);
        QCOMPARE(ea.size(), eb.size());
        for (qsizetype i = 0; i < ea.size(); ++i) {
            QCOMPARE(ea[i].repositoryId, eb[i].repositoryId);
            QCOMPARE(ea[i].commitSha, eb[i].commitSha);
            QCOMPARE(ea[i].status, store::ExampleStatus::Pending);
            QCOMPARE(ea[i].status, eb[i].status);
            QCOMPARE(ea[i].stage, eb[i].stage);
        }

        // Only the named repositories, and the name is taken now.
        const auto two = pipeline::CampaignPlan(u"second"_s, goodConfig(), {ids[0], ids[2]}).validateAndCreate(planned.workspace());
        QCOMPARE(two.examples, 2);
        QVERIFY(mentions(plan.validate(planned.workspace()), u"exists already"_s));
    }

    void badExecutorStoresNothing()
    {
        test::TempWorkspace tmp;
        addRepositories(tmp.workspace(), 1);
        auto config = goodConfig();
        config.executor = u"docker"_s;
        const pipeline::CampaignPlan plan(u"bad-executor"_s, config);
        const QStringList problems = plan.validate(tmp.workspace());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"Unknown executor 'docker'"_s), qPrintable(problems.first()));
        try {
            plan.validateAndCreate(tmp.workspace());
            QFAIL("a plan with an unknown executor was created");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
            QVERIFY(e.message().contains(u"docker"_s));
        }
        verifyNothingStored(tmp.workspace());
    }

    void unknownRepositoryStoresNothing()
    {
        test::TempWorkspace tmp;
        const auto ids = addRepositories(tmp.workspace(), 1);
        const pipeline::CampaignPlan plan(u"gone"_s, goodConfig(), {ids.first(), 9999});
        const QStringList problems = plan.validate(tmp.workspace());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"9999"_s), qPrintable(problems.first()));
        QVERIFY_THROWS_EXCEPTION(Error, plan.validateAndCreate(tmp.workspace()));
        verifyNothingStored(tmp.workspace());

        test::TempWorkspace empty;
        QVERIFY(mentions(pipeline::CampaignPlan(u"none"_s, goodConfig()).validate(empty.workspace()), u"no repositories"_s));
        QVERIFY_THROWS_EXCEPTION(Error, pipeline::CampaignPlan(u"none"_s, goodConfig()).create(empty.workspace()));
        verifyNothingStored(empty.workspace());
    }

    void badConfigListsEveryProblem()
    {
        test::TempWorkspace tmp;
        addRepositories(tmp.workspace(), 1);
        auto config = goodConfig();
        config.generator.provider = u"no-such-provider"_s;
        config.judge.model.clear();
        config.maxRounds = 0;
        config.protocol = u"codedistiller-1999"_s;
        config.executorOptions.insert(u"slurm.partiton"_s, u"debug"_s);
        config.classificationMode = u"economy"_s;   // vllm has no batch API
        const QStringList problems = pipeline::CampaignPlan(QString(), config).validate(tmp.workspace());
        QVERIFY2(problems.size() >= 7, qPrintable(problems.join(u'\n')));
        QVERIFY(mentions(problems, u"needs a name"_s));
        QVERIFY(mentions(problems, u"no-such-provider"_s));
        QVERIFY(mentions(problems, u"No model is set for the judge"_s));
        QVERIFY(mentions(problems, u"at least one round"_s));
        QVERIFY(mentions(problems, u"codedistiller-1999"_s));
        QVERIFY(mentions(problems, u"Unknown setting 'slurm.partiton'"_s));
        QVERIFY(mentions(problems, u"batch API"_s));
        try {
            pipeline::CampaignPlan(u"many"_s, config).require(tmp.workspace());
            QFAIL("an invalid plan passed");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"cannot start"_s));
            QVERIFY(e.message().contains(u"\n- "_s));
        }
        verifyNothingStored(tmp.workspace());
    }

    void executorSettingsCarryNetworkAndSiteSettings()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        ws->setSetting(exec::PodmanExecutor::imageSettingKey(), u"lab/image:1"_s);
        ws->setSetting(exec::Executor::pipIndexUrlKey(), u"https://pypi.lab.example/simple"_s);
        auto config = goodConfig();
        config.executor = u"podman"_s;
        config.limits.network = true;
        config.pythonPath = u"/opt/python/bin/python3"_s;
        config.roundRetention = exec::RoundRetention::KeepFailed;
        config.executorOptions.insert(exec::Executor::pipIndexUrlKey(), u"https://mirror.example/simple"_s);
        const exec::ExecutorSettings s = pipeline::CampaignPlan::executorSettings(config, ws);
        QVERIFY(s.network);
        QCOMPARE(s.pythonPath, config.pythonPath);
        QVERIFY(s.retention == exec::RoundRetention::KeepFailed);
        QCOMPARE(s.siteSettings.value(exec::PodmanExecutor::imageSettingKey()), u"lab/image:1"_s);
        QCOMPARE(s.siteSettings.value(exec::Executor::pipIndexUrlKey()), u"https://mirror.example/simple"_s);   // the campaign's
        for (auto it = s.siteSettings.cbegin(); it != s.siteSettings.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));   // unset settings are left out
        QVERIFY(!pipeline::CampaignPlan::executorSettings(goodConfig(), ws).network);
    }

    void withModelsKeepsTheRest()
    {
        auto config = goodConfig();
        config.limits.network = true;
        config.budgetUsd = 5;
        const pipeline::CampaignPlan base(u"base"_s, config, {1, 2});
        const auto other = base.withModels(u"other"_s, {u"openai"_s, u"gpt-x"_s, {}});
        QCOMPARE(other.name(), u"other"_s);
        QCOMPARE(other.repositoryIds(), base.repositoryIds());
        QCOMPARE(other.config().generator.model, u"gpt-x"_s);
        QCOMPARE(other.config().classifier.model, u"gpt-x"_s);   // none given: the generator's
        QCOMPARE(other.config().judge.provider, u"openai"_s);
        QCOMPARE(other.config().protocol, config.protocol);
        QCOMPARE(other.config().maxRounds, config.maxRounds);
        QVERIFY(other.config().limits.network);
        QCOMPARE(other.config().budgetUsd, config.budgetUsd);
        const auto judged = base.withModels(u"judged"_s, {u"openai"_s, u"gpt-x"_s, {}}, {}, {u"anthropic"_s, u"claude"_s, {}});
        QCOMPARE(judged.config().judge.model, u"claude"_s);
        QCOMPARE(base.config().generator.model, u"gen-model"_s);   // the original is unchanged
    }

    void resumableCampaigns()
    {
        test::TempWorkspace tmp;
        const auto ws = tmp.workspace();
        const auto ids = addRepositories(ws, 2);
        store::PipelineStore pipeline(ws);
        using store::ExampleStatus;
        // name → the statuses of its two examples
        const QList<std::pair<QString, std::pair<ExampleStatus, ExampleStatus>>> campaigns{
            {u"done"_s, {ExampleStatus::Success, ExampleStatus::Failed}},
            {u"errors"_s, {ExampleStatus::Success, ExampleStatus::Error}},
            {u"cancelled"_s, {ExampleStatus::Cancelled, ExampleStatus::Success}},
            {u"interrupted"_s, {ExampleStatus::Running, ExampleStatus::Error}},
            {u"paused"_s, {ExampleStatus::Paused, ExampleStatus::Pending}},
        };
        for (const auto &[name, statuses] : campaigns) {
            const qint64 id = pipeline.createCampaignWithExamples(name, goodConfig().toJson(), ids);
            const auto examples = pipeline.examples(id);
            pipeline.setExampleState(examples[0].id, statuses.first, u"done"_s);
            pipeline.setExampleState(examples[1].id, statuses.second, u"done"_s);
        }
        auto names = [](const QList<store::ResumableCampaign> &list) {
            QStringList out;
            for (const auto &c : list)
                out << u"%1:%2/%3"_s.arg(c.name).arg(c.unfinished).arg(c.errors);
            return out.join(u' ');
        };
        QCOMPARE(names(pipeline.resumableCampaigns()), u"cancelled:1/0 interrupted:1/1 paused:2/0"_s);
        QCOMPARE(names(pipeline.resumableCampaigns(store::ErrorPolicy::Retry)),
                 u"errors:0/1 cancelled:1/0 interrupted:1/1 paused:2/0"_s);

        // The window's Resume chooser counts the same way, and lists every campaign.
        QStringList standings;
        for (const auto &s : pipeline::CampaignStanding::readAll(ws))
            standings << u"%1:%2/%3 of %4"_s.arg(s.name).arg(s.unfinished).arg(s.errors).arg(s.examples);
        QCOMPARE(standings.join(u' '), u"done:0/0 of 2 errors:0/1 of 2 cancelled:1/0 of 2 interrupted:1/1 of 2 paused:2/0 of 2"_s);
        const auto one = pipeline::CampaignStanding::read(ws, pipeline.findCampaign(u"interrupted"_s)->id);
        QVERIFY(one);
        QCOMPARE(u"%1/%2 of %3"_s.arg(one->unfinished).arg(one->errors).arg(one->examples), u"1/1 of 2"_s);
    }
};

QTEST_GUILESS_MAIN(TstCampaignPlan)
#include "tst_campaignplan.moc"
