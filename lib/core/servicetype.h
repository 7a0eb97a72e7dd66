#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! The OpenStack services Zenith talks to, by their official service-types-authority names.
enum class ServiceType {
    Identity,      //!< Keystone
    Compute,       //!< Nova
    Network,       //!< Neutron
    BlockStorage,  //!< Cinder
    Image,         //!< Glance
    Dns,           //!< Designate
    Orchestration, //!< Heat
    Placement,
};

//! Official name, as in the catalog and in error messages ("block-storage").
QString serviceTypeName(ServiceType type);
//! Catalog types that mean this service, best first (block-storage: volumev3, volume, ...).
QStringList serviceTypeAliases(ServiceType type);
//! Name used in the OpenStack-API-Version header ("compute", "volume"), empty when the service has no microversions.
QString microversionHeaderName(ServiceType type);
//! Version path appended to an unversioned catalog URL when discovery does not say better ("v2.0" for network).
QString defaultVersionPath(ServiceType type);

} // namespace zenith
