#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Designate v2 record set: every record of one name and type in a zone. Goes PENDING -> ACTIVE
//! (or ERROR) like its zone, with `action` CREATE, UPDATE, DELETE or NONE.
struct RecordSet
{
    QString id;
    QString zoneId;
    QString zoneName;
    QString name;           //!< fully qualified, ending with a dot: "www.example.org."
    QString type;           //!< A, AAAA, CNAME, MX, TXT, CAA, NS, SRV, PTR, SSHFP, SPF, SOA
    QStringList records;    //!< the data of each record, as in a zone file: "10 mail.example.org."
    std::optional<int> ttl; //!< nullopt: the zone's default TTL
    QString status;         //!< ACTIVE, PENDING, ERROR
    QString action;         //!< CREATE, UPDATE, DELETE, NONE
    QString description;
    QString projectId;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt; //!< invalid until the first change

    //! Reads a record set: the whole body of a show, create, update or delete, or an element of "recordsets".
    static Result<RecordSet> fromJson(const QJsonObject& json);
};

} // namespace zenith
