#include "labwizarddriver.h"

#include "../democloud/serverfixture.h"

#include "compute/createkeypairrequest.h"
#include "compute/listserversrequest.h"
#include "lab/labpane.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "volume/listvolumesrequest.h"

#include <QFile>
#include <QTest>

namespace zenith::test {

namespace {

// The names of `items` starting with "lab-", each after `kind`; a line saying so if the list failed.
template <typename T> QStringList labNamed(const QString& kind, QFuture<Result<Page<T>>> list)
{
    const auto listed = awaitResult(std::move(list));
    if (!listed)
        return {kind + QStringLiteral("s could not be listed: ") + listed.error().message};
    QStringList names;
    for (const T& item : listed->items) {
        if (item.name.startsWith(QStringLiteral("lab-")))
            names.append(kind + u' ' + item.name);
    }
    return names;
}

} // namespace

LabWizardDriver::LabWizardDriver() = default;

LabWizardDriver::~LabWizardDriver() = default;

QString LabWizardDriver::start()
{
    m_fx = std::make_unique<ServerFixture>();
    if (!m_fx->started)
        return QStringLiteral("the demo cloud did not start");
    return importKey() ? QString() : QStringLiteral("the key pair “student” could not be imported");
}

bool LabWizardDriver::importKey()
{
    QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/keys/id_ed25519.pub"));
    if (!key.open(QIODevice::ReadOnly))
        return false;
    CreateKeypairRequest keypair;
    keypair.name = QStringLiteral("student");
    keypair.publicKey = QString::fromLatin1(key.readAll()).trimmed();
    return awaitResult(m_fx->session->send(keypair)).ok();
}

DemoCloud* LabWizardDriver::cloud() const
{
    return m_fx->cloud.get();
}

Session* LabWizardDriver::session() const
{
    return m_fx->session.get();
}

void LabWizardDriver::open(LabPane* pane) const
{
    pane->resize(1100, 720);
    pane->setSession(session());
    pane->show();
    pane->setActive(true);
}

bool LabWizardDriver::reachPlan(LabPane* pane) const
{
    for (auto step : {LabPane::Step::Machines, LabPane::Step::Access, LabPane::Step::Plan}) {
        if (!QTest::qWaitFor([&] { return pane->canGoNext(); }, 10000)) {
            qWarning("Next stays disabled on step %d", int(pane->currentStep()));
            return false;
        }
        pane->next();
        if (pane->currentStep() != step) {
            qWarning("Next led to step %d, not %d", int(pane->currentStep()), int(step));
            return false;
        }
    }
    return true;
}

void LabWizardDriver::shoot(QWidget* widget, const QString& name) const
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

QStringList LabWizardDriver::leftovers() const
{
    // All four lists asked at once, then read.
    auto networks = session()->send(ListNetworksRequest{});
    auto ports = session()->send(ListPortsRequest{});
    auto servers = session()->send(ListServersRequest{});
    auto volumes = session()->send(ListVolumesRequest{});
    return labNamed(QStringLiteral("network"), std::move(networks)) +
           labNamed(QStringLiteral("port"), std::move(ports)) + labNamed(QStringLiteral("server"), std::move(servers)) +
           labNamed(QStringLiteral("volume"), std::move(volumes));
}

} // namespace zenith::test
