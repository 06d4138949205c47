// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench at paper scale: fills a workspace with N repositories (default 3,802, ~100 files
// each, file sizes and counts drawn from a log-normal), 3 campaigns over all of them, 3 rounds per
// example with judge verdicts, LLM calls, file classifications and a few human judgements, on SQLite
// and on PostgreSQL, then measures what a user waits for: opening the workspace (a new Workspace
// object), loading and filtering the repository table (the main window's queries, model and filter
// proxy, with a table view that repaints), and loading and rendering the heatmap of the largest
// repository (TreemapWidget at 1600×1000). Memory from /proc/self/status (VmRSS, VmHWM; the peak is
// reset after filling).
//   QT_QPA_PLATFORM=offscreen build/<preset>/bin/bench_scale [--repositories N] [--backend sqlite|postgres|both] [--keep]
// PostgreSQL: a throwaway cluster (tests/support/pgcluster.sh), or the server whose administration URI
// is in $WB_BENCH_POSTGRES; either way the workspace is a scratch database dropped at the end, unless
// --keep is given with $WB_BENCH_POSTGRES (the database's URI is printed, for EXPLAIN and profiling).
#include "postgrestestserver.h"
#include "models/filerelevance.h"
#include "models/repositoryfilterproxy.h"
#include "models/repositorytablemodel.h"
#include "store/pipelinestore.h"
#include "store/repositorystore.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/error.h"
#include "widgets/treemapwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

constexpr int kCampaigns = 3;
constexpr int kRounds = 3;
constexpr int kClassifiedPerExample = 10;
constexpr qint64 kEpochMs = 1'767'225'600'000;   // 2026-01-01

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

/** A field of /proc/self/status in MiB (VmRSS, VmHWM). */
double statusMiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs). */
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

/** Buffers rows of one table and writes them as multi-row INSERTs with positional bindings. */
class RowWriter
{
public:
    RowWriter(const QSqlDatabase &db, QString table, QStringList columns, int rowsPerStatement = 400)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_perStatement(rowsPerStatement)
    {
    }
    /** Runs before each statement of this table (to write the rows it refers to first). */
    std::function<void()> beforeFlush;
    void add(const QVariantList &row)
    {
        m_values += row;
        if (++m_rows == m_perStatement)
            flush();
    }
    void flush()
    {
        if (m_rows == 0)
            return;
        if (beforeFlush)
            beforeFlush();
        const QString tuple = u'(' + QStringList(m_columns.size(), u"?"_s).join(u',') + u')';
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u',')) + QStringList(m_rows, tuple).join(u','));
        for (const QVariant &v : std::as_const(m_values))
            q.addBindValue(v);
        store::exec(q);
        m_total += m_rows;
        m_values.clear();
        m_rows = 0;
    }
    qint64 total() const { return m_total; }

private:
    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_perStatement;
    int m_rows = 0;
    qint64 m_total = 0;
    QVariantList m_values;
};

struct FillCounts
{
    qint64 repositories = 0, files = 0, campaigns = 0, examples = 0, rounds = 0, calls = 0, classifications = 0, judgements = 0;
};

const QStringList kOwners = {u"lanl"_s,    u"csiro"_s,  u"ornl"_s,   u"mpi-astro"_s, u"cern"_s,   u"ebi"_s,   u"nasa-gsfc"_s,
                             u"pnnl"_s,    u"ethz"_s,   u"inria"_s,  u"riken"_s,     u"ucar"_s,   u"jpl"_s,   u"broad"_s};
const QStringList kWords = {u"quant"_s, u"spectra"_s, u"lattice"_s, u"seismo"_s, u"genome"_s, u"plasma"_s, u"climate"_s,
                            u"protein"_s, u"fluid"_s,  u"galaxy"_s,  u"neuro"_s,  u"ocean"_s,  u"crystal"_s, u"kinetic"_s};
