// Issue 6, the subnet form: SubnetForm's checks with good and bad input (bad CIDR, overlap,
// gateway outside the range or inside a pool, pool outside the range...), the requests it builds,
// then the dialog offscreen against the demo cloud: refusals keep what was typed and send nothing;
// lab-net + 10.12.0.0/16 with gateway 10.12.0.1 is created with its commands.
// With ZENITH_SHOTS_DIR set, the dialog is also rendered to PNG (empty, refusing, editing).

#include "../democloud/serverfixture.h"

#include "network/listnetworksrequest.h"
#include "network/listsubnetsrequest.h"
#include "network/subnetdialog.h"
#include "network/subnetform.h"
#include "stores/networkstore.h"
#include "stores/subnetstore.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

Q_DECLARE_METATYPE(zenith::SubnetForm::Gateway)

namespace {

SubnetForm labForm()
{
    SubnetForm f;
    f.newNetwork = true;
    f.networkName = u"lab-net"_qs;
    f.name = u"lab-subnet"_qs;
    f.cidr = u"10.12.0.0/16"_qs;
    f.gateway = SubnetForm::Gateway::Address;
    f.gatewayAddress = u"10.12.0.1"_qs;
    return f;
}

Subnet existing(const QString& name, const QString& cidr)
{
    Subnet s;
    s.id = name + u"-id";
    s.name = name;
    s.networkId = u"net-id"_qs;
    s.cidr = cidr;
    return s;
}

void saveShot(QWidget* widget, const QString& file)
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50); // let the layouts settle (a banner just shown)
    widget->grab().save(dir + u'/' + file);
}

} // namespace

class TestSubnetForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodForms_data();
    void goodForms();
    void badForms_data();
    void badForms();
    void overlap();
    void editSkipsItself();
    void createRequest();
    void updateRequestSendsOnlyChanges();
    void dialogRefusesAndKeepsInput();
    void dialogCreatesLabNetwork();
    void dialogEditsSubnet();
};

void TestSubnetForm::goodForms_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<SubnetForm::Gateway>("gateway");
    QTest::addColumn<QString>("gatewayAddress");
    QTest::addColumn<QString>("pools");
    QTest::addColumn<QString>("dns");
    QTest::addColumn<QString>("routes");
    using G = SubnetForm::Gateway;
    QTest::newRow("lab") << u"10.12.0.0/16"_qs << G::Address << u"10.12.0.1"_qs << QString() << QString() << QString();
    QTest::newRow("default gateway") << u"192.168.1.0/24"_qs << G::Default << QString() << QString() << QString()
                                     << QString();
    QTest::newRow("no gateway, whole pool")
        << u"192.168.1.0/24"_qs << G::None << QString() << u"192.168.1.1 - 192.168.1.254"_qs << QString() << QString();
    QTest::newRow("pool after gateway") << u"10.12.0.0/16"_qs << G::Address << u"10.12.0.1"_qs
                                        << u"10.12.0.10 - 10.12.0.200\n10.12.1.0,10.12.1.255"_qs
                                        << u"1.1.1.1, 9.9.9.9"_qs << u"192.168.0.0/24 via 10.12.0.254"_qs;
    QTest::newRow("gateway at the end") << u"10.0.0.0/24"_qs << G::Address << u"10.0.0.254"_qs
                                        << u"10.0.0.2-10.0.0.253"_qs << u"8.8.8.8"_qs
                                        << u"0.0.0.0/0,10.0.0.1\n172.16.0.0/12 -> 10.0.0.3"_qs;
    QTest::newRow("ipv6") << u"fd00:12::/64"_qs << G::Default << QString() << QString() << u"2606:4700:4700::1111"_qs
                          << QString();
}

