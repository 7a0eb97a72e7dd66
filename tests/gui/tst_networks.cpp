// Issue 6, the Networks, Routers and Floating IPs tabs against the demo cloud, offscreen:
// the networks model under QAbstractItemModelTester (paging, add, update, remove, error), then
// each tab's actions with their commands, and the "still in use" explanations.
// With ZENITH_SHOTS_DIR set, each tab is rendered to PNG.

#include "../democloud/serverfixture.h"

#include "compute/createserverrequest.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsubnetrequest.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/floatingipsmodel.h"
#include "network/floatingipsview.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsubnetsrequest.h"
#include "network/networksmodel.h"
#include "network/networksview.h"
#include "network/routersmodel.h"
#include "network/routersview.h"
#include "network/subnetdialog.h"
#include "network/subnetform.h"
#include "network/subnetsmodel.h"
#include "network/updatenetworkrequest.h"
#include "stores/floatingipstore.h"
#include "stores/networkstore.h"
#include "stores/routerstore.h"
#include "stores/subnetstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

void saveShot(QWidget* widget, const QString& file)
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let the layouts settle (a banner just shown)
    widget->resize(1100, 600);
    widget->grab().save(dir + u'/' + file);
}

// Selects the row whose IdRole is `id` in a view over a proxy.
bool selectId(QTableView* view, int idRole, const QString& id)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(idRole).toString() == id) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

void clickDestructive(QMessageBox* box)
{
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            button->click();
            return;
        }
    }
}

// Picks the entry containing `words` in a picker and accepts it.
bool pick(QInputDialog* dialog, const QString& words)
{
    for (const QString& item : dialog->comboBoxItems()) {
        if (item.contains(words)) {
            dialog->setTextValue(item);
            dialog->accept();
            return true;
        }
    }
    return false;
}

struct Lab
{
    QString networkId;
    QString subnetId;
};

Lab makeLab(Session* session)
{
    CreateNetworkRequest network;
    network.name = u"lab-net"_qs;
    const auto net = awaitResult(session->send(network));
    if (!net)
        return {};
    CreateSubnetRequest subnet;
    subnet.networkId = net->id;
    subnet.name = u"lab-subnet"_qs;
    subnet.cidr = u"10.12.0.0/16"_qs;
    subnet.gatewayIp = std::optional(u"10.12.0.1"_qs);
    const auto sub = awaitResult(session->send(subnet));
    return {net->id, sub ? sub->id : QString()};
}

QString lastCommand(const QSignalSpy& spy)
{
    return spy.isEmpty() ? QString() : spy.last().at(0).toString();
}

} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void networksModel();
    void networksTabCreatesAndExplainsInUse();
    void routersTab();
    void floatingIpsTab();
    void devCloudLabNetwork();

