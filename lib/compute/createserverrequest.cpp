#include "createserverrequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

#include <QJsonArray>

#include <algorithm>

namespace zenith {

namespace {

QJsonValue networksJson(const CreateServerRequest& r)
{
    if (r.nics.isEmpty())
        return r.autoAllocateNetwork ? QStringLiteral("auto") : QStringLiteral("none");
    QJsonArray out;
    for (const ServerNic& nic : r.nics)
        out.append(nic.toJson());
    return out;
}

void insertLists(QJsonObject& server, const CreateServerRequest& r)
{
    server.insert(QStringLiteral("networks"), networksJson(r));
    if (!r.securityGroups.isEmpty()) {
        QJsonArray groups;
        for (const QString& g : r.securityGroups)
            groups.append(QJsonObject{{QStringLiteral("name"), g}});
        server.insert(QStringLiteral("security_groups"), groups);
    }
    if (!r.metadata.isEmpty())
        server.insert(QStringLiteral("metadata"), toJsonObject(r.metadata));
    if (!r.tags.isEmpty())
        server.insert(QStringLiteral("tags"), toJsonArray(r.tags));
    if (!r.blockDevices.isEmpty()) {
        QJsonArray devices;
        for (const ServerBlockDevice& d : r.blockDevices)
            devices.append(d.toJson());
        server.insert(QStringLiteral("block_device_mapping_v2"), devices);
    }
}

std::optional<Microversion> neededMicroversion(const CreateServerRequest& r)
{
    std::optional<Microversion> need;
    auto atLeast = [&need](Microversion v) { need = need ? std::max(*need, v) : v; };
    // The "none" and "auto" keywords arrived in 2.37, tags at creation in 2.52.
    if (r.nics.isEmpty())
        atLeast(Microversion{2, 37});
    if (!r.tags.isEmpty())
        atLeast(Microversion{2, 52});
    return need;
}

} // namespace

RequestSpec CreateServerRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Post, QStringLiteral("servers"));
    QJsonObject server{{QStringLiteral("name"), name}, {QStringLiteral("flavorRef"), flavorRef}};
    if (!imageRef.isEmpty())
        server.insert(QStringLiteral("imageRef"), imageRef);
    insertLists(server, *this);
    insertIfSet(server, QStringLiteral("key_name"), keyName);
    if (userData)
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(userData->toUtf8().toBase64()));
    insertIfSet(server, QStringLiteral("config_drive"), configDrive);
    insertIfSet(server, QStringLiteral("availability_zone"), availabilityZone);
    insertIfSet(server, QStringLiteral("min_count"), minCount);
    insertIfSet(server, QStringLiteral("max_count"), maxCount);
    QJsonObject body{{QStringLiteral("server"), server}};
    if (serverGroupId)
        body.insert(QStringLiteral("os:scheduler_hints"), QJsonObject{{QStringLiteral("group"), *serverGroupId}});
    setJsonBody(s, body);
    s.minMicroversion = neededMicroversion(*this);
    return s;
}

Result<CreateServerRequest::Response> CreateServerRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<CreatedServer>(body, u"server");
}

} // namespace zenith
