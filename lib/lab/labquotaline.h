#pragma once

#include "compute/computelimits.h"
#include "compute/flavor.h"
#include "labtopology.h"
#include "network/networkquota.h"
#include "volume/volumelimits.h"

#include <QList>
#include <QMap>
#include <QString>

namespace zenith {

//! One quota the lab needs against what the project has: the plan page's quota table.
struct LabQuotaLine
{
    enum class Resource {
        Instances,
        Cores,
        Ram, //!< MiB
        Volumes,
        Gigabytes,
        Networks,
        Subnets,
        Ports,
        SecurityGroups,
        SecurityGroupRules,
        ServerGroups,
    };

    Resource resource = Resource::Instances;
    int needed = 0;
    int used = 0;
    int limit = -1; //!< -1: unlimited
    //! True when the lab's resources fit in what is left (unlimited always fits).
    bool fits() const { return limit < 0 || used + needed <= limit; }

    //! Stable, non-translated name ("SecurityGroupRules"), for JSON and logs.
    static QString resourceName(Resource resource);
    //! What the topology needs: `flavors` gives cores and RAM of the plan's flavors by name (a flavor
    //! not found counts 0); Neutron's DHCP port and each group's two default egress rules included.
    static QList<LabQuotaLine> needs(const LabTopology& topology, const QList<Flavor>& flavors);
    //! `needs()` against the project's limits and usage. A server-group quota the cloud does not
    //! report is left out.
    static QList<LabQuotaLine> of(const LabTopology& topology, const QList<Flavor>& flavors,
                                  const ComputeLimits& compute, const NetworkQuota& network,
                                  const VolumeLimits& volume);

    //! `lines` with what the lab already has taken out of `needed` (a resumed deployment creates
    //! only what is missing, and the project's usage counts what exists): `existing` is the lab's
    //! inventory ids ("server:web1", "rule:web:0"…).
    static QList<LabQuotaLine> lessExisting(QList<LabQuotaLine> lines, const LabTopology& topology,
                                            const QMap<QString, QString>& existing, const QList<Flavor>& flavors);

    friend bool operator==(const LabQuotaLine&, const LabQuotaLine&) = default;
};

} // namespace zenith
