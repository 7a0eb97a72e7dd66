#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! OVHcloud's refusals in plain words: which key is wrong (application key, application secret,
//! consumer key), a clock too far off, rights that lack a call, an unknown zone, a record that
//! already exists. A sentence saying what to do, then the server's message and query id.
class OvhErrorText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::OvhErrorText)

public:
    //! The sentence alone; `zone` names the zone in use, when known.
    static QString sentence(const ApiError& error, const QString& zone = {});
    //! The sentence, then ErrorText's lines (server message, request id).
    static QString message(const ApiError& error, const QString& zone = {});
    //! Which field of the credentials dialog holds the fault: "applicationKey",
    //! "applicationSecret", "consumerKey", or empty when it is none of them.
    static QString faultyField(const ApiError& error);
    //! True for errors of OVHcloud's API (service "ovh").
    static bool isOvh(const ApiError& error);
};

} // namespace zenith
