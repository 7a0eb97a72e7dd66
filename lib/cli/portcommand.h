#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! The `openstack port …` commands of the Ports tab, quoted for a POSIX shell. Resources are
//! named as a student would type them (names when they have one, ids otherwise). Pure functions.
class PortCommand
{
public:
    //! One fixed IP as `--fixed-ip` writes it: a subnet (name or id), an address, or both.
    struct FixedIp
    {
        QString subnet;
        QString ipAddress;
        bool operator==(const FixedIp&) const = default;
    };
    //! One allowed address pair as `--allowed-address` writes it.
    struct AddressPair
    {
        QString ipAddress; //!< an address or a CIDR
        QString macAddress;
        bool operator==(const AddressPair&) const = default;
    };
    //! What `port create` is given.
    struct Create
    {
        QString network;
        QString name;
        QList<FixedIp> fixedIps;
        std::optional<bool> portSecurity;          //!< unset: the network's default
        std::optional<QStringList> securityGroups; //!< unset: the project's default group; empty: none
        QList<AddressPair> allowedAddressPairs;
    };
    //! What `port set` changes: each list as it was and as it is to be. A list that only grew
    //! is written with the new items alone (`port set --fixed-ip` appends); otherwise it is
    //! cleared first (`--no-fixed-ip`).
    struct Set
    {
        QString port;
        std::optional<QString> name;
        QList<FixedIp> fixedIpsBefore;
        std::optional<QList<FixedIp>> fixedIps;
        QStringList securityGroupsBefore;
        std::optional<QStringList> securityGroups;
        QList<AddressPair> allowedAddressPairsBefore;
        std::optional<QList<AddressPair>> allowedAddressPairs;
        std::optional<bool> portSecurity;
    };

    //! openstack port create --network NET [--fixed-ip …]… [--security-group G…|--no-security-group]
    //! [--allowed-address …]… [--enable-port-security|--disable-port-security] NAME
    static QString create(const Create& options);
    //! openstack port set [--name …] [--no-fixed-ip] [--fixed-ip …]… … PORT; empty when nothing changes.
    static QString set(const Set& options);
    //! openstack port delete PORT…
    static QString remove(const QStringList& ports);
    //! openstack port list [--network NET] [--server SERVER]
    static QString list(const QString& network = {}, const QString& server = {});

    //! "subnet=lab-subnet,ip-address=10.12.0.1": the value of --fixed-ip.
    static QString fixedIpWord(const FixedIp& ip);
    //! "ip-address=0.0.0.0/0[,mac-address=…]": the value of --allowed-address.
    static QString addressPairWord(const AddressPair& pair);
};

} // namespace zenith
