#include "networkstore.h"

#include <utility>

namespace zenith {

namespace {

bool sameNetwork(const Network& a, const Network& b)
{
    return a.updatedAt == b.updatedAt && a.name == b.name && a.status == b.status && a.shared == b.shared &&
           a.routerExternal == b.routerExternal && a.subnets == b.subnets && a.adminStateUp == b.adminStateUp &&
           a.description == b.description;
}

} // namespace

NetworkStore::NetworkStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameNetwork,
                {[this](const QList<Network>& items) { Q_EMIT networksAdded(items); },
                 [this](const QList<Network>& items) { Q_EMIT networksChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT networksRemoved(ids); }, [this] { finishLoading(); },
                 [this](const ApiError& error) {
                     m_again = false;
                     Q_EMIT failed(error);
                 }})
{}

NetworkStore::~NetworkStore() = default;

void NetworkStore::setSession(Session* session)
{
    m_again = false;
    m_listing.setSession(session);
}

Session* NetworkStore::session() const
{
    return m_listing.session();
}

void NetworkStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void NetworkStore::load()
{
    m_listing.load();
}

void NetworkStore::refresh()
{
    // A listing under way may have passed the changed item already: list once more after it.
    if (m_listing.isLoading())
        m_again = true;
    else
        m_listing.load();
}

void NetworkStore::finishLoading()
{
    Q_EMIT loadingFinished();
    if (std::exchange(m_again, false))
        m_listing.load();
}

bool NetworkStore::isLoading() const
{
    return m_listing.isLoading();
}

bool NetworkStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Network> NetworkStore::networks() const
{
    return m_listing.items();
}

const Network* NetworkStore::network(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
