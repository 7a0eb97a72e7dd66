#pragma once

#include "network/listsubnetsrequest.h"
#include "network/subnet.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The subnets the project sees (on its own and on shared or external networks), for the
//! Networks tab, the subnet form's overlap check and the topology diagram. Lists /v2.0/subnets
//! page by page on load(); a later load() emits only the differences.
class SubnetStore final : public QObject
{
    Q_OBJECT

public:
    explicit SubnetStore(QObject* parent = nullptr);
    ~SubnetStore() override;

    //! The session to follow (nullptr: none). Drops every subnet (subnetsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Subnets per listing page.
    void setPageSize(int pageSize);

    //! Lists the subnets (again); does nothing while a listing runs or without a session.
    void load();
    //! Lists again after a change: at once, or as soon as the listing under way ends.
    void refresh();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The subnets known now, in no particular order.
    QList<Subnet> subnets() const;
    //! One subnet by id (nullptr if unknown); valid until the next signal.
    const Subnet* subnet(const QString& id) const;

Q_SIGNALS:
    //! New subnets (one signal per listing page).
    void subnetsAdded(const QList<zenith::Subnet>& subnets);
    //! Known subnets whose fields changed.
    void subnetsChanged(const QList<zenith::Subnet>& subnets);
    //! Subnets gone (deleted, or the session changed).
    void subnetsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    void finishLoading();

    CollectionListing<ListSubnetsRequest> m_listing;
    bool m_again = false;
};

} // namespace zenith
