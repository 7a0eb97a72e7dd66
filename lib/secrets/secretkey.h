#pragma once

#include "config/cloudconfig.h"

#include <QString>

namespace zenith {

//! The key of a cloud's secret in a SecretStore (the KeychainSecretStore files it under the
//! service "zenith"). It names the Keystone, the account and the kind of secret, not the cloud's
//! local name, so two files calling different clouds "openstack" never share a secret, the same
//! account in two files shares one, and renaming a cloud keeps its remembered secret:
//!   password:<auth url>|<user domain>|<user>                 user: user_id, else username;
//!   application-credential:<auth url>|<id>                   domain: user_domain_id, else _name
//!   application-credential:<auth url>|<user domain>|<user>|<name>   (credential given by name)
//!   token:<auth url>|<source file>|<cloud name>
//! The auth URL loses its user info and trailing slash. Example:
//! "password:https://auth.cloud.ovh.net/v3|Default|alice".
QString secretKey(const CloudConfig& cloud);

} // namespace zenith
