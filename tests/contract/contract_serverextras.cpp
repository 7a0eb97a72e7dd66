#include "contract_servers.h"
#include "serversupport.h"

#include "compute/attachserverinterfacerequest.h"
#include "compute/attachservervolumerequest.h"
#include "compute/createserverimagerequest.h"
#include "compute/createserverremoteconsolerequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/detachserverinterfacerequest.h"
#include "compute/detachservervolumerequest.h"
#include "compute/getserveractionrequest.h"
#include "compute/getserverconsoleoutputrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserveractionsrequest.h"
#include "compute/listserverinterfacesrequest.h"
#include "compute/listservervolumeattachmentsrequest.h"
#include "compute/replaceservertagsrequest.h"
#include "compute/startserverrequest.h"
#include "image/deleteimagerequest.h"
#include "image/getimagerequest.h"
#include "volume/createvolumerequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/getvolumerequest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace zenith;
using namespace zenith::contract;

void ContractServers::snapshotIntoGlance()
{
    const QString name = Harness::instance().uniqueName(QStringLiteral("snap"));
    const auto created =
        call(CreateServerImageRequest{m_id, name, {{QStringLiteral("lab"), QStringLiteral("contract")}}});
    CONTRACT_OK(created);
    QVERIFY(created->imageId.has_value());
    const QString image = *created->imageId;
    Harness::instance().defer([image] { [[maybe_unused]] const auto gone = call(DeleteImageRequest{image}); });
    // The server shows task state image_uploading until Nova hands the snapshot to Glance.
    const auto settled = settleServer(m_id);
    CONTRACT_OK(settled);

    const auto shown = call(GetImageRequest{image});
    CONTRACT_OK(shown);
    QCOMPARE(shown->name, name);
    QCOMPARE(shown->owner, Harness::instance().session().token()->project->id);
    QCOMPARE(shown->visibility, QStringLiteral("private"));
    // The fake virt driver uploads no data: the image stays "queued" on the dev cloud.
    const QStringList statuses{QStringLiteral("queued"), QStringLiteral("saving"), QStringLiteral("active")};
    QVERIFY2(statuses.contains(shown->status), qPrintable(shown->status));

    CONTRACT_SUCCEEDS(call(DeleteImageRequest{image}));
    const auto gone = await(waitForDeletion(Harness::instance().session(), GetImageRequest{image}, serverWait()));
    CONTRACT_OK(gone);
    const auto again = call(DeleteImageRequest{image});
    CONTRACT_REFUSED(again, ApiError::Kind::NotFound, 404, "Not Found",
                     QStringLiteral("Failed to find image %1 to delete").arg(image));
}

void ContractServers::consoleOutput()
{
    const auto whole = call(GetServerConsoleOutputRequest{m_id, std::nullopt});
    CONTRACT_OK(whole);
    const auto lastLine = call(GetServerConsoleOutputRequest{m_id, 1});
    CONTRACT_OK(lastLine);
    QVERIFY(!lastLine->contains(u'\n'));
    QVERIFY(whole->endsWith(lastLine.value()));
    if (onDevCloud())
        QCOMPARE(whole.value(), QStringLiteral("FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE"));
}

void ContractServers::remoteConsoleOfThisCloud()
{
    const auto console = call(CreateServerRemoteConsoleRequest{m_id});
    if (onDevCloud()) { // [vnc] enabled = false
        CONTRACT_REFUSED(console, ApiError::Kind::BadRequest, 400, "badRequest",
                         QStringLiteral("Unavailable console type novnc."));
        return;
    }
    CONTRACT_OK(console);
    QCOMPARE(console->protocol, QStringLiteral("vnc"));
    QVERIFY(console->url.startsWith(QStringLiteral("http")));
}

void ContractServers::tagsAreReplaced()
{
    const QStringList tags{QStringLiteral("lab-1"), QStringLiteral("étudiant"), QStringLiteral("zenith")};
    const auto replaced = call(ReplaceServerTagsRequest{m_id, tags});
    CONTRACT_OK(replaced);
    QCOMPARE(sortedList(replaced.value()), sortedList(tags));
    const auto shown = call(GetServerRequest{m_id});
    CONTRACT_OK(shown);
    QCOMPARE(sortedList(shown->tags), sortedList(tags));

    const auto refused = call(ReplaceServerTagsRequest{m_id, {QStringLiteral("a/b")}});
    CONTRACT_REFUSED(
        refused, ApiError::Kind::BadRequest, 400, "badRequest",
        QStringLiteral("Invalid input for field/attribute 0. Value: a/b. 'a/b' does not match '^[^,/]*$'"));

    const auto cleared = call(ReplaceServerTagsRequest{m_id, {}});
    CONTRACT_OK(cleared);
    QVERIFY(cleared->isEmpty());
    const auto after = call(GetServerRequest{m_id});
    CONTRACT_OK(after);
    QVERIFY(after->tags.isEmpty());
}

