#pragma once

#include "compute/flavor.h"
#include "compute/listflavorsrequest.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The flavors the project can use, for the Flavors tab and the launch dialog's picker. Lists
//! /flavors/detail page by page on load(); a later load() refreshes and emits only the differences.
class FlavorStore final : public QObject
{
    Q_OBJECT

public:
    explicit FlavorStore(QObject* parent = nullptr);
    ~FlavorStore() override;

    //! The session to follow (nullptr: none). Drops every flavor (flavorsRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Flavors per listing page.
    void setPageSize(int pageSize);

    //! Lists the flavors (again); does nothing while a listing runs or without a session.
    void load();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The flavors known now, in no particular order.
    QList<Flavor> flavors() const;
    //! One flavor by id (nullptr if unknown); valid until the next signal.
    const Flavor* flavor(const QString& id) const;

Q_SIGNALS:
    //! New flavors (one signal per listing page).
    void flavorsAdded(const QList<zenith::Flavor>& flavors);
    //! Known flavors whose fields changed.
    void flavorsChanged(const QList<zenith::Flavor>& flavors);
    //! Flavors gone (deleted, or the session changed).
    void flavorsRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    CollectionListing<ListFlavorsRequest> m_listing;
};

} // namespace zenith
