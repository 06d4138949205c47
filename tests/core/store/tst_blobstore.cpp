// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/blobstore.h"
#include "store/sqlquery.h"
#include "store/workspace.h"
#include "tempworkspace.h"
#include "util/error.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb;

class TstBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("small text") << QByteArray("print('hello')\n");
        QTest::newRow("compressible") << QByteArray(100000, 'a');
        QByteArray random;
        for (int i = 0; i < 4096; ++i)
            random.append(char((i * 7919 + 13) % 251));
        QTest::newRow("binary") << random;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, content);
        test::TempWorkspace tmp;
        store::BlobStore blobs(tmp.workspace());
        const QString sha = blobs.put(content);
        QCOMPARE(sha, store::BlobStore::hash(content));
        QCOMPARE(sha.size(), 64);
        QCOMPARE(blobs.get(sha).value(), content);
    }

    void deduplicatesAndCompresses()
    {
        test::TempWorkspace tmp;
        store::BlobStore blobs(tmp.workspace());
        const QByteArray big(200000, 'x');
        const QString a = blobs.put(big);
        const QString b = blobs.put(big);
        QCOMPARE(a, b);
        QSqlQuery q = store::exec(tmp.workspace()->database(), u"SELECT COUNT(*), MAX(LENGTH(data)) FROM blobs"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toInt() < 10000);
        QVERIFY(!blobs.get(u"0000"_s).has_value());
    }

    void detectsCorruption()
    {
        test::TempWorkspace tmp;
        store::BlobStore blobs(tmp.workspace());
        const QString sha = blobs.put("original content that will be tampered with");
        store::exec(tmp.workspace()->database(), u"UPDATE blobs SET data = :d, compression = 'none'"_s,
                    {{u":d"_s, QByteArray("tampered")}});
        QVERIFY_THROWS_EXCEPTION(Error, blobs.get(sha));
    }
};

QTEST_GUILESS_MAIN(TstBlobStore)
#include "tst_blobstore.moc"
