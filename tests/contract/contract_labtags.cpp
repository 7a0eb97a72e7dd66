#include "networksupport.h"

#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/listsubnetsrequest.h"
#include "network/replaceneutrontagsrequest.h"

using namespace zenith;
using namespace zenith::contract;

// How the lab marks its Neutron resources and finds them again: a tag set after create (Zed
// refuses `tags` in a POST body), then one list call per collection filtered by that tag.
class ContractLabTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taggedResourcesAreListedByTag()
    {
        const QString tag = QStringLiteral("zenith-lab:") + Harness::instance().uniqueName(QStringLiteral("t"));
        auto lab = createLabNetwork(QStringLiteral("tags"));
        CONTRACT_OK(lab);
        auto untagged = createNetwork(QStringLiteral("tags-untagged"));
        CONTRACT_OK(untagged);
        auto group = createSecurityGroup(QStringLiteral("tags"));
        CONTRACT_OK(group);
        auto port = createPort(labPort(lab.value(), QStringLiteral("tags")));
        CONTRACT_OK(port);

        const QStringList both{tag, QStringLiteral("course")};
        for (const auto& [collection, id] :
             {std::pair{QStringLiteral("networks"), lab->network.id},
              std::pair{QStringLiteral("subnets"), lab->subnet.id},
              std::pair{QStringLiteral("security-groups"), group->id}, std::pair{QStringLiteral("ports"), port->id}}) {
            auto tagged = call(ReplaceNeutronTagsRequest{collection, id, both});
            CONTRACT_OK(tagged);
            QCOMPARE(tagged.value(), both); // in the order sent
        }

        ListNetworksRequest networks;
        networks.tags = tag;
        auto foundNetworks = call(networks);
        CONTRACT_OK(foundNetworks);
        QCOMPARE(foundNetworks->items.size(), 1);
        QCOMPARE(foundNetworks->items.first().id, lab->network.id);
        QVERIFY(foundNetworks->items.first().tags.contains(tag));

        ListSubnetsRequest subnets;
        subnets.tags = tag;
        auto foundSubnets = call(subnets);
        CONTRACT_OK(foundSubnets);
        QCOMPARE(foundSubnets->items.size(), 1);
        QCOMPARE(foundSubnets->items.first().id, lab->subnet.id);

        ListSecurityGroupsRequest groups;
        groups.tags = tag;
        auto foundGroups = call(groups);
        CONTRACT_OK(foundGroups);
        QCOMPARE(foundGroups->items.size(), 1);
        QCOMPARE(foundGroups->items.first().id, group->id);
        QVERIFY(!foundGroups->items.first().rules.isEmpty()); // the default egress rules come along

        ListPortsRequest ports;
        ports.tags = tag;
        auto foundPorts = call(ports);
        CONTRACT_OK(foundPorts);
        QCOMPARE(foundPorts->items.size(), 1);
        QCOMPARE(foundPorts->items.first().id, port->id);

        // An empty list removes every tag: the resource is no longer found.
        auto cleared = call(ReplaceNeutronTagsRequest{QStringLiteral("ports"), port->id, {}});
        CONTRACT_OK(cleared);
        QVERIFY(cleared->isEmpty());
        auto noPorts = call(ports);
        CONTRACT_OK(noPorts);
        QVERIFY(noPorts->items.isEmpty());
    }

    void taggingAnUnknownResourceIsRefused()
    {
        const QString id = unknownId();
        auto refused = call(ReplaceNeutronTagsRequest{QStringLiteral("security-groups"), id, {QStringLiteral("x")}});
        CONTRACT_REFUSED(refused, ApiError::Kind::NotFound, 404, "TagResourceNotFound",
                         QStringLiteral("Resource security_groups %1 could not be found.").arg(id));
    }
};

ZENITH_CONTRACT_TEST(ContractLabTags)
#include "contract_labtags.moc"
