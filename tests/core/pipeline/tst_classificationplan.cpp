// SPDX-License-Identifier: GPL-3.0-or-later
// FileSelector::classificationPlan and shownContent: which files the model is asked about, and how a
// prompt shows code, data and binary files.
#include "pipeline/fileselector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;
using pipeline::FileSelector;

namespace {
store::FileRecord file(const QString &path, double score, store::FileCategory category = store::FileCategory::Code,
                       qint64 size = 4000, bool binary = false)
{
    store::FileRecord f;
    f.path = path;
    f.priorScore = score;
    f.prior = score >= 6.5 ? 5 : score >= 4 ? 4 : score >= 2.4 ? 3 : score >= 1.2 ? 2 : 1;
    f.category = category;
    f.sizeBytes = size;
    f.isBinary = binary;
    return f;
}

QStringList paths(const QList<FileSelector::PlannedFile> &plan)
{
    QStringList out;
    for (const auto &p : plan)
        out << p.path;
    return out;
}
} // namespace

class TstClassificationPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readmeNamedFirstThenTheRankingDownToTheThreshold()
    {
        store::FileRecord named = file(u"docs/usage.md"_s, 1.5, store::FileCategory::Docs);
        named.readmeNamed = true;
        const QList<store::FileRecord> files{file(u"README.md"_s, 12, store::FileCategory::Docs),
                                             file(u"pkg/core.py"_s, 8),
                                             file(u"examples/GaAs/vasprun.xml.gz"_s, 6, store::FileCategory::Other, 900000, true),
                                             file(u"examples/GaAs/settings.yaml"_s, 3, store::FileCategory::Data, 800),
                                             named,
                                             file(u"docs/conf.py"_s, 0.2),
                                             file(u"images/logo.png"_s, 0.05, store::FileCategory::Other, 5000, true),
                                             file(u"tests/test_core.py"_s, 1.3),
                                             file(u"pkg/rarely.py"_s, 0.9)};
        pipeline::CampaignConfig config;
        const auto plan = FileSelector::classificationPlan(files, R"({"highly_relevant_files": ["./tests/test_core.py"]})", config, 50000);
        QCOMPARE(paths(plan), (QStringList{u"docs/usage.md"_s, u"tests/test_core.py"_s, u"README.md"_s, u"pkg/core.py"_s,
                                          u"examples/GaAs/vasprun.xml.gz"_s, u"examples/GaAs/settings.yaml"_s}));
        QVERIFY(plan[0].readmeNamed && plan[1].readmeNamed && !plan[2].readmeNamed);
        QVERIFY(plan[4].binary);
        QCOMPARE(plan[4].score, 6.0);
    }

    void sizeAdaptsToTheRepository_data()
    {
        QTest::addColumn<int>("candidates");
        QTest::addColumn<int>("size");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("a small tool: all of them") << 10 << 10;
        QTest::newRow("40 files") << 40 << 40;
        QTest::newRow("100 files") << 100 << 48;
        QTest::newRow("1,000 files") << 1000 << 68;
    }

    void sizeAdaptsToTheRepository()
    {
        QFETCH(int, candidates);
        QFETCH(int, size);
        QCOMPARE(FileSelector::adaptiveSize(candidates), size);
    }

    void aLargeRepositoryStopsAtItsAdaptiveSizeAndTheCap()
    {
        QList<store::FileRecord> files;
        for (int i = 0; i < 2000; ++i)
            files << file(u"pkg/m%1.py"_s.arg(i, 4, 10, QChar(u'0')), 9.0 - i * 0.001);
        pipeline::CampaignConfig config;
        QCOMPARE(FileSelector::classificationPlan(files, "{}", config, 50000).size(), config.classifyMaxFiles);
        config.classifyMaxFiles = 500;
        QCOMPARE(FileSelector::classificationPlan(files, "{}", config, 50000).size(), FileSelector::adaptiveSize(2000));
        QVERIFY(FileSelector::adaptiveSize(100) < FileSelector::adaptiveSize(2000));
    }

    void theTokenBudgetSkipsWhatDoesNotFit()
    {
        const QList<store::FileRecord> files{file(u"a.py"_s, 9, store::FileCategory::Code, 4000),
                                             file(u"huge.py"_s, 8, store::FileCategory::Code, 4'000'000),
                                             file(u"b.py"_s, 7, store::FileCategory::Code, 4000)};
        pipeline::CampaignConfig config;
        config.classifyTokenBudget = 20000;
        QCOMPARE(paths(FileSelector::classificationPlan(files, "{}", config, 50000)), (QStringList{u"a.py"_s, u"b.py"_s}));
    }

    void anInventoryWithoutScoresKeepsTheFormerRule()
    {
        // Taken before schema 13: every score 0; band 2 and above, no data files.
        QList<store::FileRecord> files{file(u"a.py"_s, 0), file(u"b.csv"_s, 0, store::FileCategory::Data), file(u"c.py"_s, 0)};
        files[0].prior = 4;
        files[1].prior = 4;
        files[2].prior = 1;
        QCOMPARE(paths(FileSelector::classificationPlan(files, "{}", pipeline::CampaignConfig(), 50000)), QStringList{u"a.py"_s});
    }

    void shownContent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("category");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("note");
        QTest::newRow("code whole") << u"a.py"_s << u"code"_s << false << QByteArray("print(1)\n") << u"print(1)"_s << u"Python"_s;
        QTest::newRow("gzip") << u"vasprun.xml.gz"_s << u"other"_s << true << QByteArray("\x1f\x8b\x08\x00rest", 8)
                              << u"8 bytes (gzip-compressed)"_s << u"binary"_s;
        QTest::newRow("HDF5") << u"w.h5"_s << u"data"_s << true << QByteArray("\x89HDF\r\n\x1a\n....", 12) << u"(HDF5)"_s << u"binary"_s;
        QTest::newRow("NetCDF") << u"si_GSR.nc"_s << u"data"_s << true << QByteArray("CDF\x01....", 8) << u"NetCDF classic"_s << u"binary"_s;
        QTest::newRow("unknown binary") << u"model_swa.model"_s << u"other"_s << true << QByteArray("\x01\x02\x03", 3) << u".model file"_s
                                        << u"binary"_s;
        QTest::newRow("long data: a preview") << u"big.csv"_s << u"data"_s << false << QByteArray("a,b\n").repeated(20000) << u"a,b\n"_s
                                              << u"first lines only"_s;
        QTest::newRow("notebook: code cells")
            << u"t.ipynb"_s << u"notebook"_s << false
            << QByteArray(R"({"cells":[{"cell_type":"code","source":["import mace"],"outputs":[]}],"nbformat":4,"nbformat_minor":5,"metadata":{}})")
            << u"import mace"_s << u"code cells only"_s;
    }

    void shownContent()
    {
        QFETCH(QString, path);
        QFETCH(QString, category);
        QFETCH(bool, binary);
        QFETCH(QByteArray, raw);
        QFETCH(QString, contains);
        QFETCH(QString, note);
        const auto shown = FileSelector::shownContent(path, category, u"Python"_s, binary, raw);
        QVERIFY2(shown.text.contains(contains), qPrintable(shown.text.left(300)));
        QVERIFY2(shown.note.contains(note), qPrintable(shown.note));
        if (binary)
            QVERIFY(!shown.text.contains(QChar(0xfffd)));   // no undecodable bytes reach a prompt
        if (path == u"big.csv"_s)
            QVERIFY(FileSelector::estimateTokens(shown.text) < FileSelector::kDataPreviewTokens + 100);
    }
};

QTEST_APPLESS_MAIN(TstClassificationPlan)
#include "tst_classificationplan.moc"
