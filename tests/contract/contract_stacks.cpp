#include "contract.h"

#include "network/listnetworksrequest.h"
#include "orchestration/createstackrequest.h"
#include "orchestration/deletestackrequest.h"
#include "orchestration/getstackrequest.h"
#include "orchestration/liststackeventsrequest.h"
#include "orchestration/liststacksrequest.h"

using namespace zenith;
using namespace zenith::contract;

namespace {

// A network and a subnet, both tagged: what every Heat stack of the lab starts with.
QByteArray smallTemplate(const QString& name, const QString& tag)
{
    return QStringLiteral("heat_template_version: 2018-08-31\n"
                          "description: Zenith contract stack\n"
                          "parameters:\n"
                          "  cidr:\n"
                          "    type: string\n"
                          "    default: 10.98.0.0/24\n"
                          "resources:\n"
                          "  net:\n"
                          "    type: OS::Neutron::Net\n"
                          "    properties:\n"
                          "      name: %1-net\n"
                          "      tags: [\"%2\"]\n"
                          "  subnet:\n"
                          "    type: OS::Neutron::Subnet\n"
                          "    properties:\n"
                          "      name: %1-subnet\n"
                          "      network: {get_resource: net}\n"
                          "      cidr: {get_param: cidr}\n"
                          "      tags: [\"%2\"]\n"
                          "outputs:\n"
                          "  network_id:\n"
                          "    value: {get_resource: net}\n")
        .arg(name, tag)
        .toUtf8();
}

// Polls the stack until it leaves `moving` (or 3 minutes pass); the last answer.
Result<Stack> settle(const QString& name, const QString& id, const QString& moving)
{
    Result<Stack> stack = call(GetStackRequest{name, id});
    for (int i = 0; i < 180 && stack && stack->status == moving; ++i) {
        QTest::qWait(1000);
        stack = call(GetStackRequest{name, id});
    }
    return stack;
}

} // namespace

