// Issue 6, ports: PortStore and PortsModel under QAbstractItemModelTester (add, update, remove,
// paging, a failed listing), then the Ports tab and its port dialog offscreen against the
// in-process demo cloud: names without N+1, filters, the lab's port at 10.12.0.1 with 0.0.0.0/0,
// bad input refused before sending, Neutron's refusals in words, port security off, deletion.
// ZENITH_SHOTS_DIR=<dir> saves screenshots of the tab and the dialog.

#include "../democloud/serverfixture.h"

#include "common/messagebanner.h"
#include "config/cloudconfigloader.h"
#include "network/addresspairseditor.h"
#include "network/addrouterinterfacerequest.h"
#include "network/createnetworkrequest.h"
#include "network/createrouterrequest.h"
#include "network/createsubnetrequest.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/fixedipeditor.h"
#include "network/listportsrequest.h"
#include "network/portdialog.h"
#include "network/portsmodel.h"
#include "network/portssortfilter.h"
#include "network/portsview.h"
#include "stores/portstore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>

using namespace zenith;
using namespace zenith::test;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    widget->grab().save(dir + u'/' + name + u".png");
}

} // namespace

class TestPorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelFollowsStore();
    void modelKeepsRowsWhenListingFails();
    void sectionShowsNames();
    void filters();
    void createLabPort();
    void newPortStartsOnPrivateNetwork();
    void badInputIsRefusedBeforeSending();
    void addressAlreadyAllocated();
    void turnPortSecurityOff();
    void deleteRefusesRouterPort();
    void deletePort();
    void labPortOnRealCloud();

private:
    int countPorts();
    PortsSection* openSection();
    int rowOfName(PortsSection* section, const QString& name);

    std::unique_ptr<ServerFixture> m_fx;
    QString m_labNet, m_labSubnet, m_otherNet, m_otherSubnet, m_router;
    std::unique_ptr<PortsSection> m_section;
};

void TestPorts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY(m_fx->started);
    Session& s = *m_fx->session;
    CreateNetworkRequest net;
    net.name = u"lab-net"_qs;
    const auto lab = awaitResult(s.send(net));
    QVERIFY(lab);
    m_labNet = lab->id;
    CreateSubnetRequest sub;
    sub.networkId = m_labNet;
    sub.name = u"lab-subnet"_qs;
    sub.cidr = u"10.12.0.0/16"_qs;
    sub.gatewayIp = std::optional<QString>(u"10.12.0.1"_qs);
    const auto labSub = awaitResult(s.send(sub));
    QVERIFY2(labSub, qPrintable(labSub ? QString() : labSub.error().message));
    m_labSubnet = labSub->id;
    net.name = u"other-net"_qs;
    const auto other = awaitResult(s.send(net));
    QVERIFY(other);
    m_otherNet = other->id;
    sub.networkId = m_otherNet;
    sub.name = u"other-subnet"_qs;
    sub.cidr = u"10.20.0.0/24"_qs;
    sub.gatewayIp = std::optional<QString>(u"10.20.0.1"_qs);
    const auto otherSub = awaitResult(s.send(sub));
    QVERIFY(otherSub);
    m_otherSubnet = otherSub->id;
    CreateRouterRequest router;
    router.name = u"lab-router"_qs;
    const auto made = awaitResult(s.send(router));
    QVERIFY(made);
    m_router = made->id;
    AddRouterInterfaceRequest iface;
    iface.routerId = m_router;
    iface.subnetId = m_otherSubnet;
    QVERIFY(awaitResult(s.send(iface)));
}

int TestPorts::countPorts()
{
    const auto page = awaitResult(m_fx->session->send(ListPortsRequest{}));
    return page ? int(page->items.size()) : -1;
}

