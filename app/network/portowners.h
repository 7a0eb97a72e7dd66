#pragma once

#include "core/result.h"
#include "network/listportsrequest.h"
#include "network/port.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

class QObject;

namespace zenith {

class Session;

//! Ports with who uses them (an instance, a router, DHCP...), named from one listing each of ports,
//! servers and routers sent together: what the Floating IPs tab and the "still in use"
//! explanations show, without one request per port.
struct PortOwners
{
    Q_DECLARE_TR_FUNCTIONS(zenith::PortOwners)

public:
    QList<Port> ports;
    QHash<QString, QString> serverNames; //!< server id → name
    QHash<QString, QString> routerNames; //!< router id → name

    //! "instance “web-1”", "router “r1”", "the DHCP service"...: who holds the port, in words.
    QString ownerText(const Port& port) const;
    //! The name of the server holding the port; empty when it is not an instance's.
    QString serverName(const Port& port) const;
    //! The port's addresses, comma separated.
    static QString addresses(const Port& port);

    //! Lists the ports matching `filter`, the servers and the routers in parallel, then calls
    //! `done` on `context`'s thread (the first error if any listing failed).
    static void load(Session* session, const ListPortsRequest& filter, QObject* context,
                     std::function<void(const Result<PortOwners>&)> done);
};

} // namespace zenith
