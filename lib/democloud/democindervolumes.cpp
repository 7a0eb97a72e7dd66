#include "democindervolumes.h"

#include "democinderquota.h"
#include "democinderviews.h"
#include "democindervolumebuilder.h"
#include "demoerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenith::demo {

namespace {

QString volumeIdOf(const DemoRequest& request)
{
    return request.param(QStringLiteral("volume_id"));
}

// Cinder has one message for every refused delete, whatever the reason.
DemoReply deleteRefused()
{
    return errors::cinder(400, QStringLiteral("Invalid volume: Volume status must be available or error or "
                                              "error_restoring or error_extending or error_managing and must not be "
                                              "migrating, attached, belong to a group, have snapshots, awaiting a "
                                              "transfer, or be disassociated from snapshots after volume transfer."));
}

// oslo's bool_from_string for query flags.
bool truthy(const QString& text)
{
    static const QStringList yes{QStringLiteral("1"),  QStringLiteral("t"), QStringLiteral("true"),
                                 QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("yes")};
    return yes.contains(text.trimmed().toLower());
}

int sizeOf(const QJsonValue& value)
{
    return value.isString() ? value.toString().toInt() : value.toInt();
}

} // namespace

std::optional<QJsonObject> DemoCinderVolumes::owned(const DemoRequest& request) const
{
    const QJsonObject* v = m_env.state.find(cinder::key(request, QStringLiteral("volumes")), volumeIdOf(request));
    if (!v || !cinder::ownedByCaller(*v, request))
        return std::nullopt;
    return *v;
}

QJsonObject DemoCinderVolumes::view(const QJsonObject& volume, const DemoRequest& request, int minor) const
{
    return cinder::volumeView(volume, request, minor, m_env.state);
}

void DemoCinderVolumes::store(const DemoRequest& request, const QJsonObject& volume)
{
    m_env.state.put(cinder::key(request, QStringLiteral("volumes")), volume);
}

DemoReply DemoCinderVolumes::create(const DemoRequest& request, int minor)
{
    DemoCinderVolumeBuilder builder(m_env.state, request);
    auto built = builder.build();
    if (auto* refusal = std::get_if<DemoReply>(&built))
        return *refusal;
    QJsonObject volume = std::get<QJsonObject>(built);
    // The create reply has the microseconds; the database keeps whole seconds, as later reads show.
    const QString now = DemoClock::isoMicroseconds();
    volume.insert(QStringLiteral("created_at"), QString(now.left(19) + QStringLiteral(".000000")));
    store(request, volume);
    m_lifecycle.volumeCreated(request.region, volume.value(u"id").toString());
    QJsonObject shown = view(volume, request, minor);
    shown.insert(QStringLiteral("created_at"), now);
    // The tenant attribute comes from an extension that only decorates show and list.
    shown.remove(QStringLiteral("os-vol-tenant-attr:tenant_id"));
    return DemoReply::json(202, QJsonObject{{QStringLiteral("volume"), shown}});
}

DemoReply DemoCinderVolumes::list(const DemoRequest& request, int minor, bool detail)
{
    const QList<QJsonObject> mine =
        m_env.state.select(cinder::key(request, QStringLiteral("volumes")),
                           [&request](const QJsonObject& v) { return cinder::ownedByCaller(v, request); });
    const QStringList filters{QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("availability_zone"),
                              QStringLiteral("bootable"), QStringLiteral("volume_type")};
    return cinder::listReply(request, mine, QStringLiteral("volumes"), filters, QStringLiteral("Volume"),
                             [&](const QJsonObject& v) {
                                 QJsonObject full = view(v, request, minor);
                                 if (detail)
                                     return full;
                                 return QJsonObject{{QStringLiteral("id"), full.value(u"id")},
                                                    {QStringLiteral("name"), full.value(u"name")},
                                                    {QStringLiteral("links"), full.value(u"links")}};
                             });
}

DemoReply DemoCinderVolumes::show(const DemoRequest& request, int minor)
{
    const auto volume = owned(request);
    if (!volume)
        return cinder::notFound(QStringLiteral("Volume"), volumeIdOf(request));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("volume"), view(*volume, request, minor)}});
}

DemoReply DemoCinderVolumes::update(const DemoRequest& request, int minor)
{
    if (!request.body.value(u"volume").isObject())
        return errors::cinder(400, QStringLiteral("'volume' is a required property"));
    const QJsonObject changes = request.body.value(u"volume").toObject();
    auto volume = owned(request);
    if (!volume)
        return cinder::notFound(QStringLiteral("Volume"), volumeIdOf(request));
    const QList<QPair<QString, QString>> renames{{QStringLiteral("name"), QStringLiteral("name")},
                                                 {QStringLiteral("display_name"), QStringLiteral("name")},
                                                 {QStringLiteral("description"), QStringLiteral("description")},
                                                 {QStringLiteral("display_description"), QStringLiteral("description")},
                                                 {QStringLiteral("metadata"), QStringLiteral("metadata")}};
    for (const auto& [given, field] : renames) {
        if (changes.contains(given))
            volume->insert(field, changes.value(given));
    }
    volume->insert(QStringLiteral("updated_at"), cinder::storedTime());
    store(request, *volume);
    QJsonObject shown = view(*volume, request, minor);
    shown.remove(QStringLiteral("os-vol-tenant-attr:tenant_id")); // as the create reply
    return DemoReply::json(200, QJsonObject{{QStringLiteral("volume"), shown}});
}