void TestPorts::modelFollowsStore()
{
    PortStore store;
    PortsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    store.setSession(m_fx->session.get());
    store.setPageSize(1); // paging: one port per page
    QSignalSpy added(&store, &PortStore::portsAdded);
    QSignalSpy finished(&store, &PortStore::loadingFinished);
    store.load();
    QVERIFY(finished.wait(10000));
    const int before = countPorts();
    QVERIFY(before >= 1);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(added.size(), before); // one signal per page

    CreatePortRequest create;
    create.networkId = m_labNet;
    create.name = u"model-port"_qs;
    const auto created = awaitResult(store.create(create));
    QVERIFY(created);
    QTRY_COMPARE(model.rowCount(), before + 1);
    const int row = model.rowOf(created->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, PortsModel::Name).data().toString(), u"model-port"_qs);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    UpdatePortRequest rename;
    rename.id = created->id;
    rename.name = u"model-port-2"_qs;
    QVERIFY(awaitResult(store.update(rename)));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(model.index(model.rowOf(created->id), PortsModel::Name).data().toString(), u"model-port-2"_qs);

    // A second listing changes nothing: no rows come or go.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    store.load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(inserted.size(), 0);

    QVERIFY(awaitResult(store.remove(created->id)));
    QTRY_COMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOf(created->id), -1);
}

void TestPorts::modelKeepsRowsWhenListingFails()
{
    PortStore store;
    PortsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    store.setSession(m_fx->session.get());
    QSignalSpy finished(&store, &PortStore::loadingFinished);
    store.load();
    QVERIFY(finished.wait(10000));
    const int rows = model.rowCount();
    demo::DemoFaults faults;
    faults.errorRate.insert(u"network"_qs, 1.0);
    m_fx->cloud->setFaults(faults);
    QSignalSpy failed(&store, &PortStore::failed);
    store.load();
    QVERIFY(failed.wait(10000));
    m_fx->cloud->setFaults({});
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Server);
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!store.isLoading());
    store.setSession(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

PortsSection* TestPorts::openSection()
{
    if (!m_section) {
        m_section = std::make_unique<PortsSection>();
        m_section->resize(1280, 600);
        m_section->show();
        QSignalSpy names(m_section.get(), &PortsSection::namesFinished);
        m_section->setSession(m_fx->session.get());
        m_section->setActive(true);
        if (!m_section->namesLoaded())
            names.wait(10000);
        (void)QTest::qWaitFor([this] { return m_section->store()->isLoaded(); }, 10000);
    }
    return m_section.get();
}

int TestPorts::rowOfName(PortsSection* section, const QString& name)
{
    for (int row = 0; row < section->model()->rowCount(); ++row) {
        if (section->model()->portAt(row).name == name)
            return row;
    }
    return -1;
}

void TestPorts::sectionShowsNames()
{
    PortsSection* section = openSection();
    QVERIFY(section->namesLoaded());
    PortsModel* model = section->model();
    int routerRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->portAt(row).deviceId == m_router)
            routerRow = row;
    }
    QVERIFY(routerRow >= 0);
    QCOMPARE(model->index(routerRow, PortsModel::Network).data().toString(), u"other-net"_qs);
    QCOMPARE(model->index(routerRow, PortsModel::Device).data().toString(), u"router lab-router"_qs);
    QCOMPARE(model->index(routerRow, PortsModel::DeviceOwner).data().toString(), u"Router interface"_qs);
    QCOMPARE(model->index(routerRow, PortsModel::FixedIps).data().toString(), u"10.20.0.1 (other-subnet)"_qs);
    shoot(section, u"ports-tab"_qs);
}

void TestPorts::filters()
{
    PortsSection* section = openSection();
    const int all = section->proxy()->rowCount();
    QVERIFY(all >= 1);
    QComboBox* network = section->networkFilter();
    network->setCurrentIndex(network->findData(m_labNet));
    QCOMPARE(section->proxy()->rowCount(), 0); // no port on lab-net yet (no DHCP in the demo cloud)
    network->setCurrentIndex(network->findData(m_otherNet));
    QVERIFY(section->proxy()->rowCount() >= 1);
    network->setCurrentIndex(0);
    QComboBox* device = section->deviceFilter();
    const int routerItem = device->findData(m_router);
    QVERIFY(routerItem > 0);
    QCOMPARE(device->itemText(routerItem), u"router lab-router"_qs);
    device->setCurrentIndex(routerItem);
    QCOMPARE(section->proxy()->rowCount(), 1);
    device->setCurrentIndex(0);
    section->searchField()->setText(u"10.20.0.1"_qs);
    QCOMPARE(section->proxy()->rowCount(), 1);
    section->searchField()->clear();
    QCOMPARE(section->proxy()->rowCount(), all);
}

