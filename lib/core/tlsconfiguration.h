#pragma once

#include "result.h"

#include "config/cloudconfig.h"

#include <QSslConfiguration>

namespace zenith {

//! The TLS settings a cloud's configuration asks for: the system's CAs plus its `cacert`,
//! verification unless it says `verify: false` (or `insecure: true`), and its client certificate.
//! A file that cannot be read is a Config error naming it.
Result<QSslConfiguration> tlsConfiguration(const CloudConfig& cloud);

} // namespace zenith
