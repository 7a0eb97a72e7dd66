#pragma once

#include "labcloudstate.h"
#include "labtopology.h"

#include "core/result.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

namespace zenith {

class Session;

//! What of a lab already exists on the cloud, found by its tag (Neutron and Nova tags, the
//! volume's metadata, the records' description; the server group, which takes none, by name),
//! keyed by the ids of LabPlanner's steps. Read by LabCloudReader (lab only: one list call per
//! collection, all in parallel, filtered by tag on the server side).
struct LabInventory
{
    QMap<QString, QString> ids;          //!< step id → id of the resource that exists ("port:db" → port id)
    QMap<QString, QString> serverStatus; //!< server key → Nova status of the existing server
    QString publicIp;                    //!< the address of the gateway's public port, when it exists
    QString zoneId;                      //!< the zone of the records (empty: none, or no records planned)
    //! Resources carrying the tag that no step of this topology names (a lab shrunk since it was
    //! deployed, say): teardown step id ("port:lab-web3") → resource id.
    QMap<QString, QString> strays;
    //! The snapshots of the database volume that carry the lab's tag (LabDatabaseSnapshot): Cinder refuses
    //! to delete a volume that has snapshots, so teardown deletes them first. Snapshot id → name.
    QMap<QString, QString> snapshots;
    int apiCalls = 0; //!< the list calls it took

    //! The lab's resources among what `state` holds (a lab-only read, or the whole project's).
    static LabInventory of(const LabCloudState& state, const LabTopology& topology);
    //! Lists the lab's resources on `session` and calls `done` on `context` with what exists;
    //! `withSnapshots` lists the database's snapshots too (teardown needs them, a deployment does not).
    static void read(Session& session, const LabTopology& topology, QObject* context,
                     std::function<void(const Result<LabInventory>&)> done, bool withSnapshots = false);
};

} // namespace zenith
