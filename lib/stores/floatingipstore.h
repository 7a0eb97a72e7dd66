#pragma once

#include "network/floatingip.h"
#include "network/listfloatingipsrequest.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The project's floating IPs, for the Floating IPs tab and the topology diagram. Lists
//! /v2.0/floatingips page by page on load(); a later load() emits only the differences.
class FloatingIpStore final : public QObject
{
    Q_OBJECT

public:
    explicit FloatingIpStore(QObject* parent = nullptr);
    ~FloatingIpStore() override;

    //! The session to follow (nullptr: none). Drops every floating IP (floatingIpsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Floating IPs per listing page.
    void setPageSize(int pageSize);

    //! Lists the floating IPs (again); does nothing while a listing runs or without a session.
    void load();
    //! Lists again after a change: at once, or as soon as the listing under way ends.
    void refresh();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The floating IPs known now, in no particular order.
    QList<FloatingIp> floatingIps() const;
    //! One floating IP by id (nullptr if unknown); valid until the next signal.
    const FloatingIp* floatingIp(const QString& id) const;

Q_SIGNALS:
    //! New floating IPs (one signal per listing page).
    void floatingIpsAdded(const QList<zenith::FloatingIp>& floatingIps);
    //! Known floating IPs whose fields changed.
    void floatingIpsChanged(const QList<zenith::FloatingIp>& floatingIps);
    //! Floating IPs gone (deleted, or the session changed).
    void floatingIpsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void finishLoading();

    CollectionListing<ListFloatingIpsRequest> m_listing;
    bool m_again = false;
};

} // namespace zenith
