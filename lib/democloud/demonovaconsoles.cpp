#include "demoglance.h"
#include "demonovaactions.h"
#include "demonovacommon.h"
#include "demonovanetworking.h"
#include "demonovaroutes.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

using Stage = DemoComputeHost::Stage;
using Work = DemoComputeHost::Work;

const QString kSnapshot = QStringLiteral("createImage");

QString imagesOf(const QString& region)
{
    return coll(region, QStringLiteral("images"));
}

// What Nova asks Glance for (compute.api.snapshot): Glance's new image with the base image's
// formats and properties, Nova's own properties, then the request's metadata; no data yet.
QJsonObject snapshotImage(const DemoEnv& env, const DemoRequest& request, const QJsonObject& server,
                          const QString& name, const QJsonObject& metadata)
{
    const QString baseId = server.value(u"_image_id").toString();
    const QJsonObject* base = env.state.find(imagesOf(request.region), baseId);
    QJsonObject image = DemoGlance::snapshotImage(name, server.value(u"tenant_id").toString());
    const QJsonValue null(QJsonValue::Null);
    const QList<QPair<QString, QJsonValue>> fields{
        {QStringLiteral("min_ram"), base ? base->value(u"min_ram").toInt() : 0},
        {QStringLiteral("min_disk"), server.value(u"flavor").toObject().value(u"disk").toInt()},
        {QStringLiteral("disk_format"), base ? base->value(u"disk_format") : null},
        {QStringLiteral("container_format"), base ? base->value(u"container_format") : null},
        {QStringLiteral("checksum"), null},
        {QStringLiteral("os_hash_algo"), null},
        {QStringLiteral("os_hash_value"), null},
        {QStringLiteral("instance_uuid"), server.value(u"id")},
        {QStringLiteral("base_image_ref"), baseId},
        {QStringLiteral("user_id"), request.caller.userId},
        {QStringLiteral("owner_id"), server.value(u"tenant_id")},
        {QStringLiteral("owner_project_name"), request.caller.projectName},
        {QStringLiteral("owner_user_name"), request.caller.userName},
        {QStringLiteral("image_location"), QStringLiteral("snapshot")},
        {QStringLiteral("image_state"), QStringLiteral("available")}};
    for (const auto& [key, value] : fields)
        image.insert(key, value);
    if (base && base->contains(u"os_distro"))
        image.insert(QStringLiteral("os_distro"), base->value(u"os_distro"));
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it)
        image.insert(it.key(), it.value());
    return image;
}

void setImageStatus(DemoEnv& env, const QString& region, const QString& imageId, const QString& status)
{
    QJsonObject* image = env.state.find(imagesOf(region), imageId);
    if (!image)
        return; // deleted while Nova was uploading it
    image->insert(QStringLiteral("status"), status);
    image->insert(QStringLiteral("updated_at"), DemoClock::isoSeconds());
    if (status != u"active")
        return;
    // A snapshot of the demo's tiny disks: as many bytes as the base image, a checksum of its id.
    const QJsonObject* base = env.state.find(imagesOf(region), image->value(u"base_image_ref").toString());
    const qint64 size = base ? qint64(base->value(u"size").toDouble()) : 0;
    image->insert(QStringLiteral("size"), size);
    image->insert(QStringLiteral("virtual_size"), size);
    image->insert(QStringLiteral("checksum"),
                  QString::fromLatin1(QCryptographicHash::hash(imageId.toUtf8(), QCryptographicHash::Md5).toHex()));
    image->insert(QStringLiteral("os_hash_algo"), QStringLiteral("sha512"));
    image->insert(QStringLiteral("os_hash_value"),
                  QString::fromLatin1(QCryptographicHash::hash(imageId.toUtf8(), QCryptographicHash::Sha512).toHex()));
}

