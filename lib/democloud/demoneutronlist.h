#pragma once

#include "demoneutronlistquery.h"
#include "demorequest.h"

#include <functional>
#include <optional>

namespace zenith::demo::neutron {

//! How one collection is listed (neutron/api/v2/base.py _items with api_common's helpers).
struct ListSpec
{
    QString collection; //!< "networks": the reply's key, and "<collection>_links"
    //! Filters of the collection's own (ports' "fixed_ips"): whether the item passes, or nullopt
    //! when the key is not one of them and the generic attribute filter applies.
    std::function<std::optional<bool>(const QString& key, const QStringList& values, const QJsonObject& item)> filter;
    //! The 404 of a marker that names no item ("Network <id> could not be found.").
    std::function<DemoReply(const QString& marker)> unknownMarker;
    //! Completes the items of the page only, after filtering, sorting and paging (and before
    //! ?fields=): for what is costly to add to every stored item (a group's rules).
    std::function<void(QList<QJsonObject>& page)> completePage;
};

//! The GET reply of a collection: the items the caller may see, filtered by the query's
//! attributes and tags, sorted (by id unless sort_key says otherwise), cut at limit/marker
//! (page_reverse too), with "<collection>_links" next and previous exactly as Neutron writes them.
DemoReply listReply(const DemoRequest& request, QList<QJsonObject> items, const ListSpec& spec);
//! The same with the query the handler has read already.
DemoReply listReply(const DemoRequest& request, const ListQuery& query, QList<QJsonObject> items, const ListSpec& spec);

//! The item with only the asked ?fields= (all of them when none is asked).
QJsonObject withFields(const DemoRequest& request, const QJsonObject& item);
//! The item with only these fields (all of them when the list is empty).
QJsonObject withFields(const QStringList& fields, const QJsonObject& item);

} // namespace zenith::demo::neutron
