#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! One IP address of a server on one network, as Nova's "addresses" lists it.
struct ServerAddress
{
    QString addr;
    int version = 4; //!< 4 or 6
    QString type;    //!< OS-EXT-IPS:type: "fixed" or "floating"
    QString macAddr; //!< OS-EXT-IPS-MAC:mac_addr of the port

    //! Reads one entry of a network's address list.
    static Result<ServerAddress> fromJson(const QJsonObject& json);

    //! Field by field: an address list that did not change compares equal (diffs, tests).
    bool operator==(const ServerAddress&) const = default;
};

} // namespace zenith