private:
    std::unique_ptr<NetworksModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestNetworks::init()
{
    m_model = std::make_unique<NetworksModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestNetworks::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestNetworks::networksModel()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    NetworkStore store;
    SubnetStore subnets;
    store.setSession(fx.session.get());
    subnets.setSession(fx.session.get());
    m_model->setStore(&store);
    m_model->setSubnetStore(&subnets);
    // Paging: a page per network.
    for (int i = 1; i <= 4; ++i) {
        CreateNetworkRequest create;
        create.name = u"net-"_qs + QString::number(i);
        QVERIFY(awaitResult(fx.session->send(create)));
    }
    store.setPageSize(1);
    QSignalSpy added(&store, &NetworkStore::networksAdded);
    store.load();
    QTRY_VERIFY(store.isLoaded());
    const auto all = awaitResult(fx.session->send(ListNetworksRequest{}));
    QVERIFY(all);
    QCOMPARE(m_model->rowCount(), all->items.size());
    QVERIFY(added.size() >= 5); // Ext-Net and four networks, one page each

    // Add: a network and its subnet.
    const Lab lab = makeLab(fx.session.get());
    QVERIFY(!lab.subnetId.isEmpty());
    store.refresh();
    subnets.load();
    QTRY_VERIFY(m_model->rowOf(lab.networkId) >= 0);
    QTRY_VERIFY(subnets.isLoaded());
    const int row = m_model->rowOf(lab.networkId);
    QCOMPARE(m_model->index(row, NetworksModel::Name).data().toString(), u"lab-net"_qs);
    QCOMPARE(m_model->index(row, NetworksModel::Subnets).data().toString(), u"lab-subnet 10.12.0.0/16"_qs);
    QCOMPARE(m_model->index(row, NetworksModel::Status).data().toString(), u"Active"_qs);

    // Update: renamed elsewhere, changed in place.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    UpdateNetworkRequest rename;
    rename.id = lab.networkId;
    rename.name = u"lab-net-renamed"_qs;
    QVERIFY(awaitResult(fx.session->send(rename)));
    store.refresh();
    QTRY_COMPARE(m_model->index(m_model->rowOf(lab.networkId), NetworksModel::Name).data().toString(),
                 u"lab-net-renamed"_qs);
    QVERIFY(!changed.isEmpty());
    const int rows = m_model->rowCount();

    // Error: the listing fails, the rows stay.
    demo::DemoFaults faults;
    faults.errorRate.insert(u"network"_qs, 1.0);
    fx.cloud->setFaults(faults);
    QSignalSpy failed(&store, &NetworkStore::failed);
    store.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_model->rowCount(), rows);
    fx.cloud->setFaults({});

    // Remove: deleted elsewhere, its row goes.
    QVERIFY(awaitResult(fx.session->send(DeleteNetworkRequest{lab.networkId})));
    store.refresh();
    QTRY_COMPARE(m_model->rowOf(lab.networkId), -1);
    QCOMPARE(m_model->rowCount(), rows - 1);

    // Session gone: every row goes.
    store.setSession(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestNetworks::networksTabCreatesAndExplainsInUse()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    NetworksSection section;
    section.setSession(fx.session.get());
    section.setActive(true);
    section.show();
    QSignalSpy commands(&section, &NetworksSection::commandIssued);
    QTRY_VERIFY(section.store()->isLoaded());

    SubnetDialog* dialog = section.createNetwork();
    QVERIFY(dialog);
    SubnetForm form;
    form.networkName = u"lab-net"_qs;
    form.name = u"lab-subnet"_qs;
    form.cidr = u"10.12.0.0/16"_qs;
    form.gateway = SubnetForm::Gateway::Address;
    form.gatewayAddress = u"10.12.0.1"_qs;
    form.dns = u"1.1.1.1"_qs;
    dialog->setForm(form);
    dialog->submit();
    QTRY_COMPARE(commands.size(), 2);
    QCOMPARE(commands.at(1).at(0).toString(),
             u"openstack subnet create --network lab-net --subnet-range "
             u"10.12.0.0/16 --gateway 10.12.0.1 --dns-nameserver 1.1.1.1 lab-subnet"_qs);
    QString networkId;
    const auto labListed = [&] {
        for (const Network& n : section.store()->networks()) {
            if (n.name == u"lab-net" && !n.subnets.isEmpty())
                networkId = n.id;
        }
        return !networkId.isEmpty() &&
               section.subnetStore()->subnet(section.store()->network(networkId)->subnets.first());
    };
    QTRY_VERIFY(labListed());
    const QString subnetId = section.store()->network(networkId)->subnets.first();
    QVERIFY(selectId(section.view(), NetworksModel::IdRole, networkId));
    QCOMPARE(section.subnetsView()->model()->rowCount(), 1);
    QInputDialog* rename = section.renameNetwork();
    QVERIFY(rename);
    rename->setTextValue(u"lab-net-2"_qs);
    rename->accept();
    QTRY_COMPARE(lastCommand(commands), u"openstack network set --name lab-net-2 lab-net"_qs);
    QTRY_COMPARE(section.store()->network(networkId)->name, u"lab-net-2"_qs);
    rename = section.renameNetwork();
    rename->setTextValue(u"lab-net"_qs);
    rename->accept();
    QTRY_COMPARE(section.store()->network(networkId)->name, u"lab-net"_qs);
    saveShot(&section, u"networks-tab.png"_qs);

    // A port holds an address: deleting the subnet, then the network, is refused and explained.
    CreatePortRequest port;
    port.networkId = networkId;
    port.name = u"lb-port"_qs;
    port.fixedIps = QList<PortFixedIp>{{subnetId, u"10.12.0.5"_qs}};
    const auto created = awaitResult(fx.session->send(port));
    QVERIFY(created);
    QVERIFY(selectId(section.subnetsView(), SubnetsModel::IdRole, subnetId));
    QMessageBox* box = section.deleteSubnet();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"lab-subnet"));
    clickDestructive(box);
    QTRY_VERIFY(!section.actionMessage().isEmpty());
    QVERIFY2(section.actionMessage().contains(u"Could not delete subnet “lab-subnet”. Addresses from it are still "
                                              u"used by: port “lb-port”, attached to nothing (10.12.0.5)."),
             qPrintable(section.actionMessage()));
    QVERIFY(section.actionMessage().contains(u"delete those ports"));
    QVERIFY(section.actionMessage().contains(u"One or more ports have an IP allocation"));

    box = section.deleteNetwork();
    QVERIFY(box);
    clickDestructive(box);
    QTRY_VERIFY(section.actionMessage().contains(u"Could not delete network “lab-net”"));
    QVERIFY2(section.actionMessage().contains(u"It is still used by: port “lb-port”"),
             qPrintable(section.actionMessage()));
    saveShot(&section, u"networks-tab-in-use.png"_qs);

    // Once the port is gone, the network goes (with its subnet).
    QVERIFY(awaitResult(fx.session->send(DeletePortRequest{created->id})));
    box = section.deleteNetwork();
    QVERIFY(box);
    clickDestructive(box);
    QTRY_COMPARE(lastCommand(commands), u"openstack network delete lab-net"_qs);
    QTRY_VERIFY(!section.store()->network(networkId));
}

