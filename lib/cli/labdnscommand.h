#pragma once

#include "lab/labtopology.h"

#include <QString>

namespace zenith {

//! The line that creates or deletes one of the lab's A records, by the plan's DNS provider: the
//! `openstack recordset …` line for Designate (LabCommand), the OVHcloud API call as the DNS pane
//! shows it for OVHcloud (OvhCallCommand: `POST /domain/zone/<domain>/record {…}`). The domain is
//! taken as the zone. Pure functions.
class LabDnsCommand
{
public:
    //! Creates `recordName` ("www.example.org.") pointing at `ip` ("<public-ip>" until it is known).
    static QString create(const LabTopology& topology, const QString& recordName, const QString& ip = {});
    //! Deletes `recordName`; OVHcloud names it by its id ("<id>" until it is known).
    static QString remove(const LabTopology& topology, const QString& recordName, const QString& recordId = {});
};

} // namespace zenith
