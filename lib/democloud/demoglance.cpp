#include "demoglance.h"

#include "demoerrors.h"
#include "demopaging.h"

#include <QCryptographicHash>

namespace zenith::demo {

namespace {

QString imagesOf(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("images"));
}

bool visibleTo(const QJsonObject& image, const DemoCaller& caller)
{
    return image.value(u"visibility").toString() == QStringLiteral("public") ||
           image.value(u"owner").toString() == caller.projectId;
}

// Glance's own messages end with webob's "<br /><br />" remnants; the client cleans them.
DemoReply glanceError(int status, const QString& message)
{
    return errors::glance(status, message + QStringLiteral("<br /><br />\n\n\n"));
}

QJsonObject imageJson(const QString& name, const QString& owner, const QString& visibility, qint64 size)
{
    const QString id = DemoEnv::newId();
    const QString now = DemoClock::isoSeconds();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("disk_format"), QStringLiteral("qcow2")},
            {QStringLiteral("container_format"), QStringLiteral("bare")},
            {QStringLiteral("visibility"), visibility},
            {QStringLiteral("size"), size},
            {QStringLiteral("virtual_size"), QJsonValue::Null},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("checksum"),
             QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Md5).toHex())},
            {QStringLiteral("protected"), false},
            {QStringLiteral("min_ram"), 0},
            {QStringLiteral("min_disk"), 0},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("os_hidden"), false},
            {QStringLiteral("os_hash_algo"), QStringLiteral("sha512")},
            {QStringLiteral("os_hash_value"),
             QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha512).toHex())},
            {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("self"), QString(QStringLiteral("/v2/images/") + id)},
            {QStringLiteral("file"), QString(QStringLiteral("/v2/images/") + id + QStringLiteral("/file"))},
            {QStringLiteral("schema"), QStringLiteral("/v2/schemas/image")}};
}

} // namespace

void DemoGlance::seedImage(const QString& name, const QString& distro, qint64 size, int minDisk)
{
    for (const QString& region : env().regions) {
        QJsonObject image = imageJson(name, QStringLiteral("openstack"), QStringLiteral("public"), size);
        image.insert(QStringLiteral("os_distro"), distro);
        image.insert(QStringLiteral("min_disk"), minDisk);
        state().put(imagesOf(region), image);
    }
}

QJsonObject DemoGlance::snapshotImage(const QString& name, const QString& ownerProject)
{
    QJsonObject image = imageJson(name, ownerProject, QStringLiteral("private"), 0);
    image.insert(QStringLiteral("status"), QStringLiteral("queued"));
    image.insert(QStringLiteral("size"), QJsonValue::Null);
    image.insert(QStringLiteral("image_type"), QStringLiteral("snapshot"));
    return image;
}

void DemoGlance::addRoutes(DemoRouter& router)
{
    const QString s = QStringLiteral("image");
    router.add(s, "GET", QStringLiteral("v2/images"), [this](DemoRequest& r) { return list(r); });
    router.add(s, "GET", QStringLiteral("v2/images/{image_id}"), [this](DemoRequest& r) { return show(r); });
    router.add(s, "DELETE", QStringLiteral("v2/images/{image_id}"), [this](DemoRequest& r) { return remove(r); });
}

DemoReply DemoGlance::list(DemoRequest& request)
{
    const QString name = request.queryValue(QStringLiteral("name"));
    const QString status = request.queryValue(QStringLiteral("status"));
    const QString visibility = request.queryValue(QStringLiteral("visibility"));
    const auto all = state().select(imagesOf(request.region), [&](const QJsonObject& i) {
        return visibleTo(i, request.caller) && (name.isEmpty() || i.value(u"name").toString() == name) &&
               (status.isEmpty() || i.value(u"status").toString() == status) &&
               (visibility.isEmpty() || i.value(u"visibility").toString() == visibility);
    });
    const auto page = cutPage(all, request, 1000);
    if (!page)
        return glanceError(400, QStringLiteral("Invalid marker or limit"));
    QJsonArray images;
    for (const QJsonObject& i : page->items)
        images.append(i);
    QJsonObject body{{QStringLiteral("images"), images},
                     {QStringLiteral("first"), QStringLiteral("/v2/images")},
                     {QStringLiteral("schema"), QStringLiteral("/v2/schemas/images")}};
    // Glance links the next page whenever a page is full, even when nothing follows.
    if (page->limit > 0 && page->items.size() == page->limit) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("marker"));
        next.addQueryItem(QStringLiteral("marker"), page->lastId);
        body.insert(QStringLiteral("next"), QString(QStringLiteral("/v2/images?") + next.toString(QUrl::FullyEncoded)));
    }
    return DemoReply::json(200, body);
}

DemoReply DemoGlance::show(DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("image_id"));
    const QJsonObject* image = state().find(imagesOf(request.region), id);
    if (!image || !visibleTo(*image, request.caller))
        return glanceError(404, QStringLiteral("No image found with ID %1").arg(id));
    return DemoReply::json(200, *image);
}

DemoReply DemoGlance::remove(DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("image_id"));
    const QJsonObject* image = state().find(imagesOf(request.region), id);
    if (!image || !visibleTo(*image, request.caller))
        return glanceError(404, QStringLiteral("Failed to find image %1 to delete").arg(id));
    if (image->value(u"owner").toString() != request.caller.projectId)
        return glanceError(403, QStringLiteral("You do not own this image"));
    state().remove(imagesOf(request.region), id);
    return DemoReply::empty(204);
}

} // namespace zenith::demo
