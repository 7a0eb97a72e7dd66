// Token::fromJson on the dev cloud's real token and on tokens written from the Keystone API reference:
// an OVHcloud-like multi-region token, an unscoped one, a domain-scoped one and an application-credential one.

#include "core/token.h"

#include "testdata.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace zenith;

class TestToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devcloudProjectToken();
    void ovhMultiRegionToken();
    void unscopedToken();
    void domainScopedToken();
    void applicationCredentialToken();
    void brokenToken_data();
    void brokenToken();
};

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// Replaces (or, with an undefined value, removes) the value at a path such as {"token", "user", "id"}.
QJsonObject withValueAt(QJsonObject object, QStringList path, const QJsonValue& value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    object.insert(key, withValueAt(object.value(key).toObject(), path, value));
    return object;
}

} // namespace

void TestToken::devcloudProjectToken()
{
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/keystone-token-admin.json"));
    const auto token = Token::fromJson(json);
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));

    QCOMPARE(token->methods, QStringList{QStringLiteral("password")});
    QCOMPARE(token->issuedAt, utc(2026, 11, 25, 6, 35, 29));
    QCOMPARE(token->expiresAt, utc(2026, 11, 25, 7, 35, 29));
    QCOMPARE(token->expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(token->user.id, QStringLiteral("6ae1412fb4e347dbad7ed28aa38e48a7"));
    QCOMPARE(token->user.name, QStringLiteral("admin"));
    QCOMPARE(token->user.domainId, QStringLiteral("default"));
    QCOMPARE(token->user.domainName, QStringLiteral("Default"));
    QVERIFY(token->project.has_value());
    QCOMPARE(token->project->id, QStringLiteral("013bec1b6fa640868e7584a13300a8ac"));
    QCOMPARE(token->project->name, QStringLiteral("admin"));
    QCOMPARE(token->project->domainId, QStringLiteral("default"));
    QVERIFY(!token->domain.has_value());
    QVERIFY(token->isScoped());
    const QStringList roles{QStringLiteral("member"), QStringLiteral("reader"), QStringLiteral("admin"),
                            QStringLiteral("heat_stack_owner")};
    QCOMPARE(token->roles, roles);
    QCOMPARE(token->catalog.services().size(), 9);
    QCOMPARE(token->catalog.regions(), QStringList{QStringLiteral("RegionOne")});
    // The secret comes from the X-Subject-Token header, never from the body.
    QVERIFY(token->id.isEmpty());
}

void TestToken::ovhMultiRegionToken()
{
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/token-ovh-multiregion.json"));
    const auto token = Token::fromJson(json);
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));

    QCOMPARE(token->issuedAt, utc(2026, 11, 25, 10, 0, 0));
    QCOMPARE(token->expiresAt, utc(2026, 11, 26, 10, 0, 0));
    QCOMPARE(token->user.name, QStringLiteral("user-Ab3dEf6hIj9k"));
    QCOMPARE(token->project->id, QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5"));
    QCOMPARE(token->project->name, QStringLiteral("8012345678901234"));
    QCOMPARE(token->project->domainName, QStringLiteral("Default"));
    const QStringList roles{QStringLiteral("_member_"), QStringLiteral("objectstore_operator"),
                            QStringLiteral("member")};
    QCOMPARE(token->roles, roles);
    QCOMPARE(token->catalog.services().size(), 10);
    QCOMPARE(token->catalog.regions(), (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
}

void TestToken::unscopedToken()
{
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/token-unscoped.json"));
    const auto token = Token::fromJson(json);
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));

    QVERIFY(!token->isScoped());
    QVERIFY(!token->project.has_value());
    QVERIFY(!token->domain.has_value());
    QVERIFY(token->roles.isEmpty());
    QVERIFY(token->catalog.isEmpty());
    QVERIFY(token->catalog.regions().isEmpty());
    // Keystone's microseconds (".893797Z"): QDateTime holds milliseconds, so within one of them.
    QVERIFY2(qAbs(token->issuedAt.msecsTo(utc(2026, 11, 25, 9, 32, 17, 893))) <= 1,
             qPrintable(token->issuedAt.toString(Qt::ISODateWithMs)));
    QVERIFY2(qAbs(token->expiresAt.msecsTo(utc(2026, 11, 25, 10, 32, 17, 893))) <= 1,
             qPrintable(token->expiresAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(token->user.id, QStringLiteral("d4c0b1e2f3a44b5c9d8e7f6a5b4c3d2e"));
}

void TestToken::domainScopedToken()
{
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/token-domain-scoped.json"));
    const auto token = Token::fromJson(json);
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));

    QVERIFY(token->isScoped());
    QVERIFY(!token->project.has_value());
    QVERIFY(token->domain.has_value());
    QCOMPARE(token->domain->id, QStringLiteral("default"));
    QCOMPARE(token->domain->name, QStringLiteral("Default"));
    QCOMPARE(token->roles, QStringList{QStringLiteral("admin")});
    QCOMPARE(token->catalog.services().size(), 1);
}

