#pragma once

#include "network/listnetworksrequest.h"
#include "network/network.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The networks the project sees (its own, shared and external ones), for the Networks tab, the
//! router and floating IP dialogs and the topology diagram. Lists /v2.0/networks page by page on
//! load(); a later load() emits only the differences.
class NetworkStore final : public QObject
{
    Q_OBJECT

public:
    explicit NetworkStore(QObject* parent = nullptr);
    ~NetworkStore() override;

    //! The session to follow (nullptr: none). Drops every network (networksRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Networks per listing page.
    void setPageSize(int pageSize);

    //! Lists the networks (again); does nothing while a listing runs or without a session.
    void load();
    //! Lists again after a change: at once, or as soon as the listing under way ends.
    void refresh();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The networks known now, in no particular order.
    QList<Network> networks() const;
    //! One network by id (nullptr if unknown); valid until the next signal.
    const Network* network(const QString& id) const;

Q_SIGNALS:
    //! New networks (one signal per listing page).
    void networksAdded(const QList<zenith::Network>& networks);
    //! Known networks whose fields changed.
    void networksChanged(const QList<zenith::Network>& networks);
    //! Networks gone (deleted, or the session changed).
    void networksRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void finishLoading();

    CollectionListing<ListNetworksRequest> m_listing;
    bool m_again = false;
};

} // namespace zenith
