#pragma once

#include "ovhrecord.h"
#include "ovhzone.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace zenith {

//! Readers of OVHcloud's reply bodies. Listings are bare JSON arrays (of zone names, of record
//! ids), and the clock is a bare number: none of them is an object.
namespace ovh {

//! GET /auth/time: the server's Unix time in seconds ("1700000000").
Result<qint64> parseTime(const QByteArray& body);
//! GET /domain/zone: ["example.org", ...].
Result<QStringList> parseNames(const QByteArray& body);
//! GET /domain/zone/{zone}/record: [5115496087, ...].
Result<QList<qint64>> parseIds(const QByteArray& body);
//! GET /domain/zone/{zone}/record/{id} and POST /domain/zone/{zone}/record.
Result<OvhRecord> parseRecord(const QByteArray& body);
//! GET /domain/zone/{zone}.
Result<OvhZone> parseZone(const QByteArray& body, const QString& requestedName);

} // namespace ovh
} // namespace zenith