void TestToken::applicationCredentialToken()
{
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/token-application-credential.json"));
    const auto token = Token::fromJson(json);
    QVERIFY2(token.ok(), token.ok() ? "" : qPrintable(token.error().message));

    QCOMPARE(token->methods, QStringList{QStringLiteral("application_credential")});
    QVERIFY(token->project.has_value());
    QCOMPARE(token->project->id, QStringLiteral("0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5"));
    QCOMPARE(token->roles, QStringList{QStringLiteral("member")});
    QCOMPARE(token->catalog.services().size(), 2);
    QVERIFY(token->catalog.hasService(ServiceType::Compute));
    QVERIFY(!token->catalog.hasService(ServiceType::Network));
}

void TestToken::brokenToken_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
    QTest::addColumn<QString>("messageStart");

    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("no token") << QStringList{QStringLiteral("token")} << removed << QStringLiteral("token: is missing");
    QTest::newRow("token not an object") << QStringList{QStringLiteral("token")} << QJsonValue(QStringLiteral("x"))
                                         << QStringLiteral("token: expected an object");
    QTest::newRow("no expires_at") << QStringList{QStringLiteral("token"), QStringLiteral("expires_at")} << removed
                                   << QStringLiteral("token.expires_at: is missing");
    QTest::newRow("null expires_at") << QStringList{QStringLiteral("token"), QStringLiteral("expires_at")}
                                     << QJsonValue(QJsonValue::Null) << QStringLiteral("token.expires_at: is null");
    QTest::newRow("numeric expires_at") << QStringList{QStringLiteral("token"), QStringLiteral("expires_at")}
                                        << QJsonValue(1764064800)
                                        << QStringLiteral("token.expires_at: expected a string");
    QTest::newRow("garbage expires_at") << QStringList{QStringLiteral("token"), QStringLiteral("expires_at")}
                                        << QJsonValue(QStringLiteral("tomorrow"))
                                        << QStringLiteral("token.expires_at: not an ISO 8601 time");
    QTest::newRow("garbage issued_at") << QStringList{QStringLiteral("token"), QStringLiteral("issued_at")}
                                       << QJsonValue(QStringLiteral("2026-13-45T99:00:00Z"))
                                       << QStringLiteral("token.issued_at: not an ISO 8601 time");
    QTest::newRow("no methods") << QStringList{QStringLiteral("token"), QStringLiteral("methods")} << removed
                                << QStringLiteral("token.methods: is missing");
    QTest::newRow("methods not strings") << QStringList{QStringLiteral("token"), QStringLiteral("methods")}
                                         << QJsonValue(QJsonArray{1, 2})
                                         << QStringLiteral("token.methods: expected an array of strings");
    QTest::newRow("no user") << QStringList{QStringLiteral("token"), QStringLiteral("user")} << removed
                             << QStringLiteral("token.user: is missing");
    QTest::newRow("no user id") << QStringList{QStringLiteral("token"), QStringLiteral("user"), QStringLiteral("id")}
                                << removed << QStringLiteral("token.user.id: is missing");
    QTest::newRow("no project id") << QStringList{QStringLiteral("token"), QStringLiteral("project"),
                                                  QStringLiteral("id")}
                                   << removed << QStringLiteral("token.project.id: is missing");
    QTest::newRow("project domain not an object")
        << QStringList{QStringLiteral("token"), QStringLiteral("project"), QStringLiteral("domain")}
        << QJsonValue(QStringLiteral("default")) << QStringLiteral("token.project.domain: expected an object");
    QTest::newRow("role without name") << QStringList{QStringLiteral("token"), QStringLiteral("roles")}
                                       << QJsonValue(QJsonArray{
                                              QJsonObject{{QStringLiteral("id"),
                                                           QStringLiteral("9fe2ff9ee4384b1894a90878d3e92bab")}}})
                                       << QStringLiteral("token.roles[0]: role.name: is missing");
    QTest::newRow("role not an object") << QStringList{QStringLiteral("token"), QStringLiteral("roles")}
                                        << QJsonValue(QJsonArray{QStringLiteral("member")})
                                        << QStringLiteral("token.roles[0]: expected an object");
    QTest::newRow("catalog not an array")
        << QStringList{QStringLiteral("token"), QStringLiteral("catalog")} << QJsonValue(QJsonObject{})
        << QStringLiteral("token.catalog: expected an array");
}

void TestToken::brokenToken()
{
    QFETCH(QStringList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, messageStart);
    ZENITH_JSON_FIXTURE(json, QStringLiteral("identity/token-ovh-multiregion.json"));

    const auto token = Token::fromJson(withValueAt(json, path, value));
    QVERIFY(!token.ok());
    QCOMPARE(kindName(token.error().kind), QStringLiteral("Parse"));
    QVERIFY2(token.error().message.startsWith(messageStart), qPrintable(token.error().message));
}

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"
