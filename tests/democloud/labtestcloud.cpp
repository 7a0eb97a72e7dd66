#include "labtestcloud.h"

#include "compute/createkeypairrequest.h"
#include "compute/deletekeypairrequest.h"
#include "config/cloudconfigloader.h"
#include "core/session.h"
#include "democloud/democloud.h"

#include <QFile>
#include <QRandomGenerator>

#include <optional>

namespace zenith::test {

LabTestCloud::LabTestCloud() = default;

LabTestCloud::~LabTestCloud() = default;

QString LabTestCloud::start(const QString& demoName, const QString& prefix)
{
    const QString cloudName = qEnvironmentVariable("ZENITH_LAB_CLOUD");
    LabPlan plan;
    if (cloudName.isEmpty()) {
        DemoCloud::Options options;
        options.speed = 1000;
        m_cloud = std::make_unique<DemoCloud>(options);
        QString why;
        if (!m_cloud->start(0, &why))
            return why;
        m_session = std::make_unique<Session>(m_cloud->cloudConfig());
        plan.cloud = QStringLiteral("demo");
        plan.name = demoName;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
    } else {
        auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(cloudName);
        if (!cloud)
            return cloud.error().toString();
        m_session = std::make_unique<Session>(cloud.value());
        plan.cloud = cloudName;
        plan.name = qEnvironmentVariableIsSet("ZENITH_LAB_NAME")
                        ? qEnvironmentVariable("ZENITH_LAB_NAME")
                        : prefix + QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        // The dev cloud's smallest: its quotas hold one lab at a time.
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
        plan.databaseVolumeGb = 1;
    }
    QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/compute/keypair-ed25519.pub"));
    if (!key.open(QIODevice::ReadOnly))
        return key.fileName() + QStringLiteral(": ") + key.errorString();
    CreateKeypairRequest import;
    import.name = plan.name + QStringLiteral("-key");
    import.publicKey = QString::fromUtf8(key.readAll()).trimmed();
    const auto keypair = await(m_session->send(import));
    // Conflict: the key of an interrupted run with the same ZENITH_LAB_NAME.
    if (!keypair && keypair.error().kind != ApiError::Kind::Conflict)
        return keypair.error().message;
    plan.keypair = import.name;
    const auto topology = LabTopology::of(plan);
    if (!topology)
        return QStringLiteral("the lab's plan has no topology");
    m_topology = *topology;
    return {};
}

void LabTestCloud::removeKeypair()
{
    if (m_session && !m_topology.plan.keypair.isEmpty())
        (void)await(m_session->send(DeleteKeypairRequest{m_topology.plan.keypair}));
}

Result<LabInventory> LabTestCloud::inventory(const LabTopology& lab, bool withSnapshots) const
{
    std::optional<Result<LabInventory>> read;
    QObject context;
    LabInventory::read(
        *m_session, lab, &context, [&read](const Result<LabInventory>& r) { read = r; }, withSnapshots);
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 60000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("the lab's inventory took over a minute"));
    return *read;
}

} // namespace zenith::test
