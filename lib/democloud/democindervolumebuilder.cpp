#include "democindervolumebuilder.h"

#include "democinderquota.h"
#include "democinderviews.h"
#include "demoerrors.h"

#include <QJsonArray>
#include <QUuid>

namespace zenith::demo {

namespace {

constexpr qint64 kDbMaxInt = 2147483647;
constexpr qint64 kGiB = 1024 * 1024 * 1024;

DemoReply invalidInput(const QString& reason)
{
    return errors::cinder(400, QStringLiteral("Invalid input received: ") + reason);
}

// Glance's own attributes: everything else in an image is a property the volume inherits.
bool isGlanceCoreAttribute(const QString& key)
{
    static const QStringList core{QStringLiteral("id"),
                                  QStringLiteral("name"),
                                  QStringLiteral("status"),
                                  QStringLiteral("visibility"),
                                  QStringLiteral("protected"),
                                  QStringLiteral("checksum"),
                                  QStringLiteral("container_format"),
                                  QStringLiteral("disk_format"),
                                  QStringLiteral("min_disk"),
                                  QStringLiteral("min_ram"),
                                  QStringLiteral("size"),
                                  QStringLiteral("virtual_size"),
                                  QStringLiteral("owner"),
                                  QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"),
                                  QStringLiteral("tags"),
                                  QStringLiteral("self"),
                                  QStringLiteral("file"),
                                  QStringLiteral("schema"),
                                  QStringLiteral("os_hash_algo"),
                                  QStringLiteral("os_hash_value"),
                                  QStringLiteral("os_hidden"),
                                  QStringLiteral("direct_url"),
                                  QStringLiteral("locations"),
                                  QStringLiteral("stores")};
    return core.contains(key) || key.startsWith(u'_');
}

// Cinder keeps image metadata as strings ("min_disk": "0", "signature_verified": "False").
QString metadataText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return value.toString();
}

} // namespace

std::variant<QJsonObject, DemoReply> DemoCinderVolumeBuilder::build()
{
    if (!m_request.bodyIsJsonObject)
        return errors::cinder(400, QStringLiteral("Malformed request body"));
    if (!m_request.body.value(u"volume").isObject())
        return errors::cinder(400, QStringLiteral("'volume' is a required property"));
    const QJsonObject body = m_request.body.value(u"volume").toObject();
    const QJsonValue sizeValue = body.value(u"size");
    if (auto refusal = cinder::checkSize(QStringLiteral("size"), sizeValue))
        return *refusal;
    Sources sources;
    if (auto refusal = findSources(body, &sources))
        return *refusal;
    std::optional<int> asked;
    if (sizeValue.isDouble())
        asked = sizeValue.toInt();
    else if (sizeValue.isString())
        asked = int(qMin(sizeValue.toString().toLongLong(), kDbMaxInt));
    int size = 0;
    if (auto refusal = resolveSize(asked, sources, &size))
        return *refusal;
    const QString zone = body.value(u"availability_zone").toString();
    if (!zone.isEmpty() && zone != u"nova")
        return errors::cinder(400, QStringLiteral("Availability zone '%1' is invalid.").arg(zone));
    if (auto refusal = cinder::refuseOverQuota(m_state, m_request, {1, 0, size}))
        return *refusal;
    return stored(body, size, sources);
}

std::optional<DemoReply> DemoCinderVolumeBuilder::findSources(const QJsonObject& body, Sources* sources) const
{
    if (auto refusal = findType(body.value(u"volume_type").toString(), &sources->typeName))
        return refusal;
    const QString snapshotId = body.value(u"snapshot_id").toString();
    if (!snapshotId.isEmpty()) {
        const QJsonObject* s = m_state.find(cinder::key(m_request, QStringLiteral("snapshots")), snapshotId);
        if (!s || !cinder::ownedByCaller(*s, m_request))
            return cinder::notFound(QStringLiteral("Snapshot"), snapshotId);
        sources->snapshot = *s;
    }
    const QString sourceId = body.value(u"source_volid").toString();
    if (!sourceId.isEmpty()) {
        const QJsonObject* v = m_state.find(cinder::key(m_request, QStringLiteral("volumes")), sourceId);
        if (!v || !cinder::ownedByCaller(*v, m_request))
            return cinder::notFound(QStringLiteral("Volume"), sourceId);
        sources->sourceVolume = *v;
    }
    const QString image =
        body.contains(u"imageRef") ? body.value(u"imageRef").toString() : body.value(u"image_id").toString();
    if (!image.isEmpty())
        return findImage(image, &sources->image);
    return std::nullopt;
}

