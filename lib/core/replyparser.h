#pragma once

#include "jsonreader.h"
#include "paging.h"

#include <QByteArray>
#include <QList>

namespace zenith {

//! The Response of calls whose reply carries nothing to read (202 Accepted, 204 No Content).
struct NoContent
{
};

//! Accepts any 2xx reply and ignores its body.
Result<NoContent> parseNoContent(int status, const QByteArray& body);

//! How a service says there is a next page.
enum class PageLinks {
    Suffixed,    //!< "<key>_links": [{"rel": "next", "href": ...}] (Nova, Cinder, Neutron)
    NextField,   //!< "next": "/v2/images?marker=..." (Glance)
    LinksObject, //!< "links": {"next": ...} (Designate)
    None,        //!< the call does not page
};

//! {"<key>": {...}} read through T::fromJson.
template <typename T> Result<T> parseWrapped(const QByteArray& body, QStringView key)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    const QJsonObject inner = r.object(key);
    if (!r.ok())
        return *r.error();
    auto item = T::fromJson(inner);
    if (!item)
        return ApiError::parse(key.toString(), item.error().message);
    return item;
}

//! {"<key>": [...], plus the service's next-page link} read through T::fromJson.
template <typename T> Result<Page<T>> parsePage(const QByteArray& body, QStringView key, PageLinks links)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    Page<T> page;
    page.items = r.list<T>(key);
    switch (links) {
    case PageLinks::Suffixed:
        page.nextMarker = nextMarkerFromLinks(r.optionalArray(QString(key.toString() + QStringLiteral("_links"))));
        break;
    case PageLinks::NextField: page.nextMarker = markerFromLink(r.optionalString(u"next")); break;
    case PageLinks::LinksObject: page.nextMarker = nextMarkerFromLinkObject(r.optionalObject(u"links")); break;
    case PageLinks::None: break;
    }
    if (!r.ok())
        return *r.error();
    return page;
}

//! {"<key>": [...]} for calls that do not page.
template <typename T> Result<QList<T>> parseList(const QByteArray& body, QStringView key)
{
    auto page = parsePage<T>(body, key, PageLinks::None);
    if (!page)
        return page.error();
    return page->items;
}

} // namespace zenith
