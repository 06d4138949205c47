// SPDX-License-Identifier: GPL-3.0-or-later
// The library index: ranking, highlighted passages, accepted-only, incremental freshness, hostile queries, coverage.
#include "library/librarycoverage.h"
#include "library/libraryindex.h"
#include "library/pythonterms.h"
#include "library/searchquery.h"
#include "libraryfixture.h"
#include "store/pipelinestore.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {
const QString kQuestion = u"planar and macroscopic average of an electrostatic potential"_s;

QStringList highlighted(const library::LibraryPassage &p)
{
    QStringList out;
    for (const auto &[start, length] : p.highlights)
        out << p.text.mid(start, length).toLower();
    return out;
}

QList<qint64> ids(const library::LibrarySearch &s)
{
    QList<qint64> out;
    for (const auto &h : s.hits)
        out << h.exampleId;
    return out;
}
} // namespace

class TstLibraryIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryWords()
    {
        const library::SearchQuery q(kQuestion);
        QCOMPARE(q.terms(), (QStringList{u"planar"_s, u"macroscopic"_s, u"average"_s, u"electrostatic"_s, u"potential"_s}));
        QCOMPARE(q.fts5Expression(), u"\"planar\" OR \"macroscopic\" OR \"average\" OR \"electrostatic\" OR \"potential\""_s);
        QCOMPARE(library::SearchQuery(u"LOCPOT: \"planar*\" -vacuum NEAR(a b) AND"_s).terms(),
                 (QStringList{u"locpot"_s, u"planar"_s, u"vacuum"_s, u"near"_s, u"b"_s}));
        QVERIFY(library::SearchQuery(u"\"*-:()^"_s).isEmpty());
        QCOMPARE(library::SearchQuery(u"the and"_s).terms(), (QStringList{u"the"_s, u"and"_s}));   // only stop words: kept
    }

    void pythonTerms()
    {
        const auto terms = library::PythonTerms::extract(
            u"#!/usr/bin/env python\n\"\"\"Planar average\nof a LOCPOT.\"\"\"\nimport numpy as np, os\n"
            "from macrodensity.density_tools import (read_vasp_density, planar_average as pa)\n"
            "class PotentialProfile:\n    def compute(self):  # the macroscopic one\n        s = '# not a comment'\n"_s);
        QCOMPARE(terms.definitions, (QStringList{u"PotentialProfile"_s, u"compute"_s}));
        QCOMPARE(terms.imports, (QStringList{u"numpy"_s, u"os"_s, u"macrodensity.density_tools"_s, u"read_vasp_density"_s,
                                             u"planar_average"_s}));
        QVERIFY(terms.comments.contains(u"Planar average"_s));
        QVERIFY(terms.comments.contains(u"of a LOCPOT."_s));
        QVERIFY(terms.comments.contains(u"the macroscopic one"_s));
        QVERIFY(!terms.comments.contains(u"not a comment"_s));
        QVERIFY(terms.identifierText().contains(u"Potential Profile"_s));
    }

    void naturalQuestionRanksMacroDensityFirst()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        library::LibraryIndex index(temp.workspace());
        const auto found = index.search(kQuestion, 10);
        QVERIFY(!found.hits.isEmpty());
        QCOMPARE(found.hits.first().exampleId, fixture.macroDensity);
        QCOMPARE(found.hits.first().repository, u"WMD-group/MacroDensity"_s);
        QCOMPARE(found.hits.first().campaign, u"gpt-5"_s);
        QCOMPARE(found.hits.first().rank, 1);
        QVERIFY(found.hits.first().title.startsWith(u"MacroDensity: Computes the planar average"_s));
        QVERIFY(found.hits.first().accepted);
        QCOMPARE(found.hits.first().decision, u"accept: alice"_s);
        QVERIFY(found.hits.first().verdict.startsWith(u"finished, faithful, complete, accurate"_s));
        // The ASE example shares "electrostatic" and "potential", below it.
        QVERIFY(ids(found).contains(fixture.ase));
        QVERIFY(found.hits.at(1).score < found.hits.first().score);
        QCOMPARE(found.documents, 7);   // seven successful examples with a finished round

        // The description comes first among the passages, every matched word marked.
        const auto &passage = found.hits.first().passages.first();
        QCOMPARE(passage.field, u"description"_s);
        QVERIFY(passage.text.startsWith(u"Computes the planar average and the macroscopic average"_s));
        const QStringList marked = highlighted(passage);
        for (const QString &word : {u"planar"_s, u"macroscopic"_s, u"average"_s, u"electrostatic"_s, u"potential"_s})
            QVERIFY2(marked.contains(word), qPrintable(marked.join(u',')));
        QVERIFY(!marked.contains(u"and"_s));
    }

    void codeIdentifiersAndCommentsAreFound()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        library::LibraryIndex index(temp.workspace());
        auto found = index.search(u"read_vasp_density"_s);
        QCOMPARE(ids(found), QList<qint64>{fixture.macroDensity});
        bool identifiers = false;
        for (const auto &p : found.hits.first().passages)
            identifiers = identifiers || (p.field == u"identifiers"_s && !p.highlights.isEmpty());
        QVERIFY(identifiers);
        found = index.search(u"XRDCalculator"_s);
        QCOMPARE(ids(found), (QList<qint64>{fixture.pymatgen, fixture.pymatgenTwin}));
        // A word only in a docstring; stemming finds "sums" for "sum" and "Brillouin" in phonopy's.
        QCOMPARE(ids(index.search(u"brillouin zones"_s)), QList<qint64>{fixture.phonopy});
        // The repository's name, split at its capitals.
        QCOMPARE(index.search(u"macrodensity"_s).hits.first().exampleId, fixture.macroDensity);
    }

    void acceptedOnly()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        library::LibraryIndex index(temp.workspace());
        const auto all = index.search(u"posterior ensemble sampler"_s, 10, false);
        QVERIFY(ids(all).contains(fixture.emceeRejected));
        QVERIFY(ids(all).contains(fixture.emceeAccepted));
        const auto vetted = index.search(u"posterior ensemble sampler"_s, 10, true);
        QCOMPARE(ids(vetted), QList<qint64>{fixture.emceeAccepted});
        QCOMPARE(vetted.documents, 5);
        QVERIFY(index.search(u"phonon"_s, 10, true).hits.isEmpty());   // successful, not reviewed
        QCOMPARE(index.search(u"phonon"_s, 10, false).hits.size(), 1);
    }

    void incrementalRefresh()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        library::LibraryIndex index(temp.workspace());
        auto r = index.refresh();
        QCOMPARE(r.added, 7);
        QCOMPARE(r.documents, 7);
        r = index.refresh();
        QVERIFY(!r.changed());   // nothing new: nothing written

        // A judgement changes one document; the next search sees it.
        fixture.judge(fixture.phonopy, u"bob"_s, u"accept"_s);
        QCOMPARE(ids(index.search(u"phonon"_s, 10, true)), QList<qint64>{fixture.phonopy});
        QVERIFY(!index.refresh().changed());
        fixture.judge(fixture.phonopy, u"carol"_s, u"reject"_s);
        r = index.refresh();
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added + r.removed, 0);
        QVERIFY(index.search(u"phonon"_s, 10, true).hits.isEmpty());
        QCOMPARE(index.search(u"phonon"_s).hits.first().decision, u"accept: bob; reject: carol"_s);

        // A new example is added; a discarded one is removed.
        const qint64 added = fixture.addExample(fixture.claude, u"sunpy/sunpy"_s, u"Plots a solar magnetogram from a FITS file."_s,
                                                u"import sunpy.map\n"_s, u"accept"_s);
        QCOMPARE(ids(index.search(u"magnetogram"_s)), QList<qint64>{added});
        store::PipelineStore(temp.workspace()).setExampleState(fixture.emceeRejected, store::ExampleStatus::Failed, u"done"_s);
        r = index.refresh();
        QCOMPARE(r.removed, 1);
        QCOMPARE(r.documents, 7);
        QCOMPARE(ids(index.search(u"posterior"_s)), QList<qint64>{fixture.emceeAccepted});
        // A discarded example's document goes with it (and out of the full-text index).
        store::PipelineStore(temp.workspace()).discardExample(fixture.ase);
        QVERIFY(!ids(index.search(u"Ewald Madelung"_s)).contains(fixture.ase));
        QCOMPARE(index.search(kQuestion).hits.first().exampleId, fixture.macroDensity);
        QCOMPARE(index.refresh().documents, 6);

        // A rebuild gives the same index.
        r = index.rebuild();
        QCOMPARE(r.documents, 6);
        QCOMPARE(r.updated, 6);
        QCOMPARE(index.search(kQuestion).hits.first().exampleId, fixture.macroDensity);
    }

    void hostileQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("findsSomething");   // 1 yes, 0 no, -1 either
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("quote") << u"\""_s << 0;
        QTest::newRow("star") << u"*"_s << 0;
        QTest::newRow("near") << u"NEAR("_s << -1;
        QTest::newRow("minus") << u"-x"_s << -1;
        QTest::newRow("column") << u"description:potential"_s << 1;
        QTest::newRow("operators") << u"potential AND OR NOT"_s << 1;
        QTest::newRow("unbalanced") << u"\"planar (average"_s << 1;
        QTest::newRow("caret") << u"^potential"_s << 1;
        QTest::newRow("sql") << u"'; DROP TABLE examples; --"_s << -1;
        QTest::newRow("unicode") << u"électrostatique Potential"_s << 1;
    }

    void hostileQueries()
    {
        QFETCH(QString, query);
        QFETCH(int, findsSomething);
        static test::TempWorkspace temp;
        static test::LibraryFixture fixture(temp.workspace());
        library::LibraryIndex index(temp.workspace());
        try {
            const auto found = index.search(query);
            if (findsSomething >= 0)
                QCOMPARE(!found.hits.isEmpty(), findsSomething == 1);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    void coverage()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        int progressCalls = 0;
        const auto coverage = library::LibraryCoverage::compute(temp.workspace(), {}, [&](int, int) { ++progressCalls; });
        QCOMPARE(coverage.acceptedExamples, 5);
        QCOMPARE(progressCalls, 5);
        QCOMPARE(coverage.repositories, 7);
        QStringList uncovered;
        for (const auto &r : coverage.uncovered)
            uncovered << r.name + u" — "_s + r.reason;
        QCOMPARE(uncovered, (QStringList{u"lmfit/lmfit-py — 1 example(s), none successful"_s,
                                         u"phonopy/phonopy — 1 successful example(s), none accepted"_s,
                                         u"sunpy/sunpy — no example distilled yet"_s}));
        // The twin's description ranks the first pymatgen example first (same text, lower id).
        QCOMPARE(coverage.vague.size(), 1);
        QCOMPARE(coverage.vague.first().exampleId, fixture.pymatgenTwin);
        QCOMPARE(coverage.vague.first().rank, 2);
        QCOMPARE(coverage.vague.first().firstExampleId, fixture.pymatgen);
        QCOMPARE(coverage.duplicates.size(), 1);
        QCOMPARE(coverage.duplicates.first().exampleA, fixture.pymatgen);
        QCOMPARE(coverage.duplicates.first().exampleB, fixture.pymatgenTwin);
        QVERIFY(coverage.duplicates.first().sameMainPy);
        QCOMPARE(coverage.duplicates.first().similarity, 1.0);
        QCOMPARE(coverage.duplicates.first().reason, u"identical main.py; descriptions 100% alike"_s);
        const QJsonObject json = coverage.toJson();
        QCOMPARE(json.value(u"uncovered_repositories"_s).toArray().size(), 3);

        bool cancelled = false;
        try {
            library::LibraryCoverage::compute(temp.workspace(), [] { return true; });
        } catch (const Error &e) {
            cancelled = e.kind() == Error::Kind::Cancelled;
        }
        QVERIFY(cancelled);
    }

    // A printed measure, not an assertion: refresh and search over a few hundred examples.
    void latency()
    {
        test::TempWorkspace temp;
        test::LibraryFixture fixture(temp.workspace());
        const int extra = qEnvironmentVariableIntValue("WB_LIBRARY_BENCH_EXAMPLES") > 0 ? qEnvironmentVariableIntValue("WB_LIBRARY_BENCH_EXAMPLES") : 200;
        const QStringList topics{u"band structure"_s, u"molecular dynamics"_s, u"spectral analysis"_s, u"image segmentation"_s,
                                 u"finite element"_s, u"Bayesian inference"_s, u"graph centrality"_s, u"time series"_s};
        const qint64 campaign = store::PipelineStore(temp.workspace()).createCampaign(u"bench"_s, "{}");
        for (int i = 0; i < extra; ++i)
            fixture.addExample(campaign, u"lab/repo-%1"_s.arg(i),
                               u"Example %1 computes the %2 of a sample %3 with a tool."_s.arg(i).arg(topics[i % topics.size()], topics[(i / 8) % topics.size()]),
                               u"import numpy\ndef run_%1():\n    \"\"\"%2\"\"\"\n"_s.arg(i).arg(topics[i % topics.size()]), u"accept"_s);
        library::LibraryIndex index(temp.workspace());
        QElapsedTimer t;
        t.start();
        index.refresh();
        const qint64 build = t.elapsed();
        t.restart();
        const int searches = 50;
        for (int i = 0; i < searches; ++i)
            index.search(kQuestion, 20);
        qInfo("library of %d examples: built in %lld ms, one search with refresh check %.1f ms", extra + 7, build,
              double(t.elapsed()) / searches);
        QCOMPARE(index.search(kQuestion).hits.first().exampleId, fixture.macroDensity);
    }
};

QTEST_GUILESS_MAIN(TstLibraryIndex)
#include "tst_libraryindex.moc"
