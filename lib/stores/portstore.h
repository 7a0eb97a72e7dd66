#pragma once

#include "network/createportrequest.h"
#include "network/deleteportrequest.h"
#include "network/listportsrequest.h"
#include "network/port.h"
#include "network/updateportrequest.h"
#include "stores/collectionlisting.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace zenith {

class Session;

//! The project's Neutron ports, for the Ports tab and anything else that draws them (the topology
//! diagram): lists /v2.0/ports page by page on load() and emits only the differences. While
//! started, it lists again now and then if a port is still settling (BUILD, or DOWN on a device).
//! create(), update() and remove() send the call and apply its answer without a new listing.
class PortStore final : public QObject
{
    Q_OBJECT

public:
    explicit PortStore(QObject* parent = nullptr);
    ~PortStore() override;

    //! The session to follow (nullptr: none). Drops every port (portsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Ports per listing page: the first page, and the later ones (default 100, then 1,000).
    void setPageSize(int pageSize, int laterPageSize = 0);
    //! How often a settling port makes the store list again while started (default 20 s).
    void setSettleRefresh(std::chrono::milliseconds interval);

    //! Lists the ports (again); does nothing while a listing runs or without a session.
    void load();
    //! Loads, then refreshes settling ports rarely; call when the ports become visible.
    void start();
    //! Stops the refreshes until start().
    void pause();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The ports known now, in no particular order.
    QList<Port> ports() const;
    //! One port by id (nullptr if unknown); valid until the next signal.
    const Port* port(const QString& id) const;

    //! Creates a port; the new port is added (portsAdded) when Neutron answers.
    QFuture<Result<Port>> create(const CreatePortRequest& request);
    //! Updates a port; the answer replaces the known port (portsChanged).
    QFuture<Result<Port>> update(const UpdatePortRequest& request);
    //! Deletes a port; it leaves through portsRemoved when Neutron agrees (or it was gone already).
    QFuture<Result<NoContent>> remove(const QString& id);

    //! True when a port has not settled yet: BUILD, or DOWN while a device uses it.
    static bool isSettling(const Port& port);

Q_SIGNALS:
    //! New ports (one signal per listing page, or one created).
    void portsAdded(const QList<zenith::Port>& ports);
    //! Known ports whose fields changed.
    void portsChanged(const QList<zenith::Port>& ports);
    //! Ports gone (deleted, or the session changed).
    void portsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void refreshIfSettling();

    CollectionListing<ListPortsRequest> m_listing;
    QTimer m_settleTimer;
    quint64 m_generation = 0;
};

} // namespace zenith
