#pragma once

#include "portnames.h"

#include "common/collectiontablemodel.h"
#include "network/port.h"

#include <QPointer>

namespace zenith {

class PortStore;

//! The Ports table: one row per Neutron port, fed by a PortStore's diffs (never a reset), with
//! network, device and security group names from PortNames.
class PortsModel final : public CollectionTableModel<Port>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Network,
        FixedIps,
        MacAddress,
        Status,
        Device,
        DeviceOwner,
        PortSecurity,
        AddressPairs,
        SecurityGroups,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the port's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id, addresses, MAC, network and device names, lower-case
        NetworkIdRole,             //!< the port's network id
        DeviceIdRole,              //!< the server or router using it ("" when free)
    };

    explicit PortsModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(PortStore* store);
    //! The names of networks, subnets, servers, routers and groups; the rows show them at once.
    void setNames(const PortNames& names);
    const PortNames& names() const { return m_names; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Port& portAt(int row) const { return itemAt(row); }

    //! "Active", "Down"...: Neutron's status in words.
    static QString statusText(const QString& status);
    //! "Instance", "Router interface", "DHCP"...: device_owner in words.
    static QString ownerText(const QString& owner);
    //! True for the ports a router owns (interfaces and gateways): deleted through the router.
    static bool isRouterPort(const Port& port);
    //! The port's name, or its id when it has none.
    static QString label(const Port& port);

    //! "10.12.0.1 (lab-subnet)", one per fixed IP.
    QString fixedIpsText(const Port& port) const;
    //! "web-1" or "router lab-router": what uses the port.
    QString deviceText(const Port& port) const;
    QString groupsText(const Port& port) const;

private:
    QVariant displayData(const Port& port, int column) const;
    QString name(const QHash<QString, QString>& names, const QString& id) const;

    PortNames m_names;
    QPointer<PortStore> m_store;
};

} // namespace zenith