void ContractServers::actionLogRecordsEverything()
{
    const auto whole = call(ListServerActionsRequest{m_id, std::nullopt, std::nullopt});
    CONTRACT_OK(whole);
    QVERIFY(!whole->nextMarker.has_value());
    QStringList names;
    QStringList requestIds;
    for (const ServerAction& a : whole->items) {
        names.prepend(a.action);
        requestIds.append(a.requestId);
    }
    QCOMPARE(names.first(), QStringLiteral("create"));
    for (const char* expected : {"stop", "start", "reboot", "lock", "unlock", "rescue", "unrescue", "shelve",
                                 "unshelve", "resize", "confirmResize", "revertResize", "createImage"})
        QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    QCOMPARE(names.count(QStringLiteral("reboot")), 2);

    // Paged three at a time (2.58), the same actions in the same order.
    const auto paged = callAll(ListServerActionsRequest{m_id, 3, std::nullopt});
    CONTRACT_OK(paged);
    QStringList pagedIds;
    for (const ServerAction& a : paged.value())
        pagedIds.append(a.requestId);
    QCOMPARE(pagedIds, requestIds);

    const auto create = finishedAction(m_id, whole->items.last().requestId);
    CONTRACT_OK(create);
    QCOMPARE(create->action, QStringLiteral("create"));
    QCOMPARE(create->events.first().event, QStringLiteral("compute__do_build_and_run_instance"));
    QCOMPARE(create->events.first().result, QStringLiteral("Success"));
    const QString unknown = QStringLiteral("req-") + unknownId();
    const auto missing = call(GetServerActionRequest{m_id, unknown});
    CONTRACT_REFUSED(missing, ApiError::Kind::NotFound, 404, "itemNotFound",
                     QStringLiteral("Action %1 not found").arg(unknown));
}

void ContractServers::refusedCreations()
{
    CreateServerRequest base;
    base.name = Harness::instance().uniqueName(QStringLiteral("refused"));
    base.imageRef = m_image;
    base.flavorRef = m_nano;

    CreateServerRequest noFlavor = base;
    noFlavor.flavorRef = QStringLiteral("no-such-flavor");
    const auto flavor = createServer(noFlavor);
    CONTRACT_REFUSED(flavor, ApiError::Kind::BadRequest, 400, "badRequest",
                     QStringLiteral("Flavor no-such-flavor could not be found."));

    // 50000 bytes become 66668 in base64, over Nova's 65535. Nova quotes the whole value twice; the
    // error shows its length only.
    CreateServerRequest bigUserData = base;
    bigUserData.userData = QString(50000, u'a');
    const auto userData = createServer(bigUserData);
    CONTRACT_FAILS(userData, ApiError::Kind::BadRequest, 400);
    QCOMPARE(userData.error().message,
             QStringLiteral("Invalid input for field/attribute user_data. Value: <66668 characters>. "
                            "'<66668 characters>' is too long"));

    CreateServerRequest noGroup = base;
    noGroup.serverGroupId = unknownId();
    const auto group = createServer(noGroup);
    CONTRACT_REFUSED(group, ApiError::Kind::BadRequest, 400, "badRequest",
                     QStringLiteral("Instance group %1 could not be found.").arg(unknownId()));

    const QString noServer = QStringLiteral("Instance %1 could not be found.").arg(unknownId());
    const auto shown = call(GetServerRequest{unknownId()});
    CONTRACT_REFUSED(shown, ApiError::Kind::NotFound, 404, "itemNotFound", noServer);
    // Actions look the server up through its cell mapping first, hence another message.
    const auto started = call(StartServerRequest{unknownId()});
    CONTRACT_REFUSED(started, ApiError::Kind::NotFound, 404, "itemNotFound",
                     QStringLiteral("Instance %1 has no mapping to a cell.").arg(unknownId()));
    const auto deleted = call(DeleteServerRequest{unknownId()});
    CONTRACT_REFUSED(deleted, ApiError::Kind::NotFound, 404, "itemNotFound", noServer);
}

