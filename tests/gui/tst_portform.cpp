// Issue 6, ports: PortForm's checks with good and bad input, and the requests and commands it makes.

#include "network/portform.h"

#include <QTest>

using namespace zenith;

namespace {

PortFormFixedIp labIp(const QString& address)
{
    return {u"sub-1"_qs, u"lab-subnet"_qs, u"10.12.0.0/16"_qs, u"10.12.0.1"_qs, address};
}

PortForm labForm()
{
    PortForm form;
    form.networkId = u"net-1"_qs;
    form.networkName = u"lab-net"_qs;
    form.name = u"lb-private"_qs;
    form.fixedIps = {labIp(u"10.12.0.1"_qs)};
    return form;
}

} // namespace

class TestPortForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedIp_data();
    void fixedIp();
    void addressPair_data();
    void addressPair();
    void labPortIsValid();
    void problemsNameTheirRow();
    void portSecurityOffNeedsClearing();
    void createRequestAndCommand();
    void updateOnlyWhatChanged();
    void disableSecurityClearsInOneUpdate();
};

void TestPortForm::fixedIp_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("problem"); // a word the message holds; empty: accepted
    QTest::newRow("gateway address") << u"10.12.0.1"_qs << u"10.12.0.0/16"_qs << QString();
    QTest::newRow("last host") << u"10.12.255.254"_qs << u"10.12.0.0/16"_qs << QString();
    QTest::newRow("spaces") << u" 10.12.3.4 "_qs << u"10.12.0.0/16"_qs << QString();
    QTest::newRow("ipv6") << u"2001:db8::5"_qs << u"2001:db8::/64"_qs << QString();
    QTest::newRow("outside") << u"10.13.0.1"_qs << u"10.12.0.0/16"_qs << u"outside the subnet"_qs;
    QTest::newRow("network address") << u"10.12.0.0"_qs << u"10.12.0.0/16"_qs << u"subnet 10.12.0.0/16 itself"_qs;
    QTest::newRow("broadcast") << u"10.12.255.255"_qs << u"10.12.0.0/16"_qs << u"broadcast"_qs;
    QTest::newRow("not an address") << u"10.12.0"_qs << u"10.12.0.0/16"_qs << u"not an IP address"_qs;
    QTest::newRow("a name") << u"gateway"_qs << u"10.12.0.0/16"_qs << u"not an IP address"_qs;
    QTest::newRow("cidr typed") << u"10.12.0.1/16"_qs << u"10.12.0.0/16"_qs << u"not an IP address"_qs;
    QTest::newRow("other version") << u"2001:db8::5"_qs << u"10.12.0.0/16"_qs << u"same IP version"_qs;
}

void TestPortForm::fixedIp()
{
    QFETCH(QString, address);
    QFETCH(QString, cidr);
    QFETCH(QString, problem);
    const QString message = PortForm::fixedIpProblem(address, cidr);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestPortForm::addressPair_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("problem");
    QTest::newRow("any ipv4") << u"0.0.0.0/0"_qs << QString() << QString();
    QTest::newRow("address") << u"10.12.0.5"_qs << QString() << QString();
    QTest::newRow("cidr") << u"192.168.0.0/24"_qs << QString() << QString();
    QTest::newRow("ipv6 cidr") << u"2001:db8::/64"_qs << QString() << QString();
    QTest::newRow("with mac") << u"10.12.0.5"_qs << u"fa:16:3e:12:34:56"_qs << QString();
    QTest::newRow("mac dashes") << u"10.12.0.5"_qs << u"FA-16-3E-12-34-56"_qs << QString();
    QTest::newRow("empty") << QString() << QString() << u"0.0.0.0/0"_qs;
    QTest::newRow("prefix too long") << u"10.0.0.0/33"_qs << QString() << u"not a valid CIDR"_qs;
    QTest::newRow("no prefix") << u"10.0.0.0/"_qs << QString() << u"not a valid CIDR"_qs;
    QTest::newRow("host bits") << u"10.12.0.1/16"_qs << QString() << u"10.12.0.0/16"_qs;
    QTest::newRow("bad address") << u"10.0.0.300"_qs << QString() << u"not an IP address or a CIDR"_qs;
    QTest::newRow("bad mac") << u"10.12.0.5"_qs << u"fa:16:3e:12:34"_qs << u"not a MAC address"_qs;
}

