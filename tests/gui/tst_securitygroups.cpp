// Issue 6, security groups: the store and the two models (groups, rules of the selected group)
// under QAbstractItemModelTester, the Security groups tab's actions and the rule editor with good
// and bad input and each preset, offscreen against an in-process demo cloud. Neutron's refusals
// (a duplicate rule, a group in use) must be explained, and every action gives its command.
// ZENITH_SHOTS_DIR=<dir>: renders the tab and the dialogs to PNG files for people to look at.

#include "../democloud/serverfixture.h"

#include "common/messagebanner.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/securitygroupdialog.h"
#include "network/securitygrouprulesmodel.h"
#include "network/securitygroupsmodel.h"
#include "network/securitygroupsview.h"
#include "network/securityruledialog.h"
#include "network/updatesecuritygrouprequest.h"
#include "stores/securitygroupstore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace zenith;
using namespace zenith::test;

class TestSecurityGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void storeFollowsTheCloud();
    void listingError();
    void createRenameDeleteGroup();
    void ruleEditorRefusesBadInput();
    void ruleEditorPresets();
    void duplicateRuleExplained();
    void deleteRules();
    void groupInUseExplained();
    void labGroups();
    void labGroupsOnDevCloud();
    void screenshots();

private:
    QString createGroup(const QString& name);
    QString groupIdNamed(const QString& name) const;
    SecurityRuleDialog* openRuleEditor(const QString& group);
    QStringList commands() const;
    QStringList sentencesOf(const QString& group);
    void buildLab(const QString& suffix);
    void deleteGroupNamed(const QString& name);

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<SecurityGroupsSection> m_section;
    std::unique_ptr<QAbstractItemModelTester> m_groupsTester;
    std::unique_ptr<QAbstractItemModelTester> m_rulesTester;
    std::unique_ptr<QSignalSpy> m_commands;
};

void TestSecurityGroups::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSecurityGroups::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
    m_section = std::make_unique<SecurityGroupsSection>();
    m_section->resize(1200, 760);
    m_groupsTester = std::make_unique<QAbstractItemModelTester>(m_section->groupsModel(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_rulesTester = std::make_unique<QAbstractItemModelTester>(m_section->rulesModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_commands = std::make_unique<QSignalSpy>(m_section.get(), &SecurityGroupsSection::commandIssued);
    m_section->setSession(m_fixture->session.get());
    QSignalSpy finished(m_section->store(), &SecurityGroupStore::loadingFinished);
    m_section->setActive(true);
    QVERIFY(finished.wait(10000));
}

void TestSecurityGroups::cleanup()
{
    m_commands.reset();
    m_rulesTester.reset();
    m_groupsTester.reset();
    m_section.reset();
    m_fixture.reset();
}

QString TestSecurityGroups::createGroup(const QString& name)
{
    SecurityGroupDialog* dialog = m_section->newGroup();
    dialog->setName(name);
    dialog->submit();
    if (!QTest::qWaitFor([&] { return !groupIdNamed(name).isEmpty(); }, 10000))
        return {};
    return groupIdNamed(name);
}

QString TestSecurityGroups::groupIdNamed(const QString& name) const
{
    for (const SecurityGroup& group : m_section->store()->groups()) {
        if (group.name == name)
            return group.id;
    }
    return {};
}

SecurityRuleDialog* TestSecurityGroups::openRuleEditor(const QString& group)
{
    if (!m_section->selectGroup(groupIdNamed(group)))
        return nullptr;
    return m_section->addRule();
}

QStringList TestSecurityGroups::commands() const
{
    QStringList all;
    for (const QList<QVariant>& signal : *m_commands)
        all << signal.at(0).toString();
    return all;
}

QStringList TestSecurityGroups::sentencesOf(const QString& group)
{
    m_section->selectGroup(groupIdNamed(group));
    QStringList sentences;
    SecurityGroupRulesModel* rules = m_section->rulesModel();
    for (int row = 0; row < rules->rowCount(); ++row)
        sentences << rules->index(row, SecurityGroupRulesModel::Meaning).data().toString();
    sentences.sort();
    return sentences;
}

// Paging, additions, changes and removals made by another client reach the models as diffs.
void TestSecurityGroups::storeFollowsTheCloud()
{
    Session* session = m_fixture->session.get();
    SecurityGroupStore* store = m_section->store();
    QCOMPARE(m_section->groupsModel()->rowCount(), 1); // the project's default group
    const QString defaultId = groupIdNamed(u"default"_qs);
    QVERIFY(m_section->selectGroup(defaultId));
    QCOMPARE(m_section->rulesModel()->rowCount(), 4); // two ingress from itself, two egress
    QVERIFY(m_section->rulesModel()->index(0, 0).data().toString().startsWith(u"Allow"_qs));

    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        CreateSecurityGroupRequest create;
        create.name = u"g%1"_qs.arg(i);
        const auto created = awaitResult(session->send(create));
        QVERIFY(created);
        ids << created->id;
    }
    store->setPageSize(3); // 8 groups: three pages
    QSignalSpy added(store, &SecurityGroupStore::groupsAdded);
    QSignalSpy finished(store, &SecurityGroupStore::loadingFinished);
    store->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_section->groupsModel()->rowCount(), 8);
    QVERIFY(added.count() >= 2); // one signal per page with new groups
    QCOMPARE(m_section->groupsModel()
                 ->index(m_section->groupsModel()->rowOf(ids[0]), SecurityGroupsModel::Rules)
                 .data()
                 .toInt(),
             2);

    UpdateSecurityGroupRequest rename;
    rename.id = ids[1];
    rename.name = u"renamed"_qs;
    QVERIFY(awaitResult(session->send(rename)));
    QVERIFY(awaitResult(session->send(DeleteSecurityGroupRequest{ids[2]})));
    QSignalSpy changed(store, &SecurityGroupStore::groupsChanged);
    QSignalSpy removed(store, &SecurityGroupStore::groupsRemoved);
    store->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{ids[2]});
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_section->groupsModel()->rowCount(), 7);
    QCOMPARE(m_section->groupsModel()->index(m_section->groupsModel()->rowOf(ids[1]), 0).data().toString(),
             u"renamed"_qs);
    QVERIFY(m_section->rulesModel()->rowCount() == 4); // the selection and its rules survived

    // A new session drops everything.
    m_section->setSession(nullptr);
    QCOMPARE(m_section->groupsModel()->rowCount(), 0);
    QCOMPARE(m_section->rulesModel()->rowCount(), 0);
}

