#include "labquotaline.h"

namespace zenith {

namespace {

using Resource = LabQuotaLine::Resource;

LabQuotaLine line(Resource resource, int needed)
{
    return {.resource = resource, .needed = needed, .used = 0, .limit = -1};
}

const Flavor* flavorNamed(const QList<Flavor>& flavors, const QString& name)
{
    const auto it = std::find_if(flavors.cbegin(), flavors.cend(),
                                 [&name](const Flavor& f) { return f.name == name || f.id == name; });
    return it == flavors.cend() ? nullptr : &*it;
}

} // namespace

QString LabQuotaLine::resourceName(Resource resource)
{
    switch (resource) {
    case Resource::Instances: return QStringLiteral("Instances");
    case Resource::Cores: return QStringLiteral("Cores");
    case Resource::Ram: return QStringLiteral("Ram");
    case Resource::Volumes: return QStringLiteral("Volumes");
    case Resource::Gigabytes: return QStringLiteral("Gigabytes");
    case Resource::Networks: return QStringLiteral("Networks");
    case Resource::Subnets: return QStringLiteral("Subnets");
    case Resource::Ports: return QStringLiteral("Ports");
    case Resource::SecurityGroups: return QStringLiteral("SecurityGroups");
    case Resource::SecurityGroupRules: return QStringLiteral("SecurityGroupRules");
    case Resource::ServerGroups: return QStringLiteral("ServerGroups");
    }
    return {};
}

QList<LabQuotaLine> LabQuotaLine::needs(const LabTopology& topology, const QList<Flavor>& flavors)
{
    int cores = 0;
    qint64 ram = 0;
    for (const LabServer& server : topology.servers) {
        if (const Flavor* flavor = flavorNamed(flavors, server.machine.flavor)) {
            cores += flavor->vcpus;
            ram += flavor->ram;
        }
    }
    int rules = 0;
    for (const LabSecurityGroup& group : topology.securityGroups)
        rules += int(group.rules.size()) + 2; // Neutron gives every new group an IPv4 and an IPv6 egress rule
    return {line(Resource::Instances, int(topology.servers.size())), line(Resource::Cores, cores),
            line(Resource::Ram, int(ram)), line(Resource::Volumes, 1),
            line(Resource::Gigabytes, topology.plan.databaseVolumeGb), line(Resource::Networks, 1),
            line(Resource::Subnets, 1),
            // The subnet's DHCP port belongs to the project and counts too.
            line(Resource::Ports, int(topology.ports.size()) + 1),
            line(Resource::SecurityGroups, int(topology.securityGroups.size())),
            line(Resource::SecurityGroupRules, rules), line(Resource::ServerGroups, 1)};
}

QList<LabQuotaLine> LabQuotaLine::of(const LabTopology& topology, const QList<Flavor>& flavors,
                                     const ComputeLimits& compute, const NetworkQuota& network,
                                     const VolumeLimits& volume)
{
    QList<LabQuotaLine> lines;
    for (LabQuotaLine l : needs(topology, flavors)) {
        const auto set = [&l](qint64 used, qint64 limit) {
            l.used = int(used);
            l.limit = limit < 0 ? -1 : int(limit);
        };
        switch (l.resource) {
        case Resource::Instances: set(compute.totalInstancesUsed, compute.maxTotalInstances); break;
        case Resource::Cores: set(compute.totalCoresUsed, compute.maxTotalCores); break;
        case Resource::Ram: set(compute.totalRAMUsed, compute.maxTotalRAMSize); break;
        case Resource::Volumes: set(volume.totalVolumesUsed, volume.maxTotalVolumes); break;
        case Resource::Gigabytes: set(volume.totalGigabytesUsed, volume.maxTotalVolumeGigabytes); break;
        case Resource::Networks: set(network.networks.used, network.networks.limit); break;
        case Resource::Subnets: set(network.subnets.used, network.subnets.limit); break;
        case Resource::Ports: set(network.ports.used, network.ports.limit); break;
        case Resource::SecurityGroups: set(network.securityGroups.used, network.securityGroups.limit); break;
        case Resource::SecurityGroupRules:
            set(network.securityGroupRules.used, network.securityGroupRules.limit);
            break;
        case Resource::ServerGroups:
            if (!compute.maxServerGroups)
                continue;
            set(compute.totalServerGroupsUsed.value_or(0), *compute.maxServerGroups);
            break;
        }
        lines.append(l);
    }
    return lines;
}

QList<LabQuotaLine> LabQuotaLine::lessExisting(QList<LabQuotaLine> lines, const LabTopology& topology,
                                               const QMap<QString, QString>& existing, const QList<Flavor>& flavors)
{
    QMap<Resource, qint64> has;
    for (const LabServer& server : topology.servers) {
        if (!existing.contains(QStringLiteral("server:") + server.key))
            continue;
        ++has[Resource::Instances];
        if (const Flavor* flavor = flavorNamed(flavors, server.machine.flavor)) {
            has[Resource::Cores] += flavor->vcpus;
            has[Resource::Ram] += flavor->ram;
        }
    }
    if (existing.contains(QStringLiteral("volume"))) {
        has[Resource::Volumes] = 1;
        has[Resource::Gigabytes] = topology.plan.databaseVolumeGb;
    }
    has[Resource::Networks] = existing.contains(QStringLiteral("network")) ? 1 : 0;
    has[Resource::Subnets] = existing.contains(QStringLiteral("subnet")) ? 1 : 0;
    has[Resource::Ports] = has[Resource::Subnets]; // the subnet's DHCP port came with it
    for (const LabPort& port : topology.ports)
        has[Resource::Ports] += existing.contains(QStringLiteral("port:") + port.key) ? 1 : 0;
    for (const LabSecurityGroup& group : topology.securityGroups) {
        if (!existing.contains(QStringLiteral("group:") + group.key))
            continue;
        ++has[Resource::SecurityGroups];
        has[Resource::SecurityGroupRules] += 2; // its default egress rules
        for (qsizetype i = 0; i < group.rules.size(); ++i)
            has[Resource::SecurityGroupRules] += existing.contains(QStringLiteral("rule:%1:%2").arg(group.key).arg(i));
    }
    has[Resource::ServerGroups] = existing.contains(QStringLiteral("server-group")) ? 1 : 0;
    for (LabQuotaLine& line : lines)
        line.needed = int(std::max<qint64>(0, line.needed - has.value(line.resource)));
    return lines;
}

} // namespace zenith
