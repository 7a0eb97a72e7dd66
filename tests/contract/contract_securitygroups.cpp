#include "networksupport.h"

#include "network/createportrequest.h"
#include "network/createsecuritygrouprulerequest.h"
#include "network/deleteportrequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/deletesecuritygrouprulerequest.h"
#include "network/getsecuritygrouprequest.h"
#include "network/listsecuritygrouprulesrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/updatesecuritygrouprequest.h"

using namespace zenith;
using namespace zenith::contract;

// Neutron security groups and the lab's rule presets: SSH, HTTP, HTTPS and ICMP to the web tier,
// MySQL from the web tier to the database tier, DNS over UDP and TCP; duplicates and bad ranges.
class ContractSecurityGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto web = createSecurityGroup(QStringLiteral("web"), QStringLiteral("web tier"));
        CONTRACT_OK(web);
        m_web = web.value();
        auto db = createSecurityGroup(QStringLiteral("db"));
        CONTRACT_OK(db);
        m_db = db.value();
    }

    void newGroupAllowsOnlyEgress()
    {
        QCOMPARE(m_web.description, QStringLiteral("web tier"));
        QCOMPARE(m_web.stateful, std::optional<bool>(true));
        QCOMPARE(m_web.projectId, currentProjectId());
        QCOMPARE(m_web.rules.size(), 2);
        QStringList ethertypes;
        for (const SecurityGroupRule& rule : m_web.rules) {
            QCOMPARE(rule.direction, QStringLiteral("egress"));
            QVERIFY(!rule.protocol);
            ethertypes.append(rule.ethertype);
        }
        ethertypes.sort();
        QCOMPARE(ethertypes, (QStringList{QStringLiteral("IPv4"), QStringLiteral("IPv6")}));
    }

    void presetRules_data()
    {
        QTest::addColumn<bool>("onWeb"); // else on the database group
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<int>("port"); // 0: none
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("fromWeb");
        const QString any = QStringLiteral("0.0.0.0/0");
        QTest::newRow("ssh") << true << QStringLiteral("tcp") << 22 << any << false;
        QTest::newRow("http") << true << QStringLiteral("tcp") << 80 << any << false;
        QTest::newRow("https") << true << QStringLiteral("tcp") << 443 << any << false;
        QTest::newRow("icmp") << true << QStringLiteral("icmp") << 0 << QString() << false;
        QTest::newRow("mysql from web") << false << QStringLiteral("tcp") << 3306 << QString() << true;
        QTest::newRow("dns udp") << false << QStringLiteral("udp") << 53 << any << false;
        QTest::newRow("dns tcp") << false << QStringLiteral("tcp") << 53 << any << false;
    }

    void presetRules()
    {
        QFETCH(bool, onWeb);
        QFETCH(QString, protocol);
        QFETCH(int, port);
        QFETCH(QString, prefix);
        QFETCH(bool, fromWeb);
        CreateSecurityGroupRuleRequest create;
        create.securityGroupId = onWeb ? m_web.id : m_db.id;
        create.protocol = protocol;
        if (port) {
            create.portRangeMin = port;
            create.portRangeMax = port;
        }
        if (!prefix.isEmpty())
            create.remoteIpPrefix = prefix;
        if (fromWeb)
            create.remoteGroupId = m_web.id;
        create.description = QString::fromLatin1(QTest::currentDataTag());
        auto rule = call(create);
        CONTRACT_OK(rule);
        QCOMPARE(rule->securityGroupId, create.securityGroupId);
        QCOMPARE(rule->direction, QStringLiteral("ingress"));
        QCOMPARE(rule->ethertype, QStringLiteral("IPv4"));
        QCOMPARE(rule->protocol, create.protocol);
        QCOMPARE(rule->portRangeMin, create.portRangeMin);
        QCOMPARE(rule->portRangeMax, create.portRangeMax);
        QCOMPARE(rule->remoteIpPrefix, create.remoteIpPrefix);
        QCOMPARE(rule->remoteGroupId, create.remoteGroupId);
        QCOMPARE(rule->description, *create.description);
        m_rules.insert(QString::fromLatin1(QTest::currentDataTag()), rule->id);

        auto group = call(GetSecurityGroupRequest{create.securityGroupId});
        CONTRACT_OK(group);
        QVERIFY(resourceIds(group->rules).contains(rule->id));
    }

    void rulesAreListedAndPaged()
    {
        QVERIFY2(m_rules.size() == 7, "presetRules must have run");
        ListSecurityGroupRulesRequest ofWeb;
        ofWeb.securityGroupId = m_web.id;
        auto listed = call(ofWeb);
        CONTRACT_OK(listed);
        QCOMPARE(listed->items.size(), 6); // two egress defaults, four presets

        ofWeb.limit = 1;
        auto pages = pagesOf(ofWeb);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QStringList all = resourceIds(listed->items);
        paged.sort();
        all.sort();
        QCOMPARE(paged, all);

        ListSecurityGroupRulesRequest ingressUdp;
        ingressUdp.securityGroupId = m_db.id;
        ingressUdp.direction = QStringLiteral("ingress");
        ingressUdp.protocol = QStringLiteral("udp");
        auto udp = call(ingressUdp);
        CONTRACT_OK(udp);
        QCOMPARE(resourceIds(udp->items), QStringList{m_rules.value(QStringLiteral("dns udp"))});
    }

    void duplicateAndInvalidRules()
    {
        CreateSecurityGroupRuleRequest ssh;
        ssh.securityGroupId = m_web.id;
        ssh.protocol = QStringLiteral("tcp");
        ssh.portRangeMin = 22;
        ssh.portRangeMax = 22;
        ssh.remoteIpPrefix = QStringLiteral("0.0.0.0/0");
        auto duplicate = call(ssh);
        CONTRACT_FAILS(duplicate, ApiError::Kind::Conflict, 409);
        QCOMPARE(duplicate.error().code, QStringLiteral("SecurityGroupRuleExists"));
        QCOMPARE(duplicate.error().message, QStringLiteral("Security group rule already exists. Rule id is %1.")
                                                .arg(m_rules.value(QStringLiteral("ssh"))));

        CreateSecurityGroupRuleRequest backwards = ssh;
        backwards.portRangeMin = 443;
        backwards.portRangeMax = 80;
        auto range = call(backwards);
        CONTRACT_FAILS(range, ApiError::Kind::BadRequest, 400);
        QCOMPARE(range.error().code, QStringLiteral("SecurityGroupInvalidPortRange"));
        QCOMPARE(range.error().message,
                 QStringLiteral("For TCP/UDP protocols, port_range_min must be <= port_range_max"));
    }

    void deleteRule()
    {
        const QString https = m_rules.value(QStringLiteral("https"));
        QVERIFY(!https.isEmpty());
        CONTRACT_OK(call(DeleteSecurityGroupRuleRequest{https}));
        auto group = call(GetSecurityGroupRequest{m_web.id});
        CONTRACT_OK(group);
        QVERIFY(!resourceIds(group->rules).contains(https));
        QCOMPARE(group->rules.size(), 5);
        auto again = call(DeleteSecurityGroupRuleRequest{https});
        CONTRACT_FAILS(again, ApiError::Kind::NotFound, 404);
        QCOMPARE(again.error().code, QStringLiteral("SecurityGroupRuleNotFound"));
        QCOMPARE(again.error().message, QStringLiteral("Security group rule %1 does not exist").arg(https));
    }

    void groupLifecycle()
    {
        ListSecurityGroupsRequest byName;
        byName.name = m_db.name;
        auto named = call(byName);
        CONTRACT_OK(named);
        QCOMPARE(resourceIds(named->items), QStringList{m_db.id});

        ListSecurityGroupsRequest onePerPage;
        onePerPage.projectId = currentProjectId();
        onePerPage.limit = 1;
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        const QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QCOMPARE(paged.count(m_web.id), 1);
        QCOMPARE(paged.count(m_db.id), 1);

        UpdateSecurityGroupRequest update;
        update.id = m_db.id;
        update.name = m_db.name + QStringLiteral("-tier");
        update.description = QStringLiteral("database tier");
        auto updated = call(update);
        CONTRACT_OK(updated);
        auto shown = call(GetSecurityGroupRequest{m_db.id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->name, *update.name);
        QCOMPARE(shown->description, QStringLiteral("database tier"));
        QCOMPARE(shown->rules.size(), 5); // two egress defaults, mysql, dns udp, dns tcp
    }

    void groupInUseThenDeleted()
    {
        auto group = createSecurityGroup(QStringLiteral("temp"));
        CONTRACT_OK(group);
        auto network = createNetwork(QStringLiteral("sg-in-use"));
        CONTRACT_OK(network);
        CreatePortRequest guarded;
        guarded.networkId = network->id;
        guarded.securityGroups = QStringList{group->id};
        auto port = createPort(guarded);
        CONTRACT_OK(port);
        QCOMPARE(port->securityGroups, QStringList{group->id});

        auto inUse = call(DeleteSecurityGroupRequest{group->id});
        CONTRACT_FAILS(inUse, ApiError::Kind::Conflict, 409);
        QCOMPARE(inUse.error().code, QStringLiteral("SecurityGroupInUse"));

        CONTRACT_OK(call(DeletePortRequest{port->id}));
        CONTRACT_OK(call(DeleteSecurityGroupRequest{group->id}));
        auto gone = call(GetSecurityGroupRequest{group->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("SecurityGroupNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Security group %1 does not exist").arg(group->id));
    }

private:
    SecurityGroup m_web;
    SecurityGroup m_db;
    QMap<QString, QString> m_rules; // preset name -> rule id
};

ZENITH_CONTRACT_TEST(ContractSecurityGroups)
#include "contract_securitygroups.moc"