void TestSubnetForm::goodForms()
{
    SubnetForm f;
    QFETCH(QString, cidr);
    QFETCH(SubnetForm::Gateway, gateway);
    QFETCH(QString, gatewayAddress);
    QFETCH(QString, pools);
    QFETCH(QString, dns);
    QFETCH(QString, routes);
    f.cidr = cidr;
    f.gateway = gateway;
    f.gatewayAddress = gatewayAddress;
    f.pools = pools;
    f.dns = dns;
    f.routes = routes;
    const auto problems = f.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
}

void TestSubnetForm::badForms_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("gatewayAddress"); // empty: Neutron's default gateway
    QTest::addColumn<QString>("pools");
    QTest::addColumn<QString>("dns");
    QTest::addColumn<QString>("routes");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("words");
    const int cidr = int(SubnetProblem::Field::Cidr);
    const int gateway = int(SubnetProblem::Field::Gateway);
    const int pools = int(SubnetProblem::Field::Pools);
    const int dns = int(SubnetProblem::Field::Dns);
    const int routes = int(SubnetProblem::Field::Routes);
    QTest::newRow("empty cidr") << QString() << QString() << QString() << QString() << QString() << cidr
                                << u"for example 10.12.0.0/16"_qs;
    QTest::newRow("no prefix") << u"10.12.0.0"_qs << QString() << QString() << QString() << QString() << cidr
                               << u"is not a range in CIDR notation"_qs;
    QTest::newRow("bad octet") << u"10.300.0.0/16"_qs << QString() << QString() << QString() << QString() << cidr
                               << u"is not a range in CIDR notation"_qs;
    QTest::newRow("short form") << u"10.12/16"_qs << QString() << QString() << QString() << QString() << cidr
                                << u"is not a range"_qs;
    QTest::newRow("prefix 33") << u"10.12.0.0/33"_qs << QString() << QString() << QString() << QString() << cidr
                               << u"not a range"_qs;
    QTest::newRow("host bits") << u"10.12.0.1/16"_qs << QString() << QString() << QString() << QString() << cidr
                               << u"did you mean 10.12.0.0/16?"_qs;
    QTest::newRow("too small") << u"10.12.0.0/31"_qs << QString() << QString() << QString() << QString() << cidr
                               << u"leaves no address"_qs;
    QTest::newRow("gateway outside") << u"10.12.0.0/16"_qs << u"10.13.0.1"_qs << QString() << QString() << QString()
                                     << gateway << u"outside 10.12.0.0/16"_qs;
    QTest::newRow("gateway not an ip") << u"10.12.0.0/16"_qs << u"router"_qs << QString() << QString() << QString()
                                       << gateway << u"is not an IP address"_qs;
    QTest::newRow("gateway broadcast") << u"10.0.0.0/24"_qs << u"10.0.0.255"_qs << QString() << QString() << QString()
                                       << gateway << u"broadcast"_qs;
    QTest::newRow("gateway inside pool") << u"10.12.0.0/16"_qs << u"10.12.0.1"_qs << u"10.12.0.1 - 10.12.0.200"_qs
                                         << QString() << QString() << pools << u"holds the gateway 10.12.0.1"_qs;
    QTest::newRow("default gateway inside pool") << u"10.0.0.0/24"_qs << QString() << u"10.0.0.1-10.0.0.50"_qs
                                                 << QString() << QString() << pools << u"holds the gateway 10.0.0.1"_qs;
    QTest::newRow("pool outside cidr") << u"10.12.0.0/16"_qs << u"10.12.0.1"_qs << u"10.13.0.10 - 10.13.0.20"_qs
                                       << QString() << QString() << pools << u"is not inside 10.12.0.0/16"_qs;
    QTest::newRow("pool over broadcast") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << u"10.0.0.10 - 10.0.0.255"_qs
                                         << QString() << QString() << pools << u"between 10.0.0.1 and 10.0.0.254"_qs;
    QTest::newRow("pool reversed") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << u"10.0.0.50 - 10.0.0.10"_qs << QString()
                                   << QString() << pools << u"ends before it starts"_qs;
    QTest::newRow("pool garbage") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << u"10.0.0.10"_qs << QString() << QString()
                                  << pools << u"Line 1 of the allocation pools"_qs;
    QTest::newRow("pools overlap") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs
                                   << u"10.0.0.10-10.0.0.50\n10.0.0.40-10.0.0.60"_qs << QString() << QString() << pools
                                   << u"overlap"_qs;
    QTest::newRow("dns name") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << QString() << u"dns.google"_qs << QString()
                              << dns << u"given by address"_qs;
    QTest::newRow("dns twice") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << QString() << u"1.1.1.1, 1.1.1.1"_qs
                               << QString() << dns << u"listed twice"_qs;
    QTest::newRow("dns six") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << QString()
                             << u"1.1.1.1 1.0.0.1 8.8.8.8 8.8.4.4 9.9.9.9 149.112.112.112"_qs << QString() << dns
                             << u"at most 5"_qs;
    QTest::newRow("route no hop") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << QString() << QString()
                                  << u"192.168.0.0/24"_qs << routes << u"Line 1 of the host routes"_qs;
    QTest::newRow("route host bits") << u"10.0.0.0/24"_qs << u"10.0.0.1"_qs << QString() << QString()
                                     << u"\n192.168.0.1/24 via 10.0.0.3"_qs << routes << u"Line 2"_qs;
}

