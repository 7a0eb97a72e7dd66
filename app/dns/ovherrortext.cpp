#include "ovherrortext.h"

#include "common/errortext.h"
#include "common/quoted.h"
#include "ovh/ovherror.h"

#include <QStringList>

namespace zenith {

namespace {

// OVHcloud words the same refusal differently across its API versions: an errorCode in the older
// bodies, a message only in the newer ones.
bool is(const ApiError& e, std::initializer_list<const char16_t*> messages, std::initializer_list<const char*> codes)
{
    for (const char16_t* m : messages) {
        if (e.message == QStringView(m))
            return true;
    }
    for (const char* c : codes) {
        if (e.code == QLatin1String(c))
            return true;
    }
    return false;
}

bool badSignature(const ApiError& e)
{
    return is(e, {u"Invalid signature"}, {"INVALID_SIGNATURE"});
}

bool unknownConsumer(const ApiError& e)
{
    return is(e, {u"This credential does not exist", u"This credential is not valid"},
              {"INVALID_CREDENTIAL", "NOT_CREDENTIAL"});
}

bool unknownApplication(const ApiError& e)
{
    return is(e, {u"This application key is invalid", u"Invalid application key"}, {"INVALID_KEY"});
}

bool clockSkew(const ApiError& e)
{
    return is(e, {u"Query out of time"}, {"QUERY_TIME_OUT"});
}

} // namespace

bool OvhErrorText::isOvh(const ApiError& error)
{
    return error.service == ovhServiceName();
}

QString OvhErrorText::faultyField(const ApiError& error)
{
    if (badSignature(error))
        return QStringLiteral("applicationSecret");
    if (unknownConsumer(error))
        return QStringLiteral("consumerKey");
    if (unknownApplication(error))
        return QStringLiteral("applicationKey");
    return {};
}

QString OvhErrorText::sentence(const ApiError& error, const QString& zone)
{
    using Kind = ApiError::Kind;
    if (badSignature(error))
        return tr("OVHcloud refused the signature of the request: the application secret does not go with this "
                  "application key. Copy both again from the page where you created them.");
    if (unknownConsumer(error))
        return tr("OVHcloud does not know this consumer key, or it has expired or been revoked. Check it, or "
                  "create new keys.");
    if (unknownApplication(error))
        return tr("OVHcloud does not know this application key. Check it, or create new keys.");
    if (clockSkew(error))
        return tr("OVHcloud refused the time of the request: this computer's clock is too far from OVHcloud's. "
                  "Set the clock right (automatic date and time), then try again.");
    if (error.kind == Kind::Unauthorized)
        return tr("OVHcloud did not accept these keys. Check the application key, the application secret and the "
                  "consumer key.");
    if (error.kind == Kind::Forbidden)
        return tr("These keys may not do this: the consumer key's rights lack this call. Create keys with GET, "
                  "POST, PUT and DELETE on /domain/*.");
    if (error.kind == Kind::NotFound && error.message.startsWith(u"The requested object"))
        return tr("This record is gone: it was deleted, perhaps in OVHcloud's control panel.");
    if (error.kind == Kind::NotFound)
        //: %1 is a DNS zone (a domain)
        return zone.isEmpty() ? tr("OVHcloud has no such zone for these keys: the domain is not in this account, or "
                                   "its DNS is not hosted at OVHcloud.")
                              : tr("OVHcloud has no zone %1 for these keys: the domain is not in this account, or "
                                   "its DNS is not hosted at OVHcloud.")
                                    .arg(quoted(zone));
    if (error.kind == Kind::Conflict)
        return tr("This record already exists in the zone: OVHcloud does not keep the same record twice.");
    if (error.kind == Kind::BadRequest && error.httpStatus > 0)
        return tr("OVHcloud refused the record's data.");
    if (error.kind == Kind::Network)
        return tr("Zenith could not reach OVHcloud's API. Check your network connection and the endpoint.");
    if (error.kind == Kind::Timeout)
        return tr("OVHcloud's API did not answer in time. Try again in a moment.");
    return ErrorText::sentence(error);
}

QString OvhErrorText::message(const ApiError& error, const QString& zone)
{
    // ErrorText's first line is its own sentence: ours replaces it, its other lines stay.
    QStringList lines = ErrorText::message(error).split(u'\n');
    lines.first() = sentence(error, zone);
    return lines.join(u'\n');
}

} // namespace zenith