void TestSecurityGroups::listingError()
{
    QVERIFY(!createGroup(u"web"_qs).isEmpty());
    demo::DemoFaults faults;
    faults.errorRate.insert(u"network"_qs, 1.0);
    m_fixture->cloud->setFaults(faults);
    QSignalSpy failed(m_section->store(), &SecurityGroupStore::failed);
    m_section->store()->load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_section->groupsModel()->rowCount(), 2); // what arrived before stays
    QVERIFY(m_section->banner()->isVisible() || !m_section->isVisible());
    QVERIFY(m_section->banner()->text().contains(u"could not be listed"_qs));
    m_fixture->cloud->setFaults({});
    QSignalSpy finished(m_section->store(), &SecurityGroupStore::loadingFinished);
    m_section->store()->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_section->groupsModel()->rowCount(), 2);
}

void TestSecurityGroups::createRenameDeleteGroup()
{
    // Refused before sending: no name, "default", a taken name.
    SecurityGroupDialog* dialog = m_section->newGroup();
    dialog->submit();
    QVERIFY(dialog->message().contains(u"Type a name"_qs));
    dialog->setName(u"Default"_qs);
    dialog->submit();
    QVERIFY(dialog->message().contains(u"“default”"_qs));
    dialog->setName(u"web"_qs);
    dialog->setDescription(u"Web servers"_qs);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!groupIdNamed(u"web"_qs).isEmpty(), 10000);
    QCOMPARE(commands().last(), u"openstack security group create --description \"Web servers\" web"_qs);
    QCOMPARE(m_section->selectedGroupId(), groupIdNamed(u"web"_qs));
    QCOMPARE(m_section->rulesModel()->rowCount(), 2); // Neutron's two egress rules

    SecurityGroupDialog* taken = m_section->newGroup();
    taken->setName(u"web"_qs);
    taken->submit();
    QVERIFY(taken->message().contains(u"already called"_qs));
    taken->reject();

    SecurityGroupDialog* edit = m_section->editGroup();
    QVERIFY(edit);
    edit->setName(u"front"_qs);
    edit->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!groupIdNamed(u"front"_qs).isEmpty(), 10000);
    QCOMPARE(commands().last(), u"openstack security group set --name front --description \"Web servers\" web"_qs);

    QMessageBox* box = m_section->deleteGroup();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"front"_qs));
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QTRY_VERIFY_WITH_TIMEOUT(groupIdNamed(u"front"_qs).isEmpty(), 10000);
    QCOMPARE(commands().last(), u"openstack security group delete front"_qs);
    QCOMPARE(m_section->groupsModel()->rowCount(), 1);
    // The rules shown are those of the group selected now (the view moves to a neighbour), if any.
    QCOMPARE(m_section->rulesModel()->groupId(), m_section->selectedGroupId());
}

