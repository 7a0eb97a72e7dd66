#pragma once

#include "ovh/ovhnewrecord.h"
#include "ovh/ovhrecordupdate.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! The OVHcloud API call, as its documentation and console write it, that does what the DNS pane
//! just did with an OVHcloud zone: `METHOD /path` then the JSON body, compact, when there is one
//! (`POST /domain/zone/example.org/record {"fieldType":"A",...}`). The path is relative to the API
//! root (https://eu.api.ovh.com/1.0). Nothing secret: no key, timestamp or signature. Pure functions.
class OvhCallCommand
{
public:
    //! `METHOD /path [body]`, the body compact JSON with its keys in order.
    static QString call(const QString& method, const QString& path, const QJsonObject& body = {});
    //! GET /domain/zone
    static QString listZones();
    //! GET /domain/zone/{zone}/record
    static QString listRecords(const QString& zone);
    //! POST /domain/zone/{zone}/record {"fieldType","subDomain","target"[,"ttl"]}
    static QString createRecord(const QString& zone, const OvhNewRecord& record);
    //! PUT /domain/zone/{zone}/record/{id} {the fields that change}
    static QString updateRecord(const QString& zone, qint64 id, const OvhRecordUpdate& update);
    //! DELETE /domain/zone/{zone}/record/{id}
    static QString deleteRecord(const QString& zone, qint64 id);
    //! POST /domain/zone/{zone}/refresh
    static QString refreshZone(const QString& zone);
    //! "/domain/zone/{zone}" with the zone (a domain, no final dot: one is dropped) percent-encoded
    //! as one path segment, as the client sends it.
    static QString zonePath(const QString& zone);
};

} // namespace zenith