std::optional<DemoReply> DemoCinderVolumeBuilder::findType(const QString& wanted, QString* name) const
{
    const QList<QJsonObject> types = m_state.items(cinder::key(m_request, QStringLiteral("volume_types")));
    // No type asked: the default one (always __DEFAULT__ on Zed unless an operator renamed it).
    const QString target = wanted.isEmpty() ? QStringLiteral("__DEFAULT__") : wanted;
    for (const QJsonObject& t : types) {
        if (t.value(u"id").toString() == target || t.value(u"name").toString() == target) {
            *name = t.value(u"name").toString();
            return std::nullopt;
        }
    }
    if (wanted.isEmpty()) {
        *name = types.isEmpty() ? target : types.first().value(u"name").toString();
        return std::nullopt;
    }
    if (!QUuid::fromString(wanted).isNull())
        return errors::cinder(404, QStringLiteral("Volume type %1 could not be found.").arg(wanted));
    return errors::cinder(404, QStringLiteral("Volume type with name %1 could not be found.").arg(wanted));
}

std::optional<DemoReply> DemoCinderVolumeBuilder::findImage(const QString& ref, QJsonObject* image) const
{
    const QString project = m_request.caller.projectId;
    const auto visible = [&project](const QJsonObject& i) {
        const QString visibility = i.value(u"visibility").toString();
        return visibility == u"public" || visibility == u"community" || i.value(u"owner").toString() == project;
    };
    const QList<QJsonObject> images = m_state.select(cinder::key(m_request, QStringLiteral("images")), visible);
    QList<QJsonObject> named;
    for (const QJsonObject& i : images) {
        if (i.value(u"id").toString() == ref) {
            *image = i;
            return std::nullopt;
        }
        if (i.value(u"name").toString() == ref)
            named.append(i);
    }
    // Cinder falls back to the image's name when the reference is not an id.
    if (named.size() > 1)
        return errors::cinder(
            409, QStringLiteral("Multiple matches found for '%1', use an ID to be more specific.").arg(ref));
    if (named.isEmpty())
        return errors::cinder(400, QStringLiteral("Invalid image identifier or unable to access requested image."));
    *image = named.first();
    return std::nullopt;
}

std::optional<DemoReply> DemoCinderVolumeBuilder::resolveSize(std::optional<int> asked, const Sources& sources,
                                                              int* size) const
{
    const QJsonObject& snap = sources.snapshot;
    const QJsonObject& source = sources.sourceVolume;
    if (!snap.isEmpty() && snap.value(u"status").toString() != u"available")
        return errors::cinder(
            400, QStringLiteral("Invalid snapshot: Originating snapshot status must be one of 'available' values"));
    const QString sourceStatus = source.value(u"status").toString();
    if (!source.isEmpty() && sourceStatus != u"available" && sourceStatus != u"in-use")
        return errors::cinder(
            400, QStringLiteral("Invalid volume: Originating volume status must be one of 'available, in-use' values"));
    if (!asked)
        asked = !snap.isEmpty()
                    ? std::optional<int>(snap.value(u"size").toInt())
                    : (!source.isEmpty() ? std::optional<int>(source.value(u"size").toInt()) : std::nullopt);
    if (!asked || *asked <= 0)
        return invalidInput(QStringLiteral("Volume size '%1' must be an integer and greater than 0")
                                .arg(asked ? QString::number(*asked) : QStringLiteral("None")));
    if (!snap.isEmpty() && *asked < snap.value(u"size").toInt())
        return invalidInput(QStringLiteral("Volume size '%1'GB cannot be smaller than the snapshot size %2GB. They "
                                           "must be >= original snapshot size.")
                                .arg(*asked)
                                .arg(snap.value(u"size").toInt()));
    if (!source.isEmpty() && *asked < source.value(u"size").toInt())
        return invalidInput(QStringLiteral("Volume size '%1'GB cannot be smaller than original volume size  %2GB. "
                                           "They must be >= original volume size.")
                                .arg(*asked)
                                .arg(source.value(u"size").toInt()));
    const QJsonObject& image = sources.image;
    if (!image.isEmpty()) {
        if (image.value(u"status").toString() != u"active")
            return invalidInput(QStringLiteral("Image %1 is not active.").arg(image.value(u"id").toString()));
        const qint64 imageGiB = (qint64(image.value(u"size").toDouble()) + kGiB - 1) / kGiB;
        if (imageGiB > *asked)
            return invalidInput(QStringLiteral("Size of specified image %1GB is larger than volume size %2GB.")
                                    .arg(imageGiB)
                                    .arg(*asked));
        if (*asked < image.value(u"min_disk").toInt())
            return invalidInput(QStringLiteral("Volume size %1GB cannot be smaller than the image minDisk size %2GB.")
                                    .arg(*asked)
                                    .arg(image.value(u"min_disk").toInt()));
    }
    *size = *asked;
    return std::nullopt;
}

