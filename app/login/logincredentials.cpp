#include "logincredentials.h"

namespace zenith {

void LoginCredentials::applyTo(AuthSettings& auth) const
{
    switch (method) {
    case AuthSettings::Method::Password: auth.password = secret; break;
    case AuthSettings::Method::ApplicationCredential:
        auth.applicationCredentialSecret = secret;
        if (!applicationCredentialId.isEmpty())
            auth.applicationCredentialId = applicationCredentialId;
        break;
    case AuthSettings::Method::Token: auth.token = secret; break;
    }
}

} // namespace zenith
