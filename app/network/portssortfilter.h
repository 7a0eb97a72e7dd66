#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace zenith {

//! Sorts the Ports table and filters it: by network, by device (an instance or a router), and by
//! the search box (every word typed must appear in the name, id, addresses, MAC or names).
class PortsSortFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PortsSortFilter(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    //! Only the ports of this network ("" for all).
    void setNetworkId(const QString& id);
    //! Only the ports of this device ("" for all).
    void setDeviceId(const QString& id);
    QString networkId() const { return m_networkId; }
    QString deviceId() const { return m_deviceId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_networkId;
    QString m_deviceId;
};

} // namespace zenith