void TestSecurityGroups::ruleEditorRefusesBadInput()
{
    QVERIFY(!createGroup(u"web"_qs).isEmpty());
    SecurityRuleDialog* dialog = openRuleEditor(u"web"_qs);
    QVERIFY(dialog);
    auto* portMin = dialog->findChild<QLineEdit*>(u"rulePortMin"_qs);
    auto* portMax = dialog->findChild<QLineEdit*>(u"rulePortMax"_qs);
    auto* cidr = dialog->findChild<QLineEdit*>(u"ruleCidr"_qs);
    auto* protocol = dialog->findChild<QComboBox*>(u"ruleProtocol"_qs);
    QVERIFY(portMin && portMax && cidr && protocol);
    QCOMPARE(portMin->text(), u"22"_qs); // opens on SSH
    QCOMPARE(dialog->preview(), u"Allow TCP 22 from anywhere"_qs);

    const int before = m_section->rulesModel()->rowCount();
    struct Bad
    {
        QString protocol, min, max, cidr, message;
    };
    const QList<Bad> bad{
        {u"TCP"_qs, u"70000"_qs, QString(), QString(), u"from 1 to 65535"_qs},
        {u"TCP"_qs, u"8080"_qs, u"80"_qs, QString(), u"comes before the first"_qs},
        {u"TCP"_qs, u"22"_qs, QString(), u"10.12.0.0/33"_qs, u"is not an address block"_qs},
        {u"TCP"_qs, u"22"_qs, QString(), u"10.12.0.1/16"_qs, u"did you mean 10.12.0.0/16?"_qs},
        {u"TCP"_qs, u"22"_qs, QString(), u"2001:db8::/32"_qs, u"IPv6 block but the rule is for IPv4"_qs},
        {u"ICMP"_qs, u"300"_qs, QString(), QString(), u"ICMP type"_qs},
        {u"ssh"_qs, QString(), QString(), QString(), u"is not a protocol"_qs},
        {u"Any"_qs, u"80"_qs, QString(), QString(), u"has no ports"_qs},
    };
    for (const Bad& b : bad) {
        protocol->setCurrentText(b.protocol);
        portMin->setText(b.min);
        portMax->setText(b.max);
        cidr->setText(b.cidr);
        QVERIFY(dialog->preview().isEmpty());
        dialog->submit();
        QVERIFY2(dialog->message().contains(b.message), qPrintable(dialog->message()));
        QVERIFY(!dialog->isBusy()); // nothing sent
        // What the user typed stays.
        QCOMPARE(portMin->text(), b.min);
        QCOMPARE(cidr->text(), b.cidr);
    }
    // Fixed, it goes.
    protocol->setCurrentText(u"TCP"_qs);
    portMin->setText(u"8000"_qs);
    portMax->setText(u"8080"_qs);
    cidr->setText(u"10.12.0.0/16"_qs);
    QCOMPARE(dialog->preview(), u"Allow TCP 8000–8080 from 10.12.0.0/16"_qs);
    QSignalSpy closed(dialog, &QDialog::finished);
    dialog->submit();
    QVERIFY(closed.wait(10000));
    QCOMPARE(m_section->rulesModel()->rowCount(), before + 1);
    QCOMPARE(commands().last(),
             u"openstack security group rule create --protocol tcp --dst-port 8000:8080 --remote-ip 10.12.0.0/16 "
             "--description ssh web"_qs);
}

