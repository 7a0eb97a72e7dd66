#pragma once

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
};

//! The GET reply of a collection: the items the caller may see, filtered by the query's
//! attributes and tags, sorted (by id unless sort_key says otherwise), cut at limit/marker
//! (page_reverse too), with "<collection>_links" next and previous exactly as Neutron writes them.
DemoReply listReply(const DemoRequest& request, QList<QJsonObject> items, const ListSpec& spec);

//! The item with only the asked ?fields= (all of them when none is asked).
QJsonObject withFields(const DemoRequest& request, const QJsonObject& item);

} // namespace zenith::demo::neutron
