#include "flavorsview.h"

#include "flavorsmodel.h"

#include "stores/flavorstore.h"

#include <QLineEdit>
#include <QTableView>

namespace zenith {

FlavorsSection::FlavorsSection(QWidget* parent)
    : FlavorsSection(new FlavorsModel, parent)
{}

FlavorsSection::FlavorsSection(FlavorsModel* model, QWidget* parent)
    : TableSection(model, FlavorsModel::SortRole, FlavorsModel::SearchRole, FlavorsModel::Name, parent)
    , m_store(new FlavorStore(this))
    , m_model(model)
{
    m_model->setParent(this);
    m_model->setStore(m_store);
    searchField()->setObjectName(QStringLiteral("flavorSearch"));
    view()->setObjectName(QStringLiteral("flavorsView"));
    connect(m_store, &FlavorStore::flavorsAdded, this, &FlavorsSection::updateState);
    connect(m_store, &FlavorStore::flavorsRemoved, this, &FlavorsSection::updateState);
    connect(m_store, &FlavorStore::loadingFinished, this, &FlavorsSection::listingFinished);
    connect(m_store, &FlavorStore::failed, this, &FlavorsSection::showError);
    retranslateUi();
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

FlavorStore* FlavorsSection::store() const
{
    return m_store;
}

void FlavorsSection::setStoreSession(Session* session)
{
    m_store->setSession(session);
}

void FlavorsSection::load()
{
    m_store->load();
}

bool FlavorsSection::isLoading() const
{
    return m_store->isLoading();
}

QString FlavorsSection::countText(int rows, bool loading) const
{
    //: Number of flavors listed in the Flavors tab
    return loading ? tr("Loading…") : tr("%n flavor(s)", "", rows);
}

QString FlavorsSection::searchPlaceholder() const
{
    //: Placeholder of the search box of the Flavors tab
    return tr("Search flavors by name or id");
}

QString FlavorsSection::failureText(const QString& reason) const
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    return tr("Could not list the flavors. %1").arg(reason);
}

QString FlavorsSection::emptyText() const
{
    return tr("The project sees no flavors: an instance needs one for its size, so ask the cloud's administrators.");
}

} // namespace zenith
