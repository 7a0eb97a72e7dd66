#pragma once

#include "demodesignatelifecycle.h"

#include <optional>

namespace zenith::demo {

//! Designate's record sets API (v2/zones/{zone_id}/recordsets): create, list, show, PUT and
//! delete, with the per-type record validation of designate/objects/rrdata_*.py and the placement
//! rules of its central service (inside the zone, CNAME alone at its name, one set per name and type).
class DemoDesignateRecordSets
{
public:
    DemoDesignateRecordSets(DemoEnv& env, DemoDesignateLifecycle& lifecycle)
        : m_env(env)
        , m_lifecycle(lifecycle)
    {}

    //! POST: 202 PENDING/CREATE; the zone's serial goes up.
    DemoReply create(const DemoRequest& request);
    //! GET: the zone's record sets (SOA and NS included), filtered and paged.
    DemoReply list(const DemoRequest& request);
    //! GET .../recordsets/{recordset_id}.
    DemoReply show(const DemoRequest& request);
    //! PUT .../recordsets/{recordset_id}: records, ttl (null: the zone's), description.
    DemoReply update(const DemoRequest& request);
    //! DELETE .../recordsets/{recordset_id}: 202 PENDING/DELETE, then gone.
    DemoReply remove(const DemoRequest& request);

private:
    //! The record set and its zone, as central's get_recordset finds them, or its 404.
    std::optional<DemoReply> find(const DemoRequest& request, QJsonObject* recordSet, QJsonObject* zone) const;
    std::optional<DemoReply> checkBody(const QJsonObject& body, const QJsonObject* existing) const;
    static std::optional<DemoReply> checkRecords(const QString& type, const QJsonValue& records);
    std::optional<DemoReply> checkPlacement(const DemoRequest& request, const QJsonObject& zone,
                                            const QJsonObject& recordSet) const;
    //! Writes the record set, raises the zone's serial when its records changed, and schedules the worker.
    QJsonObject save(const DemoRequest& request, const QJsonObject& zone, QJsonObject recordSet, bool touchZone);

    DemoEnv& m_env;
    DemoDesignateLifecycle& m_lifecycle;
};

} // namespace zenith::demo
