#pragma once

#include "core/apierror.h"
#include "core/session.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace zenith {

//! The engine of the stores that list a whole collection and keep it (images, flavors, key
//! pairs...): follows a paged request's pages, applies each as a diff by id, finds what was
//! removed once a listing is complete, and drops answers meant for an earlier session.
//! Not a QObject: each store owns one and turns its callbacks into typed signals.
template <PagedRequest R> class CollectionListing
{
public:
    using Item = std::remove_cvref_t<decltype(std::declval<typename R::Response>().items.front())>;
    //! True when two versions of an item look the same to the user (no change to signal).
    using Same = std::function<bool(const Item&, const Item&)>;

    struct Callbacks
    {
        std::function<void(const QList<Item>&)> added;   //!< new items, one call per page
        std::function<void(const QList<Item>&)> changed; //!< known items whose fields changed
        std::function<void(const QStringList&)> removed; //!< ids gone (deleted, or the session changed)
        std::function<void()> finished;                  //!< a listing is complete
        std::function<void(const ApiError&)> failed;     //!< a listing failed; what arrived stays
    };

    //! `context` parents the listings' watchers: nothing lands after it is gone.
    CollectionListing(QObject* context, Same same, Callbacks callbacks)
        : m_context(context)
        , m_same(std::move(same))
        , m_callbacks(std::move(callbacks))
    {}

    //! The session to follow (nullptr: none). Drops every item and ignores the old session's answers.
    void setSession(Session* session)
    {
        ++m_generation;
        const QStringList gone = m_items.keys();
        m_items.clear();
        m_loading = m_loaded = false;
        m_seen.reset();
        m_forgotten.clear();
        m_session = session;
        if (!gone.isEmpty())
            m_callbacks.removed(gone);
    }

    Session* session() const { return m_session; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    //! Pages after the first hold this many (0: as many as the first): a small first page shows
    //! rows at once, big later ones spare a big collection's cloud dozens of requests.
    void setLaterPageSize(int pageSize) { m_laterPageSize = pageSize; }
    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    QList<Item> items() const { return m_items.values(); }

    //! One item by id (nullptr if unknown); valid until the next callback.
    const Item* find(const QString& id) const
    {
        auto it = m_items.constFind(id);
        return it == m_items.constEnd() ? nullptr : &it.value();
    }

    //! Records an item created or changed elsewhere (a create or update answer) without listing
    //! again: added or changed as the listing would; a listing under way keeps it.
    void upsert(const Item& item)
    {
        const QString id = idOf(item);
        if (m_seen)
            m_seen->insert(id);
        m_forgotten.remove(id);
        auto it = m_items.find(id);
        if (it == m_items.end()) {
            m_items.insert(id, item);
            m_callbacks.added({item});
        } else if (!m_same(*it, item)) {
            *it = item;
            m_callbacks.changed({item});
        }
    }

    //! Drops an item deleted elsewhere; a page of a listing under way, sent before the deletion
    //! landed, does not bring it back.
    void forget(const QString& id)
    {
        if (m_loading)
            m_forgotten.insert(id);
        if (m_items.remove(id) > 0)
            m_callbacks.removed({id});
    }

    //! Lists everything (again), `request` giving the filters; does nothing while a listing runs
    //! or without a session.
    void load(R request = {})
    {
        if (!m_session || m_loading)
            return;
        m_loading = true;
        request.limit = m_pageSize;
        const quint64 generation = m_generation;
        auto seen = std::make_shared<QSet<QString>>();
        m_seen = seen;
        auto broken = std::make_shared<bool>(false);
        using Watcher = QFutureWatcher<Result<typename R::Response>>;
        auto* watcher = new Watcher(m_context);
        QObject::connect(watcher, &Watcher::resultsReadyAt, m_context, [=, this](int begin, int end) {
            if (generation != m_generation)
                return;
            for (int i = begin; i < end; ++i) {
                const auto page = watcher->future().resultAt(i);
                if (page) {
                    applyPage(page->items, seen.get());
                    continue;
                }
                // An error ends the sequence: the listing is over, and its handlers may load() again.
                *broken = true;
                m_loading = false;
                m_seen.reset();
                m_forgotten.clear();
                m_callbacks.failed(page.error());
            }
        });
        QObject::connect(watcher, &Watcher::finished, m_context, [=, this] {
            watcher->deleteLater();
            // After an error the listing is incomplete: removing what was not seen would be wrong.
            if (generation != m_generation || *broken)
                return;
            m_loading = false;
            finishListing(*seen);
        });
        watcher->setFuture(
            m_session->sendPaged(request, m_laterPageSize > 0 ? std::optional<int>(m_laterPageSize) : std::nullopt));
    }

private:
    void applyPage(const QList<Item>& page, QSet<QString>* seen)
    {
        QList<Item> added;
        QList<Item> changed;
        for (const Item& item : page) {
            const QString id = idOf(item);
            if (seen->contains(id) || m_forgotten.contains(id))
                continue; // a page boundary that moved under us, or an item deleted since
            seen->insert(id);
            auto it = m_items.find(id);
            if (it == m_items.end()) {
                m_items.insert(id, item);
                added << item;
            } else if (!m_same(*it, item)) {
                *it = item;
                changed << item;
            }
        }
        if (!added.isEmpty())
            m_callbacks.added(added);
        if (!changed.isEmpty())
            m_callbacks.changed(changed);
    }

    void finishListing(const QSet<QString>& seen)
    {
        m_seen.reset();
        m_forgotten.clear();
        QStringList gone;
        for (auto it = m_items.begin(); it != m_items.end();) {
            if (seen.contains(it.key())) {
                ++it;
                continue;
            }
            gone << it.key();
            it = m_items.erase(it);
        }
        if (!gone.isEmpty())
            m_callbacks.removed(gone);
        m_loaded = true;
        m_callbacks.finished();
    }

    // Key pairs have no id: their name is their key.
    static QString idOf(const Item& item)
    {
        if constexpr (requires { item.id; })
            return item.id;
        else
            return item.name;
    }

    QObject* m_context;
    Same m_same;
    Callbacks m_callbacks;
    QPointer<Session> m_session;
    QHash<QString, Item> m_items;
    std::shared_ptr<QSet<QString>> m_seen; //!< ids the running listing returned (or upserted meanwhile)
    QSet<QString> m_forgotten;             //!< ids deleted while a listing runs
    quint64 m_generation = 0;
    int m_pageSize = 100;
    int m_laterPageSize = 0;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace zenith
