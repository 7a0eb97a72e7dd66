// Writes the lab's rendered files for the shell tests next to this file, which hand them to the
// real tools (cloud-init, HAProxy, Nginx, PHP, bind9, MariaDB):
//   zenith_labrender userdata DIR            DIR/<variant>/<server>.yaml: each server's user data
//   zenith_labrender loopback DIR PORTBASE   DIR/<server>/<file>: the same files for 127.0.0.1
//   zenith_labrender heat DIR                DIR/<variant>.yaml: the lab as a HOT template
#include "lab/labconfigfiles.h"
#include "lab/labheattemplate.h"
#include "lab/labservicelayout.h"
#include "lab/labuserdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace zenith;

namespace {

const QString kVolumeId = QStringLiteral("0f6c2a58-9b1e-4f1c-a3d2-7c5e8b9d1a23");

bool write(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(content) != content.size()) {
        QTextStream(stderr) << "labrender: cannot write " << path << '\n';
        return false;
    }
    return true;
}

// The tutorial's defaults, and a plan that uses every option (TLS, three web servers, other range).
QList<std::pair<QString, LabPlan>> variants()
{
    LabPlan tutorial;
    LabPlan everything;
    everything.name = QStringLiteral("class2");
    everything.cidr = QStringLiteral("172.20.0.0/20");
    everything.webCount = 3;
    everything.domain = QStringLiteral("zenith-lab.example");
    everything.dnsProvider = LabDnsProvider::Designate;
    everything.tlsEmail = QStringLiteral("teacher@example.org");
    everything.internalZone = QStringLiteral("class2.internal");
    return {{QStringLiteral("default"), tutorial}, {QStringLiteral("tls"), everything}};
}

int userData(const QString& dir)
{
    const LabSecrets secrets = LabSecrets::generate();
    for (const auto& [variant, plan] : variants()) {
        const std::optional<LabTopology> topology = LabTopology::of(plan);
        if (!topology)
            return 1;
        for (const LabServer& server : topology->servers) {
            if (!write(dir + u'/' + variant + u'/' + server.key + QStringLiteral(".yaml"),
                       LabUserData::render(*topology, server, secrets, kVolumeId)))
                return 1;
        }
    }
    return 0;
}

int heat(const QString& dir)
{
    const LabSecrets secrets = LabSecrets::generate();
    for (auto [variant, plan] : variants()) {
        plan.keypair = QStringLiteral("zenith-key");
        const std::optional<LabTopology> topology = LabTopology::of(plan);
        if (!topology ||
            !write(dir + u'/' + variant + QStringLiteral(".yaml"), LabHeatTemplate::render(*topology, secrets)))
            return 1;
    }
    return 0;
}

int loopback(const QString& dir, int portBase)
{
    const LabSecrets secrets = LabSecrets::generate();
    const std::optional<LabTopology> topology = LabTopology::of(LabPlan{});
    if (!topology)
        return 1;
    const LabServiceLayout layout = LabServiceLayout::loopback(*topology, dir, portBase);
    for (const LabServer& server : topology->servers) {
        for (const LabConfigFile& file : LabConfigFiles::of(*topology, server, layout, secrets, kVolumeId)) {
            if (!write(dir + u'/' + server.key + u'/' + file.name, file.content))
                return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"userdata")
        return userData(args.at(2));
    if (args.size() == 3 && args.at(1) == u"heat")
        return heat(args.at(2));
    if (args.size() == 4 && args.at(1) == u"loopback")
        return loopback(args.at(2), args.at(3).toInt());
    QTextStream(stderr) << "usage: zenith_labrender userdata DIR | heat DIR | loopback DIR PORTBASE\n";
    return 2;
}
