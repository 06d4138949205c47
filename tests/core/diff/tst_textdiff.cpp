// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/textdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wb::diff::DiffLine;
using wb::diff::TextDiff;

namespace {
QString signature(const QList<wb::diff::DiffHunk> &hunks)
{
    QString s;
    for (const auto &h : hunks)
        for (const auto &l : h.lines)
            s += l.kind == DiffLine::Kind::Added ? u'+' : l.kind == DiffLine::Kind::Removed ? u'-' : u'=';
    return s;
}
} // namespace

class TstTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<int>("context");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << u"a\nb\n"_s << u"a\nb\n"_s << 3 << QString();
        QTest::newRow("one changed line") << u"a\nb\nc\n"_s << u"a\nB\nc\n"_s << 3 << u"=-+="_s;
        QTest::newRow("insertion") << u"a\nc\n"_s << u"a\nb\nc\n"_s << 3 << u"=+="_s;
        QTest::newRow("deletion without context") << u"a\nb\nc\n"_s << u"a\nc\n"_s << 0 << u"-"_s;
        QTest::newRow("from nothing") << QString() << u"x\ny\n"_s << 3 << u"++"_s;
        QTest::newRow("whole file as context") << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n"_s << u"1\n2\n3\n4\nV\n6\n7\n8\n9\n"_s << -1
                                               << u"====-+===="_s;
        QTest::newRow("missing final newline") << u"a\nb"_s << u"a\nb\n"_s << 3 << u"=-+"_s;
    }

    void lines()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(int, context);
        QFETCH(QString, expected);
        QCOMPARE(signature(TextDiff::compute(oldText, newText, context)), expected);
    }

    void lineNumbersAndIntraLineChange()
    {
        const auto hunks = TextDiff::compute(u"import os\nprint(lattice_energy(spacing=1.6))\nx = 1\n"_s,
                                             u"import os\nprint(lattice_energy(1.6))\nx = 1\n"_s);
        QCOMPARE(hunks.size(), 1);
        const auto &lines = hunks.first().lines;
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[1].kind, DiffLine::Kind::Removed);
        QCOMPARE(lines[1].oldLine, 2);
        QCOMPARE(lines[1].newLine, 0);
        QCOMPARE(lines[2].kind, DiffLine::Kind::Added);
        QCOMPARE(lines[2].newLine, 2);
        QCOMPARE(lines[1].text.mid(lines[1].changeStart, lines[1].changeLength), u"spacing="_s);
        QCOMPARE(lines[2].changeLength, 0);   // pure deletion inside the line
        QCOMPARE(lines[3].oldLine, 3);
        QCOMPARE(lines[3].newLine, 3);
    }

    void unifiedFormat()
    {
        const QString u = TextDiff::unified(TextDiff::compute(u"a\nb\n"_s, u"a\nc\n"_s), u"main.py"_s, u"main.py"_s);
        QCOMPARE(u, u"--- a/main.py\n+++ b/main.py\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"_s);
    }
};

QTEST_APPLESS_MAIN(TstTextDiff)
#include "tst_textdiff.moc"