void TestPorts::createLabPort()
{
    PortsSection* section = openSection();
    QSignalSpy commands(section, &PaneSection::commandIssued);
    PortDialog* dialog = section->createPort();
    dialog->setNetwork(m_labNet);
    dialog->nameField()->setText(u"lb-private"_qs);
    dialog->fixedIpEditor()->addRow(m_labSubnet, u"10.12.0.1"_qs);
    dialog->addressPairsEditor()->addRow(u"0.0.0.0/0"_qs);
    shoot(dialog, u"port-create"_qs);
    QSignalSpy saved(dialog, &PortDialog::saved);
    QVERIFY(dialog->submit());
    QVERIFY(saved.wait(10000));
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands.first().first().toString(),
             u"openstack port create --network lab-net --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 "
             "--security-group default --allowed-address ip-address=0.0.0.0/0 lb-private"_qs);
    const int row = rowOfName(section, u"lb-private"_qs);
    QVERIFY(row >= 0);
    const Port& port = section->model()->portAt(row);
    QCOMPARE(port.fixedIps.size(), 1);
    QCOMPARE(port.fixedIps.first().ipAddress, u"10.12.0.1"_qs);
    QCOMPARE(port.allowedAddressPairs.first().ipAddress, u"0.0.0.0/0"_qs);
    QCOMPARE(section->model()->index(row, PortsModel::SecurityGroups).data().toString(), u"default"_qs);
    QCOMPARE(section->currentPortId(), port.id);
}

// Ext-Net comes first in a listing sorted by name; a port made by hand belongs on the lab's network.
void TestPorts::newPortStartsOnPrivateNetwork()
{
    PortsSection* section = openSection();
    PortDialog* dialog = section->createPort();
    Network external;
    external.id = u"ext-net-id"_qs;
    external.name = u"Ext-Net"_qs;
    external.routerExternal = true;
    external.shared = true;
    Network lab;
    lab.id = m_labNet;
    lab.name = u"lab-net"_qs;
    dialog->setChoices({external, lab}, {}, {});
    auto* network = dialog->findChild<QComboBox*>(u"portNetwork"_qs);
    QVERIFY(network);
    QCOMPARE(network->itemText(0), u"Ext-Net"_qs);
    QCOMPARE(network->currentText(), u"lab-net"_qs);
    dialog->reject();
}

void TestPorts::badInputIsRefusedBeforeSending()
{
    PortsSection* section = openSection();
    const int ports = countPorts();
    PortDialog* dialog = section->createPort();
    dialog->setNetwork(m_labNet);
    dialog->nameField()->setText(u"bad"_qs);
    dialog->fixedIpEditor()->addRow(m_labSubnet, u"10.13.0.1"_qs);
    dialog->fixedIpEditor()->addRow(m_labSubnet, u"10.12.255.255"_qs);
    dialog->addressPairsEditor()->addRow(u"10.0.0.0/33"_qs);
    dialog->addressPairsEditor()->addRow(u"10.12.0.9"_qs, u"not-a-mac"_qs);
    QVERIFY(!dialog->submit());
    const QString text = dialog->banner()->text();
    QVERIFY2(text.contains(u"10.13.0.1 is outside the subnet 10.12.0.0/16"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"broadcast"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"10.0.0.0/33 is not a valid CIDR"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"not-a-mac is not a MAC address"_qs), qPrintable(text));
    QVERIFY(!dialog->fixedIpEditor()->addressField(0)->toolTip().isEmpty());
    QVERIFY(!dialog->addressPairsEditor()->addressField(0)->toolTip().isEmpty());
    // What was typed stays.
    QCOMPARE(dialog->fixedIpEditor()->addressField(0)->text(), u"10.13.0.1"_qs);
    QCOMPARE(dialog->addressPairsEditor()->addressField(0)->text(), u"10.0.0.0/33"_qs);
    shoot(dialog, u"port-create-refused"_qs);
    QCOMPARE(countPorts(), ports);
    dialog->close();
}

