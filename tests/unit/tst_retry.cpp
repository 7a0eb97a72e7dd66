// retryDelay / parseRetryAfter: which replies are retried, how long to wait (Retry-After as seconds or
// HTTP date, exponential backoff with jitter), the cap, and when to give up.

#include "core/retrydelay.h"

#include <QTest>
#include <QTimeZone>

using namespace zenith;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(zenith::HttpMethod)

class TestRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatIsRetried_data();
    void whatIsRetried();
    void retryAfterSeconds_data();
    void retryAfterSeconds();
    void retryAfterHttpDate_data();
    void retryAfterHttpDate();
    void retryAfterUnreadable_data();
    void retryAfterUnreadable();
    void retryAfterWinsOverBackoff();
    void retryAfterIsCapped();
    void exponentialBackoff_data();
    void exponentialBackoff();
    void backoffIsCapped();
    void noJitter();
    void stopsAfterMaxRetries();
    void noRetriesAtAll();
};

namespace {

const QDateTime kNow(QDate(2015, 10, 21), QTime(7, 27, 50), QTimeZone::utc());

std::optional<std::chrono::milliseconds> delay(int status, HttpMethod method, const QByteArray& retryAfter = {},
                                               int retriesSoFar = 0, double random01 = 0.5,
                                               const RetryPolicy& policy = RetryPolicy())
{
    return retryDelay(policy, retriesSoFar, status, method, retryAfter, kNow, random01);
}

} // namespace

void TestRetry::whatIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<bool>("retried");

    QTest::newRow("429 GET") << 429 << HttpMethod::Get << true;
    QTest::newRow("429 POST") << 429 << HttpMethod::Post << true;
    QTest::newRow("429 DELETE") << 429 << HttpMethod::Delete << true;
    QTest::newRow("503 GET") << 503 << HttpMethod::Get << true;
    QTest::newRow("503 HEAD") << 503 << HttpMethod::Head << true;
    QTest::newRow("503 PUT") << 503 << HttpMethod::Put << true;
    QTest::newRow("503 DELETE") << 503 << HttpMethod::Delete << true;
    // The backend may already have created the server: never replay a POST after a 503.
    QTest::newRow("503 POST") << 503 << HttpMethod::Post << false;
    QTest::newRow("500 GET") << 500 << HttpMethod::Get << false;
    QTest::newRow("502 GET") << 502 << HttpMethod::Get << false;
    QTest::newRow("504 GET") << 504 << HttpMethod::Get << false;
    QTest::newRow("400 GET") << 400 << HttpMethod::Get << false;
    QTest::newRow("401 GET") << 401 << HttpMethod::Get << false;
    QTest::newRow("404 GET") << 404 << HttpMethod::Get << false;
    QTest::newRow("409 PUT") << 409 << HttpMethod::Put << false;
    // Nova and Cinder quota errors are 413 with "Retry-After: 0": retrying cannot help.
    QTest::newRow("413 POST") << 413 << HttpMethod::Post << false;
    QTest::newRow("200 GET") << 200 << HttpMethod::Get << false;
}

void TestRetry::whatIsRetried()
{
    QFETCH(int, status);
    QFETCH(HttpMethod, method);
    QFETCH(bool, retried);

    QCOMPARE(delay(status, method).has_value(), retried);
    // A Retry-After header does not make a reply retryable.
    QCOMPARE(delay(status, method, "1").has_value(), retried);
}

void TestRetry::retryAfterSeconds_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("5") << QByteArray("5") << qint64(5000);
    QTest::newRow("0") << QByteArray("0") << qint64(0);
    QTest::newRow("25") << QByteArray("25") << qint64(25000);
    QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7000);
    QTest::newRow("negative is now") << QByteArray("-3") << qint64(0);
}

void TestRetry::retryAfterSeconds()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);

    const auto parsed = parseRetryAfter(header, kNow);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->count(), ms);
    const auto d = delay(429, HttpMethod::Get, header);
    QVERIFY(d.has_value());
    QCOMPARE(d->count(), ms);
}

void TestRetry::retryAfterHttpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms");

    // IMF-fixdate, the form every HTTP/1.1 server must send (RFC 9110 section 5.6.7).
    QTest::newRow("IMF-fixdate GMT") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(10000);
    QTest::newRow("numeric zone") << QByteArray("Wed, 21 Oct 2015 07:28:05 +0000") << qint64(15000);
    QTest::newRow("in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    // asctime(), which recipients must also accept.
    QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:00 2015") << qint64(10000);
}

void TestRetry::retryAfterHttpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);

    const auto parsed = parseRetryAfter(header, kNow);
    QVERIFY2(parsed.has_value(), header.constData());
    QCOMPARE(parsed->count(), ms);
    QCOMPARE(delay(503, HttpMethod::Get, header)->count(), ms);
}

void TestRetry::retryAfterUnreadable_data()
{
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("  ");
    QTest::newRow("words") << QByteArray("soon");
    QTest::newRow("ISO 8601 is not an HTTP date") << QByteArray("2015-10-21T07:28:00Z");
}

