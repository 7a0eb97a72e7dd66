// The Network, Volumes and DNS areas as a student has them once the lab's infrastructure exists:
// every tab with a row selected, and every dialog its create/new/add buttons open, as it opens and
// after OK on the form as it came.
#include "screenshotsupport.h"

#include "common/languagemanager.h"
#include "compute/attachservervolumerequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "dns/createrecordsetrequest.h"
#include "dns/createzonerequest.h"
#include "dns/dnssections.h"
#include "mainwindow/cloudentry.h"
#include "mainwindow/mainwindow.h"
#include "network/createfloatingiprequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/createsecuritygrouprulerequest.h"
#include "network/listnetworksrequest.h"
#include "network/networksections.h"
#include "panes/sectionedpane.h"
#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/getvolumesnapshotrequest.h"
#include "volume/volumesections.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace zenith;

namespace shots {

namespace {

QString serverId(Session* session, const QString& name)
{
    ListServersRequest list;
    list.name = u'^' + name + u'$';
    const auto servers = awaitFuture(session->send(list));
    return servers && !servers->items.isEmpty() ? servers->items.first().id : QString();
}

void addRule(Session* session, const QString& group, const QString& protocol, int port,
             const std::optional<QString>& fromCidr, const std::optional<QString>& fromGroup = {})
{
    CreateSecurityGroupRuleRequest rule;
    rule.securityGroupId = group;
    rule.protocol = protocol;
    rule.portRangeMin = port;
    rule.portRangeMax = port;
    rule.remoteIpPrefix = fromCidr;
    rule.remoteGroupId = fromGroup;
    (void)awaitFuture(session->send(rule));
}

QString createGroup(Session* session, SeededLab& seeded, const QString& name, const QString& description)
{
    CreateSecurityGroupRequest group;
    group.name = name;
    group.description = description;
    const auto created = awaitFuture(session->send(group));
    if (!created)
        return {};
    seeded.securityGroups.append(created->id);
    return created->id;
}

// Waits until a resource (GetServerRequest, GetVolumeRequest...) reaches a status.
template <typename Get> bool settled(Session* session, const Get& get, const QString& status)
{
    return pollUntil(
        [&] {
            const auto got = awaitFuture(session->send(get));
            return got && got->status == status;
        },
        120000);
}

// What the lab adds to the servers: security groups, a public IP, the database's volume and its
// snapshot, the domain's zone and records.
void seedLabResources(Session* session, SeededLab& seeded)
{
    const QString lab = QStringLiteral("10.12.0.0/16");
    const QString web =
        createGroup(session, seeded, QStringLiteral("web"), QStringLiteral("HTTP(S) and SSH from anywhere"));
    for (const int port : {22, 80, 443})
        addRule(session, web, QStringLiteral("tcp"), port, QStringLiteral("0.0.0.0/0"));
    const QString db =
        createGroup(session, seeded, QStringLiteral("db"), QStringLiteral("MariaDB from the web servers"));
    addRule(session, db, QStringLiteral("tcp"), 3306, std::nullopt, web);
    const QString dns = createGroup(session, seeded, QStringLiteral("dns"), QStringLiteral("DNS from the lab network"));
    addRule(session, dns, QStringLiteral("udp"), 53, lab);
    addRule(session, dns, QStringLiteral("tcp"), 53, lab);

    ListNetworksRequest external;
    external.name = QStringLiteral("Ext-Net");
    const auto extNet = awaitFuture(session->send(external));
    if (extNet && !extNet->items.isEmpty()) {
        CreateFloatingIpRequest floating;
        floating.floatingNetworkId = extNet->items.first().id;
        const auto allocated = awaitFuture(session->send(floating));
        if (allocated)
            seeded.floatingIps.append(allocated->id);
    }

    CreateVolumeRequest volume;
    volume.name = QStringLiteral("db-data");
    volume.size = 10;
    volume.description = QStringLiteral("MariaDB's data directory");
    const auto data = awaitFuture(session->send(volume));
    if (data) {
        seeded.volumes.append(data->id);
        (void)settled(session, GetVolumeRequest{data->id}, QStringLiteral("available"));
        // Before attaching: below microversion 3.66, Cinder snapshots an in-use volume only with --force.
        CreateVolumeSnapshotRequest snapshot;
        snapshot.volumeId = data->id;
        snapshot.name = QStringLiteral("db-data before the exam");
        const auto taken = awaitFuture(session->send(snapshot));
        if (taken) {
            seeded.snapshots.append(taken->id);
            (void)settled(session, GetVolumeSnapshotRequest{taken->id}, QStringLiteral("available"));
        }
        const QString dbServer = serverId(session, QStringLiteral("db"));
        if (!dbServer.isEmpty() && settled(session, GetServerRequest{dbServer}, QStringLiteral("ACTIVE")))
            (void)awaitFuture(session->send(AttachServerVolumeRequest{dbServer, data->id, std::nullopt, std::nullopt}));
    }
    CreateVolumeRequest scratch;
    scratch.name = QStringLiteral("scratch");
    scratch.size = 1;
    const auto scratchVolume = awaitFuture(session->send(scratch));
    if (scratchVolume)
        seeded.volumes.append(scratchVolume->id);

    CreateZoneRequest zone;
    zone.name = QStringLiteral("zenith-lab.example.");
    zone.email = QStringLiteral("teacher@zenith-lab.example");
    zone.ttl = 3600;
    const auto created = awaitFuture(session->send(zone));
    if (!created)
        return;
    seeded.zones.append(created->id);
    auto record = [&](const QString& name, const QString& type, const QString& data) {
        CreateRecordSetRequest request;
        request.zoneId = created->id;
        request.name = name;
        request.type = type;
        request.records = {data};
        (void)awaitFuture(session->send(request));
    };
    record(QStringLiteral("zenith-lab.example."), QStringLiteral("A"), QStringLiteral("203.0.113.10"));
    record(QStringLiteral("www.zenith-lab.example."), QStringLiteral("A"), QStringLiteral("203.0.113.10"));
    record(QStringLiteral("zenith-lab.example."), QStringLiteral("CAA"), QStringLiteral("0 issue letsencrypt.org"));
}

// Selects a row in every table of the tab that has rows and no selection, the lab's own when there
// is one, so that details panels and dependent buttons show.
void selectRows(QWidget* tab)
{
    const auto views = tab->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views) {
        QAbstractItemModel* model = view->model();
        if (!model || model->rowCount() == 0 || !view->isVisible() || view->selectionModel()->hasSelection())
            continue;
        int chosen = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, 0).data().toString();
            if (text.startsWith(u"lab") || text == u"web" || text == u"db-data" || text.startsWith(u"zenith")) {
                chosen = row;
                break;
            }
        }
        view->setCurrentIndex(model->index(chosen, 0));
        QTest::qWait(400);
    }
}

