// Request dumps: secret headers become fingerprints and secret JSON fields become "***", while
// everything else stays readable.

#include "core/httplog.h"

#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

using namespace zenith;

class TestHttpLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretHeadersBecomeFingerprints();
    void fingerprintsTellTokensApart();
    void networkRequestHeaders();
    void redactedBody_data();
    void redactedBody();
    void realTokenBodyIsUntouched();
    void nonJsonBodies();
};

namespace {

// Fernet tokens as Keystone issues them (made up, same shape).
const QByteArray kTokenA =
    "gAAAAABnQ3xYzXq1Tq4dKf0aJ8uQv2mM9pLkZ7rS1wE3yT5uI8oP0aS2dF4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2jK4l";
const QByteArray kTokenB =
    "gAAAAABnQ3xZ1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz1Xc2Vb3Nm4Qw5Er6Ty7Ui8Op9As0Df1Gh2Jk3Lz4Xc5Vb6Nm7Qw8Er9Ty0Ui1Op";

QRegularExpression fingerprintLine(const char* header)
{
    return QRegularExpression(QStringLiteral("^%1: <redacted sha256:[0-9a-f]{8}>$").arg(QLatin1StringView(header)),
                              QRegularExpression::MultilineOption);
}

} // namespace

void TestHttpLog::secretHeadersBecomeFingerprints()
{
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"Content-Type", "application/json"},
        {"X-Auth-Token", kTokenA},
        {"X-Subject-Token", kTokenB},
        {"x-service-token", kTokenB},
        {"Authorization", QByteArray("Bearer " + kTokenA)},
        {"OpenStack-API-Version", "compute 2.79"},
        {"X-OpenStack-Request-ID", "req-0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"},
    };
    const QByteArray dump = redactedHeaders(headers);
    const QString text = QString::fromLatin1(dump);

    QVERIFY(!dump.contains(kTokenA));
    QVERIFY(!dump.contains(kTokenB));
    // Not even a recognisable prefix of the token.
    QVERIFY(!dump.contains(kTokenA.left(16)));
    QVERIFY2(text.contains(fingerprintLine("X-Auth-Token")), dump.constData());
    QVERIFY2(text.contains(fingerprintLine("X-Subject-Token")), dump.constData());
    QVERIFY2(text.contains(fingerprintLine("x-service-token")), dump.constData());
    QVERIFY2(text.contains(fingerprintLine("Authorization")), dump.constData());
    // The rest is verbatim, one "Name: value" line each.
    QVERIFY(dump.contains("Content-Type: application/json\n"));
    QVERIFY(dump.contains("OpenStack-API-Version: compute 2.79\n"));
    QVERIFY(dump.contains("X-OpenStack-Request-ID: req-0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\n"));
    QCOMPARE(dump.count('\n'), headers.size());
}

void TestHttpLog::fingerprintsTellTokensApart()
{
    const QByteArray a1 = redactedHeaders({{"X-Auth-Token", kTokenA}});
    const QByteArray a2 = redactedHeaders({{"X-Auth-Token", kTokenA}});
    const QByteArray b = redactedHeaders({{"X-Auth-Token", kTokenB}});
    QCOMPARE(a1, a2);
    QVERIFY(a1 != b);
    // The header name's case does not change the verdict.
    QVERIFY(!redactedHeaders({{"X-AUTH-TOKEN", kTokenA}}).contains(kTokenA));
}

void TestHttpLog::networkRequestHeaders()
{
    QNetworkRequest request(QUrl(QStringLiteral("https://compute.gra11.cloud.ovh.net/v2.1/servers/detail")));
    request.setRawHeader("X-Auth-Token", kTokenA);
    request.setRawHeader("Accept", "application/json");
    const QByteArray dump = redactedHeaders(request);
    QVERIFY(!dump.contains(kTokenA));
    QVERIFY2(QString::fromLatin1(dump).contains(fingerprintLine("X-Auth-Token")), dump.constData());
    QVERIFY(dump.contains("Accept: application/json\n"));
}

