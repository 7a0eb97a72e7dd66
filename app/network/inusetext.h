#pragma once

#include "portowners.h"

#include "core/apierror.h"

#include <QCoreApplication>
#include <optional>

namespace zenith {

//! Why a network, subnet or router could not be deleted, in plain words: for Neutron's "in use"
//! conflicts it names what still holds it (instances, router interfaces) and what to do first,
//! then gives the server's own message and request id.
class InUseText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::InUseText)

public:
    enum class Resource { Network, Subnet, Router };

    //! The ports that keep `id` (a network, subnet or router) from going: those Neutron does not
    //! delete with it (DHCP and distributed ports go by themselves).
    static QList<Port> holders(Resource resource, const QString& id, const QList<Port>& ports);
    //! The whole explanation. `owners` holds the ports listed after the refusal (nullopt when that
    //! listing failed or the error is not an "in use" conflict).
    static QString deleteFailed(Resource resource, const QString& name, const QString& id, const ApiError& error,
                                const std::optional<PortOwners>& owners);
};

} // namespace zenith
