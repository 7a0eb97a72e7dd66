#include "demodiscovery.h"

#include <QFile>
#include <QRegularExpression>

namespace zenith::demo {

namespace {

// The captured document with the dev cloud's service URL (http://127.0.0.1:8774) replaced by ours.
DemoReply document(const QString& file, int status, const DemoRequest& request)
{
    QFile f(QStringLiteral(":/democloud/versions/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return DemoReply::empty(500);
    static const QRegularExpression devCloudUrl(QStringLiteral("http://127\\.0\\.0\\.1:\\d+"));
    QString text = QString::fromUtf8(f.readAll());
    text.replace(devCloudUrl, request.baseUrl);
    DemoReply reply;
    reply.status = status;
    reply.body = text.toUtf8();
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return reply;
}

} // namespace

void DemoDiscovery::addRoutes(DemoRouter& router)
{
    struct Root
    {
        QString service;
        QString path;
        QString file;
        int status;
    };
    // The statuses the real roots answer with: Cinder and Glance say 300 Multiple Choices.
    const QList<Root> roots{
        {QStringLiteral("compute"), QString(), QStringLiteral("versions-nova.json"), 200},
        {QStringLiteral("compute"), QStringLiteral("v2.1"), QStringLiteral("versions-nova-v2.1.json"), 200},
        {QStringLiteral("network"), QString(), QStringLiteral("versions-neutron.json"), 200},
        {QStringLiteral("volume"), QString(), QStringLiteral("versions-cinder.json"), 300},
        {QStringLiteral("volume"), QStringLiteral("v3"), QStringLiteral("versions-cinder.json"), 200},
        {QStringLiteral("image"), QString(), QStringLiteral("versions-glance.json"), 300},
        {QStringLiteral("image"), QStringLiteral("versions"), QStringLiteral("versions-glance.json"), 200},
        {QStringLiteral("dns"), QString(), QStringLiteral("versions-designate.json"), 200},
        {QStringLiteral("orchestration"), QString(), QStringLiteral("versions-heat.json"), 300}};
    for (const Root& root : roots) {
        const QString file = root.file;
        const int status = root.status;
        router.add(
            root.service, "GET", root.path, [file, status](DemoRequest& r) { return document(file, status, r); },
            DemoRouter::Access::Public);
    }
}

} // namespace zenith::demo
