// CreateSecurityGroupRulesRequest: the bulk body (each element as CreateSecurityGroupRuleRequest
// writes it), parse() of the body the dev cloud answered, and its refusals
// (tests/data/network/security-group-rules-create-bulk.json and error-security-group-rules-*).

#include "core/apierror.h"
#include "network/createsecuritygrouprulesrequest.h"

#include "networktest.h"

#include <QJsonArray>
#include <QTest>

using namespace zenith;
using zenith::test::QueryItems;

class TestSecurityGroupRulesBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specHoldsEveryRule()
    {
        CreateSecurityGroupRuleRequest ssh;
        ssh.securityGroupId = QStringLiteral("db");
        ssh.protocol = QStringLiteral("tcp");
        ssh.portRangeMin = 22;
        ssh.portRangeMax = 22;
        ssh.remoteIpPrefix = QStringLiteral("10.12.0.1/32");
        CreateSecurityGroupRuleRequest mysql = ssh;
        mysql.portRangeMin = mysql.portRangeMax = 3306;
        mysql.remoteIpPrefix.reset();
        mysql.remoteGroupId = QStringLiteral("web");
        CreateSecurityGroupRulesRequest bulk;
        bulk.rules = {ssh, mysql};
        NETWORK_SPEC(bulk.spec(), "POST", QStringLiteral("security-group-rules"), QueryItems(),
                     "{\"security_group_rules\": ["
                     "{\"security_group_id\": \"db\", \"direction\": \"ingress\", \"ethertype\": \"IPv4\", "
                     "\"protocol\": \"tcp\", \"port_range_min\": 22, \"port_range_max\": 22, "
                     "\"remote_ip_prefix\": \"10.12.0.1/32\"}, "
                     "{\"security_group_id\": \"db\", \"direction\": \"ingress\", \"ethertype\": \"IPv4\", "
                     "\"protocol\": \"tcp\", \"port_range_min\": 3306, \"port_range_max\": 3306, "
                     "\"remote_group_id\": \"web\"}]}");
        // Each element is exactly what the single create sends inside its envelope.
        const QJsonObject single = QJsonDocument::fromJson(ssh.spec().body).object();
        const QJsonObject many = QJsonDocument::fromJson(bulk.spec().body).object();
        QCOMPARE(many.value(u"security_group_rules").toArray().first().toObject(),
                 single.value(u"security_group_rule").toObject());
    }

    void parsesTheDevCloudsAnswer()
    {
        NETWORK_PARSED(rules, CreateSecurityGroupRulesRequest, "security-group-rules-create-bulk.json");
        QCOMPARE(rules.size(), 3);
        const QString group = QStringLiteral("d949cf34-df8a-4fe9-a855-b33441e92891");
        for (const SecurityGroupRule& rule : rules) {
            QVERIFY(!rule.id.isEmpty());
            QCOMPARE(rule.securityGroupId, group);
            QCOMPARE(rule.direction, QStringLiteral("ingress"));
            QCOMPARE(rule.ethertype, QStringLiteral("IPv4"));
        }
        QCOMPARE(rules.at(0).id, QStringLiteral("c8934521-01a7-432a-85a1-79a4021f6130"));
        QCOMPARE(rules.at(0).portRangeMin, std::optional<int>(22));
        QCOMPARE(rules.at(0).remoteIpPrefix, std::optional<QString>(QStringLiteral("0.0.0.0/0")));
        QCOMPARE(rules.at(1).protocol, std::optional<QString>(QStringLiteral("icmp")));
        QVERIFY(!rules.at(1).portRangeMin);
        QCOMPARE(rules.at(1).remoteIpPrefix, std::optional<QString>(QStringLiteral("10.12.0.0/16")));
        QCOMPARE(rules.at(2).portRangeMax, std::optional<int>(3306));
        QCOMPARE(rules.at(2).remoteGroupId,
                 std::optional<QString>(QStringLiteral("adcb47f2-0299-4a27-b4db-9408faa2031a")));
        QVERIFY(!rules.at(2).remoteIpPrefix);
    }

    void refusals()
    {
        ZENITH_FIXTURE(mixed, QStringLiteral("network/error-security-group-rules-not-single-group.json"));
        const ApiError notSingle = ApiError::fromReply(400, mixed, QStringLiteral("network"), {});
        QCOMPARE(notSingle.kind, ApiError::Kind::BadRequest);
        QCOMPARE(notSingle.code, QStringLiteral("SecurityGroupNotSingleGroupRules"));
        QCOMPARE(notSingle.message, QStringLiteral("Only allowed to update rules for one security profile at a time"));
        ZENITH_FIXTURE(twice, QStringLiteral("network/error-security-group-rules-duplicate-in-post.json"));
        const ApiError duplicate = ApiError::fromReply(409, twice, QStringLiteral("network"), {});
        QCOMPARE(duplicate.kind, ApiError::Kind::Conflict);
        QCOMPARE(duplicate.code, QStringLiteral("DuplicateSecurityGroupRuleInPost"));
        QCOMPARE(duplicate.message, QStringLiteral("Duplicate Security Group Rule in POST."));
    }
};

QTEST_GUILESS_MAIN(TestSecurityGroupRulesBulk)
#include "tst_securitygrouprulesbulk.moc"
