#include "instancedetails.h"

#include "common/detailstable.h"
#include "instanceconsoletab.h"
#include "instancemetadatatab.h"
#include "instanceoverviewtab.h"

#include "common/errortext.h"
#include "stores/imagestore.h"
#include "stores/serverstore.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

enum StackPage { PlaceholderPage, TabsPage };

using Part = ServerDetailsStore::Part;

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? InstanceDetails::tr("Enabled") : InstanceDetails::tr("Disabled");
}

QString timeText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

InstanceDetails::InstanceDetails(QWidget* parent)
    : QWidget(parent)
    , m_store(new ServerDetailsStore(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_tabs(new QTabWidget(m_stack))
    , m_overview(new InstanceOverviewTab(m_tabs))
    , m_interfaces(new DetailsTable(m_tabs))
    , m_volumes(new DetailsTable(m_tabs))
    , m_console(new InstanceConsoleTab(m_tabs))
    , m_actions(new DetailsTable(m_tabs))
    , m_metadata(new InstanceMetadataTab(m_tabs))
{
    setObjectName(QStringLiteral("instanceDetails"));
    m_interfaces->setObjectName(QStringLiteral("instanceInterfaces"));
    m_volumes->setObjectName(QStringLiteral("instanceVolumes"));
    m_actions->setObjectName(QStringLiteral("instanceActions"));
    for (QWidget* tab :
         std::initializer_list<QWidget*>{m_overview, m_interfaces, m_volumes, m_console, m_actions, m_metadata})
        m_tabs->addTab(tab, QString());
    m_tabs->setDocumentMode(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_stack->insertWidget(PlaceholderPage, m_placeholder);
    m_stack->insertWidget(TabsPage, m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tabs, &QTabWidget::currentChanged, this, &InstanceDetails::loadShownTab);
    connect(m_console, &InstanceConsoleTab::refreshRequested, this, [this] {
        // Follow's timer must not pile requests up behind a slow console.
        if (m_console->isFollowing() && m_store->isLoading(Part::ConsoleLog))
            return;
        m_fresh[ConsoleTab] = true;
        m_store->loadConsoleLog(m_console->lines());
    });
    connect(m_store, &ServerDetailsStore::interfacesLoaded, this,
            [this](const QString&, const QList<ServerInterfaceDetails>& list) { showInterfaces(list); });
    connect(m_store, &ServerDetailsStore::volumesLoaded, this,
            [this](const QString&, const QList<ServerVolumeDetails>& list) { showVolumes(list); });
    connect(m_store, &ServerDetailsStore::consoleLogLoaded, this,
            [this](const QString&, const QString& text) { m_console->setText(text); });
    connect(m_store, &ServerDetailsStore::actionsLoaded, this,
            [this](const QString&, const QList<ServerAction>& list) { showActions(list); });
    connect(m_store, &ServerDetailsStore::failed, this,
            [this](const QString&, Part part, const ApiError& error) { showFailure(part, error); });
    m_stack->setCurrentIndex(PlaceholderPage);
    retranslateUi();
}

InstanceDetails::~InstanceDetails()
{
    disconnect(m_store, nullptr, this, nullptr);
}

void InstanceDetails::setStores(ServerStore* servers, ImageStore* images)
{
    m_servers = servers;
    m_images = images;
    connect(servers, &ServerStore::serversChanged, this, &InstanceDetails::serversChanged);
    connect(servers, &ServerStore::serversRemoved, this, &InstanceDetails::serversRemoved);
    // The overview shows the image's name once the image listing has it.
    connect(images, &ImageStore::imagesAdded, this, &InstanceDetails::showServer);
}

void InstanceDetails::setSession(Session* session)
{
    m_store->setSession(session);
    m_fresh.fill(false);
    setServerId({});
}

void InstanceDetails::setServerId(const QString& id)
{
    if (id == m_store->serverId() && !id.isEmpty())
        return;
    m_store->setServerId(id);
    m_fresh.fill(false);
    if (id.isEmpty()) {
        m_stack->setCurrentIndex(PlaceholderPage);
        return;
    }
    m_stack->setCurrentIndex(TabsPage);
    m_interfaces->showLoading();
    m_volumes->showLoading();
    m_console->showLoading();
    m_actions->showLoading();
    showServer();
    loadShownTab();
}

QString InstanceDetails::serverId() const
{
    return m_store->serverId();
}

ServerDetailsStore* InstanceDetails::store() const
{
    return m_store;
}

QTabWidget* InstanceDetails::tabs() const
{
    return m_tabs;
}

InstanceOverviewTab* InstanceDetails::overview() const
{
    return m_overview;
}

DetailsTable* InstanceDetails::interfaces() const
{
    return m_interfaces;
}

DetailsTable* InstanceDetails::volumes() const
{
    return m_volumes;
}

InstanceConsoleTab* InstanceDetails::console() const
{
    return m_console;
}

DetailsTable* InstanceDetails::actions() const
{
    return m_actions;
}

InstanceMetadataTab* InstanceDetails::metadata() const
{
    return m_metadata;
}

void InstanceDetails::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadShownTab();
}

void InstanceDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InstanceDetails::retranslateUi()
{
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    //: tab of the instance details: the server's network ports
    m_tabs->setTabText(InterfacesTab, tr("Interfaces"));
    m_tabs->setTabText(VolumesTab, tr("Volumes"));
    m_tabs->setTabText(ConsoleTab, tr("Console log"));
    //: tab of the instance details: Nova's instance actions (create, stop...) with their request IDs
    m_tabs->setTabText(ActionsTab, tr("Action log"));
    m_tabs->setTabText(MetadataTab, tr("Metadata and tags"));
    m_placeholder->setText(tr("Select an instance to see its details."));
    m_interfaces->setHeaders({tr("Port ID"), tr("Network"), tr("Fixed IPs"), tr("MAC address"), tr("Status"),
                              tr("Security groups"),
                              //: column: whether Neutron's port security (anti-spoofing, security groups) is on
                              tr("Port security"), tr("Allowed address pairs")});
    m_interfaces->setEmptyText(tr("This instance has no network interface."));
    //: column of the attached volumes: the device name inside the instance, e.g. /dev/vdb
    m_volumes->setHeaders({tr("Device"), tr("Volume"), tr("Size"), tr("Status"), tr("Volume ID")});
    m_volumes->setEmptyText(tr("No volume is attached to this instance."));
    m_actions->setHeaders({tr("Action"), tr("Request ID"), tr("User ID"), tr("Started"), tr("Message")});
    m_actions->setEmptyText(tr("No action recorded for this instance."));
}

void InstanceDetails::showServer()
{
    const Server* server = m_servers ? m_servers->server(m_store->serverId()) : nullptr;
    if (!server)
        return;
    const Image* image = m_images && !server->imageId.isEmpty() ? m_images->image(server->imageId) : nullptr;
    m_overview->setServer(*server, image ? image->name : QString());
    m_metadata->setData(server->metadata, server->tags);
    m_fresh[OverviewTab] = m_fresh[MetadataTab] = true;
}

void InstanceDetails::serversChanged(const QList<Server>& servers)
{
    const QString id = m_store->serverId();
    if (id.isEmpty() || std::none_of(servers.cbegin(), servers.cend(), [&](const Server& s) { return s.id == id; }))
        return;
    showServer();
    // The other tabs keep what they show until the new answer replaces it: no flicker.
    m_fresh.fill(false);
    m_fresh[OverviewTab] = m_fresh[MetadataTab] = true;
    loadShownTab();
}

void InstanceDetails::serversRemoved(const QStringList& ids)
{
    if (!m_store->serverId().isEmpty() && ids.contains(m_store->serverId()))
        m_overview->showDeleted();
}

void InstanceDetails::loadShownTab()
{
    if (!isVisible() || m_store->serverId().isEmpty())
        return;
    const int tab = m_tabs->currentIndex();
    if (tab >= 0 && !m_fresh[tab])
        load(tab);
}

void InstanceDetails::load(int tab)
{
    m_fresh[tab] = true;
    switch (tab) {
    case InterfacesTab: m_store->loadInterfaces(); break;
    case VolumesTab: m_store->loadVolumes(); break;
    case ConsoleTab: m_store->loadConsoleLog(m_console->lines()); break;
    case ActionsTab: m_store->loadActions(); break;
    default: showServer(); break;
    }
}

void InstanceDetails::showFailure(Part part, const ApiError& error)
{
    QString lead;
    if (error.kind == ApiError::Kind::NotFound) {
        lead = tr("This instance no longer exists: it was deleted.");
        m_overview->showDeleted();
    } else {
        switch (part) {
        case Part::Interfaces: lead = tr("The instance's interfaces could not be listed."); break;
        case Part::Volumes: lead = tr("The instance's volumes could not be listed."); break;
        case Part::ConsoleLog: lead = tr("The instance's console log could not be read."); break;
        case Part::Actions: lead = tr("The instance's action log could not be read."); break;
        }
    }
    const QString text = QString(lead % u'\n' % ErrorText::message(error));
    switch (part) {
    case Part::Interfaces: m_fresh[InterfacesTab] = false; return m_interfaces->showError(text);
    case Part::Volumes: m_fresh[VolumesTab] = false; return m_volumes->showError(text);
    case Part::ConsoleLog: m_fresh[ConsoleTab] = false; return m_console->showError(text);
    case Part::Actions: m_fresh[ActionsTab] = false; return m_actions->showError(text);
    }
}

void InstanceDetails::showInterfaces(const QList<ServerInterfaceDetails>& interfaces)
{
    QList<QStringList> rows;
    for (const ServerInterfaceDetails& i : interfaces) {
        QStringList ips;
        for (const PortFixedIp& ip : i.port.fixedIps)
            ips << ip.ipAddress;
        QStringList pairs;
        for (const AllowedAddressPair& pair : i.port.allowedAddressPairs)
            pairs << (pair.macAddress.isEmpty() ? pair.ipAddress
                                                : QString(pair.ipAddress % u" (" % pair.macAddress % u')'));
        rows << QStringList{i.port.id,
                            i.networkName,
                            ips.join(QStringLiteral(", ")),
                            i.port.macAddress,
                            i.port.status,
                            i.securityGroupNames.join(QStringLiteral(", ")),
                            yesNo(i.port.portSecurityEnabled),
                            pairs.join(QStringLiteral(", "))};
    }
    m_interfaces->setRows(rows);
}

void InstanceDetails::showVolumes(const QList<ServerVolumeDetails>& volumes)
{
    QList<QStringList> rows;
    for (const ServerVolumeDetails& v : volumes) {
        const QString name = v.volume ? v.volume->name : QString();
        rows << QStringList{v.attachment.device, name,
                            //: a volume's size in gibibytes
                            v.volume ? tr("%1 GiB").arg(v.volume->size) : QString(),
                            v.volume ? v.volume->status : QString(), v.attachment.volumeId};
    }
    m_volumes->setRows(rows);
}

void InstanceDetails::showActions(const QList<ServerAction>& actions)
{
    QList<QStringList> rows;
    for (const ServerAction& a : actions)
        rows << QStringList{a.action, a.requestId, a.userId, timeText(a.startTime), a.message};
    m_actions->setRows(rows);
}

} // namespace zenith
