#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zenith {

//! One page of a list call. nextMarker is set when the service says there is more.
template <typename T> struct Page
{
    QList<T> items;
    std::optional<QString> nextMarker;
};

//! The `marker` query item of a next link ("/v2/images?marker=abc&limit=2"), if any.
std::optional<QString> markerFromLink(const QString& href);
//! Nova, Cinder and Neutron: the `marker` of the rel="next" entry of a `*_links` array.
std::optional<QString> nextMarkerFromLinks(const QJsonArray& links);
//! Designate: `links: {"self": ..., "next": ...}`.
std::optional<QString> nextMarkerFromLinkObject(const QJsonObject& links);

//! The next page's marker read from the end of a list reply without parsing its items, when the
//! links come after them (they do at Nova, Neutron, Cinder, Glance and Designate): the next page
//! can be asked for while this one is read. nullopt when there is no next link, or when it cannot
//! be told this way (the caller then reads the whole page).
std::optional<QString> peekNextMarker(const QByteArray& body);

} // namespace zenith