void TestPortForm::addressPair()
{
    QFETCH(QString, ip);
    QFETCH(QString, mac);
    QFETCH(QString, problem);
    const QString message = PortForm::addressPairProblem(ip, mac);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestPortForm::labPortIsValid()
{
    PortForm form = labForm();
    form.allowedAddressPairs = {{u"0.0.0.0/0"_qs, {}}};
    QVERIFY(form.validate().isEmpty());
}

void TestPortForm::problemsNameTheirRow()
{
    PortForm form = labForm();
    form.networkId.clear();
    form.fixedIps = {labIp(u"10.12.0.1"_qs), labIp(u"10.13.0.1"_qs), labIp(u"10.12.0.1"_qs), labIp(QString())};
    form.fixedIps[3].subnetId.clear();
    form.allowedAddressPairs = {{u"0.0.0.0/0"_qs, {}}, {u"10.0.0.0/40"_qs, {}}};
    const QList<PortProblem> problems = form.validate();
    QCOMPARE(problems.size(), 5);
    QCOMPARE(problems[0].field, PortProblem::Field::Network);
    QCOMPARE(problems[1].field, PortProblem::Field::FixedIps);
    QCOMPARE(problems[1].row, 1);
    QVERIFY(problems[1].message.contains(u"outside"_qs));
    QCOMPARE(problems[2].row, 2);
    QVERIFY(problems[2].message.contains(u"listed twice"_qs));
    QCOMPARE(problems[3].row, 3);
    QCOMPARE(problems[4].field, PortProblem::Field::AddressPairs);
    QCOMPARE(problems[4].row, 1);
}

void TestPortForm::portSecurityOffNeedsClearing()
{
    PortForm form = labForm();
    form.portSecurity = false;
    form.securityGroupIds = {u"sg-default"_qs};
    form.securityGroupNames = {u"default"_qs};
    form.allowedAddressPairs = {{u"0.0.0.0/0"_qs, {}}};
    form.clearForPortSecurityOff = false;
    const QList<PortProblem> problems = form.validate();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].field, PortProblem::Field::SecurityGroups);
    QVERIFY(problems[0].message.contains(u"security groups"_qs));
    QCOMPARE(problems[1].field, PortProblem::Field::AddressPairs);
    form.clearForPortSecurityOff = true;
    QVERIFY(form.validate().isEmpty());
    QVERIFY(form.effectiveGroupIds().isEmpty());
    QVERIFY(form.effectivePairs().isEmpty());
}

void TestPortForm::createRequestAndCommand()
{
    PortForm form = labForm();
    form.allowedAddressPairs = {{u" 0.0.0.0/0 "_qs, {}}};
    form.securityGroupIds = {u"sg-1"_qs};
    form.securityGroupNames = {u"default"_qs};
    const CreatePortRequest r = form.createRequest();
    QCOMPARE(r.networkId, u"net-1"_qs);
    QCOMPARE(r.name, u"lb-private"_qs);
    QCOMPARE(r.fixedIps->size(), 1);
    QCOMPARE(r.fixedIps->first().subnetId, u"sub-1"_qs);
    QCOMPARE(r.fixedIps->first().ipAddress, u"10.12.0.1"_qs);
    QCOMPARE(r.allowedAddressPairs->first().ipAddress, u"0.0.0.0/0"_qs);
    QCOMPARE(*r.securityGroups, QStringList{u"sg-1"_qs});
    QVERIFY(!r.portSecurityEnabled);
    QCOMPARE(form.createCommand(),
             u"openstack port create --network lab-net --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 "
             "--security-group default --allowed-address ip-address=0.0.0.0/0 lb-private"_qs);
}

void TestPortForm::updateOnlyWhatChanged()
{
    Port before;
    before.id = u"port-1"_qs;
    before.name = u"lb-private"_qs;
    before.networkId = u"net-1"_qs;
    before.fixedIps = {{u"sub-1"_qs, u"10.12.0.57"_qs}};
    before.securityGroups = {u"sg-1"_qs};
    before.portSecurityEnabled = true;
    PortForm form = labForm();
    form.portLabel = u"lb-private"_qs;
    form.fixedIps = {labIp(u"10.12.0.57"_qs), labIp(u"10.12.0.1"_qs)};
    form.securityGroupIds = {u"sg-1"_qs};
    const UpdatePortRequest r = form.updateRequest(before);
    QCOMPARE(r.id, u"port-1"_qs);
    QVERIFY(!r.name);
    QVERIFY(!r.securityGroups);
    QVERIFY(!r.allowedAddressPairs);
    QVERIFY(!r.portSecurityEnabled);
    QCOMPARE(r.fixedIps->size(), 2);
    const QHash<QString, QString> subnets{{u"sub-1"_qs, u"lab-subnet"_qs}};
    QCOMPARE(form.setCommand(before, subnets, {}),
             u"openstack port set --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
    form.fixedIps = {labIp(u"10.12.0.1"_qs)};
    QCOMPARE(form.setCommand(before, subnets, {}),
             u"openstack port set --no-fixed-ip --fixed-ip subnet=lab-subnet,ip-address=10.12.0.1 lb-private"_qs);
}

void TestPortForm::disableSecurityClearsInOneUpdate()
{
    Port before;
    before.id = u"port-1"_qs;
    before.name = u"P"_qs;
    before.fixedIps = {{u"sub-1"_qs, u"10.12.0.1"_qs}};
    before.securityGroups = {u"sg-1"_qs};
    before.portSecurityEnabled = true;
    PortForm form = labForm();
    form.name = u"P"_qs;
    form.portLabel = u"P"_qs;
    form.securityGroupIds = {u"sg-1"_qs};
    form.portSecurity = false;
    const UpdatePortRequest r = form.updateRequest(before);
    QCOMPARE(r.portSecurityEnabled, std::optional<bool>(false));
    QVERIFY(r.securityGroups && r.securityGroups->isEmpty());
    QVERIFY(!r.fixedIps);
    QCOMPARE(form.setCommand(before, {}, {{u"sg-1"_qs, u"default"_qs}}),
             u"openstack port set --no-security-group --disable-port-security P"_qs);
}

QTEST_GUILESS_MAIN(TestPortForm)
#include "tst_portform.moc"
