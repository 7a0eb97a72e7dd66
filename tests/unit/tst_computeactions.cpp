// Nova server actions and sub-resources: parse() of rescue, createImage, console output, remote
// console, tags, instance actions, interfaces and volume attachments, Glance's image deletion, and
// the error bodies the GUI shows for them; all captured from the dev cloud (tests/data/compute).

#include "compute/attachserverinterfacerequest.h"
#include "compute/attachservervolumerequest.h"
#include "compute/confirmserverresizerequest.h"
#include "compute/createserverimagerequest.h"
#include "compute/createserverremoteconsolerequest.h"
#include "compute/detachserverinterfacerequest.h"
#include "compute/getserveractionrequest.h"
#include "compute/getserverconsoleoutputrequest.h"
#include "compute/listserveractionsrequest.h"
#include "compute/listserverinterfacesrequest.h"
#include "compute/listservervolumeattachmentsrequest.h"
#include "compute/replaceservertagsrequest.h"
#include "compute/rescueserverrequest.h"
#include "compute/startserverrequest.h"
#include "image/deleteimagerequest.h"

#include "testdata.h"

#include <QTest>

using namespace zenith;

//! Declares `var`, the result of R::parse on tests/data/compute/<file>, and fails the test unless it is ok.
#define PARSE_FIXTURE(var, R, file)                                                                                    \
    ZENITH_FIXTURE(var##Body, QStringLiteral("compute/") + QStringLiteral(file));                                      \
    const auto var = R::parse(200, var##Body);                                                                         \
    QVERIFY2(var.ok(), var.ok() ? "" : qPrintable(var.error().message))

namespace {

const QString kServer = QStringLiteral("494e7e1e-8065-48cd-815f-92fc82b09b36");
const QString kPrivate = QStringLiteral("d3cb99ea-9bc9-4e25-bb31-bb9a6562dcba");
const QString kPrivateSubnet = QStringLiteral("e2c09df5-fa23-47b7-a96a-1b36fd16e587");
const QString kVolume = QStringLiteral("2e84800a-42fe-43f4-aa86-532fa1eb3c45");

} // namespace

class TestComputeActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noContentActions()
    {
        // 202 (most actions) and 204 (confirmResize) with empty bodies.
        QVERIFY(StartServerRequest::parse(202, QByteArray()).ok());
        QVERIFY(ConfirmServerResizeRequest::parse(204, QByteArray()).ok());
        QVERIFY(DetachServerInterfaceRequest::parse(202, QByteArray()).ok());
        QVERIFY(DeleteImageRequest::parse(204, QByteArray()).ok());
    }

    void rescue()
    {
        PARSE_FIXTURE(r, RescueServerRequest, "nova-server-rescue.json");
        QCOMPARE(r->adminPass.size(), 12);
        const auto noPassword = RescueServerRequest::parse(200, "{}");
        QVERIFY(noPassword.ok());
        QCOMPARE(noPassword->adminPass, QString());
        QCOMPARE(RescueServerRequest::parse(200, "").error().kind, ApiError::Kind::Parse);
    }

    void createImage()
    {
        PARSE_FIXTURE(c, CreateServerImageRequest, "nova-server-create-image.json");
        QCOMPARE(c->imageId, std::optional<QString>(QStringLiteral("66ae0efa-598c-4edf-82a1-6caddc2cd1ec")));
        // Before 2.45: 202 without a body.
        const auto old = CreateServerImageRequest::parse(202, QByteArray());
        QVERIFY(old.ok());
        QVERIFY(!old->imageId.has_value());
        QCOMPARE(CreateServerImageRequest::parse(202, "{}").error().kind, ApiError::Kind::Parse);
    }

    void consoleOutput()
    {
        PARSE_FIXTURE(out, GetServerConsoleOutputRequest, "nova-console-output.json");
        QCOMPARE(out.value(), QStringLiteral("ANOTHER\nLAST LINE")); // length 2 of the fake driver's three lines
        QVERIFY(!GetServerConsoleOutputRequest::parse(200, R"({"output": null})").ok());
    }

    void remoteConsole()
    {
        // The dev cloud has no VNC: this body is written from Nova's api-ref (create-console-response).
        // (moc misreads "//" inside a raw string that spans lines: keep this one on a line.)
        const QByteArray body = R"({"remote_console": {"protocol": "vnc", "type": "novnc", "url": )"
                                R"("http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Db60bcfc3-5fd4-4d21-986c"}})";
        const auto c = CreateServerRemoteConsoleRequest::parse(200, body);
        QVERIFY(c.ok());
        QCOMPARE(c->protocol, QStringLiteral("vnc"));
        QCOMPARE(c->type, QStringLiteral("novnc"));
        QVERIFY(c->url.startsWith(QStringLiteral("http://127.0.0.1:6080/vnc_auto.html")));
    }

    void tags()
    {
        PARSE_FIXTURE(tags, ReplaceServerTagsRequest, "nova-server-tags-replace.json");
        QStringList sorted = tags.value();
        sorted.sort();
        QCOMPARE(sorted, (QStringList{QStringLiteral("lab-1"), QStringLiteral("zenith"), QStringLiteral("étudiant")}));
    }

    void actionLog()
    {
        PARSE_FIXTURE(page, ListServerActionsRequest, "nova-instance-actions-list.json");
        QCOMPARE(page->items.size(), 21);
        QVERIFY(!page->nextMarker.has_value());
        const ServerAction& create = page->items.last();
        QCOMPARE(create.action, QStringLiteral("create"));
        QCOMPARE(create.requestId, QStringLiteral("req-036e9c72-d122-4ce9-ab8c-7d9572aff24e"));
        QCOMPARE(create.serverId, kServer);
        QVERIFY(create.startTime.isValid());
        QVERIFY(create.updatedAt.isValid()); // 2.58
        QCOMPARE(create.message, QString());
        QVERIFY(create.events.isEmpty()); // the list never has events
        QStringList names;
        for (const ServerAction& a : page->items)
            names.prepend(a.action);
        QCOMPARE(names.mid(0, 3),
                 (QStringList{QStringLiteral("create"), QStringLiteral("lock"), QStringLiteral("unlock")}));
        QVERIFY(names.contains(QStringLiteral("shelve")));
        QVERIFY(names.contains(QStringLiteral("revertResize")));
    }

    void actionLogPage()
    {
        // The next link is under "links", not "instanceActions_links".
        PARSE_FIXTURE(page, ListServerActionsRequest, "nova-instance-actions-page.json");
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->nextMarker, std::optional<QString>(page->items.last().requestId));
        QCOMPARE(page->items.last().requestId, QStringLiteral("req-9faa654d-71ea-4e4b-bdfa-9418acea5b8d"));
    }

    void actionWithEvents()
    {
        PARSE_FIXTURE(a, GetServerActionRequest, "nova-instance-action-create.json");
        QCOMPARE(a->action, QStringLiteral("create"));
        QCOMPARE(a->events.size(), 1);
        const ServerActionEvent& e = a->events.first();
        QCOMPARE(e.event, QStringLiteral("compute__do_build_and_run_instance"));
        QCOMPARE(e.result, QStringLiteral("Success"));
        QVERIFY(e.finishTime > e.startTime);
        QCOMPARE(e.hostId, QStringLiteral("f8a25b421a7c57d22820cdf3a232fafe7e90712b7d9f57c76e3d1fdc"));
        QCOMPARE(e.host, QString());      // admins only
        QCOMPARE(e.traceback, QString()); // admins only
    }

    void failedDetachShowsInTheLog()
    {
        PARSE_FIXTURE(a, GetServerActionRequest, "nova-instance-action-detach-failed.json");
        QCOMPARE(a->action, QStringLiteral("detach_interface"));
        QCOMPARE(a->message, QStringLiteral("Error"));
        QCOMPARE(a->events.size(), 1);
        QCOMPARE(a->events[0].event, QStringLiteral("compute_detach_interface"));
        QCOMPARE(a->events[0].result, QStringLiteral("Error"));
    }

    void interfaces()
    {
        PARSE_FIXTURE(list, ListServerInterfacesRequest, "nova-interfaces-list.json");
        QCOMPARE(list->size(), 1);
        const ServerInterface& i = list->first();
        QCOMPARE(i.portId, QStringLiteral("e804f14d-7da8-418e-b51a-2f606cd0b1ea"));
        QCOMPARE(i.networkId, kPrivate);
        QCOMPARE(i.macAddr, QStringLiteral("fa:16:3e:49:12:c8"));
        QCOMPARE(i.portState, QStringLiteral("ACTIVE"));
        QCOMPARE(i.fixedIps.size(), 1);
        QCOMPARE(i.fixedIps[0].subnetId, kPrivateSubnet);
        QCOMPARE(i.fixedIps[0].ipAddress, QStringLiteral("10.0.0.123"));
        QCOMPARE(i.tag, QString());
    }

    void attachedInterface()
    {
        PARSE_FIXTURE(i, AttachServerInterfaceRequest, "nova-interface-attach.json");
        QCOMPARE(i->portId, QStringLiteral("762ed3b9-337e-445d-8bdd-7dadd0cf014d"));
        QCOMPARE(i->portState, QStringLiteral("DOWN")); // the agent wires it within seconds
        QCOMPARE(i->fixedIps[0].ipAddress, QStringLiteral("10.0.0.201"));
        QVERIFY(!AttachServerInterfaceRequest::parse(200, R"({"interfaceAttachment": {"port_id": "p"}})").ok());
    }

    void oneInterfaceAndOneAttachment()
    {
        // GET os-interface/{port} and os-volume_attachments/{volume} answer with the same objects as
        // the attach calls, which parse them.
        PARSE_FIXTURE(i, AttachServerInterfaceRequest, "nova-interface-show.json");
        QCOMPARE(i->portId, QStringLiteral("762ed3b9-337e-445d-8bdd-7dadd0cf014d"));
        QCOMPARE(i->networkId, kPrivate);
        PARSE_FIXTURE(v, AttachServerVolumeRequest, "nova-volume-attachment-show.json");
        QCOMPARE(v->volumeId, kVolume);
        QCOMPARE(v->serverId, kServer);
    }

    void volumeAttachments()
    {
        PARSE_FIXTURE(list, ListServerVolumeAttachmentsRequest, "nova-volume-attachments-list.json");
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().volumeId, kVolume);
        QCOMPARE(list->first().serverId, kServer);
        QCOMPARE(list->first().device, QStringLiteral("/dev/sdb"));
        QCOMPARE(list->first().deleteOnTermination, std::optional<bool>(false));

        PARSE_FIXTURE(empty, ListServerVolumeAttachmentsRequest, "nova-volume-attachments-empty.json");
        QVERIFY(empty->isEmpty());

        PARSE_FIXTURE(attached, AttachServerVolumeRequest, "nova-volume-attach.json");
        QCOMPARE(attached->volumeId, kVolume);
        QCOMPARE(attached->device, QStringLiteral("/dev/sdb"));
        // Before 2.79 there is no delete_on_termination, before 2.70 no tag.
        const auto old = AttachServerVolumeRequest::parse(
            200, R"({"volumeAttachment": {"id": "v", "serverId": "s", "volumeId": "v", "device": "/dev/vdb"}})");
        QVERIFY(old.ok());
        QVERIFY(!old->deleteOnTermination.has_value());
    }

    void errorBodies_data();
    void errorBodies();
};