QList<QWidget*> openDialogs()
{
    QList<QWidget*> open;
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (widget->isVisible() && (qobject_cast<QDialog*>(widget) || qobject_cast<QMenu*>(widget)))
            open.append(widget);
    }
    return open;
}

// Clicks a button that opens a dialog (shown or exec()'d), saves it, and closes it. With `pressOk`
// (the demo cloud only: a form valid as it came would create something the teardown does not
// know) it first presses OK on the form as it came, which shows its refusals, and saves that too.
void shootDialogOf(const std::function<void()>& open, const QString& name, bool pressOk)
{
    const QList<QWidget*> before = openDialogs();
    bool shot = false;
    auto shoot = [&] {
        if (shot)
            return;
        QWidget* opened = nullptr;
        for (QWidget* widget : openDialogs()) {
            if (!before.contains(widget))
                opened = widget;
        }
        if (!opened)
            return;
        shot = true;
        QTest::qWait(600); // lists the dialog loads (networks, images, instances...)
        save(opened, name);
        if (auto* menu = qobject_cast<QMenu*>(opened)) {
            menu->close();
            return;
        }
        // Accepting may delete the dialog (WA_DeleteOnClose, deleteLater).
        QPointer<QDialog> dialog = static_cast<QDialog*>(opened);
        if (auto* box = pressOk ? dialog->findChild<QDialogButtonBox*>() : nullptr) {
            const auto buttons = box->buttons();
            for (QAbstractButton* b : buttons) {
                if (box->buttonRole(b) == QDialogButtonBox::AcceptRole && b->isEnabled()) {
                    b->click();
                    QTest::qWait(500);
                    if (dialog && dialog->isVisible())
                        save(dialog, name + QStringLiteral("-ok"));
                    break;
                }
            }
        }
        if (dialog && dialog->isVisible())
            dialog->reject();
    };
    // Fires inside a dialog's exec(); dies with this function when the dialog was only shown.
    QTimer inside;
    inside.setSingleShot(true);
    QObject::connect(&inside, &QTimer::timeout, shoot);
    inside.start(300);
    open();
    QTest::qWait(400);
    shoot();
    if (!shot)
        std::fprintf(stderr, "%s opened no dialog\n", qPrintable(name));
}