void TestSecurityGroups::ruleEditorPresets()
{
    QVERIFY(!createGroup(u"web"_qs).isEmpty());
    QVERIFY(!createGroup(u"db"_qs).isEmpty());
    struct Expected
    {
        SecurityRuleInput::Preset preset;
        QStringList sentences;
        QStringList commands;
    };
    const QString prefix = u"openstack security group rule create "_qs;
    const QList<Expected> all{
        {SecurityRuleInput::Preset::Ssh,
         {u"Allow TCP 22 from anywhere"_qs},
         {prefix + u"--protocol tcp --dst-port 22 --remote-ip 0.0.0.0/0 --description ssh web"_qs}},
        {SecurityRuleInput::Preset::Http,
         {u"Allow TCP 80 from anywhere"_qs},
         {prefix + u"--protocol tcp --dst-port 80 --remote-ip 0.0.0.0/0 --description http web"_qs}},
        {SecurityRuleInput::Preset::Https,
         {u"Allow TCP 443 from anywhere"_qs},
         {prefix + u"--protocol tcp --dst-port 443 --remote-ip 0.0.0.0/0 --description https web"_qs}},
        {SecurityRuleInput::Preset::Icmp,
         {u"Allow incoming ICMP from anywhere"_qs},
         {prefix + u"--protocol icmp --remote-ip 0.0.0.0/0 --description ping web"_qs}},
        {SecurityRuleInput::Preset::Mysql,
         {u"Allow TCP 3306 from anywhere"_qs},
         {prefix + u"--protocol tcp --dst-port 3306 --remote-ip 0.0.0.0/0 --description mysql web"_qs}},
        {SecurityRuleInput::Preset::Dns,
         {u"Allow UDP 53 from anywhere"_qs, u"Allow TCP 53 from anywhere"_qs},
         {prefix + u"--protocol udp --dst-port 53 --remote-ip 0.0.0.0/0 --description dns web"_qs,
          prefix + u"--protocol tcp --dst-port 53 --remote-ip 0.0.0.0/0 --description dns web"_qs}},
    };
    for (const Expected& e : all) {
        SecurityRuleDialog* dialog = openRuleEditor(u"web"_qs);
        QVERIFY(dialog);
        const auto buttons = dialog->findChildren<QPushButton*>(u"preset%1"_qs.arg(int(e.preset)));
        QCOMPARE(buttons.size(), 1);
        buttons.first()->click();
        QCOMPARE(dialog->preview(), e.sentences.join(u'\n'));
        const int before = m_section->rulesModel()->rowCount();
        m_commands->clear();
        QSignalSpy closed(dialog, &QDialog::finished);
        dialog->submit();
        QVERIFY(closed.wait(10000));
        QCOMPARE(m_section->rulesModel()->rowCount(), before + e.sentences.size());
        QStringList sent = commands();
        sent.sort();
        QStringList expected = e.commands;
        expected.sort();
        QCOMPARE(sent, expected);
    }
}

void TestSecurityGroups::duplicateRuleExplained()
{
    QVERIFY(!createGroup(u"web"_qs).isEmpty());
    SecurityRuleDialog* first = openRuleEditor(u"web"_qs);
    QSignalSpy closed(first, &QDialog::finished);
    first->submit(); // SSH
    QVERIFY(closed.wait(10000));
    const int rules = m_section->rulesModel()->rowCount();
    m_commands->clear();
    SecurityRuleDialog* again = openRuleEditor(u"web"_qs);
    again->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!again->message().isEmpty(), 10000);
    QVERIFY2(again->message().contains(u"already has this very rule"_qs), qPrintable(again->message()));
    QVERIFY(again->message().contains(u"SecurityGroupRuleExists"_qs) || again->message().contains(u"409"_qs));
    QVERIFY(again->isVisible());
    QCOMPARE(m_section->rulesModel()->rowCount(), rules);
    QVERIFY(commands().isEmpty()); // nothing happened: no command
}

void TestSecurityGroups::deleteRules()
{
    QVERIFY(!createGroup(u"web"_qs).isEmpty());
    QCOMPARE(m_section->rulesModel()->rowCount(), 2);
    m_section->rulesView()->selectAll();
    const QStringList ids = m_section->selectedRuleIds();
    QCOMPARE(ids.size(), 2);
    QMessageBox* box = m_section->deleteRules();
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Allow all outgoing IPv6 traffic"_qs));
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_section->rulesModel()->rowCount(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!commands().isEmpty(), 10000);
    QVERIFY(commands().last().startsWith(u"openstack security group rule delete "_qs));
    QVERIFY(commands().last().contains(ids[0]) && commands().last().contains(ids[1]));
    QCOMPARE(m_section->groupsModel()
                 ->index(m_section->groupsModel()->rowOf(groupIdNamed(u"web"_qs)), SecurityGroupsModel::Rules)
                 .data()
                 .toInt(),
             0);
}

