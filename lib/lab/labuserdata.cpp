#include "labuserdata.h"

#include "labconfigfiles.h"
#include "labservicelayout.h"

namespace zenith {

namespace {

QByteArray describe(const LabServer& server)
{
    switch (server.role) {
    case LabRole::LoadBalancer: return QByteArrayLiteral("the gateway (NAT) and load balancer (HAProxy)");
    case LabRole::Web: return QByteArrayLiteral("a web server (Nginx, PHP-FPM)");
    case LabRole::Database: return QByteArrayLiteral("the database (MariaDB)");
    case LabRole::NameServer: return QByteArrayLiteral("the name server (bind9)");
    }
    return {};
}

// A YAML literal block: each line indented under its key; blank lines stay blank.
QByteArray literalBlock(const QByteArray& text, int indent)
{
    const QByteArray pad(indent, ' ');
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty())
            break;
        if (!lines.at(i).isEmpty())
            out += pad + lines.at(i);
        out += '\n';
    }
    return out;
}

} // namespace

QByteArray LabUserData::render(const LabTopology& topology, const LabServer& server, const LabSecrets& secrets,
                               const QString& databaseVolumeId)
{
    const QList<LabConfigFile> files =
        LabConfigFiles::of(topology, server, LabServiceLayout::forLab(topology), secrets, databaseVolumeId);
    QByteArray out = QByteArrayLiteral("#cloud-config\n# Zenith lab \"") + topology.plan.name.toUtf8() +
                     QByteArrayLiteral("\": ") + server.key.toUtf8() + QByteArrayLiteral(", ") + describe(server) +
                     QByteArrayLiteral(".\n");
    if (server.role == LabRole::Web || server.role == LabRole::Database) {
        out += QByteArrayLiteral(
            "# This user data holds the lab's database password: the server's root can read it from the\n"
            "# metadata service, and it is written root-only below. Nothing prints it.\n");
    }
    const QByteArray key = server.key.toUtf8();
    out += QByteArrayLiteral("hostname: ") + key + '\n';
    out += QByteArrayLiteral("fqdn: ") + key + '.' + topology.plan.internalZone.toUtf8() + '\n';
    out += QByteArrayLiteral("manage_etc_hosts: true\n");
    out += QByteArrayLiteral("write_files:\n");
    for (const LabConfigFile& file : files) {
        out += QByteArrayLiteral("  - path: /etc/zenith-lab/") + file.name.toUtf8() + '\n';
        out += QByteArrayLiteral("    owner: root:root\n");
        out += QByteArrayLiteral("    permissions: '") + file.permissions.toUtf8() + QByteArrayLiteral("'\n");
        out += QByteArrayLiteral("    content: |\n") + literalBlock(file.content, 6);
    }
    // The setup runs each step and prints the failure marker if one fails; cloud-init prints
    // final_message once everything is over, whatever happened, hence the separate failure marker.
    out += QByteArrayLiteral("runcmd:\n  - [sh, /etc/zenith-lab/setup.sh]\n");
    out += QByteArrayLiteral("final_message: \"") + readyMarker(server).toUtf8() + QByteArrayLiteral("\"\n");
    return out;
}

QString LabUserData::readyMarker(const LabServer& server)
{
    return QStringLiteral("zenith-lab: ") + server.key + QStringLiteral(" ready");
}

QString LabUserData::failureMarkerPrefix(const LabServer& server)
{
    return QStringLiteral("zenith-lab: ") + server.key + QStringLiteral(" FAILED");
}

} // namespace zenith
