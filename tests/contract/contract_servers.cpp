#include "contract_servers.h"
#include "serversupport.h"

#include "compute/confirmserverresizerequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "compute/listserversummariesrequest.h"
#include "compute/lockserverrequest.h"
#include "compute/rebootserverrequest.h"
#include "compute/rescueserverrequest.h"
#include "compute/resizeserverrequest.h"
#include "compute/revertserverresizerequest.h"
#include "compute/shelveserverrequest.h"
#include "compute/startserverrequest.h"
#include "compute/stopserverrequest.h"
#include "compute/unlockserverrequest.h"
#include "compute/unrescueserverrequest.h"
#include "compute/unshelveserverrequest.h"
#include "image/listimagesrequest.h"

#include <algorithm>

using namespace zenith;
using namespace zenith::contract;

void ContractServers::initTestCase()
{
    ListImagesRequest tiny;
    tiny.name = QStringLiteral("tiny");
    const auto images = call(tiny);
    CONTRACT_OK(images);
    QVERIFY2(!images->items.isEmpty(), "no image \"tiny\"");
    m_image = images->items.first().id;
    const QString flavors = QStringLiteral("flavors");
    m_nano = lookupId(ServiceType::Compute, flavors, flavors, QStringLiteral("m1.nano"));
    m_tiny = lookupId(ServiceType::Compute, flavors, flavors, QStringLiteral("m1.tiny"));
    m_network = lookupId(ServiceType::Network, QStringLiteral("networks?name=private"), QStringLiteral("networks"),
                         QStringLiteral("private"));
    QVERIFY2(!m_nano.isEmpty() && !m_tiny.isEmpty() && !m_network.isEmpty(),
             "no flavor m1.nano or m1.tiny, or no network private");

    CreateServerRequest vm;
    m_name = Harness::instance().uniqueName(QStringLiteral("vm"));
    vm.name = m_name;
    vm.imageRef = m_image;
    vm.flavorRef = m_nano;
    vm.nics = {ServerNic::network(m_network)};
    vm.securityGroups = {QStringLiteral("default")};
    vm.userData = QStringLiteral("#cloud-config\nhostname: zenith-lab\n");
    vm.configDrive = true;
    vm.availabilityZone = QStringLiteral("nova");
    vm.metadata = {{QStringLiteral("lab"), QStringLiteral("contract")}};
    vm.tags = {QStringLiteral("zenith"), QStringLiteral("contract")};
    const auto created = createServer(vm);
    CONTRACT_OK(created);
    m_created = created.value();
    m_id = m_created.id;
    const auto early = call(GetServerRequest{m_id});
    CONTRACT_OK(early);
    QVERIFY2(early->status == u"BUILD" || early->status == u"ACTIVE", qPrintable(early->status));

    // One call, two servers: networks "none", min_count = max_count = 2.
    CreateServerRequest pair;
    m_pairName = Harness::instance().uniqueName(QStringLiteral("pair"));
    pair.name = m_pairName;
    pair.imageRef = m_image;
    pair.flavorRef = m_nano;
    pair.minCount = 2;
    pair.maxCount = 2;
    const auto pairCreated = createServer(pair);
    CONTRACT_OK(pairCreated);

    const auto active = settleServer(m_id);
    CONTRACT_OK(active);
    const auto named = serversNamed(m_pairName);
    CONTRACT_OK(named);
    QCOMPARE(named->size(), 2);
    m_pair = serverIds(named.value());
    QVERIFY(m_pair.contains(pairCreated->id)); // Nova answers with the first of them
    for (const QString& id : std::as_const(m_pair)) {
        const auto settled = settleServer(id);
        CONTRACT_OK(settled);
    }
}

void ContractServers::microversionIsNegotiated()
{
    const auto mv = Harness::instance().session().microversion(ServiceType::Compute);
    QVERIFY(mv.has_value());
    if (onDevCloud()) // it offers 2.1-2.93; we take 2.79 at most
        QCOMPARE(mv->toString(), QStringLiteral("2.79"));
}

