#pragma once

#include "demorequest.h"

#include <optional>

namespace zenith::demo {

//! One page of a collection, cut the way every OpenStack service cuts them: the items after
//! `marker` (an id), at most `limit` (capped by the service's maximum).
struct DemoPage
{
    QList<QJsonObject> items;
    bool more = false; //!< items remain after this page
    int limit = 0;     //!< the limit applied (0: none asked)
    QString lastId;    //!< the marker of the next page
};

//! Where the page after `marker` starts: the index after the item whose `idKey` is the marker
//! (0 for no marker); nullopt when no item has it.
std::optional<qsizetype> pageStart(const QList<QJsonObject>& all, const QString& marker, const QString& idKey);

//! Cuts the page the request asks for (?limit=&marker=); nullopt when the marker names no item
//! or the limit is not a non-negative integer (the caller answers in its service's words).
std::optional<DemoPage> cutPage(const QList<QJsonObject>& all, const DemoRequest& request, int maxLimit,
                                const QString& idKey = QStringLiteral("id"));

//! The request's own URL with marker (and limit) replaced: the href of a "next" link.
QString nextHref(const DemoRequest& request, const DemoPage& page);

} // namespace zenith::demo