// Heat stacks (issue 7, "Deploy with Heat"): create a small tagged stack, follow it until it is
// complete, read its events page by page, delete it and see it gone.
class ContractStacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStackIsCreatedFollowedAndDeleted()
    {
        const QString name = Harness::instance().uniqueName(QStringLiteral("stack"));
        const QString tag = QStringLiteral("zenith-contract:") + name;
        CreateStackRequest create;
        create.name = name;
        create.templateText = smallTemplate(name, tag);
        create.parameters.insert(QStringLiteral("cidr"), QStringLiteral("10.97.0.0/24"));
        create.timeoutMins = 10;
        create.tags = {QStringLiteral("zenith-contract")};
        const auto created = call(create);
        CONTRACT_OK(created);
        QVERIFY(!created->id.isEmpty());
        const QString id = created->id;
        Harness::instance().defer([name, id] { (void)call(DeleteStackRequest{name, id}); });

        // The same name again is Heat's 409 StackExists.
        const auto again = call(create);
        CONTRACT_FAILS(again, ApiError::Kind::Conflict, 409);
        QVERIFY2(again.error().message.contains(name), qPrintable(again.error().message));

        const auto stack = settle(name, id, QStringLiteral("CREATE_IN_PROGRESS"));
        CONTRACT_OK(stack);
        QCOMPARE(stack->status, QStringLiteral("CREATE_COMPLETE"));
        QCOMPARE(stack->name, name);
        QCOMPARE(stack->tags, QStringList{QStringLiteral("zenith-contract")});
        QVERIFY(stack->creationTime.isValid());
        QCOMPARE(stack->outputs.size(), 1);
        QCOMPARE(stack->outputs.first().key, QStringLiteral("network_id"));
        const QString networkId = stack->outputs.first().value.toString();
        QVERIFY(!networkId.isEmpty());

        // The resources are real and carry the template's tags.
        ListNetworksRequest networks;
        networks.tags = tag;
        const auto tagged = call(networks);
        CONTRACT_OK(tagged);
        QCOMPARE(tagged->items.size(), 1);
        QCOMPARE(tagged->items.first().id, networkId);
        QCOMPARE(tagged->items.first().name, QString(name + QStringLiteral("-net")));

        ListStacksRequest byName;
        byName.name = name;
        const auto listed = call(byName);
        CONTRACT_OK(listed);
        QCOMPARE(listed->items.size(), 1);
        QCOMPARE(listed->items.first().id, id);

        // Events oldest first, two at a time from the last one seen, as a watcher asks for them.
        ListStackEventsRequest events;
        events.stackName = name;
        events.stackId = id;
        events.sortDir = QStringLiteral("asc");
        events.limit = 2;
        QList<StackEvent> all;
        for (int page = 0; page < 20; ++page) {
            const auto got = call(events);
            CONTRACT_OK(got);
            all += got->items;
            events.marker = ListStackEventsRequest::nextMarker(*got, events.limit);
            if (!events.marker)
                break;
        }
        QCOMPARE(all.size(), 6); // the stack, net and subnet: IN_PROGRESS then COMPLETE each
        QCOMPARE(all.first().resourceName, name);
        QCOMPARE(all.first().resourceStatus, QStringLiteral("CREATE_IN_PROGRESS"));
        QCOMPARE(all.constLast().resourceName, name);
        QCOMPARE(all.constLast().resourceStatus, QStringLiteral("CREATE_COMPLETE"));
        QStringList order;
        for (const StackEvent& e : all)
            order << e.logicalResourceId + u':' + e.resourceStatus;
        QVERIFY2(order.indexOf(QStringLiteral("net:CREATE_COMPLETE")) <
                     order.indexOf(QStringLiteral("subnet:CREATE_IN_PROGRESS")),
                 qPrintable(order.join(u' ')));
        for (const StackEvent& e : all) {
            if (e.logicalResourceId == u"net" && e.resourceStatus == u"CREATE_COMPLETE")
                QCOMPARE(e.physicalResourceId, networkId);
        }

        CONTRACT_SUCCEEDS(call(DeleteStackRequest{name, id}));
        const auto deleted = settle(name, id, QStringLiteral("DELETE_IN_PROGRESS"));
        // Heat still shows a deleted stack by id for a while; either way it is gone.
        if (deleted)
            QCOMPARE(deleted->status, QStringLiteral("DELETE_COMPLETE"));
        else
            CONTRACT_FAILS(deleted, ApiError::Kind::NotFound, 404);
        const auto after = call(networks);
        CONTRACT_OK(after);
        QVERIFY(after->items.isEmpty());
        // Heat marks the stack DELETE_COMPLETE a moment before it hides it from lists.
        const auto listedAfter = call(byName);
        CONTRACT_OK(listedAfter);
        for (const Stack& s : listedAfter->items)
            QCOMPARE(s.status, QStringLiteral("DELETE_COMPLETE"));
    }

    void aBadTemplateIsRefusedWithHeatsMessage()
    {
        CreateStackRequest create;
        create.name = Harness::instance().uniqueName(QStringLiteral("badstack"));
        create.templateText = "heat_template_version: 2018-08-31\nresources:\n  x:\n    type: OS::No::Such\n";
        const auto created = call(create);
        CONTRACT_FAILS(created, ApiError::Kind::BadRequest, 400);
        QVERIFY2(created.error().message.contains(QStringLiteral("OS::No::Such")), qPrintable(created.error().message));
    }

    void anUnknownStackIsNotFound()
    {
        const auto stack = call(GetStackRequest{QStringLiteral("zenith-no-such-stack"), unknownId()});
        CONTRACT_FAILS(stack, ApiError::Kind::NotFound, 404);
        const auto deleted = call(DeleteStackRequest{QStringLiteral("zenith-no-such-stack"), unknownId()});
        CONTRACT_FAILS(deleted, ApiError::Kind::NotFound, 404);
        ListStackEventsRequest events;
        events.stackName = QStringLiteral("zenith-no-such-stack");
        events.stackId = unknownId();
        const auto listed = call(events);
        CONTRACT_FAILS(listed, ApiError::Kind::NotFound, 404);
    }
};

ZENITH_CONTRACT_TEST(ContractStacks)
#include "contract_stacks.moc"
