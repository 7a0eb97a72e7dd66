#include "floatingipstore.h"

#include <utility>

namespace zenith {

namespace {

bool sameFloatingIp(const FloatingIp& a, const FloatingIp& b)
{
    return a.updatedAt == b.updatedAt && a.status == b.status && a.portId == b.portId &&
           a.fixedIpAddress == b.fixedIpAddress && a.routerId == b.routerId && a.description == b.description;
}

} // namespace

FloatingIpStore::FloatingIpStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameFloatingIp,
                {[this](const QList<FloatingIp>& items) { Q_EMIT floatingIpsAdded(items); },
                 [this](const QList<FloatingIp>& items) { Q_EMIT floatingIpsChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT floatingIpsRemoved(ids); }, [this] { finishLoading(); },
                 [this](const ApiError& error) {
                     m_again = false;
                     Q_EMIT failed(error);
                 }})
{}

FloatingIpStore::~FloatingIpStore() = default;

void FloatingIpStore::setSession(Session* session)
{
    m_again = false;
    m_listing.setSession(session);
}

Session* FloatingIpStore::session() const
{
    return m_listing.session();
}

void FloatingIpStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void FloatingIpStore::load()
{
    m_listing.load();
}

void FloatingIpStore::refresh()
{
    // A listing under way may have passed the changed item already: list once more after it.
    if (m_listing.isLoading())
        m_again = true;
    else
        m_listing.load();
}

void FloatingIpStore::finishLoading()
{
    Q_EMIT loadingFinished();
    if (std::exchange(m_again, false))
        m_listing.load();
}

bool FloatingIpStore::isLoading() const
{
    return m_listing.isLoading();
}

bool FloatingIpStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<FloatingIp> FloatingIpStore::floatingIps() const
{
    return m_listing.items();
}

const FloatingIp* FloatingIpStore::floatingIp(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
