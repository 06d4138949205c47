// SPDX-License-Identifier: GPL-3.0-or-later
// wb::Error crosses threads as itself: background jobs report it to onFailed(const Error &) handlers.
#include "util/error.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace wb;

class TstError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachesTypedFailureHandlersFromAThreadPool()
    {
        QThreadPool pool;
        QString message;
        Error::Kind kind = Error::Kind::Generic;
        bool continued = false;
        QtConcurrent::run(&pool, []() -> int { throw Error(u"metadata.json is broken"_s, Error::Kind::InvalidInput); })
            .then(this, [&](int) { continued = true; })
            .onFailed(this, [&](const Error &e) {
                message = e.message();
                kind = e.kind();
            });
        QTRY_COMPARE(message, u"metadata.json is broken"_s);
        QCOMPARE(kind, Error::Kind::InvalidInput);
        QVERIFY(!continued);
    }

    void cloneAndRaiseKeepTheMessage()
    {
        const Error original(u"no such repository"_s, Error::Kind::NotFound);
        std::unique_ptr<Error> copy(original.clone());
        QCOMPARE(copy->message(), original.message());
        QCOMPARE(copy->kind(), Error::Kind::NotFound);
        QCOMPARE(QByteArray(copy->what()), QByteArray("no such repository"));
        QVERIFY_THROWS_EXCEPTION(Error, copy->raise());
    }
};

QTEST_GUILESS_MAIN(TstError)
#include "tst_error.moc"
