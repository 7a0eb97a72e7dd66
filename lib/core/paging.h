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

} // namespace zenith
