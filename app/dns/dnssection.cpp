#include "dnssection.h"

#include "dnsactioncommand.h"
#include "dnserrortext.h"
#include "dnsproviderbar.h"
#include "dnsrecordsmodel.h"
#include "dnsrecordspanel.h"
#include "dnszonedialog.h"
#include "dnszonesmodel.h"

#include "cli/dnscommand.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/dnsprovider.h"
#include "stores/dnsrecordstore.h"
#include "stores/dnszonestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

DnsSection::DnsSection(QWidget* parent)
    : PaneSection(parent)
    , m_zones(new DnsZoneStore(this))
    , m_records(new DnsRecordStore(this))
    , m_model(new DnsZonesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_busy(new BusyIndicator(this))
    , m_count(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_publishHint(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_providerBar(new DnsProviderBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(m_splitter))
    , m_state(new QLabel(this))
    , m_panel(new DnsRecordsPanel(m_records, m_splitter))
{
    setObjectName(QStringLiteral("dnsSection"));
    m_model->setStore(m_zones);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DnsZonesModel::SortRole);
    m_proxy->setFilterRole(DnsZonesModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_search->setObjectName(QStringLiteral("zoneSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_create->setObjectName(QStringLiteral("newZone"));
    m_delete->setObjectName(QStringLiteral("deleteZone"));
    connect(m_create, &QPushButton::clicked, this, &DnsSection::createZone);
    connect(m_delete, &QPushButton::clicked, this, &DnsSection::deleteSelectedZone);
    m_publish->setObjectName(QStringLiteral("publishZone"));
    connect(m_publish, &QPushButton::clicked, this, &DnsSection::publishSelectedZone);
    m_publishHint->setObjectName(QStringLiteral("publishHint"));
    m_publishHint->setWordWrap(true);
    connect(m_providerBar, &DnsProviderBar::providerChanged, this, &DnsSection::setProvider);
    connect(m_providerBar, &DnsProviderBar::commandIssued, this, &DnsSection::commandIssued);
    connect(m_providerBar, &DnsProviderBar::noticed, this, [this](const QString& text, bool error) {
        m_banner->showMessage(error ? MessageBanner::Type::Error : MessageBanner::Type::Warning, text);
    });
    m_banner->setObjectName(QStringLiteral("zonesMessage"));
    m_banner->hide();
    m_view->setObjectName(QStringLiteral("zonesTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DnsZonesModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(DnsZonesModel::Name, 260);
    m_view->setColumnWidth(DnsZonesModel::Email, 240);
    m_view->setColumnWidth(DnsZonesModel::Ttl, 90);
    m_view->setColumnWidth(DnsZonesModel::Status, 110);
    m_view->setColumnWidth(DnsZonesModel::Serial, 120);
    m_view->horizontalHeader()->setSectionResizeMode(DnsZonesModel::Email, QHeaderView::Stretch);
    m_state->setObjectName(QStringLiteral("zonesState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    // Few zones, many records: the records get the larger part.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({200, 420});
    m_splitter->setChildrenCollapsible(false);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DnsSection::selectionChanged);
    connect(m_zones, &DnsZoneStore::failed, this, [this](const ApiError& error) {
        m_error = DnsErrorText::listing(error, false);
        m_banner->showMessage(MessageBanner::Type::Error, m_error);
        updateState();
    });
    connect(m_zones, &DnsZoneStore::loadingFinished, this, [this] {
        if (!m_error.isEmpty())
            m_banner->hide();
        m_error.clear();
        updateState();
    });
    connect(m_zones, &DnsZoneStore::zonesChanged, this, [this](const QList<DnsZone>& zones) {
        for (const DnsZone& zone : zones) {
            m_panel->updateZone(zone);
            if (zone.id == m_pendingZone && zone.status != DnsStatus::Pending)
                pendingZoneSettled(zone);
        }
        updateState();
    });
    connect(m_zones, &DnsZoneStore::zonesRemoved, this, [this](const QStringList& ids) {
        if (ids.contains(m_selectedId)) {
            m_selectedId.clear();
            m_panel->setZone(std::nullopt);
        }
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DnsSection::updateState);
    connect(m_records, &DnsRecordStore::zoneWritten, m_zones, &DnsZoneStore::watch);
    connect(m_records, &DnsRecordStore::zoneWritten, this, [this] {
        if (m_provider && m_provider->capabilities().publish)
            m_banner->showMessage(MessageBanner::Type::Information,
                                  tr("Saved. The name servers serve the zone's changes once you publish them: click "
                                     "Publish Changes when you are done."));
    });
    connect(m_panel, &DnsRecordsPanel::commandIssued, this, &DnsSection::commandIssued);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_create);
    bar->addWidget(m_delete);
    bar->addWidget(m_publish);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_providerBar);
    layout->addLayout(bar);
    layout->addWidget(m_publishHint);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_state, 1);
    retranslateUi();
}

DnsSection::~DnsSection()
{
    disconnectChildren();
}

QString DnsSection::title() const
{
    //: DNS pane tab: the DNS zones and their records
    return tr("Zones and Records");
}

void DnsSection::setSession(Session* session)
{
    m_session = session;
    m_providerBar->setSession(session); // providerChanged() brings its provider
}

void DnsSection::setSecretStore(SecretStore* secrets)
{
    m_providerBar->setSecretStore(secrets);
}

DnsProviderBar* DnsSection::providerBar() const
{
    return m_providerBar;
}

DnsProvider* DnsSection::provider() const
{
    return m_provider;
}

void DnsSection::adaptColumns()
{
    // Without statuses (OVHcloud) zones have a name only: no email, TTL, status or serial to show.
    const bool statuses = !m_provider || m_provider->capabilities().statuses;
    for (int column : {DnsZonesModel::Email, DnsZonesModel::Ttl, DnsZonesModel::Status, DnsZonesModel::Serial})
        m_view->setColumnHidden(column, !statuses);
    m_view->horizontalHeader()->setStretchLastSection(!statuses);
    m_panel->view()->setColumnHidden(DnsRecordsModel::Status, !statuses);
}

void DnsSection::setProvider(DnsProvider* provider)
{
    DnsProvider* old = m_provider;
    m_provider = provider;
    m_selectedId.clear();
    m_error.clear();
    m_banner->hide();
    m_panel->setZone(std::nullopt);
    m_records->setProvider(provider);
    m_zones->setProvider(provider);
    if (old && old != provider && old->parent() == this)
        old->deleteLater();
    adaptColumns();
    if (m_active)
        m_zones->load();
    updateState();
}

void DnsSection::setActive(bool active)
{
    m_active = active;
    if (active)
        m_zones->load();
    updateState();
}

DnsZoneStore* DnsSection::zoneStore() const
{
    return m_zones;
}

DnsRecordStore* DnsSection::recordStore() const
{
    return m_records;
}

DnsZonesModel* DnsSection::zonesModel() const
{
    return m_model;
}

QTableView* DnsSection::zonesView() const
{
    return m_view;
}

DnsRecordsPanel* DnsSection::recordsPanel() const
{
    return m_panel;
}

void DnsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void DnsSection::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search zones by name or email"));
    //: Button: create a DNS zone (opens a dialog)
    m_create->setText(tr("&New Zone…"));
    m_delete->setText(tr("&Delete Zone…"));
    //: Button: have the DNS servers serve the zone's saved changes (OVHcloud's refresh)
    m_publish->setText(tr("&Publish Changes"));
    m_publish->setToolTip(tr("Asks OVHcloud to put the zone's saved records on its name servers."));
    m_publishHint->setText(tr("OVHcloud saves record changes at once, but its name servers serve them only after "
                              "you publish the zone (Publish Changes)."));
    updateState();
}

void DnsSection::updateState()
{
    const int rows = m_model->rowCount();
    const bool canCreate = m_provider && m_provider->capabilities().createZones;
    m_busy->setVisible(m_zones->isLoading() && rows > 0);
    //: Count next to the search box
    m_count->setText(tr("%n zone(s)", nullptr, rows));
    m_count->setVisible(rows > 0);
    // While OVHcloud waits for its keys its zones cannot be created either.
    const bool showCreate = m_provider ? canCreate : m_providerBar->kind() != DnsProviderBar::Kind::Ovh;
    m_create->setVisible(showCreate);
    m_delete->setVisible(showCreate);
    m_create->setEnabled(canCreate);
    const DnsZone* zone = selectedZone();
    m_delete->setEnabled(canCreate && zone && zone->action != u"DELETE");
    const bool publishes = m_provider && m_provider->capabilities().publish;
    m_publish->setVisible(publishes);
    m_publish->setEnabled(publishes && zone);
    m_publishHint->setVisible(publishes && rows > 0);
    m_splitter->setVisible(rows > 0);
    m_state->setVisible(rows == 0);
    // Without rows the failure is said in the middle, not twice.
    if (rows == 0 && !m_error.isEmpty())
        m_banner->hide();
    if (!m_provider && m_session && m_providerBar->kind() == DnsProviderBar::Kind::Ovh)
        m_state->setText(tr("Enter the keys of OVHcloud's API (Enter Credentials… above) to see the DNS zones of "
                            "your OVHcloud account."));
    else if (!m_provider)
        m_state->setText(tr("Sign in to a cloud to see its DNS zones."));
    else if (!m_error.isEmpty())
        m_state->setText(m_error);
    else if (m_zones->isLoading() || !m_zones->isLoaded())
        m_state->setText(tr("Loading DNS zones…"));
    else if (!canCreate)
        m_state->setText(tr("This account has no DNS zones: they come with the domains it holds."));
    else
        m_state->setText(tr("You have no DNS zones yet.\nCreate one for your domain (such as example.org.), then "
                            "add its records: an A record gives a name the address of your instance or load "
                            "balancer."));
}

const DnsZone* DnsSection::selectedZone() const
{
    return m_selectedId.isEmpty() ? nullptr : m_zones->zone(m_selectedId);
}

void DnsSection::selectionChanged()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QString id = rows.isEmpty() ? QString() : rows.first().data(DnsZonesModel::IdRole).toString();
    if (id != m_selectedId) {
        m_selectedId = id;
        const DnsZone* zone = selectedZone();
        m_panel->setZone(zone ? std::optional<DnsZone>(*zone) : std::nullopt);
    }
    updateState();
}

void DnsSection::selectZone(const QString& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return;
    m_view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
}

DnsZoneDialog* DnsSection::createZone()
{
    auto* dialog = new DnsZoneDialog(m_zones, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DnsZoneDialog::commandIssued, this, &DnsSection::commandIssued);
    connect(dialog, &DnsZoneDialog::created, this, [this](const DnsZone& zone) {
        m_search->clear();
        selectZone(zone.id);
        m_pendingZone.clear();
        if (zone.status != DnsStatus::Pending) {
            //: %1 is a zone name
            m_banner->showMessage(MessageBanner::Type::Information, tr("Zone %1 created.").arg(quoted(zone.name)));
            return;
        }
        //: %1 is a zone name, %2 its status as the list shows it ("Creating")
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Zone %1 created. Its status stays %2 until the DNS servers have it, usually a "
                                 "few seconds.")
                                  .arg(quoted(zone.name), quoted(DnsZonesModel::statusText(zone.status, zone.action))));
        m_pendingZone = zone.id;
        m_pendingText = m_banner->text();
    });
    dialog->open();
    return dialog;
}

void DnsSection::pendingZoneSettled(const DnsZone& zone)
{
    m_pendingZone.clear();
    // Another message took the banner's place since: that one matters more now.
    if (m_banner->isHidden() || m_banner->text() != m_pendingText)
        return;
    if (zone.status == DnsStatus::Error) {
        //: %1 is a zone name, %2 its status as the list shows it ("Error")
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("The DNS servers did not take zone %1: its status is %2. Delete it and create it "
                                 "again; if that fails too, tell the cloud's administrators.")
                                  .arg(quoted(zone.name), quoted(DnsZonesModel::statusText(zone.status, zone.action))));
        return;
    }
    //: %1 is a zone name
    m_banner->showMessage(MessageBanner::Type::Information,
                          tr("Zone %1 is active: its DNS servers answer for it.").arg(quoted(zone.name)));
}

QMessageBox* DnsSection::deleteSelectedZone()
{
    const DnsZone* selected = selectedZone();
    if (!selected || !m_delete->isEnabled())
        return nullptr;
    const DnsZone zone = *selected;
    //: %1 is a zone name
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Zone"),
                                tr("Delete the zone %1 and all its records?").arg(quoted(zone.name)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteZone"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Names under %1 stop resolving once the DNS servers drop the zone. This cannot be "
                               "undone: the records are not kept.")
                                .arg(quoted(zone.name)));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, zone] {
        if (box->clickedButton() != confirm)
            return;
        m_banner->hide();
        whenFinished(m_zones->remove(zone.id), this, [this, zone](const Result<DnsZone>& result) {
            if (!result && result.error().kind != ApiError::Kind::NotFound) {
                m_banner->showMessage(MessageBanner::Type::Error, DnsErrorText::zoneDelete(result.error(), zone.name));
                return;
            }
            Q_EMIT commandIssued(DnsCommand::zoneDelete(zone.name),
                                 tr("Deletes the DNS zone %1.").arg(quoted(zone.name)));
            updateState();
        });
    });
    box->open();
    return box;
}

void DnsSection::publishSelectedZone()
{
    const DnsZone* selected = selectedZone();
    if (!selected || !m_provider || !m_provider->capabilities().publish)
        return;
    const DnsZone zone = *selected;
    const QPointer<DnsProvider> provider = m_provider;
    m_banner->hide();
    m_publish->setEnabled(false);
    whenFinished(m_provider->publish(zone), this, [this, zone, provider](const Result<void>& result) {
        updateState();
        if (!result) {
            m_banner->showMessage(MessageBanner::Type::Error, DnsErrorText::zonePublish(result.error(), zone.name));
            return;
        }
        //: %1 is a zone name
        Q_EMIT commandIssued(DnsActionCommand::publish(provider, zone),
                             tr("Publishes the zone %1.").arg(quoted(zone.name)));
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Published: the name servers now serve the records of %1. Resolvers may keep older "
                                 "answers until their TTL runs out.")
                                  .arg(quoted(zone.name)));
    });
}

} // namespace zenith
