#pragma once

#include "config/cloudconfig.h"

#include <QString>

namespace zenith {

//! The keyring key of a cloud's secret. It names the Keystone, the user and the credential,
//! not the cloud's local name, so two files calling different clouds "openstack" never share a
//! password, and renaming a cloud in clouds.yaml keeps its remembered secret.
//! Example: "password:https://auth.cloud.ovh.net/v3|Default|user-Ab12".
QString secretKey(const CloudConfig& cloud);

} // namespace zenith
