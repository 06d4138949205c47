// SPDX-License-Identifier: GPL-3.0-or-later
// The Comparison tab over a realistic workspace: three campaigns (models) × eight repositories, judge
// verdicts, experts' decisions, a gold decision. Matrix marks, side-by-side scrolling, the blind A/B flow.
#include "editor/codeeditor.h"
#include "exec/executionresult.h"
#include "models/campaignmatrixmodel.h"
#include "review/blindreview.h"
#include "review/finalcode.h"
#include "review/pairwisequeue.h"
#include "session/workspacesession.h"
#include "settings/preferences.h"
#include "store/judgementstore.h"
#include "store/pairwisestore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "views/blindabview.h"
#include "views/comparisonview.h"
#include "views/sidebysideview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
struct CampaignSpec
{
    QString name;
    QString provider;
    QString model;
};

const QList<CampaignSpec> kCampaigns{{u"october-baseline"_s, u"openai"_s, u"gpt-5"_s},
                                     {u"rerun-b"_s, u"anthropic"_s, u"claude-sonnet-4-5"_s},
                                     {u"open-weights"_s, u"openrouter"_s, u"openai/gpt-oss-120b"_s}};
/** Words that would give a campaign away on the blind A/B page. */
const QStringList kTells{u"gpt"_s, u"claude"_s, u"sonnet"_s, u"openai"_s, u"anthropic"_s, u"openrouter"_s,
                         u"october-baseline"_s, u"rerun-b"_s, u"open-weights"_s};

const QStringList kRepositories{u"materialsproject/pymatgen"_s, u"astropy/astroquery"_s, u"biopython/biopython"_s,
                                u"deepchem/deepchem"_s, u"MDAnalysis/mdanalysis"_s, u"networkx/networkx"_s,
                                u"qiskit-community/qiskit-nature"_s, u"scikit-bio/scikit-bio"_s};

/** A plausible distilled main.py of about 110 lines; each campaign writes it a little differently. */
QByteArray mainPy(const QString &repository, int campaign)
{
    const QString package = repository.section(u'/', 1).replace(u'-', u'_').toLower();
    QString s = u"\"\"\"Minimal runnable example for %1.\n\nDemonstrates the package's core workflow on a small, "
                "synthetic input so that it finishes in seconds.\n\"\"\"\n"_s.arg(repository);
    s += u"import json\nimport logging\nimport os\nimport sys\nimport time\n\nimport numpy as np\n"_s;
    s += u"import %1\n\n"_s.arg(package);
    s += u"LOG = []\nRESULTS = {}\nOUT_DIR = \"to_save\"\n\n\n"_s;
    s += u"def log(kind, message):\n    \"\"\"Append a structured log entry (kept in log.json).\"\"\"\n"
         "    LOG.append({\"type\": kind, \"runtime_sec\": round(time.time() - START, 3), \"message\": message})\n\n\n"_s;
    for (int step = 1; step <= 6; ++step) {
        s += u"def step_%1(data):\n"_s.arg(step);
        s += u"    \"\"\"Stage %1 of the %2 pipeline.\"\"\"\n"_s.arg(step).arg(package);
        if (campaign == 1)
            s += u"    if data is None:\n        raise ValueError(\"step %1 needs input\")\n"_s.arg(step);
        s += u"    values = np.asarray(data, dtype=float)\n"_s;
        s += u"    scaled = values * %1 + %2\n"_s.arg(step).arg(campaign);
        s += u"    log(\"info\", f\"step %1: mean={scaled.mean():.4f}\")\n"_s.arg(step);
        if (campaign == 2)
            s += u"    # TODO: use the library's own estimator here\n"_s;
        s += u"    return scaled\n\n\n"_s;
    }
    s += u"def main():\n    os.makedirs(OUT_DIR, exist_ok=True)\n    rng = np.random.default_rng(%1)\n"
         "    data = rng.normal(size=256)\n"_s.arg(42 + campaign);
    for (int step = 1; step <= 6; ++step)
        s += u"    data = step_%1(data)\n"_s.arg(step);
    s += u"    RESULTS[\"mean\"] = float(np.mean(data))\n    RESULTS[\"std\"] = float(np.std(data))\n"
         "    with open(\"results.json\", \"w\") as f:\n        json.dump(RESULTS, f, indent=2)\n"
         "    log(\"info\", \"finished\")\n\n\n"_s;
    s += u"if __name__ == \"__main__\":\n    START = time.time()\n    try:\n        main()\n    except Exception as exc:\n"
         "        log(\"error\", repr(exc))\n        sys.exit(1)\n    finally:\n"
         "        with open(\"log.json\", \"w\") as f:\n            json.dump(LOG, f, indent=2)\n"_s;
    return s.toUtf8();
}
} // namespace

