#include "labplanvalidation.h"

#include "labaddresses.h"
#include "labinventory.h"
#include "labtopology.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace zenith {

namespace {

using Field = LabPlanIssue::Field;
using Problem = LabPlanIssue::Problem;

LabPlanIssue issue(Field field, Problem problem, const QString& value = {}, const QString& role = {})
{
    return {.field = field, .problem = problem, .role = role, .value = value, .other = {}};
}

void checkName(const LabPlan& plan, QList<LabPlanIssue>& issues)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9-]*[a-z0-9]$|^[a-z]$"));
    if (plan.name.isEmpty())
        issues.append(issue(Field::Name, Problem::Empty));
    else if (plan.name.size() > LabPlanValidation::kMaxNameLength)
        issues.append(issue(Field::Name, Problem::TooLong, plan.name));
    else if (!valid.match(plan.name).hasMatch() || plan.name.contains(QStringLiteral("--")))
        issues.append(issue(Field::Name, Problem::Invalid, plan.name));
}

void checkCidr(const LabPlan& plan, QList<LabPlanIssue>& issues)
{
    const QString cidr = plan.cidr.trimmed();
    if (cidr.isEmpty()) {
        issues.append(issue(Field::Cidr, Problem::Empty));
        return;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$"));
    const auto [network, prefix] = QHostAddress::parseSubnet(cidr);
    if (!shape.match(cidr).hasMatch() || network.protocol() != QAbstractSocket::IPv4Protocol) {
        issues.append(issue(Field::Cidr, Problem::Invalid, plan.cidr));
        return;
    }
    if (QHostAddress(cidr.section(u'/', 0, 0)).toIPv4Address() != network.toIPv4Address())
        issues.append(issue(Field::Cidr, Problem::HostBitsSet, plan.cidr));
    else if (prefix < 8 || prefix > LabAddresses::kLongestPrefix)
        issues.append(issue(Field::Cidr, Problem::OutOfRange, plan.cidr));
}

void checkMachines(const LabPlan& plan, QList<LabPlanIssue>& issues)
{
    const std::pair<QString, const LabMachine*> machines[] = {{QStringLiteral("lb"), &plan.loadBalancer},
                                                              {QStringLiteral("web"), &plan.web},
                                                              {QStringLiteral("db"), &plan.database},
                                                              {QStringLiteral("ns"), &plan.nameServer}};
    for (const auto& [role, machine] : machines) {
        if (machine->image.trimmed().isEmpty())
            issues.append(issue(Field::Image, Problem::Empty, {}, role));
        if (machine->flavor.trimmed().isEmpty())
            issues.append(issue(Field::Flavor, Problem::Empty, {}, role));
    }
}

// RFC 1123 host names: labels of letters, digits and inner hyphens, at least two labels.
bool isDomainName(QString name)
{
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = name.split(u'.');
    if (labels.size() < 2)
        return false;
    return std::all_of(labels.cbegin(), labels.cend(), [](const QString& l) { return label.match(l).hasMatch(); });
}

bool isEmailAddress(const QString& email)
{
    static const QRegularExpression local(QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$"));
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || email.count(u'@') != 1)
        return false;
    const QString user = email.left(at);
    return local.match(user).hasMatch() && !user.startsWith(u'.') && !user.endsWith(u'.') &&
           isDomainName(email.mid(at + 1)) && !email.endsWith(u'.');
}

void checkNames(const LabPlan& plan, QList<LabPlanIssue>& issues)
{
    if (plan.publicNetwork.trimmed().isEmpty())
        issues.append(issue(Field::PublicNetwork, Problem::Empty));
    if (plan.keypair.trimmed().isEmpty())
        issues.append(issue(Field::Keypair, Problem::Empty));
    if (plan.dnsProvider != LabDnsProvider::None || !plan.tlsEmail.isEmpty()) {
        // Records need a name to put them under; so does certbot's certificate.
        if (plan.domain.trimmed().isEmpty())
            issues.append(issue(Field::Domain, Problem::Empty));
        else if (!isDomainName(plan.domain))
            issues.append(issue(Field::Domain, Problem::Invalid, plan.domain));
    } else if (!plan.domain.isEmpty() && !isDomainName(plan.domain)) {
        issues.append(issue(Field::Domain, Problem::Invalid, plan.domain));
    }
    if (!plan.tlsEmail.isEmpty() && !isEmailAddress(plan.tlsEmail))
        issues.append(issue(Field::TlsEmail, Problem::Invalid, plan.tlsEmail));
    if (plan.internalZone.isEmpty())
        issues.append(issue(Field::InternalZone, Problem::Empty));
    else if (!isDomainName(plan.internalZone))
        issues.append(issue(Field::InternalZone, Problem::Invalid, plan.internalZone));
}

quint32 sizeOf(int prefix)
{
    return prefix == 0 ? 0 : quint32(1) << (32 - prefix);
}

bool overlaps(const QString& a, const QString& b)
{
    const auto [na, pa] = QHostAddress::parseSubnet(a);
    const auto [nb, pb] = QHostAddress::parseSubnet(b);
    if (na.protocol() != QAbstractSocket::IPv4Protocol || nb.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint64 startA = na.toIPv4Address();
    const quint64 startB = nb.toIPv4Address();
    const quint64 endA = pa == 0 ? 0xFFFFFFFFull : startA + sizeOf(pa) - 1;
    const quint64 endB = pb == 0 ? 0xFFFFFFFFull : startB + sizeOf(pb) - 1;
    return startA <= endB && startB <= endA;
}

template <typename T> const T* byName(const QList<T>& items, const QString& name)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&name](const T& item) { return item.name == name; });
    return it == items.cend() ? nullptr : &*it;
}

