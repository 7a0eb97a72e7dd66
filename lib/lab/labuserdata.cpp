#include "labuserdata.h"

namespace zenith {

QByteArray LabUserData::render(const LabTopology& topology, const LabServer& server, const LabSecrets& secrets,
                               const QString& databaseVolumeId)
{
    Q_UNUSED(topology)
    Q_UNUSED(secrets)
    Q_UNUSED(databaseVolumeId)
    // First cut: the engine can already launch servers that announce themselves; the roles follow.
    return QByteArrayLiteral("#cloud-config\nhostname: ") + server.key.toUtf8() +
           QByteArrayLiteral("\nfinal_message: \"") + readyMarker(server).toUtf8() + QByteArrayLiteral("\"\n");
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