void TestSubnetForm::badForms()
{
    QFETCH(QString, cidr);
    QFETCH(QString, gatewayAddress);
    QFETCH(QString, pools);
    QFETCH(QString, dns);
    QFETCH(QString, routes);
    QFETCH(int, field);
    QFETCH(QString, words);
    SubnetForm f;
    f.cidr = cidr;
    f.gateway = gatewayAddress.isEmpty() ? SubnetForm::Gateway::Default : SubnetForm::Gateway::Address;
    f.gatewayAddress = gatewayAddress;
    f.pools = pools;
    f.dns = dns;
    f.routes = routes;
    const auto problems = f.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), field);
    QVERIFY2(problems.first().message.contains(words), qPrintable(problems.first().message));
}

void TestSubnetForm::overlap()
{
    SubnetForm f = labForm();
    const QList<Subnet> others{existing(u"old"_qs, u"10.12.128.0/24"_qs), existing(u"far"_qs, u"192.168.0.0/24"_qs)};
    const auto problems = f.validate(others, {}, {{u"net-id"_qs, u"old-net"_qs}});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(int(problems.first().field), int(SubnetProblem::Field::Cidr));
    QCOMPARE(problems.first().message, u"10.12.0.0/16 overlaps 10.12.128.0/24, the range of subnet “old” on network "
                                       u"“old-net”: choose a range that shares no address with it."_qs);
    f.cidr = u"10.13.0.0/16"_qs;
    f.gatewayAddress = u"10.13.0.1"_qs;
    QVERIFY(f.validate(others).isEmpty());
    // Without a network name, a new network is refused.
    f.networkName = u"  "_qs;
    QCOMPARE(int(f.validate(others).first().field), int(SubnetProblem::Field::NetworkName));
}

void TestSubnetForm::editSkipsItself()
{
    const Subnet lab = existing(u"lab-subnet"_qs, u"10.12.0.0/16"_qs);
    SubnetForm f = SubnetForm::fromSubnet(lab);
    QVERIFY(f.validate({lab}, lab.id).isEmpty());
}