// A resource of the lab's name that is not tagged as the lab's: creating ours would make two of a
// name (Neutron allows it, a student reading the list would not know which is which).
template <typename T>
void checkTaken(const QList<T>& items, const QString& name, const QString& kind, const QString& tag,
                QList<LabPlanIssue>& issues)
{
    for (const T& item : items) {
        if (item.name == name && !LabCloudState::isTagged(item.tags, tag)) {
            issues.append({.field = Field::ResourceName,
                           .problem = Problem::Conflicts,
                           .role = {},
                           .value = name,
                           .other = kind});
            return;
        }
    }
}

void checkTakenNames(const LabTopology& t, const LabCloudState& cloud, QList<LabPlanIssue>& issues)
{
    const QString tag = t.plan.tag();
    checkTaken(cloud.networks, t.networkName, QStringLiteral("network"), tag, issues);
    checkTaken(cloud.subnets, t.subnetName, QStringLiteral("subnet"), tag, issues);
    for (const LabSecurityGroup& group : t.securityGroups)
        checkTaken(cloud.securityGroups, group.name, QStringLiteral("security-group"), tag, issues);
    for (const LabPort& port : t.ports)
        checkTaken(cloud.ports, port.name, QStringLiteral("port"), tag, issues);
    for (const LabServer& server : t.servers)
        checkTaken(cloud.servers, server.name, QStringLiteral("server"), tag, issues);
    for (const Volume& volume : cloud.volumes) {
        if (volume.name == t.volumeName && !LabCloudState::isTaggedVolume(volume, tag)) {
            issues.append({.field = Field::ResourceName,
                           .problem = Problem::Conflicts,
                           .role = {},
                           .value = t.volumeName,
                           .other = QStringLiteral("volume")});
            break;
        }
    }
}

} // namespace

