#include "ovhcredentials.h"

namespace zenith {

QString OvhCredentials::missingField() const
{
    if (!endpoint.isValid() || endpoint.isEmpty())
        return QStringLiteral("endpoint");
    if (applicationKey.isEmpty())
        return QStringLiteral("applicationKey");
    if (applicationSecret.isEmpty())
        return QStringLiteral("applicationSecret");
    if (consumerKey.isEmpty())
        return QStringLiteral("consumerKey");
    return {};
}

QUrl OvhCredentials::endpointUrl(QStringView name)
{
    // The names python-ovh and the other official SDKs use, with or without their "ovh-" prefix.
    const QStringView platform = name.startsWith(u"ovh-") ? name.mid(4) : name;
    if (platform == u"eu")
        return QUrl(QStringLiteral("https://eu.api.ovh.com/1.0"));
    if (platform == u"ca")
        return QUrl(QStringLiteral("https://ca.api.ovh.com/1.0"));
    if (platform == u"us")
        return QUrl(QStringLiteral("https://api.us.ovhcloud.com/1.0"));
    return {};
}

} // namespace zenith
