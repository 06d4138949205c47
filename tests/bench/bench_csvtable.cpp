// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a large table artifact: a generated CSV of ROWS rows (quoted header, four number columns, one
// text column) parsed as the Artifacts tab does (50 000 rows kept, the rest counted) and as describe()
// does for storage. Prints the size and times; asserts nothing.
//   build/<preset>/bin/bench_csvtable [rows=1000000]
#include "artifacts/csvtable.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using wb::artifacts::CsvTable;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QByteArray bytes = "step,\"height above surface, \xC3\x85\",energy,force,temperature,note\n";
    bytes.reserve(rows * 48);
    for (qint64 i = 0; i < rows; ++i) {
        bytes += QByteArray::number(i) + ',' + QByteArray::number(1.0 + double(i % 1000) * 0.005, 'f', 3) + ','
            + QByteArray::number(-1.3 + double(i % 977) * 1e-3, 'g', 8) + ',' + QByteArray::number(double(i % 313) * 0.01, 'f', 2) + ','
            + QByteArray::number(300 + i % 50) + (i % 100 == 0 ? ",\"checkpoint, saved\"\n" : ",\n");
    }
    std::printf("%lld rows, %.1f MB\n", static_cast<long long>(rows), double(bytes.size()) / 1e6);
    for (const qsizetype keep : {qsizetype(50000), qsizetype(10000)}) {
        CsvTable::Options options;
        options.maxRows = keep;
        QElapsedTimer clock;
        clock.start();
        const CsvTable table = CsvTable::parse(bytes, options);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        std::printf("parse, %6lld rows kept: %8.1f ms  (%lld rows counted, %lld columns, %s)\n", static_cast<long long>(keep), ms,
                    static_cast<long long>(table.totalRows()), static_cast<long long>(table.columnCount()),
                    table.totalRows() == rows ? "count exact" : "COUNT WRONG");
    }
    QElapsedTimer clock;
    clock.start();
    const QJsonObject description = CsvTable::describe(bytes);
    std::printf("describe:                %8.1f ms  (rows %lld)\n", double(clock.nsecsElapsed()) / 1e6,
                static_cast<long long>(description.value(u"rows"_s).toDouble()));
    return 0;
}
