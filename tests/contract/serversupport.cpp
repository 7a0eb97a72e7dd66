#include "serversupport.h"

#include "compute/deleteserverrequest.h"
#include "compute/getserveractionrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserveractionsrequest.h"
#include "compute/listserversrequest.h"
#include "compute/unlockserverrequest.h"

#include <algorithm>

namespace zenith::contract {

WaitOptions serverWait()
{
    WaitOptions options;
    options.firstDelay = std::chrono::milliseconds(200);
    options.growth = 1.5;
    options.maxDelay = std::chrono::milliseconds(1000);
    options.timeout = std::chrono::seconds(60);
    return options;
}

QString settledStatus(const Server& server)
{
    return server.taskState.isEmpty() ? server.status : QStringLiteral("task:") + server.taskState;
}

Result<Server> settleServer(const QString& id, QStringList done)
{
    return await(waitForStatus(
        Harness::instance().session(), GetServerRequest{id}, settledStatus, done, {QStringLiteral("ERROR")},
        [](const Server& s) { return s.fault ? s.fault->message : QString(); }, serverWait()));
}

Result<CreatedServer> createServer(const CreateServerRequest& request)
{
    const auto created = call(request);
    if (!created)
        return created;
    const QString name = request.name;
    const QString firstId = created->id;
    Harness::instance().defer([name, firstId] {
        QStringList ids{firstId};
        if (const auto named = serversNamed(name)) {
            for (const Server& s : named.value()) {
                if (!ids.contains(s.id))
                    ids.append(s.id);
            }
        }
        for (const QString& id : ids) {
            const auto gone = deleteServer(id);
            if (!gone)
                qWarning("cleanup: server %s: %s", qPrintable(id), qPrintable(describe(gone.error())));
        }
    });
    return created;
}

Result<Server> activeServer(const QString& what)
{
    CreateServerRequest create;
    create.name = Harness::instance().uniqueName(what);
    create.imageRef = lookupId(ServiceType::Image, QStringLiteral("images?name=tiny"), QStringLiteral("images"),
                               QStringLiteral("tiny"));
    create.flavorRef =
        lookupId(ServiceType::Compute, QStringLiteral("flavors"), QStringLiteral("flavors"), QStringLiteral("m1.nano"));
    const QString network = lookupId(ServiceType::Network, QStringLiteral("networks?name=private"),
                                     QStringLiteral("networks"), QStringLiteral("private"));
    if (create.imageRef.isEmpty() || create.flavorRef.isEmpty() || network.isEmpty())
        return ApiError::local(ApiError::Kind::NotFound,
                               QStringLiteral("no image tiny, flavor m1.nano or network private"));
    create.nics = {ServerNic::network(network)};
    const auto created = createServer(create);
    if (!created)
        return created.error();
    return settleServer(created->id);
}

Result<NoContent> deleteServer(const QString& id)
{
    const auto server = call(GetServerRequest{id});
    if (!server && server.error().kind == ApiError::Kind::NotFound)
        return NoContent{};
    if (server && server->locked.value_or(false)) {
        const auto unlocked = call(UnlockServerRequest{id});
        if (!unlocked)
            return unlocked.error();
    }
    const auto removed = call(DeleteServerRequest{id});
    if (!removed && removed.error().kind != ApiError::Kind::NotFound)
        return removed.error();
    return await(waitForDeletion(Harness::instance().session(), GetServerRequest{id}, serverWait()));
}

Result<QList<Server>> serversNamed(const QString& name)
{
    ListServersRequest list;
    // Nova matches names as regular expressions; uniqueName() uses only letters, digits and '-'.
    list.name = QStringLiteral("^") + name + QStringLiteral("(-[0-9]+)?$");
    auto servers = callAll(list);
    if (!servers)
        return servers.error();
    QList<Server> sorted = servers.value();
    std::sort(sorted.begin(), sorted.end(), [](const Server& a, const Server& b) { return a.name < b.name; });
    return sorted;
}

Result<ServerAction> newestAction(const QString& serverId, const QString& action)
{
    const auto actions = call(ListServerActionsRequest{serverId, std::nullopt, std::nullopt});
    if (!actions)
        return actions.error();
    if (actions->items.isEmpty() || actions->items.first().action != action)
        return ApiError::local(
            ApiError::Kind::NotFound,
            QStringLiteral("the newest action is not %1: %2")
                .arg(action, actions->items.isEmpty() ? QStringLiteral("(none)") : actions->items.first().action));
    return actions->items.first();
}

Result<ServerAction> finishedAction(const QString& serverId, const QString& requestId)
{
    return await(poll<ServerAction, GetServerActionRequest>(
        Harness::instance().session(), GetServerActionRequest{serverId, requestId},
        [](const Result<ServerAction>& reply) -> std::optional<Result<ServerAction>> {
            if (!reply)
                return isTransient(reply.error()) ? std::nullopt : std::optional<Result<ServerAction>>(reply);
            const auto& events = reply->events;
            const bool done = !events.isEmpty() && std::all_of(events.cbegin(), events.cend(),
                                                               [](const auto& e) { return e.finishTime.isValid(); });
            return done ? std::optional<Result<ServerAction>>(reply) : std::nullopt;
        },
        serverWait()));
}

QString wrongState(const char* action, const QString& serverId, const char* vmState)
{
    return QStringLiteral("Cannot '%1' instance %2 while it is in vm_state %3")
        .arg(QString::fromLatin1(action), serverId, QString::fromLatin1(vmState));
}

QStringList sortedList(QStringList list)
{
    list.sort();
    return list;
}

QStringList serverIds(const QList<Server>& servers)
{
    QStringList ids;
    for (const Server& s : servers)
        ids.append(s.id);
    return ids;
}

} // namespace zenith::contract