void ContractServers::bootFromVolume()
{
    CreateServerRequest bfv;
    bfv.name = Harness::instance().uniqueName(QStringLiteral("bfv"));
    bfv.flavorRef = m_nano;
    bfv.blockDevices = {ServerBlockDevice::bootVolumeFromImage(m_image, 1, true)};
    const auto created = createServer(bfv);
    CONTRACT_OK(created);
    CONTRACT_SUCCEEDS(settleServer(created->id));
    const auto shown = call(GetServerRequest{created->id});
    CONTRACT_OK(shown);
    QCOMPARE(shown->imageId, QString()); // "image": ""
    QCOMPARE(shown->volumesAttached.size(), 1);
    const QString volumeId = shown->volumesAttached.first().id;
    QCOMPARE(shown->volumesAttached.first().deleteOnTermination, true);
    CONTRACT_SUCCEEDS(deleteServer(created->id));
    // From 2.21 Nova reads a deleted server's action log (read_deleted): the details panel shows it.
    const auto log = call(ListServerActionsRequest{created->id, std::nullopt, std::nullopt});
    CONTRACT_OK(log);
    QCOMPARE(log->items.first().action, QStringLiteral("delete"));
    QCOMPARE(log->items.last().action, QStringLiteral("create"));
    const auto never = call(ListServerActionsRequest{unknownId(), std::nullopt, std::nullopt});
    CONTRACT_REFUSED(never, ApiError::Kind::NotFound, 404, "itemNotFound",
                     QStringLiteral("Instance %1 could not be found.").arg(unknownId()));
    // delete_on_termination: the boot volume goes with the server.
    const auto volume = await(waitForDeletion(Harness::instance().session(), GetVolumeRequest{volumeId}, serverWait()));
    CONTRACT_OK(volume);
}

void ContractServers::interfacesAttachAndDetach()
{
    const auto before = call(ListServerInterfacesRequest{m_id});
    CONTRACT_OK(before);
    QCOMPARE(before->size(), 1);
    const ServerInterface first = before->first();
    QCOMPARE(first.networkId, m_network);
    QCOMPARE(first.portState, QStringLiteral("ACTIVE"));
    const auto shown = call(GetServerRequest{m_id});
    CONTRACT_OK(shown);
    const ServerAddress address = shown->addresses.value(QStringLiteral("private")).first();
    QCOMPARE(first.fixedIps.first().ipAddress, address.addr);
    QCOMPARE(first.macAddr, address.macAddr);

    AttachServerInterfaceRequest attach;
    attach.serverId = m_id;
    attach.networkId = m_network;
    const auto attached = call(attach);
    CONTRACT_OK(attached);
    QCOMPARE(attached->networkId, m_network);
    QVERIFY(attached->portId != first.portId);
    QCOMPARE(attached->fixedIps.size(), 1);
    QCOMPARE(attached->fixedIps.first().subnetId, first.fixedIps.first().subnetId);
    // A new port is DOWN until the (here fake) agent wires it, within about 10 s.
    QVERIFY2(attached->portState == u"DOWN" || attached->portState == u"ACTIVE", qPrintable(attached->portState));
    const auto two = call(ListServerInterfacesRequest{m_id});
    CONTRACT_OK(two);
    QCOMPARE(two->size(), 2);
    const auto withTwo = call(GetServerRequest{m_id});
    CONTRACT_OK(withTwo);
    QCOMPARE(withTwo->addresses.value(QStringLiteral("private")).size(), 2);

    CONTRACT_SUCCEEDS(call(DetachServerInterfaceRequest{m_id, attached->portId}));
    const auto one = await(poll<QList<ServerInterface>, ListServerInterfacesRequest>(
        Harness::instance().session(), ListServerInterfacesRequest{m_id},
        [](const Result<QList<ServerInterface>>& reply) -> std::optional<Result<QList<ServerInterface>>> {
            if (reply && reply->size() == 2)
                return std::nullopt;
            return reply;
        },
        serverWait()));
    CONTRACT_OK(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().portId, first.portId);
}

