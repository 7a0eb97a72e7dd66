#include "networksupport.h"

#include "network/createsecuritygrouprulerequest.h"
#include "network/createsecuritygrouprulesrequest.h"
#include "network/listsecuritygrouprulesrequest.h"

using namespace zenith;
using namespace zenith::contract;

// Neutron's bulk create of security group rules (what the lab deployer sends, one call per group):
// all rules of one group in one call, all or none, and never rules of two groups together.
class ContractSecurityGroupRulesBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto web = createSecurityGroup(QStringLiteral("bulk-web"));
        CONTRACT_OK(web);
        m_web = web.value();
        auto db = createSecurityGroup(QStringLiteral("bulk-db"));
        CONTRACT_OK(db);
        m_db = db.value();
    }

    void bulkCreatesEveryRule()
    {
        CreateSecurityGroupRulesRequest bulk;
        bulk.rules = {tcp(m_db.id, 22, QStringLiteral("10.12.0.1/32")), icmp(m_db.id, QStringLiteral("10.12.0.0/16")),
                      tcp(m_db.id, 3306, {})};
        bulk.rules[2].remoteGroupId = m_web.id;
        auto created = call(bulk);
        CONTRACT_OK(created);
        QCOMPARE(created->size(), 3);
        for (qsizetype i = 0; i < created->size(); ++i) {
            const SecurityGroupRule& rule = created->at(i);
            const CreateSecurityGroupRuleRequest& asked = bulk.rules.at(i);
            QVERIFY(!rule.id.isEmpty());
            QCOMPARE(rule.securityGroupId, m_db.id);
            QCOMPARE(rule.direction, QStringLiteral("ingress"));
            QCOMPARE(rule.protocol, asked.protocol);
            QCOMPARE(rule.portRangeMin, asked.portRangeMin);
            QCOMPARE(rule.portRangeMax, asked.portRangeMax);
            QCOMPARE(rule.remoteIpPrefix, asked.remoteIpPrefix);
            QCOMPARE(rule.remoteGroupId, asked.remoteGroupId);
        }
        m_created = resourceIds(created.value());

        QStringList ingress = ingressOf(m_db.id);
        QStringList want = m_created;
        want.sort();
        QCOMPARE(ingress, want);
    }

    void oneExistingRuleFailsTheWholeBulk()
    {
        QVERIFY2(m_created.size() == 3, "bulkCreatesEveryRule must have run");
        CreateSecurityGroupRulesRequest bulk;
        bulk.rules = {tcp(m_db.id, 80, QStringLiteral("10.12.0.1/32")),
                      tcp(m_db.id, 22, QStringLiteral("10.12.0.1/32"))};
        auto again = call(bulk);
        CONTRACT_REFUSED(again, ApiError::Kind::Conflict, 409, "SecurityGroupRuleExists",
                         QStringLiteral("Security group rule already exists. Rule id is %1.").arg(m_created.first()));
        QCOMPARE(ingressOf(m_db.id).size(), 3); // port 80 was not created either

        CreateSecurityGroupRulesRequest twice;
        twice.rules = {tcp(m_db.id, 81, {}), tcp(m_db.id, 81, {})};
        auto duplicate = call(twice);
        CONTRACT_REFUSED(duplicate, ApiError::Kind::Conflict, 409, "DuplicateSecurityGroupRuleInPost",
                         QStringLiteral("Duplicate Security Group Rule in POST."));
        QCOMPARE(ingressOf(m_db.id).size(), 3);
    }

    void rulesOfTwoGroupsAreRefused()
    {
        CreateSecurityGroupRulesRequest mixed;
        mixed.rules = {tcp(m_web.id, 80, {}), tcp(m_db.id, 80, {})};
        auto refused = call(mixed);
        CONTRACT_REFUSED(refused, ApiError::Kind::BadRequest, 400, "SecurityGroupNotSingleGroupRules",
                         QStringLiteral("Only allowed to update rules for one security profile at a time"));
        QVERIFY(ingressOf(m_web.id).isEmpty());
        QCOMPARE(ingressOf(m_db.id).size(), 3);
    }

private:
    static CreateSecurityGroupRuleRequest tcp(const QString& groupId, int port, const QString& prefix)
    {
        CreateSecurityGroupRuleRequest rule;
        rule.securityGroupId = groupId;
        rule.protocol = QStringLiteral("tcp");
        rule.portRangeMin = port;
        rule.portRangeMax = port;
        if (!prefix.isEmpty())
            rule.remoteIpPrefix = prefix;
        return rule;
    }

    static CreateSecurityGroupRuleRequest icmp(const QString& groupId, const QString& prefix)
    {
        CreateSecurityGroupRuleRequest rule;
        rule.securityGroupId = groupId;
        rule.protocol = QStringLiteral("icmp");
        rule.remoteIpPrefix = prefix;
        return rule;
    }

    // The ids of the group's ingress rules, sorted (a new group has only egress rules).
    static QStringList ingressOf(const QString& groupId)
    {
        ListSecurityGroupRulesRequest list;
        list.securityGroupId = groupId;
        list.direction = QStringLiteral("ingress");
        auto listed = call(list);
        if (!listed)
            return {QStringLiteral("(the list failed)")};
        QStringList ids = resourceIds(listed->items);
        ids.sort();
        return ids;
    }

    SecurityGroup m_web;
    SecurityGroup m_db;
    QStringList m_created; //!< in the bulk's order
};

ZENITH_CONTRACT_TEST(ContractSecurityGroupRulesBulk)
#include "contract_securitygrouprulesbulk.moc"
