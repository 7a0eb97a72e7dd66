#pragma once

#include "compute/flavor.h"
#include "compute/keypair.h"
#include "compute/server.h"
#include "compute/servergroup.h"
#include "dns/recordset.h"
#include "network/network.h"
#include "network/port.h"
#include "network/securitygroup.h"
#include "network/subnet.h"
#include "orchestration/stack.h"
#include "volume/volume.h"
#include "volume/volumesnapshot.h"

#include <QList>
#include <QMap>
#include <QString>

namespace zenith {

//! What the project holds, as listed in one go (one list call per collection, in parallel):
//! the input of LabPlanValidation::conflicts() and of the verifier's pure checks.
struct LabCloudState
{
    QList<Network> networks; //!< the project's and the shared/external ones (the public network among them)
    QList<Subnet> subnets;
    QList<Port> ports;
    QList<SecurityGroup> securityGroups; //!< with their rules
    QList<Server> servers;
    QList<ServerGroup> serverGroups;
    QList<Volume> volumes;
    QList<Keypair> keypairs;
    QList<Flavor> flavors;
    QStringList imageNames;   //!< images the project can boot (empty: not listed)
    QList<RecordSet> records; //!< the lab's domain's A records (empty without a DNS provider)
    QString zoneId;           //!< the zone holding the lab's domain (empty: none found, or not read)
    bool zonesRead = false;   //!< Designate's zones were listed: an empty zoneId then means no zone holds the domain
    //! The records of a provider other than Designate were read (OVHcloud, with its keys: LabVerifier).
    bool providerRecordsRead = false;
    QList<VolumeSnapshot> snapshots; //!< the project's volume snapshots (only when asked: teardown)
    QMap<QString, QString> consoles; //!< server id -> the tail of its console log (the readiness markers)
    //! The lab's Heat stack ("<lab>-stack") unless deleted (only when asked: the plan's conflicts;
    //! empty on a cloud without Heat).
    QList<Stack> stacks;

    //! True when `tags` (Neutron or Nova tags) hold the lab's tag ("zenith-lab:<name>").
    static bool isTagged(const QStringList& tags, const QString& tag);
    //! True when a Cinder volume's metadata carries the lab's tag (as a key, a value, or
    //! "zenith-lab": "<name>").
    static bool isTaggedVolume(const Volume& volume, const QString& tag);
};

} // namespace zenith
