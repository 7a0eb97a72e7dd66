#pragma once

#include "config/cloudconfig.h"
#include "democloud/demofaults.h"
#include "ovh/ovhcredentials.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace zenith {

namespace demo {
class DemoCloudPrivate;
}

//! The built-in demo cloud: a simulated OpenStack (Keystone, Nova, Neutron, Cinder, Glance,
//! Designate, and OVHcloud's DNS API) served over real HTTP on 127.0.0.1, for the first run, classroom demos without
//! credentials, and fast tests. The contract suite holds it to the real services' behaviour.
class DemoCloud final : public QObject
{
    Q_OBJECT

public:
    //! What the cloud starts with.
    enum class Seed {
        Classroom, //!< OVHcloud-like: "Debian 12", "Ubuntu 22.04", d2-2/d2-4/b2-7, Ext-Net
        DevCloud,  //!< tests/devcloud's seed as well (tiny, m1.*, public, private + router1), for the contract suite
    };

    struct Options
    {
        double speed = 1.0; //!< how much faster than real time resources change state (tests: 20 or more)
        Seed seed = Seed::Classroom;
        QStringList regions{QStringLiteral("GRA11"), QStringLiteral("SBG5")};
    };

    explicit DemoCloud(const Options& options, QObject* parent = nullptr);
    explicit DemoCloud(QObject* parent = nullptr);
    ~DemoCloud() override;

    //! Listens on 127.0.0.1 (an ephemeral port when `port` is 0); false with the reason otherwise.
    bool start(quint16 port = 0, QString* error = nullptr);
    quint16 port() const;
    //! http://127.0.0.1:<port>/identity/v3
    QUrl authUrl() const;

    //! The cloud as the app's configuration sees it: user "demo" in project "demo", first region.
    CloudConfig cloudConfig() const;
    //! What the demo's OVHcloud keys may do: everything on /domain/*, or only read it.
    enum class OvhAccess { Full, ReadOnly };
    //! Keys of the simulated OVHcloud API (served at http://127.0.0.1:<port>/ovh/1.0) that own
    //! the zone ovhZoneName(); valid once start() has succeeded.
    OvhCredentials ovhCredentials(OvhAccess access = OvhAccess::Full) const;
    //! "zenith-lab.example", the OVHcloud DNS zone the demo cloud starts with.
    static QString ovhZoneName();

    //! A clouds.yaml with two entries, `<name>` (password) and `<name>-appcred` (application
    //! credential), for the openstack CLI and the contract suite.
    QString cloudsYaml(const QString& name = QStringLiteral("demo")) const;

    //! Sets a project's compute quotas in every region (a teacher's big demo, a benchmark).
    void setComputeQuota(const QString& projectName, int instances, int cores, int ramMiB);
    //! Sets one of a project's network quotas ("port", "security_group"...) in every region.
    void setNetworkQuota(const QString& projectName, const QString& resource, int limit);

    demo::DemoFaults faults() const;
    void setFaults(const demo::DemoFaults& faults);
    void setSpeed(double speed);

    //! Writes every resource to a JSON file; false with the reason otherwise.
    bool save(const QString& path, QString* error = nullptr) const;
    //! Replaces every resource with a file's; resources that were changing state settle at once.
    bool load(const QString& path, QString* error = nullptr);

private:
    std::unique_ptr<demo::DemoCloudPrivate> d;
};

} // namespace zenith
