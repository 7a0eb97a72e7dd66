#pragma once

#include "compute/flavor.h"
#include "image/image.h"

#include <QList>
#include <QString>

namespace zenith {

//! The machines the wizard proposes before the student chooses: pure picks from what the cloud lists.
class LabMachineDefaults
{
public:
    //! A Debian 12 image when one is listed (by name, or os_distro "debian" with version 12), else
    //! the first active one by name; empty when there is none.
    static QString image(const QList<Image>& images);
    //! The smallest enabled flavor with at least 1 GiB of RAM (by RAM, then vCPUs, then disk),
    //! else the smallest of all; empty when there is none.
    static QString flavor(const QList<Flavor>& flavors);
};

} // namespace zenith
