#include "routerstore.h"

#include <utility>

namespace zenith {

namespace {

bool sameRouter(const Router& a, const Router& b)
{
    auto gateway = [](const Router& r) {
        if (!r.externalGateway)
            return QString();
        QString text = r.externalGateway->networkId;
        for (const PortFixedIp& ip : r.externalGateway->externalFixedIps)
            text += u' ' + ip.ipAddress;
        return text;
    };
    return a.updatedAt == b.updatedAt && a.name == b.name && a.status == b.status && a.adminStateUp == b.adminStateUp &&
           gateway(a) == gateway(b);
}

} // namespace

RouterStore::RouterStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameRouter,
                {[this](const QList<Router>& items) { Q_EMIT routersAdded(items); },
                 [this](const QList<Router>& items) { Q_EMIT routersChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT routersRemoved(ids); }, [this] { finishLoading(); },
                 [this](const ApiError& error) {
                     m_again = false;
                     Q_EMIT failed(error);
                 }})
{}

RouterStore::~RouterStore() = default;

void RouterStore::setSession(Session* session)
{
    m_again = false;
    m_listing.setSession(session);
}

Session* RouterStore::session() const
{
    return m_listing.session();
}

void RouterStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void RouterStore::load()
{
    m_listing.load();
}

void RouterStore::refresh()
{
    // A listing under way may have passed the changed item already: list once more after it.
    if (m_listing.isLoading())
        m_again = true;
    else
        m_listing.load();
}

void RouterStore::finishLoading()
{
    Q_EMIT loadingFinished();
    if (std::exchange(m_again, false))
        m_listing.load();
}

bool RouterStore::isLoading() const
{
    return m_listing.isLoading();
}

bool RouterStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Router> RouterStore::routers() const
{
    return m_listing.items();
}

const Router* RouterStore::router(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
