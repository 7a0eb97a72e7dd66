#include "serverdetailsstore.h"

#include "compute/getserverconsoleoutputrequest.h"
#include "compute/listserveractionsrequest.h"
#include "compute/listservervolumeattachmentsrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "volume/listvolumesrequest.h"

#include <QHash>

#include <memory>

namespace zenith {

namespace {

constexpr std::size_t index(ServerDetailsStore::Part part)
{
    return static_cast<std::size_t>(part);
}

// The answers of the interfaces' three requests, joined when the last one lands.
struct InterfacesJoin
{
    std::optional<Result<Page<Port>>> ports;
    QHash<QString, QString> networkNames;
    QHash<QString, QString> groupNames;
    int pending = 3;
};

struct VolumesJoin
{
    std::optional<Result<QList<ServerVolumeAttachment>>> attachments;
    QHash<QString, Volume> volumes;
    int pending = 2;
};

QList<ServerInterfaceDetails> joinInterfaces(const QList<Port>& ports, const InterfacesJoin& join)
{
    QList<ServerInterfaceDetails> out;
    out.reserve(ports.size());
    for (const Port& port : ports) {
        ServerInterfaceDetails details{port, join.networkNames.value(port.networkId, port.networkId), {}};
        for (const QString& group : port.securityGroups)
            details.securityGroupNames << join.groupNames.value(group, group);
        out << details;
    }
    return out;
}

} // namespace

ServerDetailsStore::ServerDetailsStore(QObject* parent)
    : QObject(parent)
{}

ServerDetailsStore::~ServerDetailsStore() = default;

void ServerDetailsStore::setSession(Session* session)
{
    m_session = session;
    setServerId({});
}

Session* ServerDetailsStore::session() const
{
    return m_session;
}

void ServerDetailsStore::setServerId(const QString& id)
{
    m_serverId = id;
    // New tickets for every part: whatever lands for the previous server is stale.
    for (quint64& ticket : m_tickets)
        ticket = ++m_nextTicket;
    m_loading.fill(false);
}

QString ServerDetailsStore::serverId() const
{
    return m_serverId;
}

bool ServerDetailsStore::isLoading(Part part) const
{
    return m_loading[index(part)];
}

quint64 ServerDetailsStore::begin(Part part)
{
    m_loading[index(part)] = true;
    return m_tickets[index(part)] = ++m_nextTicket;
}

bool ServerDetailsStore::isCurrent(Part part, quint64 ticket) const
{
    return m_tickets[index(part)] == ticket;
}

void ServerDetailsStore::finish(Part part)
{
    m_loading[index(part)] = false;
}

void ServerDetailsStore::fail(Part part, quint64 ticket, const ApiError& error)
{
    if (!isCurrent(part, ticket))
        return;
    finish(part);
    Q_EMIT failed(m_serverId, part, error);
}

void ServerDetailsStore::loadInterfaces()
{
    if (!m_session || m_serverId.isEmpty())
        return;
    const quint64 ticket = begin(Part::Interfaces);
    auto join = std::make_shared<InterfacesJoin>();
    auto landed = [this, ticket, join] {
        if (--join->pending > 0 || !isCurrent(Part::Interfaces, ticket))
            return;
        const Result<Page<Port>>& ports = *join->ports;
        if (!ports)
            return fail(Part::Interfaces, ticket, ports.error());
        finish(Part::Interfaces);
        Q_EMIT interfacesLoaded(m_serverId, joinInterfaces(ports->items, *join));
    };
    // Names are a comfort: when a listing fails the ids are shown instead.
    ListPortsRequest ports;
    ports.deviceId = m_serverId;
    whenFinished(m_session->send(ports), this, [join, landed](const Result<Page<Port>>& result) {
        join->ports = result;
        landed();
    });
    whenFinished(m_session->send(ListNetworksRequest{}), this, [join, landed](const Result<Page<Network>>& result) {
        if (result) {
            for (const Network& network : result->items)
                join->networkNames.insert(network.id, network.name);
        }
        landed();
    });
    whenFinished(m_session->send(ListSecurityGroupsRequest{}), this,
                 [join, landed](const Result<Page<SecurityGroup>>& result) {
                     if (result) {
                         for (const SecurityGroup& group : result->items)
                             join->groupNames.insert(group.id, group.name);
                     }
                     landed();
                 });
}

void ServerDetailsStore::loadVolumes()
{
    if (!m_session || m_serverId.isEmpty())
        return;
    const quint64 ticket = begin(Part::Volumes);
    auto join = std::make_shared<VolumesJoin>();
    auto landed = [this, ticket, join] {
        if (--join->pending > 0 || !isCurrent(Part::Volumes, ticket))
            return;
        const Result<QList<ServerVolumeAttachment>>& attachments = *join->attachments;
        if (!attachments)
            return fail(Part::Volumes, ticket, attachments.error());
        QList<ServerVolumeDetails> out;
        for (const ServerVolumeAttachment& attachment : *attachments) {
            auto it = join->volumes.constFind(attachment.volumeId);
            out << ServerVolumeDetails{attachment,
                                       it == join->volumes.constEnd() ? std::nullopt : std::optional<Volume>(*it)};
        }
        finish(Part::Volumes);
        Q_EMIT volumesLoaded(m_serverId, out);
    };
    whenFinished(m_session->send(ListServerVolumeAttachmentsRequest{m_serverId}), this,
                 [join, landed](const Result<QList<ServerVolumeAttachment>>& result) {
                     join->attachments = result;
                     landed();
                 });
    // One listing rather than a GET per volume; a failure leaves the names out, not the rows.
    whenFinished(m_session->send(ListVolumesRequest{}), this, [join, landed](const Result<Page<Volume>>& result) {
        if (result) {
            for (const Volume& volume : result->items)
                join->volumes.insert(volume.id, volume);
        }
        landed();
    });
}

void ServerDetailsStore::loadConsoleLog(int lines)
{
    if (!m_session || m_serverId.isEmpty())
        return;
    const quint64 ticket = begin(Part::ConsoleLog);
    GetServerConsoleOutputRequest request;
    request.id = m_serverId;
    if (lines > 0)
        request.length = lines;
    whenFinished(m_session->send(request), this, [this, ticket](const Result<QString>& result) {
        if (!result)
            return fail(Part::ConsoleLog, ticket, result.error());
        if (!isCurrent(Part::ConsoleLog, ticket))
            return;
        finish(Part::ConsoleLog);
        Q_EMIT consoleLogLoaded(m_serverId, *result);
    });
}

void ServerDetailsStore::loadActions()
{
    if (!m_session || m_serverId.isEmpty())
        return;
    const quint64 ticket = begin(Part::Actions);
    ListServerActionsRequest request;
    request.serverId = m_serverId;
    whenFinished(m_session->send(request), this, [this, ticket](const Result<Page<ServerAction>>& result) {
        if (!result)
            return fail(Part::Actions, ticket, result.error());
        if (!isCurrent(Part::Actions, ticket))
            return;
        finish(Part::Actions);
        Q_EMIT actionsLoaded(m_serverId, result->items);
    });
}

} // namespace zenith
