#include "dnserrortext.h"

#include "ovherrortext.h"

#include "common/errortext.h"
#include "common/quoted.h"

namespace zenith {

namespace {

QString joined(const QString& sentence, const ApiError& error)
{
    return QString(sentence + u"\n\n" + ErrorText::message(error));
}

} // namespace

QString DnsErrorText::zoneCreate(const ApiError& error, const QString& name)
{
    if (error.code == u"duplicate_zone")
        return joined(tr("A zone named %1 already exists, in your project or in another one: a name can be "
                         "hosted only once. Pick another name, or delete the other zone first.")
                          .arg(quoted(name)),
                      error);
    if (error.code == u"invalid_object" && error.message.contains(u"email"))
        return joined(tr("The DNS service refused the email address: write it as name@domain.org."), error);
    if (error.code == u"invalid_object" && error.message.contains(u"ttl"))
        return joined(tr("The DNS service refused the TTL."), error);
    if (error.kind == ApiError::Kind::Forbidden || error.kind == ApiError::Kind::OverLimit)
        return joined(tr("The zone %1 could not be created: your project may not create more zones, or not this "
                         "one (some names are reserved by the cloud).")
                          .arg(quoted(name)),
                      error);
    //: %1 is a zone name
    return joined(tr("The zone %1 could not be created.").arg(quoted(name)), error);
}

QString DnsErrorText::zoneDelete(const ApiError& error, const QString& name)
{
    if (OvhErrorText::isOvh(error))
        return OvhErrorText::message(error, name);
    //: %1 is a zone name
    return joined(tr("The zone %1 could not be deleted.").arg(quoted(name)), error);
}

QString DnsErrorText::zonePublish(const ApiError& error, const QString& name)
{
    if (OvhErrorText::isOvh(error))
        return OvhErrorText::message(error, name);
    //: %1 is a zone name
    return joined(tr("The zone %1 could not be published.").arg(quoted(name)), error);
}

QString DnsErrorText::record(const ApiError& error, const QString& type, const QString& name)
{
    if (OvhErrorText::isOvh(error))
        return OvhErrorText::message(error);
    if (error.code == u"duplicate_recordset")
        //: %1 is a record name, %2 a type such as A
        return joined(tr("%1 already has %2 records: edit them to add a value.").arg(quoted(name), type), error);
    if (error.code == u"invalid_recordset_location" && error.message.contains(u"CNAME"))
        return joined(tr("A CNAME cannot share its name with other records, and no record can be added next to a "
                         "CNAME: %1 holds both.")
                          .arg(quoted(name)),
                      error);
    if (error.code == u"invalid_recordset_location")
        return joined(tr("%1 is not inside the zone: a record's name must end with the zone's name.").arg(quoted(name)),
                      error);
    if (error.code == u"invalid_object")
        //: %1 is a record type such as MX
        return joined(tr("The DNS service refused the data of this %1 record.").arg(type), error);
    if (error.code == u"zone_not_found")
        return joined(tr("The zone is gone: it was deleted, perhaps by someone else."), error);
    if (error.code == u"recordset_not_found")
        return joined(tr("These records are gone: they were deleted, perhaps by someone else."), error);
    //: %1 is a record type, %2 a record name
    return joined(tr("The %1 records of %2 could not be saved.").arg(type, quoted(name)), error);
}

QString DnsErrorText::listing(const ApiError& error, bool records)
{
    if (OvhErrorText::isOvh(error))
        return OvhErrorText::message(error);
    return joined(records ? tr("The zone's records could not be listed.") : tr("The DNS zones could not be listed."),
                  error);
}

} // namespace zenith
