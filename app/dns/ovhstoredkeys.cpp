#include "ovhstoredkeys.h"

#include "dnsproviderbar.h"

#include "core/session.h"
#include "ovh/ovhcredentialstore.h"

#include <QSettings>
#include <QUrl>

namespace zenith {

QString dnsSettingsGroup(const QString& cloudName)
{
    return QString(u"dns/" + QString::fromLatin1(QUrl::toPercentEncoding(cloudName)));
}

QFuture<std::optional<OvhCredentials>> storedOvhKeys(const Session& session, SecretStore* store)
{
    const std::optional<OvhCredentials> demo = DnsProviderBar::demoCredentials(&session);
    const QSettings settings;
    const QString group = dnsSettingsGroup(session.cloud().name);
    const QUrl endpoint(settings.value(group + u"/ovhEndpoint").toString());
    const QString applicationKey = settings.value(group + u"/ovhApplicationKey").toString();
    if (!store || !endpoint.isValid() || endpoint.isEmpty() || applicationKey.isEmpty())
        return QtFuture::makeReadyFuture(demo);
    return loadOvhCredentials(*store, endpoint, applicationKey)
        .then([demo](const Result<OvhCredentials, SecretError>& loaded) -> std::optional<OvhCredentials> {
            if (loaded)
                return loaded.value();
            return demo;
        });
}

} // namespace zenith
