#pragma once

#include "network/listroutersrequest.h"
#include "network/router.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The project's routers, for the Routers tab and the topology diagram. Lists /v2.0/routers page
//! by page on load(); a later load() emits only the differences.
class RouterStore final : public QObject
{
    Q_OBJECT

public:
    explicit RouterStore(QObject* parent = nullptr);
    ~RouterStore() override;

    //! The session to follow (nullptr: none). Drops every router (routersRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Routers per listing page.
    void setPageSize(int pageSize);

    //! Lists the routers (again); does nothing while a listing runs or without a session.
    void load();
    //! Lists again after a change: at once, or as soon as the listing under way ends.
    void refresh();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The routers known now, in no particular order.
    QList<Router> routers() const;
    //! One router by id (nullptr if unknown); valid until the next signal.
    const Router* router(const QString& id) const;

Q_SIGNALS:
    //! New routers (one signal per listing page).
    void routersAdded(const QList<zenith::Router>& routers);
    //! Known routers whose fields changed.
    void routersChanged(const QList<zenith::Router>& routers);
    //! Routers gone (deleted, or the session changed).
    void routersRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void finishLoading();

    CollectionListing<ListRoutersRequest> m_listing;
    bool m_again = false;
};

} // namespace zenith