void ContractServers::createdServerHasWhatWasAsked()
{
    QVERIFY(!m_created.adminPass.isEmpty());
    QCOMPARE(m_created.securityGroups, QStringList{QStringLiteral("default")});
    const auto s = call(GetServerRequest{m_id});
    CONTRACT_OK(s);
    const Token token = *Harness::instance().session().token();
    QCOMPARE(s->name, m_name);
    QCOMPARE(s->status, QStringLiteral("ACTIVE"));
    QCOMPARE(s->vmState, QStringLiteral("active"));
    QCOMPARE(s->taskState, QString());
    QCOMPARE(s->powerState, std::optional<int>(1));
    QCOMPARE(s->projectId, token.project->id);
    QCOMPARE(s->userId, token.user.id);
    QVERIFY(s->flavor.embedded);
    QCOMPARE(s->flavor.originalName, QStringLiteral("m1.nano"));
    QCOMPARE(s->imageId, m_image);
    QCOMPARE(s->availabilityZone, QStringLiteral("nova"));
    QCOMPARE(s->metadata.value(QStringLiteral("lab")), QStringLiteral("contract"));
    QCOMPARE(sortedList(s->tags), (QStringList{QStringLiteral("contract"), QStringLiteral("zenith")}));
    QCOMPARE(s->securityGroups, QStringList{QStringLiteral("default")});
    QVERIFY(s->configDrive);
    QCOMPARE(s->locked, std::optional<bool>(false));
    QVERIFY(s->volumesAttached.isEmpty());
    QVERIFY(s->launchedAt.isValid());
    QVERIFY(!s->fault.has_value());
    QCOMPARE(s->addresses.keys(), QStringList{QStringLiteral("private")});
    const QList<ServerAddress> addresses = s->addresses.value(QStringLiteral("private"));
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses[0].version, 4);
    QCOMPARE(addresses[0].type, QStringLiteral("fixed"));
    QVERIFY(!addresses[0].macAddr.isEmpty());
}