namespace {

using K = ApiError::Kind;

void row(const char* file, int status, ApiError::Kind kind, const char* code, const QString& message)
{
    QTest::newRow(file) << QString::fromLatin1(file) << status << kindName(kind) << QString::fromLatin1(code)
                        << message;
}

// The errors the contract suite meets too.
void contractErrorRows()
{
    row("compute/error-nova-404-server.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Instance 00000000-0000-0000-0000-000000000000 could not be found."));
    row("compute/error-nova-409-start-active.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Cannot 'start' instance %1 while it is in vm_state active").arg(kServer));
    row("compute/error-nova-409-delete-locked.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Instance %1 is locked").arg(kServer));
    row("compute/error-nova-400-unknown-flavor.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Flavor no-such-flavor could not be found."));
    row("compute/error-nova-400-user-data.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid input for field/attribute user_data. Value: <11 characters>. "
                       "'<11 characters>' is not a 'base64'"));
    // 179 KB of which the script, base64-encoded, twice: a post-install script may hold passwords.
    row("compute/error-nova-400-user-data-too-long.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid input for field/attribute user_data. Value: <89600 characters>. "
                       "'<89600 characters>' is too long"));
    row("compute/error-nova-400-remote-console.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Unavailable console type novnc."));
    row("compute/error-nova-400-resize-same-flavor.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("When resizing, instances must change flavor!"));
    row("compute/error-nova-409-interface-ip-in-use.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Fixed IP 10.0.0.201 is already in use."));
    row("compute/error-nova-500-interface-unknown-net.json", 500, K::Server, "computeFault",
        QStringLiteral("Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the "
                       "Nova API log if possible. <class 'oslo_messaging.rpc.client.RemoteError'>"));
    row("compute/error-nova-404-detach-volume.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Instance %1 is not attached to volume %2").arg(kServer, kVolume));
    row("compute/error-nova-400-volume-attached.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid volume: volume %1 is already attached to instances: %2").arg(kVolume, kServer));
    row("compute/error-nova-404-instance-action.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Action req-nope not found"));
    row("compute/error-nova-400-servers-marker.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("marker [00000000-0000-0000-0000-000000000000] not found"));
    row("compute/error-nova-400-status.json", 400, K::BadRequest, "badRequest", QStringLiteral("Invalid status value"));
    row("compute/error-nova-400-unknown-group.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Instance group 00000000-0000-0000-0000-000000000000 could not be found."));
}

