#include "imagesview.h"

#include "imagesmodel.h"

#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "stores/imagestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

ImagesSection::ImagesSection(QWidget* parent)
    : ComputeSection(parent)
    , m_store(new ImageStore(this))
    , m_model(new ImagesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_busy(new BusyIndicator)
    , m_banner(new MessageBanner)
    , m_view(new QTableView)
{
    m_model->setStore(m_store);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImagesModel::SortRole);
    m_proxy->setFilterRole(ImagesModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("imageSearch"));
    m_view->setObjectName(QStringLiteral("imagesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImagesModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ImagesModel::Name, QHeaderView::Stretch);
    m_banner->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_store, &ImageStore::imagesAdded, this, &ImagesSection::updateState);
    connect(m_store, &ImageStore::imagesRemoved, this, &ImagesSection::updateState);
    connect(m_store, &ImageStore::loadingFinished, this, [this] {
        m_banner->hide();
        updateState();
    });
    connect(m_store, &ImageStore::failed, this, &ImagesSection::showError);
    retranslateUi();
    updateState();
}

ImagesSection::~ImagesSection()
{
    disconnectChildren();
}

QString ImagesSection::title() const
{
    //: Compute pane tab: the images servers boot from
    return tr("Images");
}

void ImagesSection::setSession(Session* session)
{
    m_banner->hide();
    m_store->setSession(session);
    if (m_active)
        m_store->load();
    updateState();
}

void ImagesSection::setActive(bool active)
{
    m_active = active;
    // Images change rarely: list once each time the tab is shown, and apply the differences.
    if (active)
        m_store->load();
    updateState();
}

ImageStore* ImagesSection::store() const
{
    return m_store;
}

QTableView* ImagesSection::view() const
{
    return m_view;
}

void ImagesSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ComputeSection::changeEvent(event);
}

void ImagesSection::retranslateUi()
{
    //: Placeholder of the search box of the Images tab
    m_search->setPlaceholderText(tr("Search images by name, distribution or id"));
    updateState();
}

void ImagesSection::updateState()
{
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading);
    //: Number of images listed in the Images tab
    m_count->setText(loading && m_model->rowCount() == 0 ? tr("Loading…") : tr("%n image(s)", "", m_model->rowCount()));
}

void ImagesSection::showError(const ApiError& error)
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    m_banner->showMessage(MessageBanner::Type::Error,
                          tr("Could not list the images. %1").arg(ErrorText::message(error)));
    m_banner->show();
    updateState();
}

} // namespace zenith
