// SPDX-License-Identifier: GPL-3.0-or-later
// Middle-out trimming of one output stream: head, tail and the middle's errors within a token budget.
#include "llm/tokenestimator.h"
#include "pipeline/logtrimmer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using pipeline::LogTrimmer;

namespace {
/** A verbose run of @p steps lines that ends in a traceback; a warning with "Error" every 100 lines. */
QStringList verboseRun(int steps)
{
    QStringList lines;
    for (int i = 0; i < steps; ++i) {
        lines << u"step %1: relaxing the Cu(111) slab, energy = %2 eV, max force = %3 eV/A"_s.arg(i).arg(-3.21 * i, 0, 'f', 6).arg(1.0 / (i + 1), 0, 'e', 3);
        if (i % 100 == 50)
            lines << u"RuntimeWarning: ConvergenceError in step %1, retrying with a smaller step"_s.arg(i);
    }
    lines << u"Traceback (most recent call last):"_s << u"  File \"main.py\", line 88, in <module>"_s
          << u"    result = relax(slab, fmax=0.01)"_s << u"ValueError: the optimiser did not converge within 1500 steps"_s;
    return lines;
}

qint64 tokens(const QString &text)
{
    return llm::TokenEstimator::instance().estimate(text, llm::ContentKind::Log);
}
} // namespace

class TstLogTrimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortOutputIsUntouched()
    {
        const QStringList lines{u"hello"_s, u"world"_s};
        QCOMPARE(LogTrimmer::trim(lines, {10000, llm::ContentKind::Log}), u"hello\nworld"_s);
    }

    void longRunKeepsItsEndWithinTheBudget_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("budget");
        QTest::newRow("1,500 lines, 10k tokens") << 1500 << 10000;
        QTest::newRow("1,500 lines, 1k tokens") << 1500 << 1000;
        QTest::newRow("6,000 lines (~100k tokens), 10k tokens") << 6000 << 10000;
    }
    void longRunKeepsItsEndWithinTheBudget()
    {
        QFETCH(int, steps);
        QFETCH(int, budget);
        const QStringList lines = verboseRun(steps);
        QVERIFY(tokens(lines.join(u'\n')) > budget);
        const QString out = LogTrimmer::trim(lines, {budget, llm::ContentKind::Log});
        QVERIFY2(tokens(out) <= budget, qPrintable(u"%1 tokens"_s.arg(tokens(out))));
        QVERIFY2(tokens(out) >= budget * 7 / 10, qPrintable(u"only %1 tokens of %2 used"_s.arg(tokens(out)).arg(budget)));
        // The traceback survives whole, at the end; the head survives too; the cut is marked.
        QVERIFY(out.endsWith(u"ValueError: the optimiser did not converge within 1500 steps"_s));
        QVERIFY(out.contains(u"Traceback (most recent call last):"_s));
        QVERIFY(out.startsWith(u"step 0: "_s));
        QVERIFY(out.contains(u"lines left out here"_s));
        // Error lines from the left-out middle are kept.
        QVERIFY(out.contains(u"ConvergenceError in step 50,"_s));
    }

    void errorsOfTheMiddleAreSubsampledWithinTheirShare()
    {
        QStringList lines;
        for (int i = 0; i < 4000; ++i)
            lines << (i % 2 ? u"ERROR: the k-point %1 failed to converge after 200 iterations"_s.arg(i) : u"k-point %1 done"_s.arg(i));
        const QString out = LogTrimmer::trim(lines, {2000, llm::ContentKind::Log, 0.25});
        QVERIFY(tokens(out) <= 2000);
        int kept = 0;
        for (const QString &l : out.split(u'\n'))
            kept += l.startsWith(u"ERROR: the k-point"_s) ? 1 : 0;
        QVERIFY(kept > 3);
        QVERIFY(out.contains(u"error lines among them are kept below"_s));
    }

    void oneEnormousLastLineKeepsItsEnd()
    {
        const QString last = QString(200000, u'x') + u" MemoryError: cannot allocate 12 GiB"_s;
        const QString out = LogTrimmer::trim({u"starting"_s, last}, {1000, llm::ContentKind::Log});
        QVERIFY(tokens(out) <= 1000);
        QVERIFY(out.endsWith(u"MemoryError: cannot allocate 12 GiB"_s));
        QVERIFY(out.contains(u"characters left out"_s));
    }

    void logJsonEntriesOfTypeErrorAreKept()
    {
        QStringList lines{u"["_s};
        for (int i = 0; i < 3000; ++i)
            lines << (i == 1500 ? uR"(  {"type": "error", "runtime_sec": 12.5, "message": "the phonon band structure has imaginary modes"},)"_s
                                : uR"(  {"type": "info", "runtime_sec": %1, "message": "computed force constants of displacement %2"},)"_s.arg(i * 0.01).arg(i));
        lines << u"]"_s;
        const QString out = LogTrimmer::trim(lines, {1500, llm::ContentKind::Json});
        QVERIFY(out.contains(u"imaginary modes"_s));
        QVERIFY(out.endsWith(u"]"_s));
    }

    void isErrorLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("error");
        QTest::newRow("traceback") << u"Traceback (most recent call last):"_s << true;
        QTest::newRow("frame") << u"  File \"main.py\", line 3, in <module>"_s << true;
        QTest::newRow("exception") << u"KeyError: 'energy'"_s << true;
        QTest::newRow("log.json error entry") << uR"({"type": "error", "message": "x"})"_s << true;
        QTest::newRow("pip error") << u"ERROR: No matching distribution found for pymatgen"_s << true;
        QTest::newRow("progress") << u"step 12: energy = -3.2 eV"_s << false;
        QTest::newRow("word inside") << u"the terrorists of numerics"_s << false;
    }
    void isErrorLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, error);
        QCOMPARE(LogTrimmer::isErrorLine(line), error);
    }
};

QTEST_GUILESS_MAIN(TstLogTrimmer)
#include "tst_logtrimmer.moc"