void ContractServers::interfaceErrors()
{
    AttachServerInterfaceRequest noPort;
    noPort.serverId = m_id;
    noPort.portId = unknownId();
    const auto port = call(noPort);
    CONTRACT_REFUSED(port, ApiError::Kind::NotFound, 404, "itemNotFound",
                     QStringLiteral("Port id %1 could not be found.").arg(unknownId()));

    // Zed lets neutron's NetworkNotFound escape the RPC call: a 500, where 404 was meant.
    AttachServerInterfaceRequest noNetwork;
    noNetwork.serverId = m_id;
    noNetwork.networkId = unknownId();
    const auto network = call(noNetwork);
    QVERIFY(!network.ok());
    if (onDevCloud()) {
        CONTRACT_FAILS(network, ApiError::Kind::Server, 500);
        QCOMPARE(network.error().code, QStringLiteral("computeFault"));
        QVERIFY(network.error().message.startsWith(QStringLiteral("Unexpected API Error.")));
    }

    // Detaching runs on the compute host: Nova says 202 even for a port the server does not have,
    // and the failure shows only in the action log.
    CONTRACT_SUCCEEDS(call(DetachServerInterfaceRequest{m_id, unknownId()}));
    const auto action = newestAction(m_id, QStringLiteral("detach_interface"));
    CONTRACT_OK(action);
    const auto finished = finishedAction(m_id, action->requestId);
    CONTRACT_OK(finished);
    QCOMPARE(finished->message, QStringLiteral("Error"));
    QCOMPARE(finished->events.first().event, QStringLiteral("compute_detach_interface"));
    QCOMPARE(finished->events.first().result, QStringLiteral("Error"));
}

namespace {

Result<Volume> settleVolume(const QString& id, const QString& status)
{
    return await(waitForStatus(
        Harness::instance().session(), GetVolumeRequest{id}, [](const Volume& v) { return v.status; }, {status},
        {QStringLiteral("error")}, {}, serverWait()));
}

} // namespace

void ContractServers::volumesAttachAndDetach()
{
    CreateVolumeRequest create;
    create.size = 1;
    create.name = Harness::instance().uniqueName(QStringLiteral("vol"));
    const auto volume = call(create);
    CONTRACT_OK(volume);
    const QString id = volume->id;
    const QString server = m_id;
    Harness::instance().defer([id, server] {
        [[maybe_unused]] const auto detached = call(DetachServerVolumeRequest{server, id});
        [[maybe_unused]] const auto available = settleVolume(id, QStringLiteral("available"));
        [[maybe_unused]] const auto deleted = call(DeleteVolumeRequest{id});
    });
    CONTRACT_SUCCEEDS(settleVolume(id, QStringLiteral("available")));
    const auto none = call(ListServerVolumeAttachmentsRequest{m_id});
    CONTRACT_OK(none);
    QVERIFY(none->isEmpty());

    const auto attached = call(AttachServerVolumeRequest{m_id, id, std::nullopt, false});
    CONTRACT_OK(attached);
    QCOMPARE(attached->volumeId, id);
    QCOMPARE(attached->serverId, m_id);
    QVERIFY(!attached->device.isEmpty());
    QCOMPARE(attached->deleteOnTermination, std::optional<bool>(false));
    CONTRACT_SUCCEEDS(settleVolume(id, QStringLiteral("in-use")));
    const auto listed = call(ListServerVolumeAttachmentsRequest{m_id});
    CONTRACT_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().volumeId, id);
    QCOMPARE(listed->first().device, attached->device);
    const auto shown = call(GetServerRequest{m_id});
    CONTRACT_OK(shown);
    QCOMPARE(shown->volumesAttached.size(), 1);
    QCOMPARE(shown->volumesAttached.first().id, id);
    QCOMPARE(shown->volumesAttached.first().deleteOnTermination, std::optional<bool>(false));
    const auto twice = call(AttachServerVolumeRequest{m_id, id, std::nullopt, std::nullopt});
    CONTRACT_REFUSED(twice, ApiError::Kind::BadRequest, 400, "badRequest",
                     QStringLiteral("Invalid volume: volume %1 is already attached to instances: %2").arg(id, m_id));

    CONTRACT_SUCCEEDS(call(DetachServerVolumeRequest{m_id, id}));
    CONTRACT_SUCCEEDS(settleVolume(id, QStringLiteral("available")));
    // Nova deletes its block device mapping only after Cinder has marked the volume available, so
    // a real cloud may still list the attachment for a moment.
    bool gone = false;
    QElapsedTimer detaching;
    detaching.start();
    while (!gone && detaching.elapsed() < 30'000) {
        const auto attachments = call(ListServerVolumeAttachmentsRequest{m_id});
        CONTRACT_OK(attachments);
        gone = attachments->isEmpty();
        if (!gone)
            QTest::qWait(250);
    }
    QVERIFY2(gone, "the attachment is still listed 30 s after the volume became available");
    const auto again = call(DetachServerVolumeRequest{m_id, id});
    CONTRACT_REFUSED(again, ApiError::Kind::NotFound, 404, "itemNotFound",
                     QStringLiteral("Instance %1 is not attached to volume %2").arg(m_id, id));
    CONTRACT_SUCCEEDS(call(DeleteVolumeRequest{id}));
}
