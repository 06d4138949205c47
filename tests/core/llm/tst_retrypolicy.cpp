// SPDX-License-Identifier: GPL-3.0-or-later
#include "llm/ratelimiter.h"
#include "llm/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace wb::llm;

using Headers = QHash<QByteArray, QByteArray>;

class TstRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<qint64>("delayMs");   // -1: backoff, checked separately

        const QByteArray none;
        QTest::newRow("408") << 408 << Headers{} << none << 0 << true << qint64(-1);
        QTest::newRow("409") << 409 << Headers{} << none << 0 << true << qint64(-1);
        QTest::newRow("429 retry-after") << 429 << Headers{{"retry-after", "2"}} << none << 0 << true << qint64(2000);
        QTest::newRow("429 retry-after-ms wins") << 429 << Headers{{"retry-after-ms", "150"}, {"retry-after", "9"}} << none << 0 << true << qint64(150);
        QTest::newRow("500") << 500 << Headers{} << none << 1 << true << qint64(-1);
        QTest::newRow("503") << 503 << Headers{} << none << 0 << true << qint64(-1);
        QTest::newRow("529 overloaded") << 529 << Headers{} << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}") << 0 << true << qint64(-1);
        QTest::newRow("connection failure") << 0 << Headers{} << none << 0 << true << qint64(-1);
        QTest::newRow("400") << 400 << Headers{} << none << 0 << false << qint64(0);
        QTest::newRow("401") << 401 << Headers{} << none << 0 << false << qint64(0);
        QTest::newRow("404") << 404 << Headers{} << none << 0 << false << qint64(0);
        QTest::newRow("openai quota") << 429 << Headers{}
                                      << QByteArray("{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}")
                                      << 0 << false << qint64(0);
        QTest::newRow("anthropic spend limit") << 429 << Headers{}
                                               << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"x\",\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}")
                                               << 0 << false << qint64(0);
        QTest::newRow("x-should-retry false") << 503 << Headers{{"x-should-retry", "false"}} << none << 0 << false << qint64(0);
        QTest::newRow("x-should-retry true on 400") << 400 << Headers{{"x-should-retry", "true"}} << none << 0 << true << qint64(-1);
        QTest::newRow("retry-after above limit") << 429 << Headers{{"retry-after", "600"}} << none << 0 << false << qint64(0);
        QTest::newRow("retries used up") << 500 << Headers{} << none << 2 << false << qint64(0);
    }

    void decide()
    {
        QFETCH(int, status);
        QFETCH(Headers, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, retriesDone);
        QFETCH(bool, retry);
        QFETCH(qint64, delayMs);
        HttpOutcome outcome{status, headers, body, false};
        const RetryDecision d = RetryPolicy::decide(outcome, retriesDone, RetryOptions{}, 0.5);
        QCOMPARE(d.retry, retry);
        if (retry && delayMs >= 0)
            QCOMPARE(d.delayMs, delayMs);
    }

    void backoffDoublesWithJitterAndCap()
    {
        RetryOptions options;
        options.maxRetries = 10;
        const HttpOutcome outcome{500, {}, {}, false};
        QCOMPARE(RetryPolicy::decide(outcome, 0, options, 0.0).delayMs, 500);
        QCOMPARE(RetryPolicy::decide(outcome, 1, options, 0.0).delayMs, 1000);
        QCOMPARE(RetryPolicy::decide(outcome, 2, options, 0.0).delayMs, 2000);
        QCOMPARE(RetryPolicy::decide(outcome, 6, options, 0.0).delayMs, 8000);        // capped
        QCOMPARE(RetryPolicy::decide(outcome, 0, options, 0.999999).delayMs, 375);    // -25 % jitter
    }

    void goDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << u"12ms"_s << qint64(12);
        QTest::newRow("m s") << u"6m0s"_s << qint64(360000);
        QTest::newRow("fraction") << u"1.5s"_s << qint64(1500);
        QTest::newRow("h m s") << u"1h2m3s"_s << qint64(3723000);
        QTest::newRow("garbage") << u"soon"_s << qint64(-1);
    }

    void goDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = RetryPolicy::parseGoDuration(text);
        if (ms < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed.value(), ms);
    }

    void rateLimiterConcurrencyAndRequestsPerMinute()
    {
        RateLimiter limiter(2, 3, 0);
        QVERIFY(limiter.hasFreeSlot());
        limiter.started(0, 10);
        limiter.started(100, 10);
        QVERIFY(!limiter.hasFreeSlot());
        limiter.finished();
        QVERIFY(limiter.hasFreeSlot());
        QCOMPARE(limiter.waitMs(200, 10), 0);
        limiter.started(200, 10);
        // Three requests in the window: the fourth waits until the first leaves it.
        QCOMPARE(limiter.waitMs(300, 10), 60000 - 300);
        QCOMPARE(limiter.waitMs(60001, 10), 0);
    }

    void rateLimiterTokensPerMinute()
    {
        RateLimiter limiter(10, 0, 1000);
        limiter.started(0, 600);
        QCOMPARE(limiter.waitMs(10, 300), 0);
        limiter.started(10, 300);
        QCOMPARE(limiter.waitMs(20, 300), 60000 - 20);     // 1200 > 1000: wait for the first to expire
        QCOMPARE(limiter.waitMs(20, 5000), 60010 - 20);    // larger than the budget: goes alone
    }

    void rateLimiterFollowsServerHeaders()
    {
        RateLimiter limiter(10, 0, 0);
        limiter.applyHeaders({{"x-ratelimit-remaining-requests", "0"}, {"x-ratelimit-reset-requests", "1.5s"}}, 1000);
        QCOMPARE(limiter.waitMs(1000, 1), 1500);
        limiter.applyHeaders({{"x-ratelimit-remaining-tokens", "500"}, {"x-ratelimit-reset-tokens", "6m0s"}}, 1000);
        QCOMPARE(limiter.waitMs(1000, 1), 1500);            // budget left: no further pause
    }
};

QTEST_APPLESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"