QList<LabPlanIssue> LabPlanValidation::validate(const LabPlan& plan)
{
    QList<LabPlanIssue> issues;
    checkName(plan, issues);
    checkCidr(plan, issues);
    if (plan.webCount < 1 || plan.webCount > LabAddresses::kMaxWebServers)
        issues.append(issue(Field::WebCount, Problem::OutOfRange, QString::number(plan.webCount)));
    if (plan.databaseVolumeGb < 1 || plan.databaseVolumeGb > kMaxVolumeGb)
        issues.append(issue(Field::VolumeSize, Problem::OutOfRange, QString::number(plan.databaseVolumeGb)));
    checkMachines(plan, issues);
    checkNames(plan, issues);
    return issues;
}

QList<LabPlanIssue> LabPlanValidation::conflicts(const LabPlan& plan, const LabCloudState& cloud)
{
    QList<LabPlanIssue> issues;
    const QString tag = plan.tag();
    const std::optional<LabTopology> topology = LabTopology::of(plan);
    if (topology) {
        const QString cidr = topology->addresses.network + u'/' + QString::number(topology->addresses.prefixLength);
        for (const Subnet& subnet : cloud.subnets) {
            if (subnet.ipVersion == 4 && !LabCloudState::isTagged(subnet.tags, tag) && overlaps(cidr, subnet.cidr)) {
                issues.append({.field = Field::Cidr,
                               .problem = Problem::Overlaps,
                               .role = {},
                               .value = subnet.cidr,
                               .other = subnet.name});
            }
        }
        if (!cloud.stacks.isEmpty()) {
            // The stack's security groups carry no tag: they are the lab's, not names taken by others.
            issues.append(issue(Field::Name, Problem::DeployedWithHeat, cloud.stacks.constFirst().name));
        } else {
            checkTakenNames(*topology, cloud, issues);
        }
    }
    if (!plan.publicNetwork.isEmpty()) {
        const Network* network = byName(cloud.networks, plan.publicNetwork);
        if (!network)
            issues.append(issue(Field::PublicNetwork, Problem::NotFound, plan.publicNetwork));
        else if (!network->routerExternal)
            issues.append(issue(Field::PublicNetwork, Problem::NotExternal, plan.publicNetwork));
    }
    // Designate's records go into an existing zone; without one the deploy would fail at its last step.
    if (plan.dnsProvider == LabDnsProvider::Designate && cloud.zonesRead && cloud.zoneId.isEmpty())
        issues.append(issue(Field::Domain, Problem::NotFound, plan.domain));
    if (!plan.keypair.isEmpty() && !std::any_of(cloud.keypairs.cbegin(), cloud.keypairs.cend(),
                                                [&plan](const Keypair& k) { return k.name == plan.keypair; }))
        issues.append(issue(Field::Keypair, Problem::NotFound, plan.keypair));

    const std::pair<QString, const LabMachine*> machines[] = {{QStringLiteral("lb"), &plan.loadBalancer},
                                                              {QStringLiteral("web"), &plan.web},
                                                              {QStringLiteral("db"), &plan.database},
                                                              {QStringLiteral("ns"), &plan.nameServer}};
    for (const auto& [role, machine] : machines) {
        if (!cloud.imageNames.isEmpty() && !machine->image.isEmpty() && !cloud.imageNames.contains(machine->image))
            issues.append(issue(Field::Image, Problem::NotFound, machine->image, role));
        if (!cloud.flavors.isEmpty() && !machine->flavor.isEmpty() && !byName(cloud.flavors, machine->flavor))
            issues.append(issue(Field::Flavor, Problem::NotFound, machine->flavor, role));
    }
    return issues;
}

QList<LabPlanIssue> LabPlanValidation::heatConflicts(const LabPlan& plan, const LabCloudState& cloud)
{
    const std::optional<LabTopology> topology = LabTopology::of(plan);
    if (!topology || !cloud.stacks.isEmpty())
        return {};
    const LabInventory existing = LabInventory::of(cloud, *topology);
    if (existing.ids.isEmpty() && existing.strays.isEmpty())
        return {};
    return {issue(Field::Name, Problem::Deployed, plan.name)};
}

} // namespace zenith
