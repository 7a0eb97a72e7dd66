#include "secreterror.h"

namespace zenith {

QString kindName(SecretError::Kind kind)
{
    switch (kind) {
    case SecretError::Kind::NotFound: return QStringLiteral("NotFound");
    case SecretError::Kind::Unavailable: return QStringLiteral("Unavailable");
    case SecretError::Kind::Timeout: return QStringLiteral("Timeout");
    case SecretError::Kind::Denied: return QStringLiteral("Denied");
    case SecretError::Kind::Other: return QStringLiteral("Other");
    }
    return {};
}

} // namespace zenith