void ContractServers::listsFilterAndPage()
{
    ListServersRequest pairOnly;
    pairOnly.name = QStringLiteral("^") + m_pairName + QStringLiteral("-[0-9]+$");
    const auto pair = call(pairOnly);
    CONTRACT_OK(pair);
    QStringList names;
    for (const Server& s : pair->items)
        names.append(s.name);
    QCOMPARE(sortedList(names), (QStringList{m_pairName + QStringLiteral("-1"), m_pairName + QStringLiteral("-2")}));
    QVERIFY(pair->items[0].addresses.isEmpty()); // networks "none"

    // One server a page: Nova links a next page from every full one, the last one included.
    ListServersRequest onePerPage = pairOnly;
    onePerPage.limit = 1;
    auto future = Harness::instance().session().sendPaged(onePerPage);
    [[maybe_unused]] const auto last = await(future);
    const auto pages = future.results();
    QCOMPARE(pages.size(), 3);
    QStringList paged;
    for (const auto& page : pages) {
        CONTRACT_OK(page);
        QVERIFY(page->items.size() <= 1);
        paged += serverIds(page->items);
    }
    QCOMPARE(pages.last()->items.size(), 0);
    QCOMPARE(sortedList(paged), sortedList(m_pair));
    const auto all = callAll(onePerPage);
    CONTRACT_OK(all);

    const auto everything = call(ListServersRequest{});
    CONTRACT_OK(everything);
    const QStringList ids = serverIds(everything->items);
    QVERIFY(ids.contains(m_id) && ids.contains(m_pair[0]) && ids.contains(m_pair[1]));
    ListServersRequest tagged;
    tagged.tags = {QStringLiteral("contract"), QStringLiteral("zenith")};
    const auto withTags = call(tagged);
    CONTRACT_OK(withTags);
    const QStringList taggedIds = serverIds(withTags->items); // a concurrent run may add its own "vm"
    QVERIFY(taggedIds.contains(m_id) && !taggedIds.contains(m_pair[0]) && !taggedIds.contains(m_pair[1]));
    ListServersRequest stopped;
    stopped.status = QStringLiteral("SHUTOFF");
    const auto shutOff = call(stopped);
    CONTRACT_OK(shutOff);
    QVERIFY(!serverIds(shutOff->items).contains(m_id));

    // The summaries: ids and names, of the servers in any of the statuses asked.
    ListServerSummariesRequest summaries;
    summaries.tags = {QStringLiteral("contract"), QStringLiteral("zenith")};
    summaries.statuses = {QStringLiteral("ACTIVE"), QStringLiteral("ERROR")};
    const auto done = call(summaries);
    CONTRACT_OK(done);
    const auto named =
        std::find_if(done->items.cbegin(), done->items.cend(), [this](const ServerSummary& s) { return s.id == m_id; });
    QVERIFY(named != done->items.cend());
    QCOMPARE(named->name, m_name);
    summaries.statuses = {QStringLiteral("ERROR"), QStringLiteral("SHUTOFF")};
    const auto none = call(summaries);
    CONTRACT_OK(none);
    QVERIFY(std::none_of(none->items.cbegin(), none->items.cend(),
                         [this](const ServerSummary& s) { return s.id == m_id; }));
    ListServerSummariesRequest oneOfPair;
    oneOfPair.statuses = {QStringLiteral("ACTIVE")};
    oneOfPair.limit = 1;
    const auto firstPage = call(oneOfPair);
    CONTRACT_OK(firstPage);
    QCOMPARE(firstPage->items.size(), 1);
    QCOMPARE(firstPage->nextMarker, std::optional<QString>(firstPage->items[0].id));
    ListServerSummariesRequest unknownStatus;
    unknownStatus.statuses = {QStringLiteral("RUNNING")};
    const auto unknown = call(unknownStatus);
    CONTRACT_REFUSED(unknown, ApiError::Kind::BadRequest, 400, "badRequest", QStringLiteral("Invalid status value"));

    ListServersRequest badMarker;
    badMarker.marker = unknownId();
    const auto refused = call(badMarker);
    CONTRACT_REFUSED(refused, ApiError::Kind::BadRequest, 400, "badRequest",
                     QStringLiteral("marker [%1] not found").arg(unknownId()));
}

void ContractServers::stopAndStart()
{
    const auto early = call(StartServerRequest{m_id});
    CONTRACT_REFUSED(early, ApiError::Kind::Conflict, 409, "conflictingRequest", wrongState("start", m_id, "active"));

    const auto stop = call(StopServerRequest{m_id});
    CONTRACT_OK(stop);
    const auto stopped = settleServer(m_id, {QStringLiteral("SHUTOFF")});
    CONTRACT_OK(stopped);
    QCOMPARE(stopped->vmState, QStringLiteral("stopped"));
    QCOMPARE(stopped->powerState, std::optional<int>(4));
    const auto again = call(StopServerRequest{m_id});
    CONTRACT_REFUSED(again, ApiError::Kind::Conflict, 409, "conflictingRequest", wrongState("stop", m_id, "stopped"));

    const auto start = call(StartServerRequest{m_id});
    CONTRACT_OK(start);
    const auto started = settleServer(m_id);
    CONTRACT_OK(started);
    QCOMPARE(started->vmState, QStringLiteral("active"));
    QCOMPARE(started->powerState, std::optional<int>(1));
}

