#include "demoovh.h"

#include <QDateTime>

namespace zenith::demo {

DemoOvh::DemoOvh(DemoEnv& env)
    : DemoService(env)
    , m_auth(env)
    , m_zones(env)
{}

QString DemoOvh::zoneName()
{
    return QStringLiteral("zenith-lab.example");
}

void DemoOvh::seed()
{
    m_zones.seedZone(zoneName());
}

void DemoOvh::addRoutes(DemoRouter& router)
{
    const QString ovh = QStringLiteral("ovh");
    const QString zones = QStringLiteral("1.0/domain/zone");
    const QString zone = QStringLiteral("1.0/domain/zone/{zone}");
    const QString records = QStringLiteral("1.0/domain/zone/{zone}/record");
    const QString record = QStringLiteral("1.0/domain/zone/{zone}/record/{id}");
    // Every route is public to the pipeline's Keystone check: OVHcloud's own check runs instead.
    const auto signedCall = [this](DemoReply (DemoOvhZones::*handler)(DemoRequest&)) -> DemoHandler {
        return [this, handler](DemoRequest& request) {
            if (auto refused = m_auth.refuse(request))
                return *refused;
            return (m_zones.*handler)(request);
        };
    };
    const auto add = [&](const QByteArray& method, const QString& pattern, const DemoHandler& handler) {
        router.add(ovh, method, pattern, handler, DemoRouter::Access::Public);
    };
    add("GET", QStringLiteral("1.0/auth/time"), [](DemoRequest&) {
        DemoReply reply;
        reply.body = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        return reply;
    });
    add("GET", zones, signedCall(&DemoOvhZones::listZones));
    add("GET", zone, signedCall(&DemoOvhZones::showZone));
    add("POST", zone + QStringLiteral("/refresh"), signedCall(&DemoOvhZones::refresh));
    add("GET", records, signedCall(&DemoOvhZones::listRecords));
    add("POST", records, signedCall(&DemoOvhZones::createRecord));
    add("GET", record, signedCall(&DemoOvhZones::showRecord));
    add("PUT", record, signedCall(&DemoOvhZones::updateRecord));
    add("DELETE", record, signedCall(&DemoOvhZones::deleteRecord));
}

} // namespace zenith::demo