void shootArea(Area area, void (*addSections)(SectionedPane*), Session* session, const CloudEntry& cloud)
{
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    MainWindow window(languages);
    window.resize(1280, 760);
    auto* pane = new SectionedPane(area);
    addSections(pane);
    window.setPane(pane);
    window.setClouds({cloud});
    window.setCurrentCloud(cloud.name);
    window.setCurrentArea(area);
    pane->setSession(session);
    showAndWait(&window);
    auto* tabs = pane->findChild<QTabWidget*>(areaKey(area) + QStringLiteral("Tabs"));
    if (!tabs) {
        std::fprintf(stderr, "no tabs in %s\n", qPrintable(areaKey(area)));
        return;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(1500); // the tab's collections load, transitional statuses settle
        QWidget* tab = tabs->widget(i);
        const QString name = areaKey(area) + QStringLiteral("-tab%1").arg(i);
        save(&window, name);
        selectRows(tab);
        save(&window, name + QStringLiteral("-selected"));
        const auto buttons = tab->findChildren<QAbstractButton*>();
        for (QAbstractButton* button : buttons) {
            const QString object = button->objectName();
            const bool opens = object.startsWith(u"create") || object.startsWith(u"new") || object.startsWith(u"add");
            if (opens && button->isVisible() && button->isEnabled())
                shootDialogOf([button] { button->click(); }, name + u'-' + object, cloud.simulated);
        }
    }
    // The DNS tab on OVHcloud's domain API: the credentials dialog (the demo cloud's simulation is
    // filled in), Connect, then the zone's records.
    auto* provider = pane->findChild<QComboBox*>(QStringLiteral("dnsProvider"));
    if (provider && cloud.simulated) {
        const int ovh = provider->count() - 1;
        shootDialogOf([provider, ovh] { provider->setCurrentIndex(ovh); }, QStringLiteral("dns-ovh-credentials"), true);
        QTest::qWait(1500);
        selectRows(tabs->currentWidget());
        save(&window, QStringLiteral("dns-ovh"));
    }
}

} // namespace

void shootLabAreas()
{
    DemoCloud::Options options;
    options.speed = 50;
    DemoCloud cloud(options);
    if (!cloud.start()) {
        std::fprintf(stderr, "the demo cloud did not start\n");
        return;
    }
    // ZENITH_SHOTS_CLOUD names a cloud of clouds.yaml (the dev cloud): the lab is built there,
    // shot, and taken down again.
    const QString real = qEnvironmentVariable("ZENITH_SHOTS_CLOUD");
    std::optional<CloudConfig> config = cloud.cloudConfig();
    if (!real.isEmpty()) {
        auto loaded = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(real);
        if (!loaded) {
            std::fprintf(stderr, "cannot load the cloud %s\n", qPrintable(real));
            return;
        }
        config = loaded.value();
    }
    Session session(*config);
    SeededLab seeded;
    seedServers(&session, &seeded);
    seedLabResources(&session, seeded);
    QTest::qWait(real.isEmpty() ? 1500 : 5000); // BUILD -> ACTIVE, attaching -> in-use
    const CloudEntry entry =
        real.isEmpty() ? CloudEntry{QStringLiteral("demo"), QString(), true} : CloudEntry{real, config->source, false};
    shootArea(Area::Network, addNetworkSections, &session, entry);
    shootArea(Area::Volumes, addVolumeSections, &session, entry);
    shootArea(Area::Dns, addDnsSections, &session, entry);
    if (!real.isEmpty())
        tearDown(&session, seeded);
}

} // namespace shots