DemoReply DemoCinderVolumes::remove(const DemoRequest& request, int)
{
    auto volume = owned(request);
    if (!volume)
        return cinder::notFound(QStringLiteral("Volume"), volumeIdOf(request));
    const bool cascade = truthy(request.queryValue(QStringLiteral("cascade")));
    static const QStringList deletable{QStringLiteral("available"), QStringLiteral("error"),
                                       QStringLiteral("error_restoring"), QStringLiteral("error_extending"),
                                       QStringLiteral("error_managing")};
    if (!deletable.contains(volume->value(u"status").toString()) || !volume->value(u"attachments").toArray().isEmpty())
        return deleteRefused();
    const QString snapshots = cinder::key(request, QStringLiteral("snapshots"));
    const QString id = volume->value(u"id").toString();
    const QList<QJsonObject> taken =
        m_env.state.select(snapshots, [&id](const QJsonObject& s) { return s.value(u"volume_id").toString() == id; });
    for (const QJsonObject& s : taken) {
        const QString status = s.value(u"status").toString();
        // Without cascade any snapshot blocks; with it, one that is still busy does.
        if (!cascade || (status != u"available" && status != u"error"))
            return deleteRefused();
    }
    const QString now = cinder::storedTime();
    for (QJsonObject s : taken) {
        s.insert(QStringLiteral("status"), QStringLiteral("deleting"));
        s.insert(QStringLiteral("updated_at"), now);
        m_env.state.put(snapshots, s);
    }
    volume->insert(QStringLiteral("status"), QStringLiteral("deleting"));
    volume->insert(QStringLiteral("updated_at"), now);
    store(request, *volume);
    m_lifecycle.volumeDeleted(request.region, id);
    return DemoReply::empty(202);
}

DemoReply DemoCinderVolumes::action(const DemoRequest& request, int minor)
{
    if (!request.bodyIsJsonObject || request.body.isEmpty())
        return errors::cinder(400, QStringLiteral("Malformed request body"));
    const QString name = request.body.constBegin().key();
    if (name == u"os-extend")
        return extend(request, minor, request.body.value(name));
    if (name == u"os-set_bootable")
        return setBootable(request, request.body.value(name));
    return errors::cinder(400, QStringLiteral("There is no such action: %1. Verify the request body and Content-Type "
                                              "header and try again.")
                                   .arg(name));
}

DemoReply DemoCinderVolumes::extend(const DemoRequest& request, int minor, const QJsonValue& arguments)
{
    const QJsonValue newSize = arguments.toObject().value(u"new_size");
    if (newSize.isUndefined() || newSize.isNull())
        return errors::cinder(
            400, QStringLiteral("Invalid input for field/attribute os-extend. Value: %1. 'new_size' "
                                "is a required property")
                     .arg(QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))));
    if (auto refusal = cinder::checkSize(QStringLiteral("new_size"), newSize))
        return *refusal;
    auto volume = owned(request);
    if (!volume)
        return cinder::notFound(QStringLiteral("Volume"), volumeIdOf(request));
    const int size = volume->value(u"size").toInt();
    const int wanted = sizeOf(newSize);
    if (wanted <= size)
        return errors::cinder(400, QStringLiteral("Invalid input received: New size for extend must be greater than "
                                                  "current size. (current: %1, extended: %2).")
                                       .arg(size)
                                       .arg(wanted));
    const QString status = volume->value(u"status").toString();
    // From 3.42 on an attached volume may grow too.
    const QString expected =
        minor >= 42 && status == u"in-use" ? QStringLiteral("in-use") : QStringLiteral("available");
    if (status != expected)
        return errors::cinder(400, QStringLiteral("Invalid volume: Volume %1 status must be '{'status': '%2'}' to "
                                                  "extend, currently %3.")
                                       .arg(volume->value(u"id").toString(), expected, status));
    if (auto refusal = cinder::refuseOverQuota(m_env.state, request, {0, 0, wanted - size}))
        return *refusal;
    volume->insert(QStringLiteral("status"), QStringLiteral("extending"));
    volume->insert(QStringLiteral("_new_size"), wanted);
    volume->insert(QStringLiteral("updated_at"), cinder::storedTime());
    store(request, *volume);
    m_lifecycle.volumeExtended(request.region, volume->value(u"id").toString());
    return DemoReply::empty(202);
}

DemoReply DemoCinderVolumes::setBootable(const DemoRequest& request, const QJsonValue& arguments)
{
    const QJsonValue flag = arguments.toObject().value(u"bootable");
    const bool isBool = flag.isBool();
    const QString text = flag.toString().toLower();
    if (!isBool && text != u"true" && text != u"false")
        return errors::cinder(400, QStringLiteral("Invalid input for field/attribute bootable. Value: %1. %1 is not "
                                                  "of type 'boolean', 'string'")
                                       .arg(flag.toVariant().toString()));
    auto volume = owned(request);
    if (!volume)
        return cinder::notFound(QStringLiteral("Volume"), volumeIdOf(request));
    const bool bootable = isBool ? flag.toBool() : text == u"true";
    volume->insert(QStringLiteral("bootable"), bootable ? QStringLiteral("true") : QStringLiteral("false"));
    volume->insert(QStringLiteral("updated_at"), cinder::storedTime());
    store(request, *volume);
    return DemoReply::empty(200);
}

} // namespace zenith::demo
