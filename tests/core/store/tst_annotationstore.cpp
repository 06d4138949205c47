// SPDX-License-Identifier: GPL-3.0-or-later
// Line comments on a round's files and log: validation, listing, deletion by the author, blind mode.
#include "exec/executionresult.h"
#include "review/blindreview.h"
#include "review/visibleannotations.h"
#include "store/annotationstore.h"
#include "store/judgementstore.h"
#include "store/pipelinestore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstAnnotationStore : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempWorkspace tmp;
        qint64 example = 0;
        qint64 round1 = 0;   ///< main.py of three lines, a log of four lines
        qint64 round2 = 0;   ///< a repair that never ran: no log
    };

    static void build(Fixture &f)
    {
        const auto ws = f.tmp.workspace();
        QSqlQuery q = store::exec(ws->database(),
                                        u"INSERT INTO repositories (name, source, url, local_path, commit_sha, added_at, updated_at) "
                                        "VALUES ('r', 'r', 'r', 'r', '0123456789abcdef0123456789abcdef01234567', 0, 0) RETURNING id"_s);
        store::PipelineStore pipeline(ws);
        const qint64 campaign = pipeline.createCampaign(u"c"_s, "{}");
        f.example = pipeline.addExamples(campaign, {store::insertedId(q)}).first().id;
        f.round1 = pipeline.createRound(f.example, 1, u"generated"_s, "import numpy\nprint(1)\nprint(2)", "numpy\n", "true", "{}").id;
        exec::ExecutionResult result;
        result.outcome = exec::ExecutionResult::Outcome::Completed;
        result.exitCode = 0;
        for (int i = 1; i <= 4; ++i)
            result.log.append({1000 * i, u"run"_s, u"stdout"_s, u"line %1"_s.arg(i)});
        pipeline.saveExecution(f.round1, result);
        f.round2 = pipeline.createRound(f.example, 2, u"repaired"_s, "print(3)", "", "true", "{}").id;
    }

    static store::AnnotationRecord comment(qint64 round, const QString &target, int line, const QString &who = u"alice"_s)
    {
        store::AnnotationRecord a;
        a.roundId = round;
        a.target = target;
        a.line = line;
        a.body = u"why %1?"_s.arg(line);
        a.annotator = who;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("CODEDISTILLER_NO_SECRET_STORE", "1"); }

    void commentsAreStoredAndListed()
    {
        Fixture f;
        build(f);
        store::AnnotationStore store(f.tmp.workspace());
        const auto stored = store.add(comment(f.round1, u"main.py"_s, 3));
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.exampleId, f.example);
        QCOMPARE(stored.roundIndex, 1);
        QVERIFY(stored.createdAt.isValid());
        store.add(comment(f.round1, u"log"_s, 4, u"bob"_s));
        store.add(comment(f.round1, u"requirements.txt"_s, 2));   // "numpy\n": the editor's second, empty line
        store.add(comment(f.round2, u"main.py"_s, 1));

        QCOMPARE(store.forRound(f.round1).size(), 3);
        const auto logs = store.forRound(f.round1, u"log"_s);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().annotator, u"bob"_s);
        QCOMPARE(logs.first().line, 4);
        const auto all = store.forExample(f.example);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.last().roundIndex, 2);   // by round, then target and line
        QCOMPARE(all.first().target, u"log"_s);
    }

    void badCommentsAreRefusedWithoutWriting_data()
    {
        QTest::addColumn<QString>("round");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("annotator");
        QTest::newRow("unknown round") << u"none"_s << u"main.py"_s << 1 << u"x"_s << u"alice"_s;
        QTest::newRow("unknown target") << u"1"_s << u"setup.py"_s << 1 << u"x"_s << u"alice"_s;
        QTest::newRow("line 0") << u"1"_s << u"main.py"_s << 0 << u"x"_s << u"alice"_s;
        QTest::newRow("past the file") << u"1"_s << u"main.py"_s << 4 << u"x"_s << u"alice"_s;
        QTest::newRow("past the log") << u"1"_s << u"log"_s << 5 << u"x"_s << u"alice"_s;
        QTest::newRow("no log stored") << u"2"_s << u"log"_s << 1 << u"x"_s << u"alice"_s;
        QTest::newRow("empty body") << u"1"_s << u"main.py"_s << 1 << u"  "_s << u"alice"_s;
        QTest::newRow("no annotator") << u"1"_s << u"main.py"_s << 1 << u"x"_s << u""_s;
    }

    void badCommentsAreRefusedWithoutWriting()
    {
        QFETCH(QString, round);
        QFETCH(QString, target);
        QFETCH(int, line);
        QFETCH(QString, body);
        QFETCH(QString, annotator);
        Fixture f;
        build(f);
        store::AnnotationStore store(f.tmp.workspace());
        auto a = comment(round == u"1"_s ? f.round1 : round == u"2"_s ? f.round2 : 999999, target, line, annotator);
        a.body = body;
        try {
            store.add(a);
            QFAIL("the comment was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
            QVERIFY(!e.message().isEmpty());
        }
        QVERIFY(store.forExample(f.example).isEmpty());
        QSqlQuery count = store::exec(f.tmp.workspace()->database(), u"SELECT COUNT(*) FROM annotations"_s);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void onlyTheAuthorDeletes()
    {
        Fixture f;
        build(f);
        store::AnnotationStore store(f.tmp.workspace());
        const auto mine = store.add(comment(f.round1, u"main.py"_s, 1));
        try {
            store.remove(mine.id, u"bob"_s);
            QFAIL("bob deleted alice's comment");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::InvalidInput);
        }
        QCOMPARE(store.forRound(f.round1).size(), 1);
        try {
            store.remove(mine.id + 100, u"alice"_s);
            QFAIL("an unknown comment was deleted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
        }
        store.remove(mine.id, u"alice"_s);
        QVERIFY(store.forRound(f.round1).isEmpty());
    }

    void blindModeHidesOthersUntilOneHasJudged()
    {
        Fixture f;
        build(f);
        const auto ws = f.tmp.workspace();
        store::AnnotationStore store(ws);
        store.add(comment(f.round1, u"main.py"_s, 1, u"alice"_s));
        store.add(comment(f.round1, u"main.py"_s, 2, u"bob"_s));
        const auto all = store.forExample(f.example);
        QCOMPARE(review::VisibleAnnotations::filter(ws, u"alice"_s, all).size(), 2);   // blind mode off
        review::BlindReview::setEnabled(ws, true);
        auto visible = review::VisibleAnnotations::filter(ws, u"alice"_s, all);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(visible.first().annotator, u"alice"_s);
        QVERIFY(review::VisibleAnnotations::filter(ws, QString(), all).isEmpty());
        store::JudgementRecord j;
        j.exampleId = f.example;
        j.annotator = u"alice"_s;
        j.decision = store::Decision::Accept;
        store::JudgementStore(ws).add(j);
        QCOMPARE(review::VisibleAnnotations::filter(ws, u"alice"_s, all).size(), 2);
        QCOMPARE(review::VisibleAnnotations::filter(ws, u"bob"_s, all).size(), 1);   // bob has not judged yet
    }
};

QTEST_GUILESS_MAIN(TstAnnotationStore)
#include "tst_annotationstore.moc"