// The other captured refusals.
void otherErrorRows()
{
    row("compute/error-nova-400-instance-action-marker.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Marker None could not be found.")); // Nova formats the wrong variable
    row("compute/error-nova-400-networks-required.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid input for field/attribute server. Value: {'name': 'hs-x', 'imageRef': "
                       "'9607ae92-76a6-4930-ad9f-e329ff59d1f4', 'flavorRef': '7efe3c85-1c9c-4039-b6d2-243b87d0f1b8'}. "
                       "'networks' is a required property"));
    row("compute/error-nova-400-reboot-type.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid input for field/attribute type. Value: MEDIUM. 'MEDIUM' is not one of "
                       "['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft']"));
    row("compute/error-nova-400-tag.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid input for field/attribute 0. Value: a/b. 'a/b' does not match '^[^,/]*$'"));
    row("compute/error-nova-400-unknown-az.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("The requested availability zone is not available"));
    row("compute/error-nova-400-unknown-image.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Can not find requested image"));
    row("compute/error-nova-400-unknown-key.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Invalid key_name provided."));
    row("compute/error-nova-400-unknown-network.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Network 00000000-0000-0000-0000-000000000000 could not be found."));
    row("compute/error-nova-400-unknown-sg.json", 400, K::BadRequest, "badRequest",
        QStringLiteral("Unable to find security_group with name or id 'no-such-sg'"));
    row("compute/error-nova-404-action-no-mapping.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Instance 00000000-0000-0000-0000-000000000000 has no mapping to a cell."));
    row("compute/error-nova-404-attach-unknown-volume.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Volume 00000000-0000-0000-0000-000000000000 could not be found."));
    row("compute/error-nova-404-interface-unknown-port.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("Port id 00000000-0000-0000-0000-000000000000 could not be found."));
    row("compute/error-nova-404-tags-2.25.json", 404, K::NotFound, "itemNotFound",
        QStringLiteral("The resource could not be found.")); // PUT tags below 2.26: no such route
    row("compute/error-nova-409-confirm-not-resized.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Cannot 'confirmResize' instance %1 while it is in vm_state active").arg(kServer));
    row("compute/error-nova-409-locked.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Instance %1 is locked").arg(kServer));
    row("compute/error-nova-409-rescue-rescued.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Cannot 'rescue' instance %1 while it is in vm_state rescued").arg(kServer));
    row("compute/error-nova-409-stop-shutoff.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Cannot 'stop' instance %1 while it is in vm_state stopped").arg(kServer));
    row("compute/error-nova-409-unshelve-not-shelved.json", 409, K::Conflict, "conflictingRequest",
        QStringLiteral("Cannot 'unshelve' instance cd00de6e-1185-4ecc-a238-571695e83420 while it is in vm_state "
                       "stopped"));
    row("image/error-glance-403-delete-public.json", 403, K::Forbidden, "Forbidden",
        QStringLiteral("You do not own this image"));
    row("image/error-glance-404-delete.json", 404, K::NotFound, "Not Found",
        QStringLiteral("Failed to find image 66ae0efa-598c-4edf-82a1-6caddc2cd1ec to delete"));
}

} // namespace

void TestComputeActions::errorBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    contractErrorRows();
    otherErrorRows();
}

void TestComputeActions::errorBodies()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    ZENITH_FIXTURE(body, file);
    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("compute"), QString());
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.message, message);
}

QTEST_GUILESS_MAIN(TestComputeActions)
#include "tst_computeactions.moc"
