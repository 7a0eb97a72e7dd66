#include "labplanfile.h"

#include "config/yamlreader.h"

#include <QFile>

#include <functional>

namespace zenith {

namespace {

using Problem = LabPlanFileError::Problem;

// Reads one mapping, key by key, into a plan; the first problem wins and names its line and key.
class PlanReader
{
public:
    explicit PlanReader(QString file)
        : m_file(std::move(file))
    {}

    std::optional<LabPlanFileError> error;

    void fail(Problem problem, const YamlNode& node, const QString& key, const QString& detail = {})
    {
        if (!error)
            error = LabPlanFileError{.problem = problem,
                                     .file = m_file,
                                     .line = node.line(),
                                     .key = key,
                                     .value = node.isScalar() ? node.text() : QString(),
                                     .detail = detail};
    }

    void text(const YamlNode& node, const QString& key, QString& out)
    {
        if (!node.isScalar())
            fail(Problem::WrongType, node, key, QStringLiteral("string"));
        else
            out = node.text().trimmed();
    }

    void integer(const YamlNode& node, const QString& key, int& out)
    {
        if (node.type() != YamlNode::Type::Integer)
            fail(Problem::WrongType, node, key, QStringLiteral("integer"));
        else
            out = int(node.value().toLongLong());
    }

    void boolean(const YamlNode& node, const QString& key, bool& out)
    {
        if (node.type() != YamlNode::Type::Boolean)
            fail(Problem::WrongType, node, key, QStringLiteral("boolean"));
        else
            out = node.value().toBool();
    }

    template <typename E>
    void choice(const YamlNode& node, const QString& key, const QList<std::pair<QString, E>>& values, E& out)
    {
        QStringList names;
        for (const auto& [name, value] : values) {
            if (node.isScalar() && node.text() == name) {
                out = value;
                return;
            }
            names.append(name);
        }
        fail(node.isScalar() ? Problem::BadValue : Problem::WrongType, node, key, names.join(u'|'));
    }

    using Handler = std::function<void(const YamlNode&, const QString&)>;
    void mapping(const YamlNode& node, const QString& prefix, const QMap<QString, Handler>& handlers)
    {
        if (!node.isMapping()) {
            fail(Problem::NotMapping, node, prefix);
            return;
        }
        for (qsizetype i = 0; i < node.size() && !error; ++i) {
            const QString& key = node.keys().at(i);
            const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
            const auto handler = handlers.constFind(key);
            if (handler == handlers.cend())
                fail(Problem::UnknownKey, node.children().at(size_t(i)), path);
            else
                (*handler)(node.children().at(size_t(i)), path);
        }
    }

    void machine(const YamlNode& node, const QString& path, LabMachine& out)
    {
        mapping(node, path,
                {{QStringLiteral("image"), [&](const YamlNode& n, const QString& k) { text(n, k, out.image); }},
                 {QStringLiteral("flavor"), [&](const YamlNode& n, const QString& k) { text(n, k, out.flavor); }}});
    }

private:
    QString m_file;
};

const QList<std::pair<QString, LabDnsProvider>> kProviders{{QStringLiteral("none"), LabDnsProvider::None},
                                                           {QStringLiteral("designate"), LabDnsProvider::Designate},
                                                           {QStringLiteral("ovh"), LabDnsProvider::Ovh}};
const QList<std::pair<QString, LabServerGroupPolicy>> kPolicies{
    {QStringLiteral("soft-anti-affinity"), LabServerGroupPolicy::SoftAntiAffinity},
    {QStringLiteral("anti-affinity"), LabServerGroupPolicy::AntiAffinity}};
const QList<std::pair<QString, LabGatewaySpoofing>> kSpoofing{
    {QStringLiteral("allowed-address-pair"), LabGatewaySpoofing::AllowedAddressPair},
    {QStringLiteral("port-security-off"), LabGatewaySpoofing::PortSecurityOff}};

template <typename E> QString nameOf(const QList<std::pair<QString, E>>& values, E value)
{
    for (const auto& [name, v] : values) {
        if (v == value)
            return name;
    }
    return {};
}

} // namespace

Result<LabPlan, LabPlanFileError> LabPlanFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return LabPlanFileError{.problem = Problem::Unreadable,
                                .file = path,
                                .line = 0,
                                .key = {},
                                .value = {},
                                .detail = file.errorString()};
    return parse(file.readAll(), path);
}