void TestNetworks::routersTab()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    const Lab lab = makeLab(fx.session.get());
    QVERIFY(!lab.subnetId.isEmpty());
    RoutersSection section;
    section.setSession(fx.session.get());
    section.setActive(true);
    section.show();
    QSignalSpy commands(&section, &RoutersSection::commandIssued);
    QTRY_VERIFY(section.networkStore()->isLoaded() && section.subnetStore()->isLoaded());

    auto* dialog = section.createRouter();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(u"routerName"_qs)->setText(u"r1"_qs);
    auto* network = dialog->findChild<QComboBox*>(u"externalNetwork"_qs);
    network->setCurrentIndex(network->findText(u"Ext-Net"_qs));
    dialog->findChild<QPushButton*>(u"submit"_qs)->click();
    QTRY_COMPARE(lastCommand(commands), u"openstack router create --external-gateway Ext-Net r1"_qs);
    QTRY_COMPARE(section.model()->rowCount(), 1);
    const QString routerId = section.model()->routerAt(0).id;
    QCOMPARE(section.model()->index(0, RoutersModel::Gateway).data().toString(), u"Ext-Net"_qs);
    QVERIFY(!section.model()->index(0, RoutersModel::GatewayIp).data().toString().isEmpty());

    QVERIFY(selectId(section.view(), RoutersModel::IdRole, routerId));
    QInputDialog* picker = section.addInterface();
    QVERIFY(picker);
    QVERIFY(pick(picker, u"lab-subnet (10.12.0.0/16)"_qs));
    QTRY_COMPARE(lastCommand(commands), u"openstack router add subnet r1 lab-subnet"_qs);
    QTRY_COMPARE(section.model()->index(0, RoutersModel::Interfaces).data().toString(),
                 u"lab-subnet (10.12.0.0/16)"_qs);
    saveShot(&section, u"routers-tab.png"_qs);

    QMessageBox* box = section.deleteRouter();
    QVERIFY(box);
    clickDestructive(box);
    QTRY_VERIFY(!section.actionMessage().isEmpty());
    QVERIFY2(section.actionMessage().contains(u"It still has an interface at 10.12.0.1."),
             qPrintable(section.actionMessage()));
    QVERIFY(section.actionMessage().contains(u"remove the router's interfaces"));

    picker = section.removeInterface();
    QVERIFY(picker);
    QVERIFY(pick(picker, u"lab-subnet"_qs));
    QTRY_COMPARE(lastCommand(commands), u"openstack router remove subnet r1 lab-subnet"_qs);
    section.clearGateway();
    QTRY_COMPARE(lastCommand(commands), u"openstack router unset --external-gateway r1"_qs);
    QTRY_COMPARE(section.model()->index(0, RoutersModel::Gateway).data().toString(), u"None"_qs);
    picker = section.setGateway();
    QVERIFY(picker);
    QVERIFY(pick(picker, u"Ext-Net"_qs));
    QTRY_COMPARE(lastCommand(commands), u"openstack router set --external-gateway Ext-Net r1"_qs);
    box = section.deleteRouter();
    clickDestructive(box);
    QTRY_COMPARE(lastCommand(commands), u"openstack router delete r1"_qs);
    QTRY_COMPARE(section.model()->rowCount(), 0);
}

