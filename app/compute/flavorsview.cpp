#include "flavorsview.h"

#include "flavorsmodel.h"

#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "stores/flavorstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

FlavorsSection::FlavorsSection(QWidget* parent)
    : ComputeSection(parent)
    , m_store(new FlavorStore(this))
    , m_model(new FlavorsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_busy(new BusyIndicator)
    , m_banner(new MessageBanner)
    , m_view(new QTableView)
{
    m_model->setStore(m_store);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FlavorsModel::SortRole);
    m_proxy->setFilterRole(FlavorsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("flavorSearch"));
    m_view->setObjectName(QStringLiteral("flavorsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FlavorsModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(FlavorsModel::Name, QHeaderView::Stretch);
    m_banner->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_store, &FlavorStore::flavorsAdded, this, &FlavorsSection::updateState);
    connect(m_store, &FlavorStore::flavorsRemoved, this, &FlavorsSection::updateState);
    connect(m_store, &FlavorStore::loadingFinished, this, [this] {
        m_banner->hide();
        updateState();
    });
    connect(m_store, &FlavorStore::failed, this, &FlavorsSection::showError);
    retranslateUi();
    updateState();
}

FlavorsSection::~FlavorsSection()
{
    disconnectChildren();
}

QString FlavorsSection::title() const
{
    //: Compute pane tab: the sizes (vCPUs, RAM, disk) a server can have
    return tr("Flavors");
}

void FlavorsSection::setSession(Session* session)
{
    m_banner->hide();
    m_store->setSession(session);
    if (m_active)
        m_store->load();
    updateState();
}

void FlavorsSection::setActive(bool active)
{
    m_active = active;
    // Flavors change rarely: list once each time the tab is shown, and apply the differences.
    if (active)
        m_store->load();
    updateState();
}

FlavorStore* FlavorsSection::store() const
{
    return m_store;
}

QTableView* FlavorsSection::view() const
{
    return m_view;
}

void FlavorsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ComputeSection::changeEvent(event);
}

void FlavorsSection::retranslateUi()
{
    //: Placeholder of the search box of the Flavors tab
    m_search->setPlaceholderText(tr("Search flavors by name or id"));
    updateState();
}

void FlavorsSection::updateState()
{
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading);
    //: Number of flavors listed in the Flavors tab
    m_count->setText(loading && m_model->rowCount() == 0 ? tr("Loading…")
                                                         : tr("%n flavor(s)", "", m_model->rowCount()));
}

void FlavorsSection::showError(const ApiError& error)
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not list the flavors. %1").arg(ErrorText::message(error)));
    m_banner->show();
    updateState();
}

} // namespace zenith
