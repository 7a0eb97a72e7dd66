#include "labconfigfiles.h"

#include "labtemplate.h"
#include "labuserdata.h"

namespace zenith {

namespace {

using Values = QHash<QString, QString>;

const QString kSecret = QStringLiteral("0600");
const QString kScript = QStringLiteral("0755");
// Public resolvers the name server uses for apt until its own bind9 answers.
const QString kBootstrapResolvers = QStringLiteral("9.9.9.9 1.1.1.1");
// Nova gives a volume's virtio disk the first 20 characters of the volume's id as its serial.
constexpr int kVirtioSerialLength = 20;

QString shellQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString hostPort(const QString& host, int port)
{
    return host + u':' + QString::number(port);
}

QString rangeOf(const LabTopology& t)
{
    return t.addresses.network + u'/' + QString::number(t.addresses.prefixLength);
}

// `name` in /etc/zenith-lab/, rendered from the template `source` (the same name by default).
LabConfigFile file(const QString& name, const Values& values, const QString& permissions = QStringLiteral("0644"),
                   const QString& source = {})
{
    return {.name = name,
            .content = LabTemplate::render(source.isEmpty() ? name : source, values),
            .permissions = permissions};
}

Values with(Values values, const Values& more)
{
    values.insert(more);
    return values;
}

QString domainOf(const LabTopology& t)
{
    return t.plan.domain.endsWith(u'.') ? t.plan.domain.chopped(1) : t.plan.domain;
}

QList<LabConfigFile> loadBalancerFiles(const LabTopology& t, const LabServiceLayout& layout, const Values& base)
{
    QString servers;
    for (const LabServiceLayout::Web& web : layout.web)
        servers += QStringLiteral("    server ") + web.key + u' ' + hostPort(web.address, web.port) +
                   QStringLiteral(" check inter 2s fall 2 rise 2\n");
    servers.chop(1);
    const bool tls = LabConfigFiles::wantsTls(t);
    // HAProxy refuses to start on a certificate file that does not exist yet: the HTTPS bind stays
    // commented out until certbot's deploy hook has written the certificate and uncomments it.
    const QString httpsBind = tls ? QString(QStringLiteral("    #zenith-tls# bind ") + layout.httpsBind +
                                            QStringLiteral(" ssl crt /etc/haproxy/certs/zenith-lab.pem"))
                                  : QString();
    // certbot waits for the domain's records: it runs in the background, after the ready marker.
    const QString tlsStep = tls ? QStringLiteral("step \"tls\" systemd-run --unit=zenith-lab-tls /bin/sh "
                                                 "/etc/zenith-lab/tls.sh")
                                : QString();
    QList<LabConfigFile> files{
        file(QStringLiteral("haproxy.cfg"),
             with(base, {{QStringLiteral("httpBind"), layout.httpBind},
                         {QStringLiteral("httpsBind"), httpsBind},
                         {QStringLiteral("webServers"), servers},
                         {QStringLiteral("acmeAddress"), hostPort(layout.acmeHost, layout.acmePort)}})),
        file(QStringLiteral("nftables.conf"), with(base, {{QStringLiteral("range"), rangeOf(t)}})),
        file(QStringLiteral("sysctl.conf"), base),
        file(QStringLiteral("setup.sh"),
             with(base, {{QStringLiteral("gateway"), t.addresses.gateway}, {QStringLiteral("tlsStep"), tlsStep}}),
             kScript, QStringLiteral("lb-setup.sh"))};
    if (tls) {
        const QString domain = domainOf(t);
        files.append(file(
            QStringLiteral("tls.sh"),
            with(base, {{QStringLiteral("acmeServer"),
                         t.plan.tlsStaging ? QStringLiteral("staging server") : QStringLiteral("production server")},
                        {QStringLiteral("email"), shellQuoted(t.plan.tlsEmail)},
                        {QStringLiteral("stagingOption"), t.plan.tlsStaging ? QStringLiteral("--staging") : QString()},
                        {QStringLiteral("acmeHost"), layout.acmeHost},
                        {QStringLiteral("acmePort"), QString::number(layout.acmePort)},
                        {QStringLiteral("domain"), shellQuoted(domain)},
                        {QStringLiteral("wwwDomain"), shellQuoted(QStringLiteral("www.") + domain)}}),
            kScript));
        files.append(file(QStringLiteral("tls-deploy.sh"), base, kScript));
    }
    return files;
}

QList<LabConfigFile> webFiles(const LabServer& server, const LabServiceLayout& layout, const LabSecrets& secrets,
                              const Values& base)
{
    LabServiceLayout::Web web;
    for (const LabServiceLayout::Web& candidate : layout.web) {
        if (candidate.key == server.key)
            web = candidate;
    }
    return {
        file(QStringLiteral("nginx-site.conf"), with(base, {{QStringLiteral("listen"), hostPort(web.address, web.port)},
                                                            {QStringLiteral("root"), layout.webRoot},
                                                            {QStringLiteral("fpmSocket"), web.fpmSocket}})),
        file(QStringLiteral("php-pool.conf"),
             with(base, {{QStringLiteral("user"), layout.webUser},
                         {QStringLiteral("fpmSocket"), web.fpmSocket},
                         {QStringLiteral("databaseAddress"), layout.databaseAddress},
                         {QStringLiteral("databasePort"), QString::number(layout.databasePort)},
                         {QStringLiteral("databaseName"), LabConfigFiles::databaseName()},
                         {QStringLiteral("databaseUser"), LabConfigFiles::databaseUser()},
                         {QStringLiteral("databasePassword"), secrets.databasePassword}}),
             kSecret),
        file(QStringLiteral("index.php"), {}),
        file(QStringLiteral("setup.sh"), with(base, {{QStringLiteral("root"), layout.webRoot}}), kScript,
             QStringLiteral("web-setup.sh"))};
}

QList<LabConfigFile> databaseFiles(const LabServiceLayout& layout, const LabSecrets& secrets, const QString& volumeId,
                                   const Values& base)
{
    // Only a Cinder id's characters reach the shell script.
    QString serial;
    for (const QChar c : volumeId) {
        if (c.isLetterOrNumber() || c == u'-')
            serial.append(c);
    }
    serial.truncate(kVirtioSerialLength);
    return {
        file(QStringLiteral("mariadb.cnf"), with(base, {{QStringLiteral("address"), layout.databaseAddress},
                                                        {QStringLiteral("port"), QString::number(layout.databasePort)},
                                                        {QStringLiteral("dataDirectory"), layout.databaseDirectory},
                                                        {QStringLiteral("socket"), layout.databaseSocket},
                                                        {QStringLiteral("pidFile"), layout.databasePidFile}})),
        file(QStringLiteral("seed.sql"),
             with(base, {{QStringLiteral("databaseName"), LabConfigFiles::databaseName()},
                         {QStringLiteral("databaseUser"), LabConfigFiles::databaseUser()},
                         {QStringLiteral("webClients"), layout.databaseClients},
                         {QStringLiteral("databasePassword"), secrets.databasePassword},
                         {QStringLiteral("rootPassword"), secrets.databaseRootPassword}}),
             kSecret),
        file(QStringLiteral("setup.sh"),
             with(base, {{QStringLiteral("volumeSerial"), serial},
                         {QStringLiteral("dataDirectory"), layout.databaseDirectory}}),
             kScript, QStringLiteral("db-setup.sh"))};
}

QList<LabConfigFile> nameServerFiles(const LabTopology& t, const LabServiceLayout& layout, const Values& base)
{
    QString records;
    for (const LabServer& server : t.servers) {
        const LabPort* port = t.port(server.ports.value(server.role == LabRole::LoadBalancer ? 1 : 0));
        if (port)
            records += server.key + QStringLiteral("\tIN\tA\t") + port->fixedIp + u'\n';
    }
    records.chop(1);
    const Values zone = with(base, {{QStringLiteral("zone"), t.plan.internalZone},
                                    {QStringLiteral("zoneFile"), layout.zoneFile},
                                    {QStringLiteral("address"), layout.nameServerAddress}});
    return {file(QStringLiteral("named-options.conf"),
                 with(zone, {{QStringLiteral("directory"), layout.bindDirectory},
                             {QStringLiteral("pidFile"), layout.bindPidFile},
                             {QStringLiteral("port"), QString::number(layout.dnsPort)},
                             {QStringLiteral("clients"), layout.dnsClients}})),
            file(QStringLiteral("named-zone.conf"), zone),
            file(QStringLiteral("zone.db"), with(zone, {{QStringLiteral("records"), records}})),
            file(QStringLiteral("setup.sh"), with(zone, {{QStringLiteral("bootstrapResolvers"), kBootstrapResolvers}}),
                 kScript, QStringLiteral("ns-setup.sh"))};
}

} // namespace

QList<LabConfigFile> LabConfigFiles::of(const LabTopology& topology, const LabServer& server,
                                        const LabServiceLayout& layout, const LabSecrets& secrets,
                                        const QString& databaseVolumeId)
{
    const Values base{{QStringLiteral("server"), server.key},
                      {QStringLiteral("lab"), topology.plan.name},
                      {QStringLiteral("failurePrefix"), LabUserData::failureMarkerPrefix(server)}};
    QList<LabConfigFile> files{file(QStringLiteral("common.sh"), base)};
    switch (server.role) {
    case LabRole::LoadBalancer: files += loadBalancerFiles(topology, layout, base); break;
    case LabRole::Web: files += webFiles(server, layout, secrets, base); break;
    case LabRole::Database: files += databaseFiles(layout, secrets, databaseVolumeId, base); break;
    case LabRole::NameServer: files += nameServerFiles(topology, layout, base); break;
    }
    return files;
}

bool LabConfigFiles::wantsTls(const LabTopology& topology)
{
    return !topology.plan.tlsEmail.isEmpty() && !topology.plan.domain.isEmpty();
}

QString LabConfigFiles::databaseName()
{
    return QStringLiteral("lab");
}

QString LabConfigFiles::databaseUser()
{
    return QStringLiteral("web");
}

} // namespace zenith
