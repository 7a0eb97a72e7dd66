#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zenith {

//! An OVHcloud DNS zone, as GET /domain/zone/{zone} shows it.
struct OvhZone
{
    QString name;            //!< "example.org"
    QStringList nameServers; //!< "dns200.anycast.me", "ns200.anycast.me"
    QDateTime lastUpdate;    //!< when the zone was last refreshed on the name servers
    bool dnssecSupported = false;
    bool hasDnsAnycast = false;

    //! Reads a zone; a missing or mistyped field is a Parse error naming it. Older answers lack
    //! "name": `requestedName` (the zone asked for) stands in for it then.
    static Result<OvhZone> fromJson(const QJsonObject& json, const QString& requestedName);
};

} // namespace zenith
