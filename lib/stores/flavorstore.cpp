#include "flavorstore.h"

#include "compute/listflavorsrequest.h"
#include "core/session.h"

#include <QFutureWatcher>
#include <QSet>

#include <memory>

namespace zenith {

namespace {

using ListWatcher = QFutureWatcher<Result<Page<Flavor>>>;

// Flavors have no `updated` field: compare every field the table and the pickers show.
bool sameFlavor(const Flavor& a, const Flavor& b)
{
    return a.name == b.name && a.vcpus == b.vcpus && a.ram == b.ram && a.disk == b.disk && a.ephemeral == b.ephemeral &&
           a.swap == b.swap && a.isPublic == b.isPublic && a.disabled == b.disabled && a.description == b.description;
}

} // namespace

FlavorStore::FlavorStore(QObject* parent)
    : QObject(parent)
{}

FlavorStore::~FlavorStore() = default;

void FlavorStore::setSession(Session* session)
{
    ++m_generation; // answers to the old session's requests are dropped when they land
    const QStringList gone = m_flavors.keys();
    m_flavors.clear();
    m_loading = m_loaded = false;
    m_session = session;
    if (!gone.isEmpty())
        Q_EMIT flavorsRemoved(gone);
}

Session* FlavorStore::session() const
{
    return m_session;
}

void FlavorStore::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

void FlavorStore::load()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    ListFlavorsRequest request;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    auto seen = std::make_shared<QSet<QString>>();
    auto broken = std::make_shared<bool>(false);
    auto* watcher = new ListWatcher(this);
    connect(watcher, &ListWatcher::resultsReadyAt, this, [=, this](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Result<Page<Flavor>> page = watcher->future().resultAt(i);
            if (page) {
                applyPage(page->items, seen.get());
                continue;
            }
            // An error ends the sequence: the listing is over, and its handlers may load() again.
            *broken = true;
            m_loading = false;
            Q_EMIT failed(page.error());
        }
    });
    connect(watcher, &ListWatcher::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        // After an error the listing is incomplete: removing what was not seen would be wrong.
        if (*broken)
            return;
        m_loading = false;
        finishListing(*seen);
    });
    watcher->setFuture(m_session->sendPaged(request));
}

bool FlavorStore::isLoading() const
{
    return m_loading;
}

bool FlavorStore::isLoaded() const
{
    return m_loaded;
}

QList<Flavor> FlavorStore::flavors() const
{
    return m_flavors.values();
}

const Flavor* FlavorStore::flavor(const QString& id) const
{
    auto it = m_flavors.constFind(id);
    return it == m_flavors.constEnd() ? nullptr : &it.value();
}

void FlavorStore::applyPage(const QList<Flavor>& page, QSet<QString>* seen)
{
    QList<Flavor> added;
    QList<Flavor> changed;
    for (const Flavor& flavor : page) {
        if (seen->contains(flavor.id))
            continue; // a page boundary that moved under us
        seen->insert(flavor.id);
        auto it = m_flavors.find(flavor.id);
        if (it == m_flavors.end()) {
            m_flavors.insert(flavor.id, flavor);
            added << flavor;
        } else if (!sameFlavor(*it, flavor)) {
            *it = flavor;
            changed << flavor;
        }
    }
    if (!added.isEmpty())
        Q_EMIT flavorsAdded(added);
    if (!changed.isEmpty())
        Q_EMIT flavorsChanged(changed);
}

void FlavorStore::finishListing(const QSet<QString>& seen)
{
    QStringList gone;
    for (auto it = m_flavors.begin(); it != m_flavors.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        gone << it.key();
        it = m_flavors.erase(it);
    }
    if (!gone.isEmpty())
        Q_EMIT flavorsRemoved(gone);
    m_loaded = true;
    Q_EMIT loadingFinished();
}

} // namespace zenith