void TestNetworks::floatingIpsTab()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    const Lab lab = makeLab(fx.session.get());
    QVERIFY(!lab.subnetId.isEmpty());
    // A router from lab-net to Ext-Net, and an instance on lab-net.
    RoutersSection routers;
    routers.setSession(fx.session.get());
    routers.setActive(true);
    QTRY_VERIFY(routers.networkStore()->isLoaded() && routers.subnetStore()->isLoaded());
    auto* dialog = routers.createRouter();
    dialog->findChild<QLineEdit*>(u"routerName"_qs)->setText(u"r1"_qs);
    dialog->findChild<QPushButton*>(u"submit"_qs)->click();
    QTRY_COMPARE(routers.model()->rowCount(), 1);
    QVERIFY(selectId(routers.view(), RoutersModel::IdRole, routers.model()->routerAt(0).id));
    QVERIFY(pick(routers.addInterface(), u"lab-subnet"_qs));
    QTRY_VERIFY(!routers.model()->index(0, RoutersModel::Interfaces).data().toString().isEmpty());
    {
        const auto images = awaitResult(fx.session->send(ListImagesRequest{}));
        const auto flavors = awaitResult(fx.session->send(ListFlavorsRequest{}));
        QVERIFY(images && flavors);
        CreateServerRequest server;
        server.name = u"web-1"_qs;
        server.imageRef = images->items.first().id;
        server.flavorRef = flavors->items.first().id;
        server.nics = {ServerNic::network(lab.networkId, u"10.12.0.7"_qs)};
        QVERIFY(awaitResult(fx.session->send(server)));
        // Nova makes the instance's port as it builds: wait for it before the tab lists the ports.
        const auto serverPort = [&] {
            ListPortsRequest find;
            find.ipAddress = u"10.12.0.7"_qs;
            const auto found = awaitResult(fx.session->send(find));
            return found && !found->items.isEmpty() && found->items.first().deviceOwner.startsWith(u"compute:");
        };
        QTRY_VERIFY_WITH_TIMEOUT(serverPort(), 15000);
    }

    FloatingIpsSection section;
    section.setSession(fx.session.get());
    section.setActive(true);
    section.show();
    QSignalSpy commands(&section, &FloatingIpsSection::commandIssued);
    QTRY_VERIFY(section.networkStore()->isLoaded() && section.ownersLoaded());
    QInputDialog* picker = section.allocate();
    QVERIFY(picker);
    QVERIFY(!picker->comboBoxItems().contains(u"lab-net"_qs)); // only external networks
    QVERIFY(pick(picker, u"Ext-Net"_qs));
    QTRY_COMPARE(lastCommand(commands), u"openstack floating ip create Ext-Net"_qs);
    QTRY_COMPARE(section.model()->rowCount(), 1);
    const FloatingIp ip = section.model()->floatingIpAt(0);
    QCOMPARE(section.model()->index(0, FloatingIpsModel::Instance).data().toString(), u"Not associated"_qs);

    QVERIFY(selectId(section.view(), FloatingIpsModel::IdRole, ip.id));
    picker = section.associate();
    QVERIFY(picker);
    QVERIFY2(pick(picker, u"web-1 — 10.12.0.7"_qs), qPrintable(picker->comboBoxItems().join(u'|')));
    QTRY_VERIFY(lastCommand(commands).startsWith(u"openstack floating ip set --port "));
    QVERIFY(lastCommand(commands).endsWith(u"--fixed-ip-address 10.12.0.7 " + ip.floatingIpAddress));
    QTRY_COMPARE(section.model()->index(0, FloatingIpsModel::Instance).data().toString(), u"web-1"_qs);
    QCOMPARE(section.model()->index(0, FloatingIpsModel::FixedIp).data().toString(), u"10.12.0.7"_qs);
    saveShot(&section, u"floatingips-tab.png"_qs);

    section.disassociate();
    QTRY_COMPARE(lastCommand(commands), u"openstack floating ip unset --port "_qs + ip.floatingIpAddress);
    QTRY_COMPARE(section.model()->index(0, FloatingIpsModel::Instance).data().toString(), u"Not associated"_qs);
    QMessageBox* box = section.release();
    QVERIFY(box);
    QVERIFY(box->text().contains(ip.floatingIpAddress));
    clickDestructive(box);
    QTRY_COMPARE(lastCommand(commands), u"openstack floating ip delete "_qs + ip.floatingIpAddress);
    QTRY_COMPARE(section.model()->rowCount(), 0);
}

