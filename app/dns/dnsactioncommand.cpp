#include "dnsactioncommand.h"

#include "dnsrecordsmodel.h"

#include "cli/dnscommand.h"
#include "cli/ovhcallcommand.h"
#include "dns/ovhdnsprovider.h"

namespace zenith {

bool DnsActionCommand::isOvh(const DnsProvider* provider)
{
    return qobject_cast<const OvhDnsProvider*>(provider) != nullptr;
}

QString DnsActionCommand::recordCreate(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& sent)
{
    if (!isOvh(provider))
        return DnsCommand::recordsetCreate(zone.name, sent.name, sent.type, sent.values, sent.ttl);
    const QString domain = OvhDnsProvider::domainOf(zone);
    const Result<OvhNewRecord> body = OvhDnsProvider::toNewRecord(sent, domain);
    return body ? OvhCallCommand::createRecord(domain, body.value()) : QString();
}

QString DnsActionCommand::recordUpdate(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& sent,
                                       const QList<DnsRecord>& records)
{
    if (!isOvh(provider))
        return DnsCommand::recordsetSet(zone.name, DnsRecordsModel::commandReference(sent, records), sent.values,
                                        sent.ttl);
    const Result<qint64> id = OvhDnsProvider::recordId(sent);
    const Result<OvhRecordUpdate> update = OvhDnsProvider::toUpdate(sent);
    return id && update ? OvhCallCommand::updateRecord(OvhDnsProvider::domainOf(zone), id.value(), update.value())
                        : QString();
}

QString DnsActionCommand::recordDelete(const DnsProvider* provider, const DnsZone& zone, const DnsRecord& target,
                                       const QList<DnsRecord>& records)
{
    if (!isOvh(provider))
        return DnsCommand::recordsetDelete(zone.name, DnsRecordsModel::commandReference(target, records));
    const Result<qint64> id = OvhDnsProvider::recordId(target);
    return id ? OvhCallCommand::deleteRecord(OvhDnsProvider::domainOf(zone), id.value()) : QString();
}

QString DnsActionCommand::publish(const DnsProvider* provider, const DnsZone& zone)
{
    return isOvh(provider) ? OvhCallCommand::refreshZone(OvhDnsProvider::domainOf(zone)) : QString();
}

QString DnsActionCommand::zoneList(const DnsProvider* provider)
{
    return isOvh(provider) ? OvhCallCommand::listZones() : DnsCommand::zoneList();
}

} // namespace zenith
