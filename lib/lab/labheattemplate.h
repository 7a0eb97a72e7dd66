#pragma once

#include "labsecrets.h"
#include "labtopology.h"

#include <QByteArray>

namespace zenith {

//! The lab as a Heat (HOT) template: the same network, security groups, fixed-address ports, server
//! group, database volume and servers as LabTopology, each server's user data from LabUserData.
//! For labs that outlive a desktop session (`openstack stack create -t lab.yaml …`). The network,
//! subnet, ports and servers carry the lab's tag (Heat's security groups take no tags).
class LabHeatTemplate
{
public:
    //! The HOT template (heat_template_version 2018-08-31). Images, flavors and the key pair are
    //! parameters defaulting to the plan's; the passwords are hidden parameters defaulting to
    //! `secrets`, so the file deploys on its own. Outputs: the public IP and the URL.
    static QByteArray render(const LabTopology& topology, const LabSecrets& secrets);
};

} // namespace zenith