void TestRetry::retryAfterUnreadable()
{
    QFETCH(QByteArray, header);

    QVERIFY(!parseRetryAfter(header, kNow).has_value());
    // Unreadable: the backoff decides, as if there were no header.
    QCOMPARE(delay(429, HttpMethod::Get, header, 1), delay(429, HttpMethod::Get, {}, 1));
    QCOMPARE(delay(429, HttpMethod::Get, header, 1)->count(), 1000);
}

void TestRetry::retryAfterWinsOverBackoff()
{
    // Third retry: backoff would say 2 s, the server says 1 s.
    QCOMPARE(delay(429, HttpMethod::Get, "1", 2)->count(), 1000);
    // And a server's 0 means now, not backoff.
    QCOMPARE(delay(429, HttpMethod::Get, "0", 2)->count(), 0);
}

void TestRetry::retryAfterIsCapped()
{
    RetryPolicy policy;
    policy.maxDelay = 10s;
    QCOMPARE(delay(429, HttpMethod::Get, "3600", 0, 0.5, policy), std::optional<std::chrono::milliseconds>(10s));
    QCOMPARE(delay(429, HttpMethod::Get, "Wed, 21 Oct 2015 08:00:00 GMT", 0, 0.5, policy),
             std::optional<std::chrono::milliseconds>(10s));
    QCOMPARE(delay(429, HttpMethod::Get, "4", 0, 0.5, policy), std::optional<std::chrono::milliseconds>(4s));
}

void TestRetry::exponentialBackoff_data()
{
    QTest::addColumn<int>("retriesSoFar");
    QTest::addColumn<double>("random01");
    QTest::addColumn<qint64>("ms");

    // Default policy: 500 ms doubled each retry, +/-25 % jitter.
    QTest::newRow("1st, middle") << 0 << 0.5 << qint64(500);
    QTest::newRow("2nd, middle") << 1 << 0.5 << qint64(1000);
    QTest::newRow("3rd, middle") << 2 << 0.5 << qint64(2000);
    QTest::newRow("1st, lowest") << 0 << 0.0 << qint64(375);
    QTest::newRow("2nd, lowest") << 1 << 0.0 << qint64(750);
    QTest::newRow("3rd, lowest") << 2 << 0.0 << qint64(1500);
    QTest::newRow("1st, highest") << 0 << 0.999999 << qint64(625);
    QTest::newRow("2nd, highest") << 1 << 0.999999 << qint64(1250);
    QTest::newRow("3rd, highest") << 2 << 0.999999 << qint64(2500);
}

void TestRetry::exponentialBackoff()
{
    QFETCH(int, retriesSoFar);
    QFETCH(double, random01);
    QFETCH(qint64, ms);

    const auto d = delay(503, HttpMethod::Get, {}, retriesSoFar, random01);
    QVERIFY(d.has_value());
    QCOMPARE(d->count(), ms);
}

void TestRetry::backoffIsCapped()
{
    RetryPolicy policy;
    policy.maxRetries = 20;
    // 500 ms * 2^7 = 64 s > 30 s.
    QCOMPARE(delay(429, HttpMethod::Get, {}, 7, 0.5, policy), std::optional<std::chrono::milliseconds>(30s));
    QCOMPARE(delay(429, HttpMethod::Get, {}, 7, 0.0, policy), std::optional<std::chrono::milliseconds>(30s));
    // 500 ms * 2^5 = 16 s, within the cap, jitter still applies.
    QCOMPARE(delay(429, HttpMethod::Get, {}, 5, 0.0, policy)->count(), 12000);
    // Far out, 2^n must not overflow into a negative or zero wait.
    QCOMPARE(delay(429, HttpMethod::Get, {}, 19, 0.0, policy), std::optional<std::chrono::milliseconds>(30s));
}

void TestRetry::noJitter()
{
    RetryPolicy policy;
    policy.jitter = 0;
    policy.baseDelay = 200ms;
    for (double r : {0.0, 0.3, 0.999}) {
        QCOMPARE(delay(429, HttpMethod::Get, {}, 0, r, policy)->count(), 200);
        QCOMPARE(delay(429, HttpMethod::Get, {}, 2, r, policy)->count(), 800);
    }
}

void TestRetry::stopsAfterMaxRetries()
{
    // Default: three retries after the first attempt.
    QVERIFY(delay(429, HttpMethod::Get, {}, 0).has_value());
    QVERIFY(delay(429, HttpMethod::Get, {}, 2).has_value());
    QVERIFY(!delay(429, HttpMethod::Get, {}, 3).has_value());
    QVERIFY(!delay(429, HttpMethod::Get, "1", 3).has_value());
    QVERIFY(!delay(503, HttpMethod::Get, {}, 4).has_value());

    RetryPolicy one;
    one.maxRetries = 1;
    QVERIFY(delay(503, HttpMethod::Get, {}, 0, 0.5, one).has_value());
    QVERIFY(!delay(503, HttpMethod::Get, {}, 1, 0.5, one).has_value());
}

void TestRetry::noRetriesAtAll()
{
    RetryPolicy none;
    none.maxRetries = 0;
    QVERIFY(!delay(429, HttpMethod::Get, "1", 0, 0.5, none).has_value());
    QVERIFY(!delay(503, HttpMethod::Get, {}, 0, 0.5, none).has_value());
}

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