void TestSubnetForm::createRequest()
{
    SubnetForm f = labForm();
    f.pools = u"10.12.0.10 - 10.12.0.200"_qs;
    f.dns = u"1.1.1.1, 9.9.9.9"_qs;
    f.routes = u"192.168.0.0/24 via 10.12.0.254"_qs;
    f.dhcp = false;
    const CreateSubnetRequest r = f.createRequest(u"net"_qs);
    QCOMPARE(r.networkId, u"net"_qs);
    QCOMPARE(r.cidr, u"10.12.0.0/16"_qs);
    QCOMPARE(r.ipVersion, 4);
    QCOMPARE(r.name, std::optional(u"lab-subnet"_qs));
    QVERIFY(r.gatewayIp && *r.gatewayIp == u"10.12.0.1"_qs);
    QCOMPARE(r.allocationPools->size(), 1);
    QCOMPARE(r.allocationPools->first().end, u"10.12.0.200"_qs);
    QCOMPARE(*r.dnsNameservers, (QStringList{u"1.1.1.1"_qs, u"9.9.9.9"_qs}));
    QCOMPARE(r.hostRoutes->first().nexthop, u"10.12.0.254"_qs);
    QCOMPARE(r.enableDhcp, std::optional(false));
    f.gateway = SubnetForm::Gateway::None;
    QVERIFY(f.createRequest(u"net"_qs).gatewayIp && !f.createRequest(u"net"_qs).gatewayIp->has_value());
    f.gateway = SubnetForm::Gateway::Default;
    QVERIFY(!f.createRequest(u"net"_qs).gatewayIp);
}

void TestSubnetForm::updateRequestSendsOnlyChanges()
{
    Subnet s = existing(u"lab-subnet"_qs, u"10.12.0.0/16"_qs);
    s.gatewayIp = u"10.12.0.1"_qs;
    s.allocationPools = {{u"10.12.0.2"_qs, u"10.12.255.254"_qs}};
    s.dnsNameservers = {u"1.1.1.1"_qs};
    SubnetForm f = SubnetForm::fromSubnet(s);
    UpdateSubnetRequest r = f.updateRequest(s);
    QVERIFY(!r.name && !r.gatewayIp && !r.allocationPools && !r.dnsNameservers && !r.hostRoutes && !r.enableDhcp);
    f.dns = u"9.9.9.9"_qs;
    f.gateway = SubnetForm::Gateway::None;
    r = f.updateRequest(s);
    QCOMPARE(*r.dnsNameservers, QStringList{u"9.9.9.9"_qs});
    QVERIFY(r.gatewayIp && !r.gatewayIp->has_value());
    QVERIFY(!r.allocationPools && !r.name);
}

void TestSubnetForm::dialogRefusesAndKeepsInput()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    NetworkStore networks;
    SubnetStore subnets;
    networks.setSession(fx.session.get());
    subnets.setSession(fx.session.get());
    SubnetDialog dialog(fx.session.get(), &subnets, &networks);
    dialog.startNewNetwork();
    dialog.show();
    saveShot(&dialog, u"subnet-dialog-new.png"_qs);
    QSignalSpy commands(&dialog, &SubnetDialog::commandIssued);

    SubnetForm bad = labForm();
    bad.cidr = u"10.12.0.1/16"_qs;
    dialog.setForm(bad);
    dialog.submit();
    QVERIFY(dialog.message().contains(u"did you mean 10.12.0.0/16?"));
    QCOMPARE(dialog.form().cidr, u"10.12.0.1/16"_qs);
    QCOMPARE(dialog.findChild<QLineEdit*>(u"networkName"_qs)->text(), u"lab-net"_qs);

    bad = labForm();
    bad.pools = u"10.12.0.1 - 10.12.0.100\n10.13.0.1 - 10.13.0.9"_qs;
    bad.dns = u"dns.example"_qs;
    dialog.setForm(bad);
    dialog.submit();
    QVERIFY(dialog.message().contains(u"holds the gateway 10.12.0.1"));
    QVERIFY(dialog.message().contains(u"is not inside 10.12.0.0/16"));
    QVERIFY(dialog.message().contains(u"given by address"));
    saveShot(&dialog, u"subnet-dialog-refused.png"_qs);
    QVERIFY(!dialog.isBusy());
    QTest::qWait(50);
    QCOMPARE(commands.size(), 0);
    const auto listed = awaitResult(fx.session->send(ListNetworksRequest{}));
    QVERIFY(listed);
    for (const Network& n : listed->items)
        QVERIFY(n.name != u"lab-net");
}