void ContractServers::softAndHardReboot()
{
    for (const auto type : {RebootServerRequest::Type::Soft, RebootServerRequest::Type::Hard}) {
        const bool hard = type == RebootServerRequest::Type::Hard;
        const auto reboot = call(RebootServerRequest{m_id, type});
        CONTRACT_OK(reboot);
        const auto during = call(GetServerRequest{m_id});
        CONTRACT_OK(during);
        const QString busy = hard ? QStringLiteral("HARD_REBOOT") : QStringLiteral("REBOOT");
        QVERIFY2(during->status == busy || during->status == u"ACTIVE", qPrintable(during->status));
        const auto settled = settleServer(m_id);
        CONTRACT_OK(settled);
        const auto action = newestAction(m_id, QStringLiteral("reboot"));
        CONTRACT_OK(action);
        const auto finished = finishedAction(m_id, action->requestId);
        CONTRACT_OK(finished);
        QCOMPARE(finished->events.first().event, QStringLiteral("compute_reboot_instance"));
        QCOMPARE(finished->events.first().result, QStringLiteral("Success"));
    }
}

void ContractServers::lockStopsEvenTheOwner()
{
    LockServerRequest lock;
    lock.id = m_id;
    lock.reason = QStringLiteral("exam in progress");
    const auto locked = call(lock);
    CONTRACT_OK(locked);
    const auto shown = call(GetServerRequest{m_id});
    CONTRACT_OK(shown);
    QCOMPARE(shown->locked, std::optional<bool>(true));
    QCOMPARE(shown->lockedReason, *lock.reason);

    // The owner (role member) may neither delete nor stop it: 409, not 403.
    const QString isLocked = QStringLiteral("Instance %1 is locked").arg(m_id);
    const auto deleted = call(DeleteServerRequest{m_id});
    CONTRACT_REFUSED(deleted, ApiError::Kind::Conflict, 409, "conflictingRequest", isLocked);
    const auto stopped = call(StopServerRequest{m_id});
    CONTRACT_REFUSED(stopped, ApiError::Kind::Conflict, 409, "conflictingRequest", isLocked);

    const auto unlocked = call(UnlockServerRequest{m_id});
    CONTRACT_OK(unlocked);
    const auto after = call(GetServerRequest{m_id});
    CONTRACT_OK(after);
    QCOMPARE(after->locked, std::optional<bool>(false));
    QCOMPARE(after->lockedReason, QString());
}

void ContractServers::rescueAndUnrescue()
{
    RescueServerRequest rescue;
    rescue.id = m_id;
    const auto rescued = call(rescue);
    CONTRACT_OK(rescued);
    QVERIFY(!rescued->adminPass.isEmpty());
    const auto inRescue = settleServer(m_id, {QStringLiteral("RESCUE")});
    CONTRACT_OK(inRescue);
    QCOMPARE(inRescue->vmState, QStringLiteral("rescued"));
    const auto twice = call(rescue);
    CONTRACT_REFUSED(twice, ApiError::Kind::Conflict, 409, "conflictingRequest", wrongState("rescue", m_id, "rescued"));

    const auto unrescue = call(UnrescueServerRequest{m_id});
    CONTRACT_OK(unrescue);
    const auto back = settleServer(m_id);
    CONTRACT_OK(back);
    QCOMPARE(back->vmState, QStringLiteral("active"));
}