const QStringList kSuffixes = {u"py"_s, u"kit"_s, u"lib"_s, u"sim"_s, u"tools"_s, u"flow"_s, u"lab"_s, u"core"_s};
const QStringList kLicences = {u"MIT"_s, u"BSD-3-Clause"_s, u"Apache-2.0"_s, u"GPL-3.0-only"_s, QString(), u"LGPL-2.1-only"_s};
const QStringList kModels = {u"gpt-oss-120b"_s, u"claude-sonnet-4.5"_s, u"gpt-5-mini"_s};

QString sha(std::mt19937_64 &rng)
{
    return u"%1%2%3"_s.arg(rng(), 16, 16, QChar(u'0')).arg(rng(), 16, 16, QChar(u'0')).arg(quint32(rng()), 8, 16, QChar(u'0'));
}

/** Writes the whole workspace in one transaction; returns the row counts. */
FillCounts fill(const std::shared_ptr<store::Workspace> &ws, int repositories)
{
    QSqlDatabase db = ws->database();
    store::Transaction tx(db);
    std::mt19937_64 rng(20260101);
    std::lognormal_distribution<double> fileCount(std::log(60.0), 1.0);
    std::lognormal_distribution<double> fileSize(std::log(3000.0), 1.4);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    FillCounts n;

    RowWriter repos(db, u"repositories"_s,
                    {u"id"_s, u"name"_s, u"source"_s, u"url"_s, u"local_path"_s, u"commit_sha"_s, u"default_branch"_s, u"commit_time"_s,
                     u"license_spdx"_s, u"license_source"_s, u"size_bytes"_s, u"file_count"_s, u"added_at"_s, u"updated_at"_s});
    RowWriter files(db, u"files"_s,
                    {u"id"_s, u"repository_id"_s, u"path"_s, u"object_sha"_s, u"kind"_s, u"size_bytes"_s, u"line_count"_s, u"language"_s,
                     u"is_executable"_s, u"is_binary"_s, u"category"_s, u"prior"_s, u"prior_reason"_s});
    struct Kind
    {
        const char *dir, *ext, *language, *category;
        int prior;
        const char *reason;
    };
    const Kind kinds[] = {{"src/%1", "py", "Python", "code", 4, "source module"},
                          {"src/%1/core", "py", "Python", "code", 5, "core module"},
                          {"tests", "py", "Python", "code", 2, "test"},
                          {"examples", "py", "Python", "code", 5, "example"},
                          {"docs", "md", "Markdown", "docs", 3, "documentation"},
                          {"notebooks", "ipynb", "Jupyter Notebook", "notebook", 4, "notebook"},
                          {"scripts", "sh", "Shell", "script", 2, "script"},
                          {"data", "csv", "", "data", 1, "data file"},
                          {"src/%1/ext", "c", "C", "code", 3, "extension"}};
    files.beforeFlush = [&repos] { repos.flush(); };
    qint64 fileId = 0;
    std::vector<std::vector<QString>> topFiles(size_t(repositories) + 1);   // per repository, the first files by prior
    for (int r = 1; r <= repositories; ++r) {
        const QString owner = kOwners[int(rng() % kOwners.size())];
        const QString word = kWords[int(rng() % kWords.size())];
        const QString name = u"%1/%2%3-%4"_s.arg(owner, word, kSuffixes[int(rng() % kSuffixes.size())]).arg(r);
        const QString package = word + u"_pkg"_s;
        const int count = std::clamp(int(fileCount(rng)), 3, 20000);
        qint64 total = 0;
        std::vector<std::pair<int, QString>> byPrior;
        std::vector<QVariantList> inventory;
        for (int f = 0; f < count; ++f) {
            const Kind &k = kinds[f < 3 ? f : int(rng() % std::size(kinds))];
            const QString dir = QString::fromLatin1(k.dir).replace(u"%1"_s, package);
            const QString path = u"%1/%2_%3.%4"_s.arg(dir, word).arg(f).arg(QLatin1StringView(k.ext));
            const qint64 size = std::max<qint64>(16, qint64(fileSize(rng)));
            const bool binary = std::string_view(k.category) == "data" && unit(rng) < 0.3;
            total += size;
            const int prior = std::clamp(k.prior + int(rng() % 3) - 1, 1, 5);
            byPrior.emplace_back(prior, path);
            inventory.push_back({++fileId, r, path, sha(rng), u"file"_s, size, binary ? QVariant(QMetaType::fromType<int>()) : QVariant(int(size / 38) + 1),
                       QString::fromLatin1(k.language), std::string_view(k.ext) == "sh" ? 1 : 0, binary ? 1 : 0,
                       QString::fromLatin1(k.category), prior, QString::fromLatin1(k.reason)});
        }
        std::stable_sort(byPrior.begin(), byPrior.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < std::min<int>(kClassifiedPerExample, int(byPrior.size())); ++i)
            topFiles[size_t(r)].push_back(byPrior[size_t(i)].second);
        const qint64 added = kEpochMs + qint64(r) * 60'000;
        const QString licence = kLicences[int(rng() % kLicences.size())];
        repos.add({r, name, QString(u"https://github.com/"_s + name), u"https://github.com/%1.git"_s.arg(name),
                   QString(ws->cachePath() + u"/repos/"_s + QString::number(r)), sha(rng), u"main"_s, added - 86'400'000,
                   licence.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(licence),
                   licence.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u"LICENSE"_s), total, count, added, added});
        for (const QVariantList &row : inventory)
            files.add(row);
    }
    repos.flush();
    files.flush();
    n.repositories = repos.total();
    n.files = files.total();

    RowWriter campaigns(db, u"campaigns"_s, {u"id"_s, u"name"_s, u"config_json"_s, u"status"_s, u"created_at"_s, u"started_at"_s, u"finished_at"_s});
    for (int c = 1; c <= kCampaigns; ++c) {
        const QJsonObject model{{u"provider"_s, u"vllm"_s}, {u"model"_s, kModels[c - 1]}, {u"base_url"_s, u"http://gpu-node:8000/v1"_s}};
        const QJsonObject config{{u"generator"_s, model},       {u"classifier"_s, model},  {u"judge"_s, model},
                                 {u"executor"_s, u"bwrap"_s},   {u"max_rounds"_s, kRounds}, {u"concurrency"_s, 32},
                                 {u"budget_usd"_s, 2500.0},     {u"timeout_s"_s, 900}};
        const qint64 at = kEpochMs + qint64(c) * 7 * 86'400'000;
        campaigns.add({c, u"paper-%1"_s.arg(kModels[c - 1]), QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                       u"finished"_s, at, at, at + 3 * 86'400'000});
    }
    campaigns.flush();
    n.campaigns = campaigns.total();

    RowWriter examples(db, u"examples"_s,
                       {u"id"_s, u"campaign_id"_s, u"repository_id"_s, u"commit_sha"_s, u"status"_s, u"stage"_s, u"summary_json"_s,
                        u"rounds_executed"_s, u"cost_usd"_s, u"started_at"_s, u"finished_at"_s});
    RowWriter rounds(db, u"rounds"_s,
                     {u"id"_s, u"example_id"_s, u"round_index"_s, u"origin"_s, u"executed"_s, u"executor"_s, u"exit_code"_s, u"setup_exit_code"_s,
                      u"timed_out"_s, u"started_at"_s, u"finished_at"_s, u"duration_ms"_s, u"verdict_json"_s, u"is_finished"_s, u"error_class"_s,
                      u"issues_identified_json"_s, u"cost_usd"_s});
    RowWriter calls(db, u"llm_calls"_s,
                    {u"id"_s, u"example_id"_s, u"round_id"_s, u"stage"_s, u"provider"_s, u"model"_s, u"request_hash"_s, u"input_tokens"_s,
                     u"output_tokens"_s, u"cost_usd"_s, u"latency_ms"_s, u"status"_s, u"started_at"_s, u"finished_at"_s});
    RowWriter classifications(db, u"file_classifications"_s,
                              {u"example_id"_s, u"path"_s, u"classification"_s, u"description"_s, u"how_relevant_rating"_s,
                               u"stand_alone_example"_s, u"needs_gpu"_s, u"file_tokens"_s, u"in_prompt"_s, u"llm_call_id"_s});
    rounds.beforeFlush = [&examples] { examples.flush(); };
    calls.beforeFlush = [&rounds] { rounds.flush(); };
    classifications.beforeFlush = [&calls] { calls.flush(); };
    const QStringList errorClasses = {u"environment"_s, u"dependency"_s, u"api_misuse"_s, u"scientific"_s, u"timeout"_s};
    qint64 exampleId = 0, roundId = 0, callId = 0;
    for (int c = 1; c <= kCampaigns; ++c) {
        const qint64 start = kEpochMs + qint64(c) * 7 * 86'400'000;
        for (int r = 1; r <= repositories; ++r) {
            ++exampleId;
            const double u = unit(rng);
            const QString status = u < 0.55 ? u"SUCCESS"_s : u < 0.90 ? u"FAILED"_s : u < 0.97 ? u"ERROR"_s : u"CANCELLED"_s;
            const qint64 at = start + qint64(r) * 40'000;
            const QString summary = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"description"_s, u"A library for %1 simulations."_s.arg(kWords[r % kWords.size()])},
                                          {u"highly_relevant_files"_s, QJsonArray::fromStringList(QStringList(topFiles[size_t(r)].begin(),
                                                                                                          topFiles[size_t(r)].begin() + 3))}})
                    .toJson(QJsonDocument::Compact));
            double roundCost[kRounds];
            double exampleCost = 0;
            for (double &cost : roundCost)
                exampleCost += cost = 0.02 + 0.01 * double(rng() % 5);
            examples.add({exampleId, c, r, sha(rng), status, u"judge"_s, summary, kRounds, exampleCost, at, at + 600'000});
            calls.add({++callId, exampleId, QVariant(QMetaType::fromType<qint64>()), u"repository_summary"_s, u"vllm"_s, kModels[c - 1],
                       sha(rng), 12000, 600, 0.004, 9000, u"ok"_s, at, at + 9000});
            const qint64 summaryCall = callId;
            int ci = 0;
            for (const QString &path : topFiles[size_t(r)])
                classifications.add({exampleId, path, u"core_functionality"_s, u"Implements part of the %1 model."_s.arg(kWords[r % kWords.size()]),
                                     1 + int(rng() % 5), int(rng() % 2), 0, 800 + int(rng() % 4000), ci++ < 5 ? 1 : 0, summaryCall});
            for (int k = 1; k <= kRounds; ++k) {
                ++roundId;
                const bool last = k == kRounds;
                const bool finished = last && status == u"SUCCESS"_s;
                const QString errorClass = finished ? QString() : errorClasses[int(rng() % errorClasses.size())];
                const QJsonObject verdict{{u"is_finished"_s, finished},
                                          {u"error_class"_s, errorClass.isEmpty() ? QJsonValue() : QJsonValue(errorClass)},
                                          {u"explanation"_s, finished ? u"The example runs and shows the library's function."_s
                                                                      : u"The run stops with an error in the setup or the script."_s}};
                const qint64 rs = at + qint64(k) * 120'000;
                const double cost = roundCost[k - 1];
                rounds.add({roundId, exampleId, k, k == 1 ? u"generated"_s : u"repaired"_s, 1, u"bwrap"_s, finished ? 0 : 1, 0, 0, rs,
                            rs + 60'000, 60'000, QString::fromUtf8(QJsonDocument(verdict).toJson(QJsonDocument::Compact)), finished ? 1 : 0,
                            errorClass.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(errorClass),
                            u"[\"ModuleNotFoundError in main.py\"]"_s, cost});
                calls.add({++callId, exampleId, roundId, k == 1 ? u"example_generation"_s : u"example_repair"_s, u"vllm"_s, kModels[c - 1],
                           sha(rng), 30000, 4000, cost * 0.8, 40000, u"ok"_s, rs - 40'000, rs});
                calls.add({++callId, exampleId, roundId, u"judge_verdict"_s, u"vllm"_s, kModels[c - 1], sha(rng), 9000, 500, cost * 0.2, 7000,
                           u"ok"_s, rs + 60'000, rs + 67'000});
            }
        }
    }
    // Parents before children: examples, then rounds, classifications and calls (which refer to both).
    examples.flush();
    rounds.flush();
    calls.flush();
    classifications.flush();
    n.examples = examples.total();
    n.rounds = rounds.total();
    n.calls = calls.total();
    n.classifications = classifications.total();

    RowWriter judgements(db, u"judgements"_s,
                         {u"example_id"_s, u"annotator"_s, u"ran_without_error"_s, u"shows_function"_s, u"function_correct"_s, u"decision"_s,
                          u"notes"_s, u"seconds_spent"_s, u"created_at"_s});
    const QStringList annotators = {u"alice"_s, u"bob"_s, u"chen"_s};
    for (int j = 0; j < 300; ++j) {
        const qint64 e = 1 + qint64(j / 3) * std::max<qint64>(1, exampleId / 100);   // three annotators each
        judgements.add({e, annotators[j % 3], u"yes"_s, u"yes"_s, j % 4 ? u"yes"_s : u"unsure"_s, j % 5 ? u"accept"_s : u"needs_work"_s,
                        u"Checked against the paper's figure."_s, 120 + j, kEpochMs + 40 * 86'400'000LL + j * 60'000LL});
    }
    judgements.flush();
    n.judgements = judgements.total();

    if (ws->dialect() == store::SqlDialect::Postgres) {
        // Explicit ids leave the identity sequences behind; move them past the rows written here.
        for (const QString &table : {u"repositories"_s, u"files"_s, u"campaigns"_s, u"examples"_s, u"rounds"_s, u"llm_calls"_s})
            store::exec(db, u"SELECT setval(pg_get_serial_sequence('%1', 'id'), (SELECT MAX(id) FROM %1))"_s.arg(table));
    }
    tx.commit();
    store::exec(db, u"ANALYZE"_s);
    return n;
}

struct Row
{
    QString what;
    QString value;
};

void printTable(const QString &title, const std::vector<Row> &rows)
{
    std::printf("\n%s\n", qPrintable(title));
    int width = 0;
    for (const Row &r : rows)
        width = std::max(width, int(r.what.size()));
    for (const Row &r : rows)
        std::printf("  %-*s  %s\n", width, qPrintable(r.what), qPrintable(r.value));
    std::fflush(stdout);
}

QString msText(double v) { return u"%1 ms"_s.arg(v, 0, 'f', v < 10 ? 2 : 1); }
QString mibText(double v) { return u"%1 MiB"_s.arg(v, 0, 'f', 1); }

/** Fills the workspace at @p where, then measures it as the workbench uses it. */
void runBackend(const QString &label, const QString &where, int repositories, const std::function<QString()> &storageSize)
{
    std::vector<Row> rows;
    FillCounts counts;
    {
        QElapsedTimer t;
        t.start();
        auto ws = store::Workspace::open(where);
        counts = fill(ws, repositories);
        rows.push_back({u"fill (one transaction, then ANALYZE)"_s, msText(ms(t))});
    }
    rows.push_back({u"rows"_s, u"%1 repositories, %2 files, %3 campaigns, %4 examples, %5 rounds, %6 LLM calls, %7 classifications, %8 judgements"_s
                                   .arg(counts.repositories)
                                   .arg(counts.files)
                                   .arg(counts.campaigns)
                                   .arg(counts.examples)
                                   .arg(counts.rounds)
                                   .arg(counts.calls)
                                   .arg(counts.classifications)
                                   .arg(counts.judgements)});
    rows.push_back({u"storage"_s, storageSize()});

    resetPeak();
    const double rssBase = statusMiB("VmRSS");
    QElapsedTimer t;
    t.start();
    auto ws = store::Workspace::open(where);
    rows.push_back({u"open (new Workspace object)"_s, msText(ms(t))});

    // The repository table, as MainWindow::reload loads it (here on the GUI thread, timed per step).
    t.restart();
    const QList<store::RepositoryRecord> records = store::RepositoryStore(ws).repositories();
    const double reposMs = ms(t);
    t.restart();
    const QList<store::RepositoryOutcome> outcomes = store::PipelineStore(ws).latestOutcomes();
    const double outcomesMs = ms(t);
    rows.push_back({u"query repositories()"_s, u"%1 (%2 rows)"_s.arg(msText(reposMs)).arg(records.size())});
    rows.push_back({u"query latestOutcomes()"_s, u"%1 (%2 rows)"_s.arg(msText(outcomesMs)).arg(outcomes.size())});

    ui::RepositoryTableModel model;
    ui::RepositoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(ui::RepositoryTableModel::NameColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    t.restart();
    model.setRepositories(records);
    model.setOutcomes(outcomes);
    for (int column : {ui::RepositoryTableModel::StatusColumn, ui::RepositoryTableModel::ModelColumn, ui::RepositoryTableModel::VerdictColumn,
                       ui::RepositoryTableModel::LicenseColumn})
        (void)proxy.distinctValues(column);   // the filter combo boxes (MainWindow::updateFilterChoices)
    const double modelMs = ms(t);
    t.restart();
    view.viewport()->repaint();
    const double paintMs = ms(t);
    rows.push_back({u"table model + sort + filter choices"_s, msText(modelMs)});
    rows.push_back({u"table first paint"_s, msText(paintMs)});

    // The user types into the filter, then picks a status.
    const QString typed = records.isEmpty() ? u"quant"_s : records.first().name.section(u'/', 1).left(5);
    QStringList perKey;
    double worstKey = 0, allKeys = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        t.restart();
        proxy.setTextFilter(typed.left(i));
        view.viewport()->repaint();
        const double k = ms(t);
        worstKey = std::max(worstKey, k);
        allKeys += k;
        perKey << u"'%1' %2 → %3 rows"_s.arg(typed.left(i), msText(k)).arg(proxy.rowCount());
    }
    rows.push_back({u"filter, text typed (per key, incl. repaint)"_s, perKey.join(u"; "_s)});
    rows.push_back({u"filter, text: worst key / all keys"_s, u"%1 / %2"_s.arg(msText(worstKey), msText(allKeys))});
    t.restart();
    proxy.setStatusFilter(u"FAILED"_s);
    view.viewport()->repaint();
    rows.push_back({u"filter, + status FAILED"_s, u"%1 → %2 rows"_s.arg(msText(ms(t))).arg(proxy.rowCount())});
    t.restart();
    proxy.clearFilters();
    view.viewport()->repaint();
    rows.push_back({u"filter, cleared"_s, u"%1 → %2 rows"_s.arg(msText(ms(t))).arg(proxy.rowCount())});

    // The heatmap of the largest repository, built as the main window builds it (FileRelevance).
    const auto largest = std::max_element(records.begin(), records.end(),
                                          [](const auto &a, const auto &b) { return a.fileCount < b.fileCount; });
    if (largest != records.end()) {
        t.restart();
        const QList<store::FileRecord> files = store::RepositoryStore(ws).files(largest->id);
        const store::PipelineStore pipeline(ws);
        QList<store::ClassificationRecord> classifications;
        if (const auto example = pipeline.latestClassifiedExample(largest->id))
            classifications = pipeline.classifications(*example);
        const double loadMs = ms(t);
        t.restart();
        const QList<ui::TreemapWidget::Cell> cells = ui::FileRelevance::build(files, classifications).cells;
        const double cellsMs = ms(t);
        ui::TreemapWidget heatmap;
        heatmap.resize(1600, 1000);
        t.restart();
        heatmap.setCells(cells);
        const QPixmap image = heatmap.grab();
        const double renderMs = ms(t);
        rows.push_back({u"largest repository"_s, u"%1 (%2 files, %3 classified)"_s.arg(largest->name).arg(files.size()).arg(classifications.size())});
        rows.push_back({u"heatmap: load files + classifications"_s, msText(loadMs)});
        rows.push_back({u"heatmap: build cells"_s, msText(cellsMs)});
        rows.push_back({u"heatmap: layout + render 1600×1000"_s, u"%1 (%2×%3 image)"_s.arg(msText(renderMs)).arg(image.width()).arg(image.height())});
    }
    rows.push_back({u"RSS before open / after"_s, u"%1 / %2 (+%3)"_s.arg(mibText(rssBase), mibText(statusMiB("VmRSS")))
                                                     .arg(mibText(statusMiB("VmRSS") - rssBase))});
    rows.push_back({u"peak RSS since open (VmHWM)"_s, mibText(statusMiB("VmHWM"))});
    printTable(u"%1 — %2 repositories × %3 campaigns × %4 rounds"_s.arg(label).arg(repositories).arg(kCampaigns).arg(kRounds), rows);
}

QString scriptDir() { return QStringLiteral(WB_TESTS_SOURCE_DIR) + u"/support"_s; }

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("CODEDISTILLER_NO_SECRET_STORE", "1");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"codedistiller-workbench-bench"_s);

    int repositories = 3802;
    QString backend = u"both"_s;
    bool keep = false;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--repositories"_s && i + 1 < args.size())
            repositories = args[++i].toInt();
        else if (args[i] == u"--backend"_s && i + 1 < args.size())
            backend = args[++i];
        else if (args[i] == u"--keep"_s)
            keep = true;
        else {
            std::fprintf(stderr, "usage: bench_scale [--repositories N] [--backend sqlite|postgres|both] [--keep]\n");
            return 2;
        }
    }
    if (repositories < 1 || !QStringList{u"sqlite"_s, u"postgres"_s, u"both"_s}.contains(backend)) {
        std::fprintf(stderr, "bench_scale: --repositories must be positive and --backend one of sqlite, postgres, both\n");
        return 2;
    }
    if (keep && qEnvironmentVariableIsEmpty("WB_BENCH_POSTGRES")) {
        std::fprintf(stderr, "bench_scale: --keep needs WB_BENCH_POSTGRES (a throwaway cluster is removed at the end anyway)\n");
        return 2;
    }

    try {
        if (backend != u"postgres"_s) {
            QTemporaryDir dir;
            const QString file = dir.filePath(u"scale.cdw"_s);
            runBackend(u"SQLite"_s, file, repositories, [file]() -> QString {
                return mibText(double(QFileInfo(file).size() + QFileInfo(file + u"-wal"_s).size()) / 1048576.0) + u" (file + WAL)"_s;
            });
        }
        if (backend != u"sqlite"_s) {
            QTemporaryDir state;
            QString admin = qEnvironmentVariable("WB_BENCH_POSTGRES");
            const bool ownCluster = admin.isEmpty();
            const QString script = scriptDir() + u"/pgcluster.sh"_s;
            struct ClusterGuard
            {
                QString script, dir;
                ~ClusterGuard()
                {
                    if (!dir.isEmpty())
                        QProcess::execute(script, {u"stop"_s, dir});
                }
            } guard;
            if (ownCluster) {
                guard = {script, state.filePath(u"pg"_s)};
                QProcess p;
                p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                p.start(script, {u"start"_s, state.filePath(u"pg"_s)});
                if (!p.waitForFinished(120'000) || p.exitCode() != 0)
                    throw Error(u"Cannot start a PostgreSQL cluster with %1; set WB_BENCH_POSTGRES to a server's administration URI instead."_s.arg(script));
                QFile uri(state.filePath(u"pg/uri"_s));
                if (!uri.open(QIODevice::ReadOnly))
                    throw Error(u"pgcluster.sh wrote no URI"_s);
                admin = QString::fromUtf8(uri.readAll()).trimmed();
            }
            qputenv("WB_TEST_POSTGRES", admin.toUtf8());
            const QString database = test::PostgresTestServer::createDatabase();
            try {
                runBackend(u"PostgreSQL"_s, database, repositories, [database]() -> QString {
                    auto ws = store::Workspace::open(database);
                    QSqlQuery q = store::exec(ws->database(), u"SELECT pg_database_size(current_database())"_s);
                    return q.next() ? mibText(double(q.value(0).toLongLong()) / 1048576.0) + u" (pg_database_size)"_s : QString();
                });
            } catch (...) {
                test::PostgresTestServer::dropDatabase(database);
                throw;
            }
            if (keep)
                std::printf("PostgreSQL workspace kept: %s\n", qPrintable(database));
            else
                test::PostgresTestServer::dropDatabase(database);
        }
    } catch (const Error &e) {
        std::fprintf(stderr, "bench_scale: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