// Not run by ctest: the user path against a real cloud. With ZENITH_NETWORKS_CLOUD=devcloud-demo
// (and OS_CLIENT_CONFIG_FILE), creates lab-net + 10.12.0.0/16 with gateway 10.12.0.1 through the
// Networks tab, checks what Neutron made, and deletes it again through the tab.
void TestNetworks::devCloudLabNetwork()
{
    const QString name = qEnvironmentVariable("ZENITH_NETWORKS_CLOUD");
    if (name.isEmpty())
        QSKIP("set ZENITH_NETWORKS_CLOUD to a cloud of clouds.yaml");
    auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(name);
    QVERIFY(cloud);
    Session session(cloud.value());
    NetworksSection section;
    section.setSession(&session);
    section.setActive(true);
    section.show();
    QSignalSpy commands(&section, &NetworksSection::commandIssued);
    QTRY_VERIFY_WITH_TIMEOUT(section.store()->isLoaded() && section.subnetStore()->isLoaded(), 30000);
    SubnetDialog* dialog = section.createNetwork();
    SubnetForm form;
    form.networkName = u"lab-net"_qs;
    form.name = u"lab-subnet"_qs;
    form.cidr = u"10.12.0.0/16"_qs;
    form.gateway = SubnetForm::Gateway::Address;
    form.gatewayAddress = u"10.12.0.1"_qs;
    dialog->setForm(form);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(commands.size() == 2 || !dialog->message().isEmpty(), 30000);
    QVERIFY2(dialog->message().isEmpty(), qPrintable(dialog->message()));
    for (const auto& command : commands)
        qInfo("%s", qPrintable(command.at(0).toString()));
    ListSubnetsRequest find;
    find.name = u"lab-subnet"_qs;
    find.cidr = u"10.12.0.0/16"_qs;
    const auto found = awaitResult(session.send(find));
    QVERIFY(found);
    QCOMPARE(found->items.size(), 1);
    const Subnet subnet = found->items.first();
    QCOMPARE(subnet.gatewayIp, std::optional(u"10.12.0.1"_qs));
    QCOMPARE(subnet.allocationPools.size(), 1);
    qInfo("subnet %s gateway %s pool %s - %s dhcp %d", qPrintable(subnet.cidr), qPrintable(*subnet.gatewayIp),
          qPrintable(subnet.allocationPools.first().start), qPrintable(subnet.allocationPools.first().end),
          subnet.enableDhcp);
    QTRY_VERIFY_WITH_TIMEOUT(section.store()->network(subnet.networkId), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(selectId(section.view(), NetworksModel::IdRole, subnet.networkId), 30000);
    saveShot(&section, u"networks-tab-devcloud.png"_qs);
    QMessageBox* box = section.deleteNetwork();
    QVERIFY(box);
    clickDestructive(box);
    QTRY_COMPARE_WITH_TIMEOUT(lastCommand(commands), u"openstack network delete lab-net"_qs, 30000);
}

QTEST_MAIN(TestNetworks)
#include "tst_networks.moc"
