#include "labdnscommand.h"

#include "labcommand.h"
#include "ovhcallcommand.h"

namespace zenith {

namespace {

QString domainOf(const LabTopology& t)
{
    return t.plan.domain.endsWith(u'.') ? t.plan.domain.chopped(1) : t.plan.domain;
}

// "www.example.org." in example.org -> "www"; the apex -> "".
QString subDomainOf(const LabTopology& t, const QString& record)
{
    const QString apex = domainOf(t) + u'.';
    if (record == apex)
        return {};
    return record.endsWith(u'.' + apex) ? record.chopped(apex.size() + 1) : record;
}

} // namespace

QString LabDnsCommand::create(const LabTopology& t, const QString& recordName, const QString& ip)
{
    if (t.plan.dnsProvider != LabDnsProvider::Ovh)
        return LabCommand::recordSetCreate(t, recordName, ip);
    OvhNewRecord record;
    record.fieldType = QStringLiteral("A");
    record.subDomain = subDomainOf(t, recordName);
    record.target = ip.isEmpty() ? QStringLiteral("<public-ip>") : ip;
    return OvhCallCommand::createRecord(domainOf(t), record);
}

QString LabDnsCommand::remove(const LabTopology& t, const QString& recordName, const QString& recordId)
{
    if (t.plan.dnsProvider != LabDnsProvider::Ovh)
        return LabCommand::recordSetDelete(t, recordName);
    const QString path = OvhCallCommand::zonePath(domainOf(t)) + QStringLiteral("/record/") +
                         (recordId.isEmpty() ? QStringLiteral("<id>") : recordId);
    return OvhCallCommand::call(QStringLiteral("DELETE"), path);
}

} // namespace zenith
