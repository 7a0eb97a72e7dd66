#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! The `openstack zone …` and `openstack recordset …` lines (python-designateclient) that do what
//! the DNS pane just did, quoted for a POSIX shell. Pure functions.
class DnsCommand
{
public:
    //! openstack zone list
    static QString zoneList();
    //! openstack zone create --email EMAIL [--ttl TTL] NAME
    static QString zoneCreate(const QString& name, const QString& email, std::optional<int> ttl);
    //! openstack zone delete NAME
    static QString zoneDelete(const QString& zone);
    //! openstack recordset list ZONE
    static QString recordsetList(const QString& zone);
    //! openstack recordset create --type TYPE --record VALUE… [--ttl TTL] ZONE NAME; NAME relative
    //! to the zone when inside it ("www"), the zone itself for its apex.
    static QString recordsetCreate(const QString& zone, const QString& name, const QString& type,
                                   const QStringList& values, std::optional<int> ttl);
    //! openstack recordset set --record VALUE… (--ttl TTL | --no-ttl) ZONE RECORDSET
    static QString recordsetSet(const QString& zone, const QString& recordset, const QStringList& values,
                                std::optional<int> ttl);
    //! openstack recordset delete ZONE RECORDSET
    static QString recordsetDelete(const QString& zone, const QString& recordset);
    //! A record set's name as the commands take it: "www" for "www.example.org." in "example.org.",
    //! the zone's name for its apex, the name itself outside the zone.
    static QString relativeName(const QString& name, const QString& zone);
};

} // namespace zenith
