// SPDX-License-Identifier: GPL-3.0-or-later
// The round log under a round that prints without end: appends TOTAL lines in batches of BATCH (the
// campaign controller hands over at most 2000 lines five times a second) into a log capped at CAP
// lines, first into the bare RoundLogModel, then through the Log tab (RoundLogView, whose list mirrors
// the model). Prints the total time and the time per batch (mean and worst); asserts nothing.
//   QT_QPA_PLATFORM=offscreen build/<preset>/bin/bench_roundlog [total=1000000] [batch=2000] [cap=100000]
#include "models/roundlogmodel.h"
#include "views/roundlogview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace wb;
using ui::RoundLogModel;

namespace {
struct Timing
{
    double totalMs = 0;
    double worstMs = 0;
    int batches = 0;
};

QList<RoundLogModel::Line> batchOf(qint64 from, int count)
{
    QList<RoundLogModel::Line> lines;
    lines.reserve(count);
    for (qint64 i = from; i < from + count; ++i)
        lines.append({1700000000000 + i, u"run"_s, i % 50 == 0 ? u"stderr"_s : u"stdout"_s,
                      u"step %1: loss 0.%2 accuracy 0.9%3"_s.arg(i).arg(i % 9973).arg(i % 97), 0});
    return lines;
}

template<typename Append>
Timing run(qint64 total, int batch, Append append)
{
    Timing t;
    QElapsedTimer clock;
    for (qint64 done = 0; done < total; done += batch) {
        const QList<RoundLogModel::Line> lines = batchOf(done, int(std::min<qint64>(batch, total - done)));
        clock.start();
        append(lines);
        QCoreApplication::processEvents();   // what the GUI thread does with the batch before the next one
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        t.totalMs += ms;
        t.worstMs = std::max(t.worstMs, ms);
        ++t.batches;
    }
    return t;
}

void print(const char *what, const Timing &t, int rows, qint64 dropped)
{
    std::printf("%-34s %9.1f ms total  %7.3f ms/batch mean  %7.3f ms worst  (%d batches, %d rows kept, %lld dropped)\n", what,
                t.totalMs, t.totalMs / std::max(1, t.batches), t.worstMs, t.batches, rows, static_cast<long long>(dropped));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 total = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int batch = args.size() > 2 ? args.at(2).toInt() : 2000;
    const int cap = args.size() > 3 ? args.at(3).toInt() : RoundLogModel::DefaultCapacity;
    std::printf("appending %lld lines in batches of %d into a log capped at %d lines\n", static_cast<long long>(total), batch, cap);

    RoundLogModel model(nullptr, cap);
    const Timing bare = run(total, batch, [&](const auto &lines) { model.append(lines); });
    print("RoundLogModel", bare, model.rowCount(), model.droppedCount());

    ui::RoundLogView view(Qt::UserRole + 10, nullptr, cap);
    view.resize(900, 600);
    view.show();
    const Timing shown = run(total, batch, [&](const auto &lines) { view.append(lines); });
    print("RoundLogView (list shown)", shown, view.model()->rowCount(), view.model()->droppedCount());
    return 0;
}
