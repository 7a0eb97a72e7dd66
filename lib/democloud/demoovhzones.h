#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! OVHcloud's DNS zones and their records (GET/POST/PUT/DELETE /1.0/domain/zone/...). Zones live
//! in DemoState "ovh/zones" (id: the zone's name), records in "ovh/records" in the API's shape,
//! their numeric id kept as a string there. Record changes are saved at once and reach the
//! name servers on POST .../refresh, which sets the zone's lastUpdate.
class DemoOvhZones
{
public:
    explicit DemoOvhZones(DemoEnv& env)
        : m_env(env)
    {}

    //! A zone with its NS records and an SPF record, as OVHcloud makes a new one.
    void seedZone(const QString& name);

    DemoReply listZones(DemoRequest& request);
    DemoReply showZone(DemoRequest& request);
    DemoReply refresh(DemoRequest& request);
    DemoReply listRecords(DemoRequest& request);
    DemoReply createRecord(DemoRequest& request);
    DemoReply showRecord(DemoRequest& request);
    DemoReply updateRecord(DemoRequest& request);
    DemoReply deleteRecord(DemoRequest& request);

    static QString zones() { return QStringLiteral("ovh/zones"); }
    static QString records() { return QStringLiteral("ovh/records"); }

private:
    //! The record of the request's zone and id, or nullptr.
    QJsonObject* findRecord(const DemoRequest& request);
    QJsonObject addRecord(const QString& zone, const QString& subDomain, const QString& fieldType,
                          const QString& target, int ttl);
    static QJsonObject view(const QJsonObject& stored);

    DemoEnv& m_env;
};

} // namespace zenith::demo
