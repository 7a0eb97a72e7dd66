#include "tablesection.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "panes/rowselection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

TableSection::TableSection(QAbstractItemModel* model, int sortRole, int searchRole, int stretchColumn, QWidget* parent)
    : PaneSection(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_busy(new BusyIndicator)
    , m_banner(new MessageBanner)
    , m_view(new QTableView)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterRole(searchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    m_banner->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    m_states = new CollectionStateView(m_view, QStringLiteral("table"), this);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        load();
        updateState();
    });
    layout->addWidget(m_states, 1);
}

QTableView* TableSection::view() const
{
    return m_view;
}

QLineEdit* TableSection::searchField() const
{
    return m_search;
}

void TableSection::setSession(Session* session)
{
    m_banner->hide();
    m_signedIn = session != nullptr;
    m_failed = false;
    setStoreSession(session);
    if (m_active)
        load();
    updateState();
}

void TableSection::setActive(bool active)
{
    m_active = active;
    // These change rarely: list once each time the tab is shown, and apply the differences.
    if (active)
        load();
    updateState();
}

void TableSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void TableSection::retranslateUi()
{
    m_search->setPlaceholderText(searchPlaceholder());
    m_states->setTexts(tr("Sign in to a cloud to see this list."), tr("Loading…"), emptyText());
    updateState();
}

void TableSection::updateState()
{
    const bool loading = isLoading();
    m_busy->setVisible(loading);
    m_count->setText(countText(m_model->rowCount(), loading && m_model->rowCount() == 0));
    m_states->setFacts({m_model->rowCount() > 0, m_signedIn, m_failed, loading}, m_banner->text());
}

void TableSection::showError(const ApiError& error)
{
    m_failed = true;
    m_banner->showMessage(MessageBanner::Type::Error, failureText(ErrorText::message(error)));
    m_banner->show();
    updateState();
}

void TableSection::setListedKind(ResourceKind kind)
{
    m_kind = kind;
}

// Selects the row whose id (Qt::UserRole + 1, the models' IdRole) is `id`, clearing the search;
// at once or when the row arrives (see RowSelection).
bool TableSection::selectResource(ResourceKind kind, const QString& id)
{
    if (kind != m_kind)
        return false;
    if (!m_selection)
        m_selection = new RowSelection(
            m_view, Qt::UserRole + 1, [this] { m_search->clear(); }, this);
    m_selection->select(id);
    return true;
}

void TableSection::listingFinished()
{
    m_failed = false;
    m_banner->hide();
    updateState();
}

} // namespace zenith
