// SPDX-License-Identifier: GPL-3.0-or-later
// FileRelevance: what the heatmap and the file tree show of each file, from its inventory record and
// the newest classification.
#include "models/filerelevance.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
store::FileRecord file(const QString &path, int prior, qint64 size = 1000, std::optional<int> lines = 40)
{
    store::FileRecord f;
    f.path = path;
    f.prior = prior;
    f.sizeBytes = size;
    f.lineCount = lines;
    f.language = u"Python"_s;
    f.category = store::FileCategory::Code;
    f.priorReason = u"example script"_s;
    return f;
}

store::ClassificationRecord rated(const QString &path, std::optional<int> rating, bool inPrompt, const QByteArray &answer)
{
    store::ClassificationRecord c;
    c.path = path;
    c.rating = rating;
    c.inPrompt = inPrompt;
    c.responseJson = answer;
    return c;
}
} // namespace

class TstFileRelevance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relevance_data()
    {
        QTest::addColumn<std::optional<int>>("rating");
        QTest::addColumn<bool>("inPrompt");
        QTest::addColumn<int>("relevance");
        QTest::addColumn<bool>("isRated");
        QTest::addColumn<QString>("label");
        QTest::newRow("no classification: the prior") << std::optional<int>() << false << 2 << false << QString();
        QTest::newRow("rated above the prior") << std::optional<int>(5) << true << 5 << true << u"example"_s;
        QTest::newRow("rated below the prior") << std::optional<int>(1) << false << 1 << true << u"example"_s;
    }

    void relevance()
    {
        QFETCH(std::optional<int>, rating);
        QFETCH(bool, inPrompt);
        QFETCH(int, relevance);
        QFETCH(bool, isRated);
        QFETCH(QString, label);
        QList<store::ClassificationRecord> classifications;
        if (rating)
            classifications << rated(u"demo.py"_s, rating, inPrompt,
                                     R"({"classification":"example","description":"scans the lattice","important_information":"needs numpy"})");
        const auto r = ui::FileRelevance::build({file(u"demo.py"_s, 2)}, classifications);
        QCOMPARE(r.cells.size(), 1);
        const auto &cell = r.cells.first();
        QCOMPARE(cell.relevance, relevance);
        QCOMPARE(cell.rated, isRated);
        QCOMPARE(cell.inPrompt, inPrompt);
        QCOMPARE(cell.weight, 1000.0);
        QCOMPARE(cell.lines, 40.0);
        const auto treeRating = r.ratings.value(u"demo.py"_s);
        QCOMPARE(treeRating.relevance, relevance);
        QCOMPARE(treeRating.rated, isRated);
        QCOMPARE(treeRating.label, label);
        QCOMPARE(treeRating.tooltip, cell.tooltip);
        QVERIFY2(cell.tooltip.contains(u"Static ranking: band 2"_s) && cell.tooltip.contains(u"example script"_s), qPrintable(cell.tooltip));
        QCOMPARE(cell.tooltip.contains(u"Rated "_s), isRated);
        QCOMPARE(cell.tooltip.contains(u"Setup: needs numpy"_s), isRated);
        QCOMPARE(cell.tooltip.contains(u"in the generation prompt"_s), inPrompt);
    }

    void aFailedClassificationKeepsThePrior()
    {
        // A call that failed left no rating and no answer: the prior stands, nothing claims a rating.
        const auto r = ui::FileRelevance::build({file(u"a.py"_s, 4)}, {rated(u"a.py"_s, std::nullopt, false, {})});
        QCOMPARE(r.cells.first().relevance, 4);
        QVERIFY(!r.cells.first().rated);
    }

    void filesTheModelWasNotAskedAbout()
    {
        // Classification ran for a.py; b.py stayed out of the classified set: "not asked", not "rated".
        store::FileRecord asked = file(u"a.py"_s, 4), skipped = file(u"docs/conf.py"_s, 1);
        asked.priorScore = 6.25;
        skipped.priorScore = 0.15;
        skipped.priorReason = u"build, CI or documentation plumbing; nested 2 folders deep"_s;
        const auto r = ui::FileRelevance::build({asked, skipped}, {rated(u"a.py"_s, 5, true, R"({"classification":"code_example"})")});
        QVERIFY(!r.cells.at(0).notAsked);
        QVERIFY(r.cells.at(1).notAsked);
        QVERIFY(!r.cells.at(1).rated);
        QCOMPARE(r.cells.at(1).relevance, 1);
        QVERIFY(r.ratings.value(u"docs/conf.py"_s).notAsked);
        QVERIFY2(r.cells.at(1).tooltip.contains(u"Not asked"_s), qPrintable(r.cells.at(1).tooltip));
        QVERIFY2(r.cells.at(1).tooltip.contains(u"plumbing<br>nested"_s), qPrintable(r.cells.at(1).tooltip));   // one reason per line
        QVERIFY(r.cells.at(0).tooltip.contains(QLocale().toString(6.25, 'f', 2)));
        // Before any classification, nothing is "not asked".
        QVERIFY(!ui::FileRelevance::build({asked, skipped}, {}).cells.at(1).notAsked);
    }

    void tinyAndBinaryFilesStillHaveArea()
    {
        const auto r = ui::FileRelevance::build({file(u"empty.py"_s, 1, 0, 0), file(u"model.bin"_s, 1, 5'000'000, std::nullopt)}, {});
        QCOMPARE(r.cells.at(0).weight, 64.0);   // a minimum, so an empty file is still a visible cell
        QCOMPARE(r.cells.at(1).lines, 0.0);     // no lines: it has no area when sized by lines
        QCOMPARE(r.cells.at(1).weight, 5'000'000.0);
    }

    void hostileNamesAndAnswersAreEscaped()
    {
        const QString path = u"<img src=x onerror=alert(1)>.py"_s;
        const auto r = ui::FileRelevance::build(
            {file(path, 3)}, {rated(path, 4, false, R"({"classification":"code","description":"<b>bold</b> & more","important_information":"<script>"})")});
        const QString tip = r.cells.first().tooltip;
        QVERIFY2(!tip.contains(u"<img"_s) && tip.contains(u"&lt;img src=x onerror=alert(1)&gt;.py"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;/b&gt; &amp; more"_s), qPrintable(tip));
        QVERIFY2(!tip.contains(u"<script>"_s), qPrintable(tip));
    }
};

QTEST_GUILESS_MAIN(TstFileRelevance)
#include "tst_filerelevance.moc"
