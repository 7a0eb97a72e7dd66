#include "secretkey.h"

namespace zenith {

QString secretKey(const CloudConfig& cloud)
{
    const AuthSettings& a = cloud.auth;
    const QString url =
        a.authUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    const QString domain = a.userDomainId.isEmpty() ? a.userDomainName : a.userDomainId;
    const QString user = a.userId.isEmpty() ? a.username : a.userId;
    switch (a.method) {
    case AuthSettings::Method::ApplicationCredential:
        if (!a.applicationCredentialId.isEmpty())
            return u"application-credential:" % url % u'|' % a.applicationCredentialId;
        return u"application-credential:" % url % u'|' % domain % u'|' % user % u'|' % a.applicationCredentialName;
    case AuthSettings::Method::Token:
        // A token belongs to no named account here: the cloud itself, where it is defined, is the owner.
        return u"token:" % url % u'|' % cloud.source % u'|' % cloud.name;
    case AuthSettings::Method::Password: break;
    }
    return u"password:" % url % u'|' % domain % u'|' % user;
}

} // namespace zenith