void TestSecurityGroups::groupInUseExplained()
{
    const QString web = createGroup(u"web"_qs);
    QVERIFY(!web.isEmpty());
    CreateNetworkRequest network;
    network.name = u"lab"_qs;
    const auto created = awaitResult(m_fixture->session->send(network));
    QVERIFY(created);
    CreatePortRequest port;
    port.networkId = created->id;
    port.securityGroups = QStringList{web};
    QVERIFY(awaitResult(m_fixture->session->send(port)));

    QVERIFY(m_section->selectGroup(web));
    m_commands->clear();
    QMessageBox* box = m_section->deleteGroup();
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_section->banner()->type() == MessageBanner::Type::Error && !m_section->banner()->text().isEmpty(), 10000);
    const QString text = m_section->banner()->text();
    QVERIFY2(text.contains(u"still used by ports"_qs), qPrintable(text));
    QVERIFY(text.contains(u"openstack port list --security-group web"_qs));
    QVERIFY(text.contains(u"Conflict"_qs) || text.contains(u"409"_qs));
    QVERIFY(!groupIdNamed(u"web"_qs).isEmpty());
    QVERIFY(commands().isEmpty());
}

// The lab's groups: 22/80/443 from anywhere; 3306 from the web group; 53 UDP and TCP from the lab,
// built through the tab and the rule editor as a student would. `suffix` keeps the names apart
// from what a shared cloud already holds.
void TestSecurityGroups::buildLab(const QString& suffix)
{
    const QString web = u"web"_qs + suffix;
    const QString db = u"db"_qs + suffix;
    const QString dns = u"dns"_qs + suffix;
    for (const QString& name : {web, db, dns})
        QVERIFY2(!createGroup(name).isEmpty(), qPrintable(name));
    const auto add = [&](const QString& group, SecurityRuleInput::Preset preset, const SecurityRuleInput* remote) {
        SecurityRuleDialog* dialog = openRuleEditor(group);
        QVERIFY(dialog);
        dialog->applyPreset(preset);
        if (remote) {
            SecurityRuleInput in = dialog->input();
            in.remoteKind = remote->remoteKind;
            in.remoteCidr = remote->remoteCidr;
            in.remoteGroupId = remote->remoteGroupId;
            dialog->setInput(in);
        }
        QSignalSpy closed(dialog, &QDialog::finished);
        dialog->submit();
        QVERIFY2(closed.wait(20000), qPrintable(dialog->message()));
    };
    add(web, SecurityRuleInput::Preset::Ssh, nullptr);
    add(web, SecurityRuleInput::Preset::Http, nullptr);
    add(web, SecurityRuleInput::Preset::Https, nullptr);
    SecurityRuleInput fromWeb;
    fromWeb.remoteKind = SecurityRuleInput::RemoteKind::Group;
    fromWeb.remoteGroupId = groupIdNamed(web);
    add(db, SecurityRuleInput::Preset::Mysql, &fromWeb);
    SecurityRuleInput fromLab;
    fromLab.remoteCidr = u"10.12.0.0/16"_qs;
    add(dns, SecurityRuleInput::Preset::Dns, &fromLab);

    QCOMPARE(sentencesOf(web), (QStringList{u"Allow TCP 22 from anywhere"_qs, u"Allow TCP 443 from anywhere"_qs,
                                            u"Allow TCP 80 from anywhere"_qs, u"Allow all outgoing IPv4 traffic"_qs,
                                            u"Allow all outgoing IPv6 traffic"_qs}));
    QVERIFY(sentencesOf(db).contains(u"Allow TCP 3306 from members of group "_qs + web));
    const QStringList dnsRules = sentencesOf(dns);
    QVERIFY(dnsRules.contains(u"Allow UDP 53 from 10.12.0.0/16"_qs));
    QVERIFY(dnsRules.contains(u"Allow TCP 53 from 10.12.0.0/16"_qs));
    QVERIFY(
        commands().contains(u"openstack security group rule create --protocol tcp --dst-port 3306 --remote-group "_qs +
                            web + u" --description mysql "_qs + db));
    QVERIFY(commands().contains(u"openstack security group rule create --protocol udp --dst-port 53 --remote-ip "
                                "10.12.0.0/16 --description dns "_qs +
                                dns));
    // What the cloud holds, listed again from scratch, is what the tab showed.
    QSignalSpy finished(m_section->store(), &SecurityGroupStore::loadingFinished);
    m_section->store()->load();
    QVERIFY(finished.wait(20000));
    QCOMPARE(sentencesOf(web).size(), 5);
    QCOMPARE(sentencesOf(db).size(), 3);
    QCOMPARE(sentencesOf(dns).size(), 4);
}