void TestPorts::addressAlreadyAllocated()
{
    PortsSection* section = openSection();
    PortDialog* dialog = section->createPort();
    dialog->setNetwork(m_labNet);
    dialog->nameField()->setText(u"second"_qs);
    dialog->fixedIpEditor()->addRow(m_labSubnet, u"10.12.0.1"_qs);
    QVERIFY(dialog->submit());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->banner()->isVisible(), 10000);
    const QString text = dialog->banner()->text();
    QVERIFY2(text.contains(u"The address 10.12.0.1 is already used by another port"_qs), qPrintable(text));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameField()->text(), u"second"_qs);
    dialog->close();
}

void TestPorts::turnPortSecurityOff()
{
    PortsSection* section = openSection();
    const int row = rowOfName(section, u"lb-private"_qs);
    QVERIFY(row >= 0);
    const QModelIndex shown = section->proxy()->mapFromSource(section->model()->index(row, 0));
    section->view()->setCurrentIndex(shown);
    QSignalSpy commands(section, &PaneSection::commandIssued);
    PortDialog* dialog = section->editCurrent();
    QVERIFY(dialog);
    QCOMPARE(dialog->fixedIpEditor()->rowCount(), 1);
    QCOMPARE(dialog->addressPairsEditor()->rowCount(), 1);
    QVERIFY(!dialog->clearField()->isVisibleTo(dialog));
    dialog->portSecurityField()->setChecked(false);
    QVERIFY(dialog->clearField()->isVisibleTo(dialog));
    QVERIFY(!dialog->groupsField()->isEnabled());
    shoot(dialog, u"port-security-off"_qs);
    // Without clearing, the form refuses (Neutron would).
    dialog->clearField()->setChecked(false);
    QVERIFY(!dialog->submit());
    QVERIFY(dialog->banner()->text().contains(u"security groups"_qs));
    dialog->clearField()->setChecked(true);
    QSignalSpy saved(dialog, &PortDialog::saved);
    QVERIFY(dialog->submit());
    QVERIFY(saved.wait(10000));
    QCOMPARE(commands.first().first().toString(),
             u"openstack port set --no-security-group --no-allowed-address --disable-port-security lb-private"_qs);
    const Port& port = section->model()->portAt(section->model()->rowOf(section->currentPortId()));
    QCOMPARE(port.portSecurityEnabled, std::optional<bool>(false));
    QVERIFY(port.securityGroups.isEmpty());
    QVERIFY(port.allowedAddressPairs.isEmpty());
    QCOMPARE(section->model()->index(section->model()->rowOf(port.id), PortsModel::PortSecurity).data().toString(),
             u"Off"_qs);
}

void TestPorts::deleteRefusesRouterPort()
{
    PortsSection* section = openSection();
    int row = -1;
    for (int r = 0; r < section->model()->rowCount(); ++r) {
        if (section->model()->portAt(r).deviceId == m_router)
            row = r;
    }
    QVERIFY(row >= 0);
    section->view()->setCurrentIndex(section->proxy()->mapFromSource(section->model()->index(row, 0)));
    QVERIFY(!section->deleteCurrent());
    QVERIFY(section->banner()->text().contains(u"belongs to the router “lab-router”"_qs));
    QVERIFY(section->banner()->text().contains(u"openstack router remove port lab-router"_qs));
}

