// SPDX-License-Identifier: GPL-3.0-or-later
#include "repo/notebook.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using wb::repo::Notebook;

class TstNotebook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeCells_data()
    {
        QTest::addColumn<QByteArray>("ipynb");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("nbformat 4, line lists")
            << QByteArray("{\"nbformat\": 4, \"cells\": ["
                          "{\"cell_type\": \"markdown\", \"source\": [\"# Title\\n\"]},"
                          "{\"cell_type\": \"code\", \"source\": [\"import numpy as np\\n\", \"x = np.ones(3)\"], \"outputs\": []},"
                          "{\"cell_type\": \"code\", \"source\": \"print(x)\", \"outputs\": []}]}")
            << QStringList{u"import numpy as np\nx = np.ones(3)"_s, u"print(x)"_s};
        QTest::newRow("nbformat 3 worksheets")
            << QByteArray("{\"nbformat\": 3, \"worksheets\": [{\"cells\": [{\"cell_type\": \"code\", \"input\": [\"a = 1\\n\"]}]}]}")
            << QStringList{u"a = 1\n"_s};
        QTest::newRow("null source tolerated")
            << QByteArray("{\"cells\": [{\"cell_type\": \"code\", \"source\": null}, {\"cell_type\": \"raw\"}]}") << QStringList{QString()};
        QTest::newRow("no cells") << QByteArray("{\"metadata\": {}}") << QStringList{};
    }

    void codeCells()
    {
        QFETCH(QByteArray, ipynb);
        QFETCH(QStringList, cells);
        QCOMPARE(Notebook::codeCells(ipynb), cells);
    }

    void script()
    {
        const QByteArray nb("{\"cells\": [{\"cell_type\": \"code\", \"source\": \"a = 1\"}, {\"cell_type\": \"code\", \"source\": [\"b = 2\\n\"]}]}");
        QCOMPARE(Notebook::codeAsScript(nb), u"# %% [cell 1]\na = 1\n# %% [cell 2]\nb = 2\n"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("ipynb");
        QTest::newRow("truncated") << QByteArray("{\"cells\": [");
        QTest::newRow("not an object") << QByteArray("[1, 2]");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n", 6);
    }

    void malformed()
    {
        QFETCH(QByteArray, ipynb);
        QVERIFY_THROWS_EXCEPTION(wb::Error, Notebook::codeCells(ipynb));
    }
};

QTEST_APPLESS_MAIN(TstNotebook)
#include "tst_notebook.moc"
