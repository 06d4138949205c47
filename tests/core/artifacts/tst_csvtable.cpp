// SPDX-License-Identifier: GPL-3.0-or-later
#include "artifacts/csvtable.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using wb::artifacts::CsvTable;

namespace {
QString namesOf(const CsvTable &t)
{
    QStringList names;
    for (const auto &c : t.columns())
        names << c.name;
    return names.join(u'|');
}

QString typesOf(const CsvTable &t)
{
    QString types;
    for (const auto &c : t.columns())
        types += c.type == CsvTable::ColumnType::Number ? (c.decimalComma ? u'd' : u'n') : u't';
    return types;
}

QString codesOf(const CsvTable &t)
{
    QStringList codes;
    for (const auto &w : t.warnings())
        codes << w.code;
    return codes.join(u',');
}
} // namespace

class TstCsvTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("types");   // per column: n number, d decimal-comma number, t text
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("warnings");

        QTest::newRow("quoted header with a comma")
            << QByteArray("\"height above surface, \xC3\x85\",energy\n1.5,-3.2\n2.0,-3.4\n") << u"height above surface, Å|energy"_s
            << u"nn"_s << 2 << u","_s << QString();
        QTest::newRow("embedded newline and escaped quotes")
            << QByteArray("name,comment\nA,\"first line\nsecond \"\"quoted\"\" line\"\nB,plain\n") << u"name|comment"_s << u"tt"_s << 2
            << u","_s << QString();
        QTest::newRow("UTF-8 BOM and CRLF") << QByteArray("\xEF\xBB\xBFx,y\r\n1,2\r\n3,4\r\n") << u"x|y"_s << u"nn"_s << 2 << u","_s
                                            << QString();
        QTest::newRow("old Mac CR line ends") << QByteArray("x,y\r1,2\r3,4\r") << u"x|y"_s << u"nn"_s << 2 << u","_s << QString();
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("T;Cp\n300;1,5\n400;2,25\n") << u"T|Cp"_s << u"nd"_s << 2 << u";"_s << u"decimal_comma"_s;
        QTest::newRow("tab separated") << QByteArray("a\tb\tc\n1\t2\tx\n") << u"a|b|c"_s << u"nnt"_s << 1 << u"\t"_s << QString();
        QTest::newRow("whitespace aligned") << QByteArray("  step    loss   acc\n     1   0.90  0.10\n    10   0.20  0.95\n")
                                            << u"step|loss|acc"_s << u"nnn"_s << 2 << u"whitespace"_s << QString();
        QTest::newRow("ragged rows") << QByteArray("a,b\n1,2\n3\n4,5,6\n") << u"a|b|Column 3"_s << u"nnn"_s << 3 << u","_s
                                     << u"ragged_rows"_s;
        QTest::newRow("no header") << QByteArray("1,2\n3,4\n") << u"Column 1|Column 2"_s << u"nn"_s << 2 << u","_s << u"no_header"_s;
        QTest::newRow("missing values stay numbers") << QByteArray("x,y\n1,\n2,NA\n3,4e-3\n") << u"x|y"_s << u"nn"_s << 3 << u","_s
                                                      << QString();
        QTest::newRow("blank lines skipped, no final newline") << QByteArray("x,y\n\n1,2\n\n3,4") << u"x|y"_s << u"nn"_s << 2 << u","_s
                                                                << QString();
        QTest::newRow("unterminated quote") << QByteArray("x,y\n1,\"open\n2,3\n") << u"x|y"_s << u"nt"_s << 1 << u","_s
                                            << u"unterminated_quote"_s;
        QTest::newRow("empty") << QByteArray() << QString() << QString() << 0 << QString() << u"empty"_s;
        QTest::newRow("only blank lines") << QByteArray("\n \r\n") << QString() << QString() << 0 << QString() << u"empty"_s;
        QTest::newRow("Latin-1") << QByteArray("Temperatur \xB0" "C;Wert\n20;1,0\n") << u"Temperatur °C|Wert"_s << u"nd"_s << 1
                                 << u";"_s << u"latin1,decimal_comma"_s;
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFEx\0,\0y\0\n\0" "1\0,\0" "2\0\n\0", 18) << u"x|y"_s << u"nn"_s << 1
                                         << u","_s << QString();
        QTest::newRow("single column") << QByteArray("loss\n0.5\n0.25\n") << u"loss"_s << u"n"_s << 2 << u","_s << QString();
        QTest::newRow("text table keeps its header") << QByteArray("model,dataset\nresnet,cifar\nvit,imagenet\n") << u"model|dataset"_s
                                                     << u"tt"_s << 2 << u","_s << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, names);
        QFETCH(QString, types);
        QFETCH(int, rows);
        QFETCH(QString, separator);
        QFETCH(QString, warnings);
        const CsvTable t = CsvTable::parse(bytes);
        QCOMPARE(namesOf(t), names);
        QCOMPARE(typesOf(t), types);
        QCOMPARE(t.totalRows(), rows);
        QCOMPARE(t.rowCount(), rows);
        QCOMPARE(t.description().value(u"separator"_s).toString(), separator);
        QCOMPARE(codesOf(t), warnings);
    }

    void cells()
    {
        const CsvTable t = CsvTable::parse("name,comment\nA,\"first line\nsecond \"\"quoted\"\" line\"\n");
        QCOMPARE(t.cell(0, 1), u"first line\nsecond \"quoted\" line"_s);
        const CsvTable d = CsvTable::parse("T;Cp\n300;1,5\n400;-2,25e1\n");
        QCOMPARE(d.number(0, 1), 1.5);
        QCOMPARE(d.number(1, 1), -22.5);
        QCOMPARE(d.cell(0, 1), u"1,5"_s);   // shown as written
        QVERIFY(d.decimalComma());
        const CsvTable m = CsvTable::parse("x,y\n1,\n");
        QVERIFY(std::isnan(m.number(0, 1)));
        QVERIFY(std::isnan(m.number(0, 5)));
        QCOMPARE(m.cell(7, 0), QString());
    }

    void numbersAreLocaleIndependent()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        QCOMPARE(CsvTable::toNumber(u"1.5"), 1.5);
        QCOMPARE(CsvTable::toNumber(u" +2e3 "), 2000.0);
        QVERIFY(!CsvTable::toNumber(u"1,5"));
        QVERIFY(!CsvTable::toNumber(u"1.000,5"));
        QVERIFY(!CsvTable::toNumber(u"0x10"));
        QVERIFY(!CsvTable::toNumber(u"12 apples"));
        QVERIFY(std::isinf(*CsvTable::toNumber(u"-inf")));
        QCOMPARE(CsvTable::toDecimalCommaNumber(u"1,5"), 1.5);
        QVERIFY(!CsvTable::toDecimalCommaNumber(u"1,2,3"));
        QVERIFY(!CsvTable::toDecimalCommaNumber(u"a,b"));
        QLocale::setDefault(QLocale::c());
    }

    void binaryGarbage()
    {
        QByteArray bytes(4096, '\0');
        auto *random = QRandomGenerator::global();
        for (char &c : bytes)
            c = char(random->bounded(256));
        bytes[100] = '\0';
        const CsvTable t = CsvTable::parse(bytes);
        QCOMPARE(t.columnCount(), 0);
        QCOMPARE(t.rowCount(), 0);
        QCOMPARE(codesOf(t), u"binary"_s);
    }

    void boundedButCounted()
    {
        QByteArray bytes = "i,square\n";
        for (int i = 0; i < 1234; ++i)
            bytes += QByteArray::number(i) + ',' + QByteArray::number(i * i) + '\n';
        CsvTable::Options options;
        options.maxRows = 100;
        const CsvTable t = CsvTable::parse(bytes, options);
        QCOMPARE(t.rowCount(), 100);
        QCOMPARE(t.totalRows(), 1234);
        QVERIFY(t.truncated());
        QVERIFY(codesOf(t).contains(u"truncated"_s));
        QCOMPARE(t.number(99, 1), 99.0 * 99.0);
        // Without a header the cap holds too.
        const CsvTable n = CsvTable::parse(bytes.mid(bytes.indexOf('\n') + 1), options);
        QCOMPARE(n.rowCount(), 100);
        QCOMPARE(n.totalRows(), 1234);
    }

    void forcedSeparator()
    {
        CsvTable::Options options;
        options.separator = '\t';
        const CsvTable t = CsvTable::parse("a,b\tc\n1,2\t3\n", options);
        QCOMPARE(namesOf(t), u"a,b|c"_s);
    }

    void describe()
    {
        const QJsonObject d = CsvTable::describe("\"height above surface, \xC3\x85\";E\n1,5;2\n");
        QCOMPARE(d.value(u"rows"_s).toInt(), 1);
        QCOMPARE(d.value(u"separator"_s).toString(), u";"_s);
        QVERIFY(d.value(u"decimal_comma"_s).toBool());
        QVERIFY(d.value(u"header"_s).toBool());
        QCOMPARE(d.value(u"encoding"_s).toString(), u"utf-8"_s);
        const QJsonArray columns = d.value(u"columns"_s).toArray();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns.at(0).toObject().value(u"name"_s).toString(), u"height above surface, Å"_s);
        QCOMPARE(columns.at(0).toObject().value(u"type"_s).toString(), u"number"_s);
        QVERIFY(columns.at(0).toObject().value(u"decimal_comma"_s).toBool());
        QCOMPARE(columns.at(1).toObject().value(u"type"_s).toString(), u"number"_s);
        const QJsonArray warnings = d.value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).toObject().value(u"code"_s).toString(), u"decimal_comma"_s);
        QVERIFY(!warnings.at(0).toObject().value(u"message"_s).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCsvTable)
#include "tst_csvtable.moc"
