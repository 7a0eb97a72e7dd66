#include "keypairstore.h"

#include "compute/deletekeypairrequest.h"
#include "compute/listkeypairsrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"

#include <QFutureWatcher>

#include <memory>

namespace zenith {

namespace {

using ListWatcher = QFutureWatcher<Result<Page<Keypair>>>;

bool sameKeypair(const Keypair& a, const Keypair& b)
{
    return a.fingerprint == b.fingerprint && a.publicKey == b.publicKey && a.type == b.type;
}

} // namespace

KeypairStore::KeypairStore(QObject* parent)
    : QObject(parent)
{}

KeypairStore::~KeypairStore() = default;

void KeypairStore::setSession(Session* session)
{
    ++m_generation; // answers to the old session's requests are dropped when they land
    const QStringList gone = m_keypairs.keys();
    m_keypairs.clear();
    m_seen.clear();
    m_deleted.clear();
    m_loading = m_loaded = false;
    m_deleting = 0;
    m_session = session;
    if (!gone.isEmpty())
        Q_EMIT keypairsRemoved(gone);
}

Session* KeypairStore::session() const
{
    return m_session;
}

void KeypairStore::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

void KeypairStore::load()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    m_seen.clear();
    m_deleted.clear();
    list(true);
}

void KeypairStore::list(bool paged)
{
    ListKeypairsRequest request;
    if (paged)
        request.limit = m_pageSize;
    const quint64 generation = m_generation;
    auto arrived = std::make_shared<bool>(false);
    auto broken = std::make_shared<bool>(false);
    auto* watcher = new ListWatcher(this);
    connect(watcher, &ListWatcher::resultsReadyAt, this, [=, this](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Result<Page<Keypair>> page = watcher->future().resultAt(i);
            if (page) {
                *arrived = true;
                applyPage(page->items);
                continue;
            }
            *broken = true;
            // Below compute 2.35 Nova takes no limit (the session refuses to send one): list in one call.
            if (paged && !*arrived && page.error().kind == ApiError::Kind::Unsupported) {
                list(false);
                return;
            }
            // An error ends the sequence: the listing is over, and its handlers may load() again.
            m_loading = false;
            Q_EMIT failed(page.error());
        }
    });
    connect(watcher, &ListWatcher::finished, this, [=, this] {
        watcher->deleteLater();
        // After an error the listing is incomplete: removing what was not seen would be wrong.
        if (generation != m_generation || *broken)
            return;
        m_loading = false;
        finishListing();
    });
    watcher->setFuture(m_session->sendPaged(request));
}

bool KeypairStore::isLoading() const
{
    return m_loading;
}

bool KeypairStore::isLoaded() const
{
    return m_loaded;
}

QList<Keypair> KeypairStore::keypairs() const
{
    return m_keypairs.values();
}

const Keypair* KeypairStore::keypair(const QString& name) const
{
    auto it = m_keypairs.constFind(name);
    return it == m_keypairs.constEnd() ? nullptr : &it.value();
}

void KeypairStore::insert(const Keypair& keypair)
{
    m_deleted.remove(keypair.name);
    // A listing under way may have passed this name already: its end must not remove the key.
    m_seen.insert(keypair.name);
    auto it = m_keypairs.find(keypair.name);
    if (it == m_keypairs.end()) {
        m_keypairs.insert(keypair.name, keypair);
        Q_EMIT keypairsAdded({keypair});
    } else if (!sameKeypair(*it, keypair)) {
        *it = keypair;
        Q_EMIT keypairsChanged({keypair});
    }
}

void KeypairStore::remove(const QStringList& names)
{
    if (!m_session || names.isEmpty())
        return;
    const quint64 generation = m_generation;
    auto pending = std::make_shared<int>(int(names.size()));
    auto deleted = std::make_shared<QStringList>();
    m_deleting += int(names.size());
    for (const QString& name : names) {
        whenFinished(m_session->send(DeleteKeypairRequest{name}), this,
                     [=, this](const Result<DeleteKeypairRequest::Response>& result) {
                         if (generation != m_generation)
                             return;
                         --m_deleting;
                         // Already gone (deleted elsewhere): what the user wanted.
                         if (result || result.error().kind == ApiError::Kind::NotFound) {
                             deleted->append(name);
                             forget(name);
                         } else {
                             Q_EMIT deleteFailed(name, result.error());
                         }
                         if (--*pending == 0)
                             Q_EMIT deletionsFinished(*deleted);
                     });
    }
}

bool KeypairStore::isDeleting() const
{
    return m_deleting > 0;
}

void KeypairStore::forget(const QString& name)
{
    m_deleted.insert(name);
    if (m_keypairs.remove(name) > 0)
        Q_EMIT keypairsRemoved({name});
}

void KeypairStore::applyPage(const QList<Keypair>& page)
{
    QList<Keypair> added;
    QList<Keypair> changed;
    for (const Keypair& keypair : page) {
        // A page boundary that moved under us, or a page sent before a deletion landed.
        if (m_seen.contains(keypair.name) || m_deleted.contains(keypair.name))
            continue;
        m_seen.insert(keypair.name);
        auto it = m_keypairs.find(keypair.name);
        if (it == m_keypairs.end()) {
            m_keypairs.insert(keypair.name, keypair);
            added << keypair;
        } else if (!sameKeypair(*it, keypair)) {
            *it = keypair;
            changed << keypair;
        }
    }
    if (!added.isEmpty())
        Q_EMIT keypairsAdded(added);
    if (!changed.isEmpty())
        Q_EMIT keypairsChanged(changed);
}

void KeypairStore::finishListing()
{
    QStringList gone;
    for (auto it = m_keypairs.begin(); it != m_keypairs.end();) {
        if (m_seen.contains(it.key())) {
            ++it;
            continue;
        }
        gone << it.key();
        it = m_keypairs.erase(it);
    }
    if (!gone.isEmpty())
        Q_EMIT keypairsRemoved(gone);
    m_loaded = true;
    Q_EMIT loadingFinished();
}

} // namespace zenith
