#pragma once

#include "labcloudstate.h"
#include "labtopology.h"

namespace zenith {

//! The cloud's view of the lab, for the verifier's checks: each planned resource found by name
//! (a tagged one preferred when names repeat), so that every check reads the same resolution.
class LabResolvedState
{
public:
    //! Finds every planned resource of `topology` in `cloud`; both must outlive this object.
    LabResolvedState(const LabTopology& topology, const LabCloudState& cloud)
        : t(topology)
        , c(cloud)
    {
        const QString tag = t.plan.tag();
        network = pick(c.networks, t.networkName, tag);
        subnet = pick(c.subnets, t.subnetName, tag);
        for (const Network& n : c.networks) {
            if (n.name == t.plan.publicNetwork && (!publicNetwork || n.routerExternal))
                publicNetwork = &n;
        }
    }

    //! The item named `name`, the one carrying `tag` first.
    template <typename T> static const T* pick(const QList<T>& items, const QString& name, const QString& tag)
    {
        const T* found = nullptr;
        for (const T& item : items) {
            if (item.name != name)
                continue;
            if (LabCloudState::isTagged(item.tags, tag))
                return &item;
            if (!found)
                found = &item;
        }
        return found;
    }

    //! The server, port or group of a planned key ("web1", "lb-private", "db"), or nullptr.
    const Server* server(const QString& key) const
    {
        const LabServer* s = t.server(key);
        return s ? pick(c.servers, s->name, t.plan.tag()) : nullptr;
    }
    const Port* port(const QString& key) const
    {
        const LabPort* p = t.port(key);
        return p ? pick(c.ports, p->name, t.plan.tag()) : nullptr;
    }
    const SecurityGroup* group(const QString& key) const
    {
        const LabSecurityGroup* g = t.securityGroup(key);
        return g ? pick(c.securityGroups, g->name, t.plan.tag()) : nullptr;
    }
    QString groupId(const QString& key) const
    {
        const SecurityGroup* g = group(key);
        return g ? g->id : QString();
    }

    const LabTopology& t; // NOLINT: a short-lived view, read by the check functions

    const LabCloudState& c;
    const Network* network = nullptr;
    const Subnet* subnet = nullptr;
    const Network* publicNetwork = nullptr;
};

} // namespace zenith