void ContractServers::shelveAndUnshelve()
{
    const auto before = call(GetServerRequest{m_id});
    CONTRACT_OK(before);
    const auto early = call(UnshelveServerRequest{m_id, std::nullopt});
    CONTRACT_REFUSED(early, ApiError::Kind::Conflict, 409, "conflictingRequest",
                     wrongState("unshelve", m_id, "active"));

    const auto shelve = call(ShelveServerRequest{m_id});
    CONTRACT_OK(shelve);
    // SHELVED_OFFLOADED at once where shelved_offload_time is 0 (the dev cloud), SHELVED elsewhere.
    // Nova shows SHELVED_OFFLOADED a moment before it frees the host: until then hostId and the
    // zone are still the old host's. Once offloaded the zone is "", even one asked for at creation.
    const auto shelved = await(waitForStatus(
        Harness::instance().session(), GetServerRequest{m_id},
        [](const Server& s) {
            return s.status == u"SHELVED_OFFLOADED" && !s.hostId.isEmpty() ? QStringLiteral("offloading")
                                                                           : settledStatus(s);
        },
        {QStringLiteral("SHELVED_OFFLOADED"), QStringLiteral("SHELVED")}, {QStringLiteral("ERROR")}, {}, serverWait()));
    CONTRACT_OK(shelved);
    QCOMPARE(shelved->powerState, std::optional<int>(4));
    if (shelved->status == u"SHELVED_OFFLOADED")
        QCOMPARE(shelved->availabilityZone, QString());
    QCOMPARE(shelved->addresses, before->addresses); // the port stays

    const auto unshelve = call(UnshelveServerRequest{m_id, std::nullopt});
    CONTRACT_OK(unshelve);
    const auto back = settleServer(m_id);
    CONTRACT_OK(back);
    QCOMPARE(back->addresses.value(QStringLiteral("private")).first().addr,
             before->addresses.value(QStringLiteral("private")).first().addr);
}

void ContractServers::resizeConfirmAndRevert()
{
    const auto same = call(ResizeServerRequest{m_id, m_nano});
    CONTRACT_REFUSED(same, ApiError::Kind::BadRequest, 400, "badRequest",
                     QStringLiteral("When resizing, instances must change flavor!"));
    const auto notResized = call(ConfirmServerResizeRequest{m_id});
    CONTRACT_REFUSED(notResized, ApiError::Kind::Conflict, 409, "conflictingRequest",
                     wrongState("confirmResize", m_id, "active"));

    CONTRACT_SUCCEEDS(call(ResizeServerRequest{m_id, m_tiny}));
    const auto verify = settleServer(m_id, {QStringLiteral("VERIFY_RESIZE")});
    CONTRACT_OK(verify);
    QCOMPARE(verify->vmState, QStringLiteral("resized"));
    QCOMPARE(verify->flavor.originalName, QStringLiteral("m1.tiny"));
    CONTRACT_SUCCEEDS(call(ConfirmServerResizeRequest{m_id}));
    const auto confirmed = settleServer(m_id);
    CONTRACT_OK(confirmed);
    QCOMPARE(confirmed->flavor.originalName, QStringLiteral("m1.tiny"));

    CONTRACT_SUCCEEDS(call(ResizeServerRequest{m_id, m_nano}));
    const auto verifyAgain = settleServer(m_id, {QStringLiteral("VERIFY_RESIZE")});
    CONTRACT_OK(verifyAgain);
    QCOMPARE(verifyAgain->flavor.originalName, QStringLiteral("m1.nano"));
    CONTRACT_SUCCEEDS(call(RevertServerResizeRequest{m_id}));
    const auto reverted = settleServer(m_id);
    CONTRACT_OK(reverted);
    QCOMPARE(reverted->flavor.originalName, QStringLiteral("m1.tiny"));
}

void ContractServers::deletedServersAreGone()
{
    const QStringList ids = QStringList{m_id} + m_pair;
    for (const QString& id : ids)
        CONTRACT_SUCCEEDS(call(DeleteServerRequest{id}));
    for (const QString& id : ids) {
        const auto gone = await(waitForDeletion(Harness::instance().session(), GetServerRequest{id}, serverWait()));
        CONTRACT_OK(gone);
        const auto shown = call(GetServerRequest{id});
        CONTRACT_REFUSED(shown, ApiError::Kind::NotFound, 404, "itemNotFound",
                         QStringLiteral("Instance %1 could not be found.").arg(id));
    }
    const auto named = serversNamed(m_pairName);
    CONTRACT_OK(named);
    QVERIFY(named->isEmpty());
}

ZENITH_CONTRACT_TEST(ContractServers)
