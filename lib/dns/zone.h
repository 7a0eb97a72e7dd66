#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zenith {

//! A Designate v2 zone. Every change goes through status PENDING (with `action` CREATE, UPDATE
//! or DELETE) to ACTIVE (action NONE) once the DNS servers have it, or ERROR.
struct Zone
{
    QString id;
    QString name;  //!< fully qualified, ending with a dot: "example.org."
    QString email; //!< the SOA contact; empty for SECONDARY zones
    int ttl = 0;   //!< default TTL of the zone's records, seconds
    qint64 serial = 0;
    QString status; //!< ACTIVE, PENDING, ERROR
    QString action; //!< CREATE, UPDATE, DELETE, NONE
    QString type;   //!< PRIMARY or SECONDARY
    QString description;
    QString poolId;
    QString projectId;
    int version = 0;
    QStringList masters; //!< SECONDARY zones: "host:port" of the primaries
    QDateTime createdAt;
    QDateTime updatedAt;     //!< invalid until the first change
    QDateTime transferredAt; //!< invalid unless the zone changed owner

    //! Reads a zone: the whole body of a show, create, update or delete, or an element of "zones".
    static Result<Zone> fromJson(const QJsonObject& json);
};

} // namespace zenith
