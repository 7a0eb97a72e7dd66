#pragma once

#include <QHash>
#include <QString>

namespace zenith {

//! Names by id of what ports point at, from one listing of each collection (never a GET per
//! port): the Ports table shows these instead of ids.
struct PortNames
{
    QHash<QString, QString> networks;
    QHash<QString, QString> subnets;
    QHash<QString, QString> servers;
    QHash<QString, QString> routers;
    QHash<QString, QString> securityGroups;
};

} // namespace zenith