class TstComparisonView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    test::TempWorkspace m_tmp;
    QList<qint64> m_campaigns;
    QHash<QString, qint64> m_repositories;
    QHash<qint64, QHash<QString, qint64>> m_examples;   // campaign → repository → example

    void setAnnotator(const QString &name)
    {
        auto preferences = ui::Preferences::load();
        preferences.annotator = name;
        preferences.save();
    }

    /** The matrix row of @p repository. */
    static int rowOf(const ui::CampaignMatrixModel *model, const QString &repository)
    {
        const auto &rows = model->matrix().rows;
        for (int r = 0; r < rows.size(); ++r)
            if (rows[r].repository == repository)
                return r;
        return -1;
    }

    static QStringList visibleTexts(const QWidget *root)
    {
        QStringList texts;
        for (const QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            texts << w->toolTip();
            if (const auto *label = qobject_cast<const QLabel *>(w))
                texts << label->text();
            else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                texts << button->text();
            else if (const auto *combo = qobject_cast<const QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
        }
        texts << root->window()->windowTitle();
        return texts;
    }

    static QString tellIn(const QStringList &texts)
    {
        for (const QString &text : texts)
            for (const QString &tell : kTells)
                if (text.contains(tell, Qt::CaseInsensitive))
                    return text;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"codedistiller-workbench-test"_s);
        QCoreApplication::setApplicationName(u"comparison-view-test"_s);
        qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
        const auto ws = m_tmp.workspace();
        store::PipelineStore pipeline(ws);
        for (const QString &name : kRepositories) {
            QSqlQuery q = store::exec(ws->database(),
                                            u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                            "VALUES (:n, :n, :u, :n, '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s,
                                            {{u":n"_s, name}, {u":u"_s, QString(u"https://github.com/"_s + name)}});
            m_repositories.insert(name, store::insertedId(q));
        }
        for (int c = 0; c < kCampaigns.size(); ++c) {
            const auto &spec = kCampaigns[c];
            // The third campaign ran under a lab's variant of the protocol.
            const QString protocol = c == 2 ? u", \"protocol\": {\"name\": \"strict-judge\", \"hash\": \"5f0c3a9e1b2d7c4e8a6f0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4\"}"_s
                                            : QString();
            const qint64 id = pipeline.createCampaign(
                spec.name, (u"{\"generator\": {\"provider\": \"%1\", \"model\": \"%2\"}"_s.arg(spec.provider, spec.model) + protocol + u"}"_s).toUtf8());
            m_campaigns << id;
            // The open-weights campaign has not reached the last two repositories.
            QList<qint64> repos;
            for (const QString &name : kRepositories.mid(0, c == 2 ? 6 : 8))
                repos << m_repositories[name];
            for (const auto &e : pipeline.addExamples(id, repos)) {
                m_examples[id].insert(e.repositoryName, e.id);
                const int r = int(kRepositories.indexOf(e.repositoryName));
                if (c == 2 && r == 5) {   // still running
                    pipeline.createRound(e.id, 1, u"generated"_s, mainPy(e.repositoryName, c), "numpy\n", "pip install -r requirements.txt\n", "{}");
                    pipeline.setExampleState(e.id, wb::store::ExampleStatus::Running, u"execute"_s);
                    continue;
                }
                const int rounds = 1 + (r + c) % 4;
                const bool finished = (r * 3 + c * 5) % 7 < 4;
                for (int i = 1; i <= rounds; ++i) {
                    QByteArray code = mainPy(e.repositoryName, c);
                    if (i < rounds)
                        code.replace("np.std(data)", "np.std(data, ddof=-1)");   // the bug the repair fixed
                    const auto round = pipeline.createRound(e.id, i, i == 1 ? u"generated"_s : u"repaired"_s, code,
                                                            "numpy>=1.26\n" + e.repositoryName.section(u'/', 1).toLower().toUtf8() + "\n",
                                                            "#!/bin/bash\nset -e\npip install -r requirements.txt\n",
                                                            "{\n  \"repository_url\": \"https://github.com/" + e.repositoryName.toUtf8()
                                                                + "\",\n  \"example_type\": \"workflow\"\n}\n");
                    exec::ExecutionResult result;
                    result.outcome = exec::ExecutionResult::Outcome::Completed;
                    const bool last = i == rounds;
                    result.exitCode = last && finished ? 0 : 1;
                    result.durationMs = 20000 + 1000 * r;
                    pipeline.saveExecution(round.id, result);
                    const bool ok = last && finished;
                    pipeline.saveVerdict(round.id,
                                         ok ? R"({"is_finished": true, "is_faithful": true, "is_complete": true, "is_accurate": true, "error_class": "none"})"
                                            : R"({"is_finished": false, "is_faithful": true, "is_complete": false, "is_accurate": false, "error_class": "api_misuse"})",
                                         ok, ok ? u"none"_s : u"api_misuse"_s);
                }
                pipeline.setExampleState(e.id, finished ? wb::store::ExampleStatus::Success : wb::store::ExampleStatus::Failed, u"done"_s);
                store::exec(ws->database(),   // the cost is the calls': one call of it
                            u"INSERT INTO llm_calls (example_id, stage, provider, model, request_hash, cost_usd, status, started_at) "
                            "VALUES (:id, 'example_generation', 'p', 'm', 'h', :c, 'ok', 0)"_s,
                            {{u":c"_s, 0.0125 * rounds * (c + 1)}, {u":id"_s, e.id}});
            }
        }
        // Experts: bob judges the first five repositories of every campaign; alice and carol join him on
        // astroquery in the second; dora's gold decision settles biopython in the first.
        store::JudgementStore judgements(ws);
        auto judge = [&](int campaign, const QString &repo, const QString &who, const QString &decision) {
            store::JudgementRecord j;
            j.exampleId = m_examples[m_campaigns[campaign]][repo];
            j.annotator = who;
            j.decision = store::decisionFromString(decision);
            judgements.add(j);
        };
        const auto matrixCells = [&](int campaign, const QString &repo) {
            return pipeline.rounds(m_examples[m_campaigns[campaign]][repo]).last().isFinished.value_or(false);
        };
        // bob is stricter than the judge: he rejects some of what it found finished, as experts did in the paper.
        for (int c = 0; c < 3; ++c)
            for (int r = 0; r < 5; ++r) {
                const bool finished = matrixCells(c, kRepositories[r]);
                judge(c, kRepositories[r], u"bob"_s,
                      finished && (r + 2 * c) % 3 != 0 ? u"accept"_s : finished || r % 2 == 0 ? u"reject"_s : u"needs_work"_s);
            }
        judge(1, kRepositories[1], u"alice"_s, u"needs_work"_s);
        judge(1, kRepositories[1], u"carol"_s, u"accept"_s);
        store::exec(ws->database(),
                    u"INSERT INTO adjudications (example_id, criterion, value, adjudicator, reason, created_at) "
                    "VALUES (:e, 'decision', 'reject', 'dora', 'plots made up data', 1)"_s,
                    {{u":e"_s, m_examples[m_campaigns[0]][kRepositories[2]]}});
    }

    void matrixShowsMarksAndOpensExamples()
    {
        setAnnotator(u"alice"_s);
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ComparisonView view(&session);
        QAbstractItemModelTester tester(view.matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &ui::ComparisonView::loaded);
        view.resize(1280, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        auto *model = view.matrixModel();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->columnCount(), 4);
        QVERIFY(model->headerData(1, Qt::Horizontal).toString().contains(u"openai/gpt-5"_s));
        QVERIFY(model->headerData(2, Qt::Horizontal).toString().contains(u"anthropic/claude-sonnet-4-5"_s));

        // Every cell shows the judge's mark; the disagreements carry ≠ and a tint; a gold decision a star.
        int disagreements = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 1; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                const auto *cell = model->cellAt(index);
                const QString text = index.data().toString();
                if (!cell) {
                    QCOMPARE(text, u"—"_s);
                    continue;
                }
                QVERIFY2(text.startsWith(ui::CampaignMatrixModel::judgeMark(cell->judge)), qPrintable(text));
                QCOMPARE(text.contains(u"≠"_s), cell->disagrees());
                QCOMPARE(index.data(Qt::BackgroundRole).isValid(), cell->agrees.has_value());
                QCOMPARE(index.data(ui::CampaignMatrixModel::ExampleIdRole).toLongLong(), cell->exampleId);
                disagreements += cell->disagrees() ? 1 : 0;
            }
        }
        QVERIFY(disagreements >= 1);
        QCOMPARE(model->matrix().rows.first().repository, u"astropy/astroquery"_s);   // by name, ignoring case
        const QModelIndex gold = model->index(rowOf(model, u"biopython/biopython"_s), 1);   // first campaign
        QVERIFY2(gold.data().toString().contains(u"★"_s), qPrintable(gold.data().toString()));
        QVERIFY(gold.data(Qt::ToolTipRole).toString().contains(u"gold"_s));
        QVERIFY(view.statusText().contains(u"%1 disagreement"_s.arg(disagreements)));
        // Campaigns under different protocols are not comparable, and the view says so.
        QVERIFY2(view.statusText().contains(u"different protocols"_s), qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(u"strict-judge (5f0c3a9e1b2d)"_s));

        // Disagreements only.
        view.disagreementsOnly()->setChecked(true);
        int rowsWithDisagreement = 0;
        for (const auto &row : model->matrix().rows)
            rowsWithDisagreement += row.hasDisagreement() ? 1 : 0;
        QCOMPARE(view.matrixProxy()->rowCount(), rowsWithDisagreement);
        view.disagreementsOnly()->setChecked(false);
        QCOMPARE(view.matrixProxy()->rowCount(), 8);

        // Double-click opens that example.
        QSignalSpy activated(&view, &ui::ComparisonView::exampleActivated);
        const QModelIndex target = view.matrixProxy()->index(3, 2);
        QTableView *table = view.matrixView();
        table->scrollTo(target);
        const QPoint at = table->visualRect(target).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);   // a view takes a double-click after a press
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), target.data(ui::CampaignMatrixModel::ExampleIdRole).toLongLong());

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            table->clearSelection();
            table->setCurrentIndex({});
            view.resize(1180, 400);
            QVERIFY(view.grab().save(dir + u"/comparison-matrix.png"_s));
        }

        // Blind mode: no model in the headers; alice sees only what she judged (nothing here).
        review::BlindReview::setEnabled(m_tmp.workspace(), true);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 30000);
        for (int c = 1; c < model->columnCount(); ++c) {
            const QString header = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(!header.contains(u"gpt"_s) && !header.contains(u"claude"_s), qPrintable(header));
        }
        const QString astroquery = model->index(rowOf(model, u"astropy/astroquery"_s), 2).data().toString();   // alice judged it
        QVERIFY2(!astroquery.startsWith(u"◌"_s), qPrintable(astroquery));
        const QModelIndex pymatgen = model->index(rowOf(model, u"materialsproject/pymatgen"_s), 1);
        QVERIFY2(pymatgen.data().toString().startsWith(u"◌"_s), qPrintable(pymatgen.data().toString()));
        QVERIFY(!pymatgen.data(Qt::ToolTipRole).toString().contains(u"finished"_s));
        review::BlindReview::setEnabled(m_tmp.workspace(), false);
    }

    void sideBySidePanesScrollTogether()
    {
        setAnnotator(u"alice"_s);
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ComparisonView view(&session);
        QSignalSpy loaded(&view, &ui::ComparisonView::loaded);
        view.resize(1400, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ui::SideBySideView *sbs = view.sideBySide();
        view.tabs()->setCurrentWidget(sbs);
        QSignalSpy shown(sbs, &ui::SideBySideView::loaded);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        const int before = int(shown.size());
        sbs->setRepository(m_repositories[u"deepchem/deepchem"_s]);
        sbs->setCampaigns({0, 1, 2});
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() > before, 30000);
        QTRY_COMPARE(sbs->visiblePanes(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto code = review::FinalCode::load(m_tmp.workspace(), m_examples[m_campaigns[i]][u"deepchem/deepchem"_s]);
            QTRY_COMPARE_WITH_TIMEOUT(sbs->pane(i)->text(), code.files.value(u"main.py"_s), 30000);
            const QString header = sbs->paneHeader(i)->text();
            QVERIFY2(header.contains(kCampaigns[i].name) && header.contains(kCampaigns[i].model), qPrintable(header));
            QVERIFY2(header.contains(u"Judge"_s), qPrintable(header));
            QVERIFY(!sbs->pane(i)->text().contains(u"ddof=-1"_s));   // the final round, not an earlier one
        }

        // Scrolling one pane scrolls the others to the same line.
        QScrollBar *first = sbs->pane(0)->verticalScrollBar();
        QVERIFY(first->maximum() > 40);
        first->setValue(40);
        QCOMPARE(sbs->pane(1)->verticalScrollBar()->value(), 40);
        QCOMPARE(sbs->pane(2)->verticalScrollBar()->value(), 40);
        QTRY_COMPARE(sbs->pane(1)->firstVisibleLine(), 40);
        sbs->pane(2)->verticalScrollBar()->setValue(25);
        QCOMPARE(first->value(), 25);
        QCOMPARE(sbs->pane(1)->verticalScrollBar()->value(), 25);

        const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            first->setValue(12);
            QVERIFY(view.grab().save(dir + u"/side-by-side.png"_s));
        }

        // The file chooser switches every pane.
        sbs->setFile(u"requirements.txt"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(sbs->pane(i)->text().startsWith(u"numpy>=1.26"_s));
        // Two campaigns: two panes.
        sbs->setCampaigns({1, 0});
        QTRY_COMPARE(sbs->visiblePanes(), 2);
    }

    void blindAbKeyboardFlowStoresJudgementsOfTheRightExamples()
    {
        setAnnotator(u"erin"_s);
        ui::WorkspaceSession session(m_tmp.workspace(), ui::Preferences::load().annotator);
        session.waitForIdle();   // the cached settings are in
        ui::ComparisonView view(&session);
        QSignalSpy loaded(&view, &ui::ComparisonView::loaded);
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        ui::BlindAbView *ab = view.blindAb();
        view.tabs()->setCurrentWidget(ab);
        ab->chooseCampaigns(0, 1);
        const auto queue = review::PairwiseQueue::pending(m_tmp.workspace(), m_campaigns[0], m_campaigns[1], u"erin"_s);
        QCOMPARE(queue.size(), 8);
        QSignalSpy pairShown(ab, &ui::BlindAbView::pairShown);
        QSignalSpy submitted(ab, &ui::BlindAbView::submitted);
        QSignalSpy summary(ab, &ui::BlindAbView::summaryLoaded);
        QTest::mouseClick(ab->startButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pairShown.size(), 1, 30000);
        QVERIFY(ab->isComparing());
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));   // shortcuts need the active window

        // Screen keys per pair: 1/2/3 accuracy A/tie/B, 4/5/6 completeness, 7/8/9 soundness.
        const QList<std::array<Qt::Key, 3>> keys{{Qt::Key_1, Qt::Key_6, Qt::Key_8}, {Qt::Key_3, Qt::Key_4, Qt::Key_7}};
        int firstLeft = 0;
        for (qsizetype p = 0; p < queue.size(); ++p) {
            QTRY_COMPARE_WITH_TIMEOUT(pairShown.size(), p + 1, 30000);
            const auto &item = queue[p];
            firstLeft += item.leftExampleId == item.exampleA ? 1 : 0;
            // Pane A shows the left example, pane B the right one; nothing names a campaign or model.
            QCOMPARE(ab->pane(0)->text(), review::FinalCode::load(m_tmp.workspace(), item.leftExampleId).files.value(u"main.py"_s));
            QCOMPARE(ab->pane(1)->text(), review::FinalCode::load(m_tmp.workspace(), item.rightExampleId()).files.value(u"main.py"_s));
            const QString tell = tellIn(visibleTexts(ab));
            QVERIFY2(tell.isEmpty(), qPrintable(u"the A/B page shows \"%1\""_s.arg(tell)));
            QCOMPARE(ab->progressLabel()->text(), u"Pair %1 of %2 · %3"_s.arg(p + 1).arg(queue.size()).arg(item.repository));

            const auto &k = keys[p % 2];
            ab->comparePage()->setFocus();
            for (const Qt::Key key : k)
                QTest::keyClick(ab->comparePage(), key);
            if (p == 0) {
                QCOMPARE(ab->choice(u"accuracy"_s), u"A"_s);
                QCOMPARE(ab->choice(u"completeness"_s), u"B"_s);
                QCOMPARE(ab->choice(u"soundness"_s), u"tie"_s);
                QTest::keyClick(ab->comparePage(), Qt::Key_8);   // the same key again clears
                QCOMPARE(ab->choice(u"soundness"_s), QString());
                QVERIFY(!ab->submitButton()->isEnabled());
                QTest::keyClick(ab->comparePage(), Qt::Key_8);
                const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
                if (!dir.isEmpty()) {
                    ab->pane(0)->verticalScrollBar()->setValue(18);
                    QVERIFY(view.grab().save(dir + u"/blind-ab.png"_s));
                }
            }
            QTRY_VERIFY(ab->submitButton()->isEnabled());
            QTest::keyClick(ab->comparePage(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), p + 1, 30000);

            // Stored in terms of the examples: screen A is the left example.
            const auto stored = submitted.last().first().value<store::PairwiseRecord>();
            QCOMPARE(stored.annotator, u"erin"_s);
            QCOMPARE(stored.exampleA, item.exampleA);
            QCOMPARE(stored.exampleB, item.exampleB);
            QCOMPARE(stored.campaignA, m_campaigns[0]);
            QCOMPARE(stored.leftExampleId, item.leftExampleId);
            const QString left = item.leftExampleId == item.exampleA ? u"a"_s : u"b"_s;
            const QString right = left == u"a"_s ? u"b"_s : u"a"_s;
            QCOMPARE(stored.accuracy, p % 2 == 0 ? left : right);
            QCOMPARE(stored.completeness, p % 2 == 0 ? right : left);
            QCOMPARE(stored.soundness, p % 2 == 0 ? u"tie"_s : left);
        }
        QVERIFY(firstLeft > 0 && firstLeft < queue.size());   // both sides were exercised
        QTRY_VERIFY_WITH_TIMEOUT(!ab->isComparing(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(summary.size() >= 1 && ab->summaryTable()->rowCount() == 3, 30000);
        QCOMPARE(store::PairwiseStore(m_tmp.workspace()).list(u"erin"_s).size(), 8);
        QVERIFY(review::PairwiseQueue::pending(m_tmp.workspace(), m_campaigns[0], m_campaigns[1], u"erin"_s).isEmpty());
        QVERIFY(ab->statusLabel()->text().contains(u"8"_s));
    }
};

QTEST_MAIN(TstComparisonView)
#include "tst_comparisonview.moc"