QJsonObject DemoCinderVolumeBuilder::stored(const QJsonObject& body, int size, const Sources& sources) const
{
    const auto text = [&body](const char16_t* key, const char16_t* legacy) {
        const QJsonValue v = body.contains(key) ? body.value(key) : body.value(legacy);
        return v.isString() ? v : QJsonValue(QJsonValue::Null);
    };
    QJsonObject volume{
        {QStringLiteral("id"), DemoEnv::newId()},
        {QStringLiteral("status"), QStringLiteral("creating")},
        {QStringLiteral("size"), size},
        {QStringLiteral("availability_zone"), QStringLiteral("nova")},
        {QStringLiteral("created_at"), cinder::storedTime()},
        {QStringLiteral("updated_at"), QJsonValue::Null},
        {QStringLiteral("name"), text(u"name", u"display_name")},
        {QStringLiteral("description"), text(u"description", u"display_description")},
        {QStringLiteral("volume_type"), sources.typeName},
        {QStringLiteral("snapshot_id"), sources.snapshot.isEmpty() ? QJsonValue::Null : sources.snapshot.value(u"id")},
        {QStringLiteral("source_volid"),
         sources.sourceVolume.isEmpty() ? QJsonValue::Null : sources.sourceVolume.value(u"id")},
        {QStringLiteral("metadata"), body.value(u"metadata").toObject()},
        {QStringLiteral("links"), QJsonArray()},
        {QStringLiteral("user_id"), m_request.caller.userId},
        {QStringLiteral("bootable"), QStringLiteral("false")},
        {QStringLiteral("encrypted"), false},
        {QStringLiteral("replication_status"), QJsonValue::Null},
        {QStringLiteral("consistencygroup_id"), QJsonValue::Null},
        {QStringLiteral("multiattach"), false},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("group_id"), QJsonValue::Null},
        {QStringLiteral("shared_targets"), true},
        {QStringLiteral("service_uuid"), QJsonValue::Null},
        {QStringLiteral("os-vol-tenant-attr:tenant_id"), m_request.caller.projectId},
    };
    // The image's metadata shows once the back end has copied the image (bootable from then on);
    // a copy of a volume, or of its snapshot, inherits the original's.
    QJsonValue inherited;
    if (!sources.image.isEmpty()) {
        inherited = imageMetadata(sources.image);
    } else {
        QString originId = sources.sourceVolume.value(u"id").toString();
        if (!sources.snapshot.isEmpty())
            originId = sources.snapshot.value(u"volume_id").toString();
        if (const QJsonObject* origin = m_state.find(cinder::key(m_request, QStringLiteral("volumes")), originId))
            inherited = origin->value(u"volume_image_metadata");
    }
    if (inherited.isObject())
        volume.insert(QStringLiteral("_volume_image_metadata"), inherited);
    return volume;
}

QJsonObject DemoCinderVolumeBuilder::imageMetadata(const QJsonObject& image)
{
    QJsonObject meta;
    for (auto it = image.constBegin(); it != image.constEnd(); ++it) {
        if (!isGlanceCoreAttribute(it.key()) && !it.value().isNull())
            meta.insert(it.key(), metadataText(it.value()));
    }
    meta.insert(QStringLiteral("signature_verified"), QStringLiteral("False"));
    meta.insert(QStringLiteral("image_id"), image.value(u"id").toString());
    if (!image.value(u"name").toString().isEmpty())
        meta.insert(QStringLiteral("image_name"), image.value(u"name").toString());
    for (const char16_t* key : {u"checksum", u"container_format", u"disk_format", u"min_disk", u"min_ram", u"size"}) {
        const QJsonValue v = image.value(key);
        if (!v.isNull() && !v.isUndefined())
            meta.insert(QString::fromUtf16(key), metadataText(v));
    }
    return meta;
}

} // namespace zenith::demo
