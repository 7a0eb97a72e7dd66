#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! Designate's refusals in plain words (OVHcloud's through OvhErrorText): a sentence saying what went wrong and what to
//! do, then ErrorText's lines (server message, request id).
class DnsErrorText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::DnsErrorText)

public:
    //! Creating the zone `name` failed.
    static QString zoneCreate(const ApiError& error, const QString& name);
    //! Deleting the zone `name` failed.
    static QString zoneDelete(const ApiError& error, const QString& name);
    //! Publishing the zone `name` (OVHcloud's refresh) failed.
    static QString zonePublish(const ApiError& error, const QString& name);
    //! Creating, changing or deleting the `type` records of `name` failed.
    static QString record(const ApiError& error, const QString& type, const QString& name);
    //! Listing zones or records failed.
    static QString listing(const ApiError& error, bool records);
};

} // namespace zenith
