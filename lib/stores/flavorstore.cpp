#include "flavorstore.h"

namespace zenith {

namespace {

// Flavors have no `updated` field: compare every field the table and the pickers show.
bool sameFlavor(const Flavor& a, const Flavor& b)
{
    return a.name == b.name && a.vcpus == b.vcpus && a.ram == b.ram && a.disk == b.disk && a.ephemeral == b.ephemeral &&
           a.swap == b.swap && a.isPublic == b.isPublic && a.disabled == b.disabled && a.description == b.description;
}

} // namespace

FlavorStore::FlavorStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameFlavor,
                {[this](const QList<Flavor>& items) { Q_EMIT flavorsAdded(items); },
                 [this](const QList<Flavor>& items) { Q_EMIT flavorsChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT flavorsRemoved(ids); }, [this] { Q_EMIT loadingFinished(); },
                 [this](const ApiError& error) { Q_EMIT failed(error); }})
{}

FlavorStore::~FlavorStore() = default;

void FlavorStore::setSession(Session* session)
{
    m_listing.setSession(session);
}

Session* FlavorStore::session() const
{
    return m_listing.session();
}

void FlavorStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void FlavorStore::load()
{
    m_listing.load();
}

bool FlavorStore::isLoading() const
{
    return m_listing.isLoading();
}

bool FlavorStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Flavor> FlavorStore::flavors() const
{
    return m_listing.items();
}

const Flavor* FlavorStore::flavor(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
