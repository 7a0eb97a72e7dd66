#include "secretkey.h"

namespace zenith {

QString secretKey(const CloudConfig& cloud)
{
    const AuthSettings& a = cloud.auth;
    QString url = a.authUrl.toString(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    switch (a.method) {
    case AuthSettings::Method::ApplicationCredential: {
        const QString who = a.applicationCredentialId.isEmpty()
                                ? a.applicationCredentialName + u'|' + (a.userId.isEmpty() ? a.username : a.userId)
                                : a.applicationCredentialId;
        return QStringLiteral("application-credential:") + url + u'|' + who;
    }
    case AuthSettings::Method::Token: return QStringLiteral("token:") + url + u'|' + cloud.name;
    case AuthSettings::Method::Password: break;
    }
    const QString domain = a.userDomainId.isEmpty() ? a.userDomainName : a.userDomainId;
    const QString user = a.userId.isEmpty() ? a.username : a.userId;
    return QStringLiteral("password:") + url + u'|' + domain + u'|' + user;
}

} // namespace zenith
