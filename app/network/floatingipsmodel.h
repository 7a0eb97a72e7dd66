#pragma once

#include "portowners.h"

#include "common/collectiontablemodel.h"
#include "network/floatingip.h"

#include <QHash>
#include <QPointer>

namespace zenith {

class FloatingIpStore;
class NetworkStore;

//! The Floating IPs table: one row per address, fed by a FloatingIpStore's diffs, with the port
//! and the instance it maps to, named from one listing of ports and servers (setOwners).
class FloatingIpsModel final : public CollectionTableModel<FloatingIp>
{
    Q_OBJECT

public:
    enum Column { Address, Status, Network, FixedIp, Instance, Port, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the floating IP's id
        SortRole,
        SearchRole,
    };

    explicit FloatingIpsModel(QObject* parent = nullptr);

    void setStore(FloatingIpStore* store);
    //! Where the Network column finds the external networks' names.
    void setNetworkStore(NetworkStore* networks);
    //! The project's ports and who uses them, for the Instance and Port columns.
    void setOwners(const PortOwners& owners);
    const PortOwners& owners() const { return m_owners; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const FloatingIp& floatingIpAt(int row) const { return itemAt(row); }

private:
    QVariant displayData(const FloatingIp& ip, int column) const;
    QVariant sortData(const FloatingIp& ip, int column) const;

    QPointer<FloatingIpStore> m_store;
    QPointer<NetworkStore> m_networks;
    PortOwners m_owners;
    QHash<QString, int> m_portIndex; //!< port id → index in m_owners.ports
};

} // namespace zenith
