// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/artifactdiff.h"
#include "artifacts/jsontree.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using wb::artifacts::ArtifactChange;
using wb::artifacts::ArtifactDiff;
using wb::artifacts::JsonTree;

namespace {
/** The changes as "kind where old→new" lines, in order. */
QString signature(const ArtifactDiff &diff)
{
    QStringList lines;
    for (const ArtifactChange &c : diff.changes()) {
        const QString kind = c.kind == ArtifactChange::Kind::Changed ? u"~"_s : c.kind == ArtifactChange::Kind::Added ? u"+"_s : u"-"_s;
        const QString where = !c.pointer.isEmpty() ? c.pointer
                                                   : (c.row >= 0 ? QString::number(c.row) : QString()) + (c.column.isEmpty() ? QString() : u":"_s + c.column);
        QString line = kind + where;
        if (c.kind == ArtifactChange::Kind::Changed)
            line += u" "_s + c.oldText + u"→"_s + c.newText;
        lines << line;
    }
    return lines.join(u"; "_s);
}
} // namespace

class TstArtifactDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonTree()
    {
        const JsonTree t = JsonTree::parse(R"({"b": 1, "a": {"loss": 0.25, "list": [1, "x", null, true]}, "big": 12345678901234567890, "f": NaN, "g": -Infinity, "s": "NaN in a string"})");
        QVERIFY(t.isValid());
        QCOMPARE(t.node(0).children.size(), 6);
        QCOMPARE(t.node(t.node(0).children.at(0)).key, u"b"_s);   // the file's order, not sorted
        QCOMPARE(t.node(*t.find(u"/a/loss"_s)).number, 0.25);
        QCOMPARE(t.node(*t.find(u"/a/list/1"_s)).text, u"x"_s);
        QCOMPARE(t.node(*t.find(u"/a/list/1"_s)).key, u"[1]"_s);
        QCOMPARE(t.node(*t.find(u"/a/list/2"_s)).kind, JsonTree::Kind::Null);
        QCOMPARE(t.node(*t.find(u"/big"_s)).text, u"12345678901234567890"_s);   // exact, not a rounded double
        QVERIFY(std::isnan(t.node(*t.find(u"/f"_s)).number));
        QCOMPARE(t.node(*t.find(u"/g"_s)).text, u"-Infinity"_s);
        QCOMPARE(t.node(*t.find(u"/s"_s)).kind, JsonTree::Kind::String);
        QCOMPARE(t.summary(*t.find(u"/a/list"_s)), u"[4]"_s);
        QCOMPARE(t.node(*t.find(u"/a"_s)).parent, 0);
    }

    void jsonTreeEdges()
    {
        const JsonTree bad = JsonTree::parse("{\"a\": ");
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.error().isEmpty());
        QVERIFY(!JsonTree::parse(R"({"a": -1e400})").isValid());   // out of range: an error, not an exception
        QVERIFY(!JsonTree::parse(R"({"a": 1e400, "b": NaN})").isValid());
        const JsonTree slash = JsonTree::parse(R"({"a/b": {"~c": 1}})");
        QVERIFY(slash.find(u"/a~1b/~0c"_s));
        const JsonTree big = JsonTree::parse(R"([1,2,3,4,5,6,7,8,9,10])", 4);
        QCOMPARE(big.size(), 4);
        QVERIFY(big.truncated());
    }

    void json_data()
    {
        QTest::addColumn<QByteArray>("older");
        QTest::addColumn<QByteArray>("newer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << QByteArray(R"({"a": 1, "b": [1, 2]})") << QByteArray(R"({"b": [1, 2], "a": 1.0})") << QString();
        QTest::newRow("number changed") << QByteArray(R"({"metrics": {"loss": 0.5, "acc": 0.9}})")
                                        << QByteArray(R"({"metrics": {"loss": 0.25, "acc": 0.9}})") << u"~/metrics/loss 0.5→0.25"_s;
        QTest::newRow("keys added and removed") << QByteArray(R"({"a": 1, "old": {"x": 1}})") << QByteArray(R"({"a": 1, "new": [1]})")
                                                << u"+/new; -/old"_s;
        QTest::newRow("array grows") << QByteArray(R"({"e": [1, 2]})") << QByteArray(R"({"e": [1, 3, 4]})") << u"~/e/1 2→3; +/e/2"_s;
        QTest::newRow("type changes") << QByteArray(R"({"a": 1, "b": "x", "c": {}})") << QByteArray(R"({"a": "1", "b": "y", "c": []})")
                                      << u"~/a 1→1; ~/b x→y; ~/c {0}→[0]"_s;
        QTest::newRow("NaN is unchanged") << QByteArray(R"({"a": NaN})") << QByteArray(R"({"a": NaN})") << QString();
    }

    void json()
    {
        QFETCH(QByteArray, older);
        QFETCH(QByteArray, newer);
        QFETCH(QString, expected);
        const ArtifactDiff diff = ArtifactDiff::compare(u"results.json"_s, older, newer);
        QVERIFY(diff.comparable());
        QCOMPARE(signature(diff), expected);
    }

    void relativeChange()
    {
        const ArtifactDiff diff = ArtifactDiff::compare(u"r.json"_s, R"({"a": 0.5, "z": 0, "n": -2})", R"({"a": 0.25, "z": 1, "n": -1})");
        QCOMPARE(diff.count(ArtifactChange::Kind::Changed), 3);
        QCOMPARE(*diff.pointerChange(u"/a"_s)->relativeChange(), -0.5);
        QVERIFY(!diff.pointerChange(u"/z"_s)->relativeChange());   // from zero: no relative change
        QCOMPARE(*diff.pointerChange(u"/n"_s)->relativeChange(), 0.5);
        QVERIFY(!diff.pointerChange(u"/missing"_s));
        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value(u"changed"_s).toInt(), 3);
        QCOMPARE(json.value(u"changes"_s).toArray().at(0).toObject().value(u"relative"_s).toDouble(), -0.5);
    }

    void tables_data()
    {
        QTest::addColumn<QByteArray>("older");
        QTest::addColumn<QByteArray>("newer");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("keyColumn");
        QTest::newRow("identical") << QByteArray("x,y\n1,2\n") << QByteArray("x,y\r\n1,2.0\r\n") << QString() << u"x"_s;
        QTest::newRow("numbers changed, keyed by x")
            << QByteArray("x,E\n1,-3.0\n2,-3.5\n3,-3.9\n") << QByteArray("x,E\n1,-3.0\n2,-3.6\n3,-3.9\n") << u"~1:E -3.5→-3.6"_s << u"x"_s;
        QTest::newRow("rows added and removed by key")
            << QByteArray("x,E\n1,1\n2,2\n3,3\n") << QByteArray("x,E\n2,2\n3,3\n4,4\n") << u"+2; -0"_s << u"x"_s;
        QTest::newRow("by position when the first column repeats")
            << QByteArray("run,loss\na,1\na,2\n") << QByteArray("run,loss\na,1\na,3\nb,4\n") << u"~1:loss 2→3; +2"_s << QString();
        QTest::newRow("columns added and removed")
            << QByteArray("x,old\n1,2\n") << QByteArray("x,new\n1,2\n") << u"+:new; -:old"_s << u"x"_s;
        QTest::newRow("text cells") << QByteArray("k,status\n1,ok\n") << QByteArray("k,status\n1,failed\n") << u"~0:status ok→failed"_s
                                    << u"k"_s;
        QTest::newRow("decimal comma against decimal point")
            << QByteArray("k;v\n1;1,5\n") << QByteArray("k,v\n1,1.5\n") << QString() << u"k"_s;
    }

    void tables()
    {
        QFETCH(QByteArray, older);
        QFETCH(QByteArray, newer);
        QFETCH(QString, expected);
        QFETCH(QString, keyColumn);
        const ArtifactDiff diff = ArtifactDiff::compare(u"data.csv"_s, older, newer);
        QVERIFY(diff.comparable());
        QCOMPARE(signature(diff), expected);
        QCOMPARE(diff.keyColumn(), keyColumn);
    }

    void tableLookups()
    {
        const ArtifactDiff diff = ArtifactDiff::compare(u"d.csv"_s, "x,E\n1,-4\n2,-2\n", "x,E,F\n1,-4\n2,-3\n5,1\n");
        QVERIFY(diff.cellChange(1, u"E"_s));
        QCOMPARE(*diff.cellChange(1, u"E"_s)->relativeChange(), -0.5);
        QVERIFY(!diff.cellChange(0, u"E"_s));
        QVERIFY(diff.rowAdded(2));
        QVERIFY(!diff.rowAdded(1));
        QVERIFY(diff.columnAdded(u"F"_s));
    }

    void notComparable()
    {
        QVERIFY(!ArtifactDiff::compare(u"plot.png"_s, "a", "b").comparable());
        QVERIFY(!ArtifactDiff::compare(u"r.json"_s, "{", "{}").comparable());
    }
};

QTEST_GUILESS_MAIN(TstArtifactDiff)
#include "tst_artifactdiff.moc"