void TestSecurityGroups::deleteGroupNamed(const QString& name)
{
    if (!m_section->selectGroup(groupIdNamed(name)))
        return;
    QMessageBox* box = m_section->deleteGroup();
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QTRY_VERIFY_WITH_TIMEOUT(groupIdNamed(name).isEmpty(), 20000);
}

void TestSecurityGroups::labGroups()
{
    buildLab(QString());
}

// With ZENITH_SECGROUPS_CLOUD=<a clouds.yaml entry> (e.g. devcloud-demo, OS_CLIENT_CONFIG_FILE
// naming its file), builds the lab's groups on that cloud through the same code, then deletes them.
void TestSecurityGroups::labGroupsOnDevCloud()
{
    const QString name = qEnvironmentVariable("ZENITH_SECGROUPS_CLOUD");
    if (name.isEmpty())
        QSKIP("set ZENITH_SECGROUPS_CLOUD (and OS_CLIENT_CONFIG_FILE) to build the lab's groups on a real cloud");
    auto config = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(name);
    QVERIFY2(config, "no such cloud in clouds.yaml");
    Session session(*config);
    m_section->setSession(&session);
    QSignalSpy finished(m_section->store(), &SecurityGroupStore::loadingFinished);
    m_section->store()->load();
    QVERIFY(finished.wait(30000));
    const QString suffix = u"-zenith-"_qs + QString::number(QDateTime::currentSecsSinceEpoch() % 100000);
    buildLab(suffix);
    const bool built = !QTest::currentTestFailed();
    for (const QString& group : {u"db"_qs, u"dns"_qs, u"web"_qs})
        deleteGroupNamed(group + suffix);
    QVERIFY(built);
    m_section->setSession(nullptr);
}

// Not a check: with ZENITH_SHOTS_DIR set, renders the tab, the rule editor (fresh and refusing)
// and the group dialog to PNG.
void TestSecurityGroups::screenshots()
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set ZENITH_SHOTS_DIR to render the Security groups tab");
    labGroups();
    m_section->show();
    QVERIFY(m_section->selectGroup(groupIdNamed(u"db"_qs)));
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_section->grab().save(dir + u"/secgroups-tab.png"_qs));
    QVERIFY(m_section->selectGroup(groupIdNamed(u"default"_qs)));
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_section->grab().save(dir + u"/secgroups-default.png"_qs));

    SecurityRuleDialog* dialog = openRuleEditor(u"dns"_qs);
    dialog->applyPreset(SecurityRuleInput::Preset::Dns);
    dialog->adjustSize();
    QCoreApplication::sendPostedEvents();
    QVERIFY(dialog->grab().save(dir + u"/secgroups-rule-dns.png"_qs));
    dialog->findChild<QComboBox*>(u"ruleProtocol"_qs)->setCurrentText(u"ICMP"_qs);
    dialog->findChild<QLineEdit*>(u"rulePortMin"_qs)->setText(u"300"_qs);
    dialog->findChild<QLineEdit*>(u"ruleCidr"_qs)->setText(u"10.12.0.1/16"_qs);
    dialog->submit();
    dialog->adjustSize();
    QCoreApplication::sendPostedEvents();
    QVERIFY(dialog->grab().save(dir + u"/secgroups-rule-refused.png"_qs));
    dialog->reject();
    SecurityGroupDialog* group = m_section->newGroup();
    group->adjustSize();
    QCoreApplication::sendPostedEvents();
    QVERIFY(group->grab().save(dir + u"/secgroups-new-group.png"_qs));
    group->reject();
}

QTEST_MAIN(TestSecurityGroups)
#include "tst_securitygroups.moc"