void TestSubnetForm::dialogCreatesLabNetwork()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    NetworkStore networks;
    SubnetStore subnets;
    networks.setSession(fx.session.get());
    subnets.setSession(fx.session.get());
    subnets.load();
    QTRY_VERIFY(subnets.isLoaded());
    SubnetDialog dialog(fx.session.get(), &subnets, &networks);
    dialog.startNewNetwork();
    dialog.show();
    QSignalSpy commands(&dialog, &SubnetDialog::commandIssued);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.setForm(labForm());
    dialog.submit();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(commands.size(), 2);
    QCOMPARE(commands.at(0).at(0).toString(), u"openstack network create lab-net"_qs);
    QCOMPARE(commands.at(1).at(0).toString(), u"openstack subnet create --network lab-net --subnet-range 10.12.0.0/16 "
                                              u"--gateway 10.12.0.1 lab-subnet"_qs);
    ListSubnetsRequest find;
    find.name = u"lab-subnet"_qs;
    const auto created = awaitResult(fx.session->send(find));
    QVERIFY(created);
    QCOMPARE(created->items.size(), 1);
    QCOMPARE(created->items.first().cidr, u"10.12.0.0/16"_qs);
    QCOMPARE(created->items.first().gatewayIp, std::optional(u"10.12.0.1"_qs));

    // The same range again now overlaps: refused before anything is sent.
    subnets.refresh();
    QTRY_VERIFY(subnets.subnet(created->items.first().id));
    SubnetDialog again(fx.session.get(), &subnets, &networks);
    again.startNewNetwork();
    SubnetForm second = labForm();
    second.networkName = u"lab-net-2"_qs;
    again.setForm(second);
    again.submit();
    QVERIFY2(again.message().contains(u"overlaps 10.12.0.0/16, the range of subnet “lab-subnet”"),
             qPrintable(again.message()));
}

void TestSubnetForm::dialogEditsSubnet()
{
    ServerFixture fx;
    QVERIFY(fx.started);
    NetworkStore networks;
    SubnetStore subnets;
    networks.setSession(fx.session.get());
    subnets.setSession(fx.session.get());
    SubnetDialog create(fx.session.get(), &subnets, &networks);
    create.startNewNetwork();
    create.setForm(labForm());
    QSignalSpy created(&create, &QDialog::accepted);
    create.submit();
    QVERIFY(created.wait(10000));
    subnets.load();
    QTRY_VERIFY(subnets.isLoaded());
    Subnet lab;
    for (const Subnet& s : subnets.subnets()) {
        if (s.name == u"lab-subnet")
            lab = s;
    }
    QVERIFY(!lab.id.isEmpty());

    SubnetDialog edit(fx.session.get(), &subnets, &networks);
    edit.startEdit(lab);
    edit.show();
    QVERIFY(edit.findChild<QLineEdit*>(u"cidr"_qs)->isReadOnly());
    SubnetForm f = edit.form();
    f.dns = u"1.1.1.1, 9.9.9.9"_qs;
    f.dhcp = false;
    edit.setForm(f);
    saveShot(&edit, u"subnet-dialog-edit.png"_qs);
    QSignalSpy commands(&edit, &SubnetDialog::commandIssued);
    QSignalSpy accepted(&edit, &QDialog::accepted);
    edit.submit();
    QVERIFY(accepted.wait(10000));
    QCOMPARE(commands.first().at(0).toString(), u"openstack subnet set --no-dns-nameservers --dns-nameserver 1.1.1.1 "
                                                u"--dns-nameserver 9.9.9.9 --no-dhcp lab-subnet"_qs);
}

QTEST_MAIN(TestSubnetForm)
#include "tst_subnetform.moc"