void TestHttpLog::redactedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArrayList>("secrets");

    QTest::newRow("password auth")
        << QByteArray(
               R"({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
             "domain": {"name": "Default"}, "password": "s3cr3t-P@ss"}}}, "scope": {"project": {"id": "0a1b2c3d"}}}})")
        << QByteArray(
               R"({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "user-Ab3dEf6hIj9k",
             "domain": {"name": "Default"}, "password": "***"}}}, "scope": {"project": {"id": "0a1b2c3d"}}}})")
        << QByteArrayList{"s3cr3t-P@ss"};
    QTest::newRow("application credential auth")
        << QByteArray(R"({"auth": {"identity": {"methods": ["application_credential"], "application_credential":
             {"id": "aa5a9e1d2f0b4c3e8d7f6a5b4c3d2e1f", "secret": "Xq9-appcred-secret"}}}})")
        << QByteArray(R"({"auth": {"identity": {"methods": ["application_credential"], "application_credential":
             {"id": "aa5a9e1d2f0b4c3e8d7f6a5b4c3d2e1f", "secret": "***"}}}})")
        << QByteArrayList{"Xq9-appcred-secret"};
    QTest::newRow("token auth") << QByteArray(
                                       QByteArray(R"({"auth": {"identity": {"methods": ["token"], "token": {"id": ")") +
                                       kTokenA + R"("}}, "scope": {"project": {"id": "0a1b2c3d"}}}})")
                                << QByteArray(R"({"auth": {"identity": {"methods": ["token"], "token": {"id": "***"}},
             "scope": {"project": {"id": "0a1b2c3d"}}}})")
                                << QByteArrayList{kTokenA};
    QTest::newRow("server create adminPass")
        << QByteArray(R"({"server": {"name": "lab-web-1", "flavorRef": "d2", "adminPass": "Hq7mRt2vLx9p",
             "networks": [{"uuid": "396f12f8"}], "metadata": {"owner": "student"}}})")
        << QByteArray(R"({"server": {"name": "lab-web-1", "flavorRef": "d2", "adminPass": "***",
             "networks": [{"uuid": "396f12f8"}], "metadata": {"owner": "student"}}})")
        << QByteArrayList{"Hq7mRt2vLx9p"};
    QTest::newRow("changePassword action")
        << QByteArray(R"({"changePassword": {"adminPass": "n3w-Pass"}})")
        << QByteArray(R"({"changePassword": {"adminPass": "***"}})") << QByteArrayList{"n3w-Pass"};
    QTest::newRow("keypair create reply")
        << QByteArray(R"({"keypair": {"name": "lab", "type": "ssh", "fingerprint": "7e:eb:ab:24",
             "public_key": "ssh-ed25519 AAAAC3Nz student@lab",
             "private_key": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n",
             "user_id": "d4c0b1e2"}})")
        << QByteArray(R"({"keypair": {"name": "lab", "type": "ssh", "fingerprint": "7e:eb:ab:24",
             "public_key": "ssh-ed25519 AAAAC3Nz student@lab", "private_key": "***", "user_id": "d4c0b1e2"}})")
        << QByteArrayList{"b3BlbnNzaC1rZXktdjEAAAAA", "PRIVATE KEY"};
    QTest::newRow("application credential create reply")
        << QByteArray(R"({"application_credential": {"id": "aa5a9e1d", "name": "zenith-lab", "secret": "rEaLlY-s3cret",
             "unrestricted": false, "roles": [{"id": "8569988e", "name": "member"}]}})")
        << QByteArray(R"({"application_credential": {"id": "aa5a9e1d", "name": "zenith-lab", "secret": "***",
             "unrestricted": false, "roles": [{"id": "8569988e", "name": "member"}]}})")
        << QByteArrayList{"rEaLlY-s3cret"};
    // Keystone's self-service password change: POST /v3/users/{id}/password.
    QTest::newRow("keystone password change")
        << QByteArray(R"({"user": {"password": "n3w-Pass", "original_password": "0ld-Pass"}})")
        << QByteArray(R"({"user": {"password": "***", "original_password": "***"}})")
        << QByteArrayList{"n3w-Pass", "0ld-Pass"};
    QTest::newRow("array body") << QByteArray(R"([{"name": "a", "password": "p1"}, {"name": "b", "password": "p2"}])")
                                << QByteArray(R"([{"name": "a", "password": "***"}, {"name": "b", "password": "***"}])")
                                << QByteArrayList{"p1", "p2"};
}

void TestHttpLog::redactedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArrayList, secrets);

    const QByteArray out = zenith::redactedBody(body);
    for (const QByteArray& secret : secrets)
        QVERIFY2(!out.contains(secret), out.constData());
    QCOMPARE(QJsonDocument::fromJson(out), QJsonDocument::fromJson(expected));
    QVERIFY(!QJsonDocument::fromJson(expected).isNull());
}

void TestHttpLog::realTokenBodyIsUntouched()
{
    // A token reply has ids, names, "password" as a method and "password_expires_at": none is a secret.
    ZENITH_FIXTURE(body, QStringLiteral("identity/keystone-token-admin.json"));
    QCOMPARE(QJsonDocument::fromJson(zenith::redactedBody(body)), QJsonDocument::fromJson(body));
    ZENITH_FIXTURE(ovh, QStringLiteral("identity/token-ovh-multiregion.json"));
    QCOMPARE(QJsonDocument::fromJson(zenith::redactedBody(ovh)), QJsonDocument::fromJson(ovh));
}

void TestHttpLog::nonJsonBodies()
{
    QCOMPARE(zenith::redactedBody(QByteArray()), QByteArray());
    const QByteArray html = "<html><body><h1>503 Service Unavailable</h1></body></html>";
    QCOMPARE(zenith::redactedBody(html), html);
    // Image uploads and the like: cut to a size hint.
    const QByteArray big(3000, 'x');
    const QByteArray cut = zenith::redactedBody(big);
    QVERIFY(cut.startsWith(QByteArray(2048, 'x')));
    QVERIFY(cut.size() < big.size());
    QVERIFY(!cut.contains(QByteArray(2049, 'x')));
    const QByteArray exact(2048, 'y');
    QCOMPARE(zenith::redactedBody(exact), exact);
}

QTEST_GUILESS_MAIN(TestHttpLog)
#include "tst_httplog.moc"
