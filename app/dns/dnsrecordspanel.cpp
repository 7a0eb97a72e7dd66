#include "dnsrecordspanel.h"

#include "dnsactioncommand.h"
#include "dnserrortext.h"
#include "dnsrecorddialog.h"
#include "dnsrecordsmodel.h"

#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/whenfinished.h"
#include "stores/dnsrecordstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

DnsRecordsPanel::DnsRecordsPanel(DnsRecordStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new DnsRecordsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_busy(new BusyIndicator(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_state(new QLabel(this))
{
    m_model->setStore(store);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DnsRecordsModel::SortRole);
    m_proxy->setFilterRole(DnsRecordsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_title->setObjectName(QStringLiteral("recordsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_add->setObjectName(QStringLiteral("addRecord"));
    m_edit->setObjectName(QStringLiteral("editRecord"));
    m_delete->setObjectName(QStringLiteral("deleteRecord"));
    connect(m_add, &QPushButton::clicked, this, &DnsRecordsPanel::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &DnsRecordsPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &DnsRecordsPanel::deleteSelected);
    m_banner->setObjectName(QStringLiteral("recordsMessage"));
    m_banner->hide();
    m_view->setObjectName(QStringLiteral("recordsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DnsRecordsModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(DnsRecordsModel::Type, 70);
    m_view->setColumnWidth(DnsRecordsModel::Name, 180);
    m_view->setColumnWidth(DnsRecordsModel::Values, 380);
    m_view->setColumnWidth(DnsRecordsModel::Ttl, 90);
    m_view->setColumnWidth(DnsRecordsModel::Status, 110);
    m_view->horizontalHeader()->setSectionResizeMode(DnsRecordsModel::Values, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &DnsRecordsPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DnsRecordsPanel::updateState);
    m_state->setObjectName(QStringLiteral("recordsState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);

    connect(m_store, &DnsRecordStore::failed, this, &DnsRecordsPanel::showError);
    connect(m_store, &DnsRecordStore::loadingFinished, this, &DnsRecordsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DnsRecordsPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DnsRecordsPanel::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DnsRecordsPanel::updateState);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state, 1);
    retranslateUi();
}

DnsRecordsPanel::~DnsRecordsPanel()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void DnsRecordsPanel::setZone(const std::optional<DnsZone>& zone)
{
    m_zone = zone;
    m_banner->hide();
    m_model->setZoneName(zone ? zone->name : QString());
    m_store->setZone(zone);
    m_store->load();
    retranslateUi();
}

void DnsRecordsPanel::updateZone(const DnsZone& zone)
{
    if (m_zone && m_zone->id == zone.id) {
        m_zone = zone;
        updateState();
    }
}

DnsRecordsModel* DnsRecordsPanel::model() const
{
    return m_model;
}

QTableView* DnsRecordsPanel::view() const
{
    return m_view;
}

std::optional<DnsRecord> DnsRecordsPanel::selectedRecord() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_proxy->mapToSource(rows.first()).row();
    return row < 0 ? std::nullopt : std::optional<DnsRecord>(m_model->recordAt(row));
}

void DnsRecordsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DnsRecordsPanel::retranslateUi()
{
    //: Title above the records table; %1 is a zone name
    m_title->setText(m_zone ? tr("Records of %1").arg(m_zone->name) : tr("Records"));
    m_search->setPlaceholderText(tr("Search records by type, name or value"));
    //: Button: add DNS records (opens the record editor)
    m_add->setText(tr("&Add Record…"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("De&lete…"));
    updateState();
}

void DnsRecordsPanel::updateState()
{
    const bool rows = m_model->rowCount() > 0;
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading);
    m_view->setVisible(rows);
    m_state->setVisible(!rows);
    if (!m_zone)
        m_state->setText(tr("Select a zone to see its records."));
    else if (loading || !m_store->isLoaded())
        m_state->setText(tr("Loading records…"));
    else
        m_state->setText(tr("This zone has no records yet."));
    const std::optional<DnsRecord> selected = selectedRecord();
    const bool editable = selected && selected->type != u"SOA" && selected->action != u"DELETE";
    m_add->setEnabled(m_zone.has_value() && m_zone->action != u"DELETE");
    m_edit->setEnabled(editable);
    // NS records at the apex are the zone's own: Designate keeps them.
    m_delete->setEnabled(editable && !(selected->type == u"NS" && m_zone && selected->name == m_zone->name));
}

void DnsRecordsPanel::showError(const ApiError& error)
{
    m_banner->showMessage(MessageBanner::Type::Error, DnsErrorText::listing(error, true));
    updateState();
}

DnsRecordDialog* DnsRecordsPanel::addRecord()
{
    return m_zone ? openEditor(std::nullopt) : nullptr;
}

DnsRecordDialog* DnsRecordsPanel::editSelected()
{
    const std::optional<DnsRecord> record = selectedRecord();
    if (!m_zone || !record || record->type == u"SOA")
        return nullptr;
    return openEditor(record);
}

DnsRecordDialog* DnsRecordsPanel::openEditor(const std::optional<DnsRecord>& record)
{
    auto* dialog = new DnsRecordDialog(m_store, *m_zone, record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DnsRecordDialog::commandIssued, this, &DnsRecordsPanel::commandIssued);
    dialog->open();
    return dialog;
}

QMessageBox* DnsRecordsPanel::deleteSelected()
{
    const std::optional<DnsRecord> record = selectedRecord();
    if (!m_zone || !record || !m_delete->isEnabled())
        return nullptr;
    const DnsZone zone = *m_zone;
    const DnsRecord target = *record;
    //: %1 is a record type, %2 a name, %3 the values
    const QString text =
        tr("Delete the %1 records of %2?\n\n%3").arg(target.type, quoted(target.name), target.values.join(u'\n'));
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Records"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteRecord"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Resolvers may keep answering with them until their TTL runs out."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, zone, target] {
        if (box->clickedButton() != confirm)
            return;
        m_banner->hide();
        const QString command = DnsActionCommand::recordDelete(m_store->provider(), zone, target, m_store->records());
        whenFinished(m_store->remove(target.id), this, [this, zone, target, command](const Result<DnsRecord>& r) {
            if (!r && r.error().kind != ApiError::Kind::NotFound) {
                m_banner->showMessage(MessageBanner::Type::Error,
                                      DnsErrorText::record(r.error(), target.type, target.name));
                return;
            }
            //: %1 is a record type, %2 a name
            Q_EMIT commandIssued(command, tr("Deletes the %1 records of %2.").arg(target.type, quoted(target.name)));
        });
    });
    box->open();
    return box;
}

} // namespace zenith
