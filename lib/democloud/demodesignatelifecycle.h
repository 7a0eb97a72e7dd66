#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! What Designate's central and worker services do around the API: a zone's SOA and NS record
//! sets, the serial raised (and the SOA rewritten) on every change, and the worker's pass about a
//! cloud second later that makes PENDING zones and record sets ACTIVE, or removes what was deleted.
class DemoDesignateLifecycle
{
public:
    explicit DemoDesignateLifecycle(DemoEnv& env)
        : m_env(env)
    {}

    //! Stores the SOA and NS record sets of a new zone (PENDING/CREATE, like the zone).
    void createZoneRecords(const QString& region, const QJsonObject& zone);
    //! A change to the zone's content: PENDING/UPDATE, the serial raised (to the current second, or
    //! by one), the SOA rewritten; returns the zone as stored.
    QJsonObject touchZone(const QString& region, QJsonObject zone);
    //! Bumps "version" and sets "updated_at", as every write of Designate's storage does.
    static void markWritten(QJsonObject& item);
    //! Schedules the worker's pass over the zone.
    void propagate(const QString& region, const QString& zoneId);
    //! The worker's pass for every zone at once (after a state file was loaded).
    void settleAll();

private:
    void sync(const QString& region, const QString& zoneId);
    static QString soaRecord(const QJsonObject& zone, int refresh);

    DemoEnv& m_env;
};

} // namespace zenith::demo