void TestPorts::deletePort()
{
    PortsSection* section = openSection();
    const int row = rowOfName(section, u"lb-private"_qs);
    section->view()->setCurrentIndex(section->proxy()->mapFromSource(section->model()->index(row, 0)));
    const QString id = section->currentPortId();
    QSignalSpy commands(section, &PaneSection::commandIssued);
    QMessageBox* box = section->deleteCurrent();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"“lb-private”"_qs));
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QCOMPARE(commands.first().first().toString(), u"openstack port delete lb-private"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(section->model()->rowOf(id), -1, 10000);
}

// The lab's key step on a real cloud (ZENITH_PORTS_CLOUD=devcloud-demo, OS_CLIENT_CONFIG_FILE):
// through the port dialog and PortStore, a port at 10.12.0.1 with the pair 0.0.0.0/0 on a network
// made for the test, then a second port at the same address refused in words; all removed after.
void TestPorts::labPortOnRealCloud()
{
    const QString name = qEnvironmentVariable("ZENITH_PORTS_CLOUD");
    if (name.isEmpty())
        QSKIP("ZENITH_PORTS_CLOUD names no cloud");
    const auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(name);
    QVERIFY(cloud);
    Session session(cloud.value());
    QVERIFY(awaitResult(session.authenticate()));
    CreateNetworkRequest net;
    net.name = u"zenith-ports-check"_qs;
    const auto network = awaitResult(session.send(net));
    QVERIFY(network);
    const auto cleanUp = qScopeGuard([&] { (void)awaitResult(session.send(DeleteNetworkRequest{network->id})); });
    CreateSubnetRequest sub;
    sub.networkId = network->id;
    sub.name = u"zenith-ports-check-subnet"_qs;
    sub.cidr = u"10.12.0.0/16"_qs;
    sub.gatewayIp = std::optional<QString>(u"10.12.0.1"_qs);
    const auto subnet = awaitResult(session.send(sub));
    QVERIFY2(subnet, qPrintable(subnet ? QString() : subnet.error().message));

    PortStore store;
    store.setSession(&session);
    PortDialog dialog(&store);
    dialog.setChoices({*network}, {*subnet}, {});
    dialog.setNetwork(network->id);
    dialog.nameField()->setText(u"lb-private"_qs);
    dialog.fixedIpEditor()->addRow(subnet->id, u"10.12.0.1"_qs);
    dialog.addressPairsEditor()->addRow(u"0.0.0.0/0"_qs);
    QSignalSpy saved(&dialog, &PortDialog::saved);
    QVERIFY(dialog.submit());
    QVERIFY2(saved.wait(20000), qPrintable(dialog.banner()->text()));
    const Port port = saved.first().first().value<Port>();
    const auto portGone = qScopeGuard([&] { (void)awaitResult(session.send(DeletePortRequest{port.id})); });
    QCOMPARE(port.fixedIps.size(), 1);
    QCOMPARE(port.fixedIps.first().ipAddress, u"10.12.0.1"_qs);
    QCOMPARE(port.allowedAddressPairs.size(), 1);
    QCOMPARE(port.allowedAddressPairs.first().ipAddress, u"0.0.0.0/0"_qs);
    QCOMPARE(
        saved.first().at(1).toString(),
        u"openstack port create --network zenith-ports-check --fixed-ip "
        "subnet=zenith-ports-check-subnet,ip-address=10.12.0.1 --no-security-group --allowed-address ip-address=0.0.0.0/0 lb-private"_qs);
    QVERIFY(store.port(port.id));

    PortDialog second(&store);
    second.setChoices({*network}, {*subnet}, {});
    second.fixedIpEditor()->addRow(subnet->id, u"10.12.0.1"_qs);
    QVERIFY(second.submit());
    QTRY_VERIFY_WITH_TIMEOUT(!second.banner()->isHidden(), 30000);
    QVERIFY2(second.banner()->text().contains(u"The address 10.12.0.1 is already used by another port"_qs),
             qPrintable(second.banner()->text()));
}

QTEST_MAIN(TestPorts)
#include "tst_ports.moc"
