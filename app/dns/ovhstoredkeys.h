#pragma once

#include "ovh/ovhcredentials.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace zenith {

class SecretStore;
class Session;

//! Where the DNS pane keeps a cloud's choices (provider, OVHcloud endpoint and application key):
//! the settings group "dns/<cloud, percent-encoded>".
QString dnsSettingsGroup(const QString& cloudName);

//! The OVHcloud keys the DNS pane stored for `session`'s cloud: the endpoint and application key
//! from its settings, the secrets from `store`. Without stored keys, the built-in demo cloud's
//! simulated ones (DnsProviderBar::demoCredentials), else nullopt; a keyring that cannot be read
//! gives nullopt too (the lab's plan then names the missing keys).
QFuture<std::optional<OvhCredentials>> storedOvhKeys(const Session& session, SecretStore* store);

} // namespace zenith