Result<LabPlan, LabPlanFileError> LabPlanFile::parse(const QByteArray& data, const QString& fileName)
{
    const Result<YamlNode, ConfigError> yaml = YamlReader::parse(data, fileName);
    if (!yaml)
        return LabPlanFileError{.problem = Problem::Syntax,
                                .file = fileName,
                                .line = yaml.error().line,
                                .key = {},
                                .value = {},
                                .detail = yaml.error().message};
    LabPlan plan;
    LabMachine defaults;
    QMap<QString, LabMachine> machines;
    PlanReader r(fileName);
    using H = PlanReader::Handler;
    const auto text = [&r](QString& out) -> H {
        return [&r, &out](const YamlNode& n, const QString& k) { r.text(n, k, out); };
    };
    const auto machineOf = [&r, &machines](const QString& role) -> H {
        return [&r, &machines, role](const YamlNode& n, const QString& k) { r.machine(n, k, machines[role]); };
    };
    r.mapping(yaml.value(), {},
              {{QStringLiteral("name"), text(plan.name)},
               {QStringLiteral("cloud"), text(plan.cloud)},
               {QStringLiteral("region"), text(plan.region)},
               {QStringLiteral("cidr"), text(plan.cidr)},
               {QStringLiteral("public_network"), text(plan.publicNetwork)},
               {QStringLiteral("keypair"), text(plan.keypair)},
               {QStringLiteral("image"), text(defaults.image)},
               {QStringLiteral("flavor"), text(defaults.flavor)},
               {QStringLiteral("machines"),
                [&](const YamlNode& n, const QString& k) {
                    r.mapping(n, k,
                              {{QStringLiteral("lb"), machineOf(QStringLiteral("lb"))},
                               {QStringLiteral("web"), machineOf(QStringLiteral("web"))},
                               {QStringLiteral("db"), machineOf(QStringLiteral("db"))},
                               {QStringLiteral("ns"), machineOf(QStringLiteral("ns"))}});
                }},
               {QStringLiteral("web_count"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.integer(n, k, plan.webCount); }},
               {QStringLiteral("database_volume_gb"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.integer(n, k, plan.databaseVolumeGb); }},
               {QStringLiteral("web_policy"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.choice(n, k, kPolicies, plan.webPolicy); }},
               {QStringLiteral("gateway_spoofing"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.choice(n, k, kSpoofing, plan.gatewaySpoofing); }},
               {QStringLiteral("internal_zone"), text(plan.internalZone)},
               {QStringLiteral("domain"), text(plan.domain)},
               {QStringLiteral("dns_provider"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.choice(n, k, kProviders, plan.dnsProvider); }},
               {QStringLiteral("tls_email"), text(plan.tlsEmail)},
               {QStringLiteral("tls_staging"),
                [&r, &plan](const YamlNode& n, const QString& k) { r.boolean(n, k, plan.tlsStaging); }}});
    if (r.error)
        return *r.error;
    // Each role takes the file's own machine, then the top-level image and flavor for what it leaves out.
    const std::pair<QString, LabMachine*> roles[] = {{QStringLiteral("lb"), &plan.loadBalancer},
                                                     {QStringLiteral("web"), &plan.web},
                                                     {QStringLiteral("db"), &plan.database},
                                                     {QStringLiteral("ns"), &plan.nameServer}};
    for (const auto& [role, machine] : roles) {
        const LabMachine own = machines.value(role);
        machine->image = own.image.isEmpty() ? defaults.image : own.image;
        machine->flavor = own.flavor.isEmpty() ? defaults.flavor : own.flavor;
    }
    return plan;
}

namespace {

// Plain scalars where YAML reads them back as the same string; double quotes otherwise.
QString scalar(const QString& text)
{
    static const QStringList special{QStringLiteral("null"), QStringLiteral("true"), QStringLiteral("false"),
                                     QStringLiteral("~"),    QStringLiteral("yes"),  QStringLiteral("no")};
    bool number = false;
    text.toDouble(&number);
    const bool plain =
        !text.isEmpty() && !number && !special.contains(text.toLower()) &&
        std::all_of(text.cbegin(), text.cend(),
                    [](QChar c) {
                        return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_' || c == u'/' || c == u'@';
                    }) &&
        !text.startsWith(u'-');
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray LabPlanFile::write(const LabPlan& plan)
{
    QString out;
    const auto line = [&out](const QString& key, const QString& value) {
        out += key + QStringLiteral(": ") + value + u'\n';
    };
    out +=
        QStringLiteral("# A Zenith lab plan: zenith lab plan|deploy|verify|teardown --cloud NAME --config lab.yaml\n");
    line(QStringLiteral("name"), scalar(plan.name));
    if (!plan.cloud.isEmpty())
        line(QStringLiteral("cloud"), scalar(plan.cloud));
    if (!plan.region.isEmpty())
        line(QStringLiteral("region"), scalar(plan.region));
    line(QStringLiteral("cidr"), scalar(plan.cidr));
    line(QStringLiteral("public_network"), scalar(plan.publicNetwork));
    line(QStringLiteral("keypair"), scalar(plan.keypair));
    out += QStringLiteral("machines:\n");
    const std::pair<QString, const LabMachine*> roles[] = {{QStringLiteral("lb"), &plan.loadBalancer},
                                                           {QStringLiteral("web"), &plan.web},
                                                           {QStringLiteral("db"), &plan.database},
                                                           {QStringLiteral("ns"), &plan.nameServer}};
    for (const auto& [role, machine] : roles) {
        out += QStringLiteral("  ") + role + QStringLiteral(":\n");
        out += QStringLiteral("    image: ") + scalar(machine->image) + u'\n';
        out += QStringLiteral("    flavor: ") + scalar(machine->flavor) + u'\n';
    }
    line(QStringLiteral("web_count"), QString::number(plan.webCount));
    line(QStringLiteral("database_volume_gb"), QString::number(plan.databaseVolumeGb));
    line(QStringLiteral("web_policy"), nameOf(kPolicies, plan.webPolicy));
    line(QStringLiteral("gateway_spoofing"), nameOf(kSpoofing, plan.gatewaySpoofing));
    line(QStringLiteral("internal_zone"), scalar(plan.internalZone));
    line(QStringLiteral("dns_provider"), nameOf(kProviders, plan.dnsProvider));
    line(QStringLiteral("domain"), scalar(plan.domain));
    line(QStringLiteral("tls_email"), scalar(plan.tlsEmail));
    line(QStringLiteral("tls_staging"), plan.tlsStaging ? QStringLiteral("true") : QStringLiteral("false"));
    return out.toUtf8();
}

} // namespace zenith