DemoReply createImage(DemoComputeHost& host, DemoRequest& request, const QJsonValue& args)
{
    const QJsonObject asked = args.toObject();
    if (!asked.contains(u"name"))
        return missingProperty(request, {kSnapshot}, QStringLiteral("name"));
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    // Not locked-checked: a lock guards against changes, a snapshot changes nothing.
    if (const auto refused = refuseAction(request, server, kSnapshot,
                                          {QStringLiteral("active"), QStringLiteral("stopped"),
                                           QStringLiteral("paused"), QStringLiteral("suspended")},
                                          false))
        return *refused;
    DemoEnv& env = host.env();
    const QJsonObject image =
        snapshotImage(env, request, server, asked.value(u"name").toString(), asked.value(u"metadata").toObject());
    const QString imageId = image.value(u"id").toString();
    env.state.put(imagesOf(request.region), image);
    const QString serverId = server.value(u"id").toString();
    updateServer(env, request.region, serverId,
                 [&](QJsonObject& s) { s.insert(QStringLiteral("_snapshot"), imageId); });
    const auto saving = [&env, imageId](const QString& region, const QString&) {
        setImageStatus(env, region, imageId, QStringLiteral("saving"));
        return true;
    };
    host.begin(request, serverId,
               Work{kSnapshot,
                    {QStringLiteral("compute_snapshot_instance")},
                    kSnapshot,
                    QStringLiteral("image_snapshot"),
                    {Stage{0.3, QStringLiteral("image_pending_upload"), {}},
                     Stage{0.5, QStringLiteral("image_uploading"), saving}},
                    1.0});
    // From 2.45 the image id is in the body; before, only in the Location header.
    if (atLeast(request, 45))
        return DemoReply::json(202, QJsonObject{{QStringLiteral("image_id"), imageId}});
    return DemoReply::empty(202).withHeader(
        QByteArrayLiteral("Location"),
        (env.baseUrl + u'/' + request.region.toLower() + QStringLiteral("/image/images/") + imageId).toUtf8());
}

