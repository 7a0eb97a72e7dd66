#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! Neutron's refusals of port calls in plain words: what went wrong and what to do, then
//! ErrorText's message (the server's own words and the request id).
class PortErrorText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::PortErrorText)

public:
    //! The explanation of a failed create or update of a port.
    static QString saveFailed(const ApiError& error);
    //! The explanation of a failed deletion of the port named `port`.
    static QString deleteFailed(const QString& port, const ApiError& error);
};

} // namespace zenith