// The user data's `final_message` (a #cloud-config line, quoted or not), with cloud-init's
// substitutions; empty when it sets none.
QString finalMessageOf(const QJsonObject& server)
{
    const QString userData =
        QString::fromUtf8(QByteArray::fromBase64(server.value(u"_user_data").toString().toLatin1()));
    static const QRegularExpression line(QStringLiteral("^final_message:\\s*(.*)$"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(userData);
    if (!match.hasMatch())
        return {};
    QString message = match.captured(1).trimmed();
    if (message.size() >= 2 && (message.startsWith(u'"') || message.startsWith(u'\'')) &&
        message.back() == message.front())
        message = message.mid(1, message.size() - 2);
    message.replace(QStringLiteral("$VERSION"), QStringLiteral("22.4.2"));
    message.replace(QStringLiteral("$UPTIME"), QStringLiteral("42.17"));
    message.replace(QStringLiteral("$DATASOURCE"), QStringLiteral("DataSourceOpenStackLocal"));
    return message;
}

// cloud-init's modules take their time after the server went ACTIVE: 20 cloud seconds here
// (packages on a real cloud take minutes), so a watcher sees the log before and after.
bool cloudInitDone(const DemoEnv& env, const QJsonObject& server)
{
    // Nova writes "2026-11-25T10:00:00.000000", in UTC without a zone.
    QDateTime utc = QDateTime::fromString(server.value(u"OS-SRV-USG:launched_at").toString().left(19),
                                          QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!utc.isValid())
        return false;
    utc.setTimeSpec(Qt::UTC);
    const double elapsed = static_cast<double>(utc.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    return elapsed * env.clock.speed() >= 20.0;
}

// A boot log like a cloud image's serial console, ending on the login prompt.
QString bootLog(const DemoEnv& env, const QString& region, const QJsonObject& server)
{
    const QString host = server.value(u"_hostname").toString();
    QStringList lines{
        QStringLiteral("[    0.000000] Linux version 6.1.0-13-cloud-amd64 (debian-kernel@lists.debian.org)"),
        QStringLiteral("[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-13-cloud-amd64 root=PARTUUID=%1 ro "
                       "console=tty0 console=ttyS0,115200")
            .arg(server.value(u"id").toString()),
        QStringLiteral("[    1.842113] EXT4-fs (vda1): mounted filesystem with ordered data mode."),
        QStringLiteral("[  OK  ] Reached target Network is Online."),
        QStringLiteral("cloud-init[412]: Cloud-init v. 22.4.2 running 'init' at %1. Up 4.21 seconds.")
            .arg(server.value(u"OS-SRV-USG:launched_at").toString())};
    const QJsonObject addresses = serverAddresses(env, region, server.value(u"id").toString());
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        for (const QJsonValue& a : it.value().toArray())
            lines.append(QStringLiteral("ci-info: | eth0 | True | %1 | %2 |")
                             .arg(a.toObject().value(u"addr").toString(),
                                  a.toObject().value(u"OS-EXT-IPS-MAC:mac_addr").toString()));
    }
    if (!cloudInitDone(env, server)) {
        lines.append(QStringLiteral("cloud-init[598]: Cloud-init v. 22.4.2 running 'modules:final' at %1.")
                         .arg(server.value(u"OS-SRV-USG:launched_at").toString()));
        return lines.join(u'\n');
    }
    // cloud-init prints final_message (its default names the version and the datasource) last.
    const QString finalMessage = finalMessageOf(server);
    lines.append(QStringLiteral("cloud-init[598]: ") +
                 (finalMessage.isEmpty()
                      ? QStringLiteral("Cloud-init v. 22.4.2 finished. Datasource DataSourceOpenStackLocal.")
                      : finalMessage));
    lines.append(QString());
    lines.append(QStringLiteral("Debian GNU/Linux 12 %1 ttyS0").arg(host));
    lines.append(QString());
    lines.append(host + QStringLiteral(" login: "));
    return lines.join(u'\n');
}

DemoReply consoleOutput(DemoEnv& env, DemoRequest& request, const QJsonValue& args)
{
    const QJsonValue length = args.toObject().value(u"length");
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    const bool valid = length.isUndefined() || length.isNull() || (length.isDouble() && length.toDouble() >= -1) ||
                       (length.isString() && integer.match(length.toString()).hasMatch());
    if (!valid)
        return invalidInput(QStringLiteral("length"), length,
                            pythonRepr(length) + QStringLiteral(" is not valid under any of the given schemas"));
    auto target = actionTarget(env, request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (server.value(u"_host").toString().isEmpty())
        return errors::nova(409, QStringLiteral("Instance %1 is not ready").arg(server.value(u"id").toString()));
    QString output = bootLog(env, request.region, server);
    if (!length.isUndefined() && !length.isNull()) {
        // compute manager _tail_log: the last `length` lines; -1 keeps all but the first (Nova's own quirk).
        const int n = length.toVariant().toInt();
        const QStringList lines = output.split(u'\n');
        output = n == 0 ? QString() : lines.mid(n > 0 ? qMax(qsizetype(0), lines.size() - n) : -n).join(u'\n');
    }
    return DemoReply::json(200, QJsonObject{{QStringLiteral("output"), output}});
}

DemoReply remoteConsole(DemoEnv& env, DemoRequest& request)
{
    if (!atLeast(request, 6))
        return errors::nova(404, QStringLiteral("The resource could not be found."));
    const QJsonObject asked = request.body.value(u"remote_console").toObject();
    if (!request.body.value(u"remote_console").isObject())
        return errors::nova(400, QStringLiteral("'remote_console' is a required property"));
    const QString protocol = asked.value(u"protocol").toString();
    const QString type = asked.value(u"type").toString();
    const QString id = request.param(QStringLiteral("server_id"));
    const QJsonObject* server = findServer(env, request, id);
    if (!server)
        return serverNotFound(id);
    // The demo's host is KVM-like with noVNC: other consoles are not there.
    if (protocol != u"vnc" || type != u"novnc")
        return errors::nova(400, QStringLiteral("Unavailable console type %1.").arg(type));
    if (server->value(u"_host").toString().isEmpty())
        return errors::nova(409, QStringLiteral("Instance %1 is not ready").arg(id));
    const QString url = env.baseUrl + u'/' + request.region.toLower() +
                        QStringLiteral("/novnc/vnc_auto.html?path=%3Ftoken%3D") + DemoEnv::newId();
    return DemoReply::json(
        200, QJsonObject{{QStringLiteral("remote_console"), QJsonObject{{QStringLiteral("protocol"), protocol},
                                                                        {QStringLiteral("type"), type},
                                                                        {QStringLiteral("url"), url}}}});
}

} // namespace

void addImageActions(ActionTable& table, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    host.addFinisher(kSnapshot, [&env](const QString& region, const QString& id) {
        const QJsonObject* server = env.state.find(coll(region, QStringLiteral("servers")), id);
        if (server)
            setImageStatus(env, region, server->value(u"_snapshot").toString(), QStringLiteral("active"));
        updateServer(env, region, id, [](QJsonObject& s) {
            s.remove(QStringLiteral("_snapshot"));
            s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        });
        return true;
    });
    table.insert(kSnapshot, [&host](DemoRequest& r, const QJsonValue& a) { return createImage(host, r, a); });
    table.insert(QStringLiteral("os-getConsoleOutput"),
                 [&env](DemoRequest& r, const QJsonValue& a) { return consoleOutput(env, r, a); });
}

void addConsoleRoutes(DemoRouter& router, DemoEnv& env)
{
    router.add(QStringLiteral("compute"), "POST", QStringLiteral("v2.1/servers/{server_id}/remote-consoles"),
               [&env](DemoRequest& r) { return remoteConsole(env, r); });
}

} // namespace zenith::demo::nova
