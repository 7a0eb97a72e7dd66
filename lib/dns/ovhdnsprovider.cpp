#include "ovhdnsprovider.h"

#include "ovh/ovhclient.h"
#include "ovh/ovherror.h"

namespace zenith {

namespace {

template <typename T> QFuture<Result<T>> failed(const ApiError& error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

ApiError badRequest(const QString& message)
{
    return ApiError::local(ApiError::Kind::BadRequest, message, ovhServiceName());
}

// Types whose data is text: OVHcloud answers some of them unquoted (records made in its control
// panel before it quoted them), the neutral shape keeps zone-file data, quoted.
bool isText(const QString& type)
{
    return type == u"TXT" || type == u"SPF" || type == u"DKIM" || type == u"DMARC";
}

QString quotedText(const QString& text)
{
    if (text.startsWith(u'"'))
        return text;
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return QString(u'"' + escaped + u'"');
}

QString withoutFinalDot(const QString& name)
{
    return name.endsWith(u'.') ? name.chopped(1) : name;
}

} // namespace

OvhDnsProvider::OvhDnsProvider(Session* session, const OvhCredentials& credentials, QObject* parent)
    : DnsProvider(parent)
    , m_client(new OvhClient(session, credentials, this))
{}

OvhDnsProvider::~OvhDnsProvider() = default;

const OvhCredentials& OvhDnsProvider::credentials() const
{
    return m_client->credentials();
}

DnsProvider::Capabilities OvhDnsProvider::capabilities() const
{
    Capabilities c;
    c.createZones = false; // zones come with the domains bought at OVHcloud
    c.statuses = false;
    c.publish = true;
    c.recordSets = false;
    return c;
}

QString OvhDnsProvider::domainOf(const DnsZone& zone)
{
    return zone.id.isEmpty() ? withoutFinalDot(zone.name) : zone.id;
}

DnsZone OvhDnsProvider::toDnsZone(const QString& domain)
{
    DnsZone z;
    z.id = domain;
    z.name = QString(domain + u'.');
    return z;
}

DnsZone OvhDnsProvider::toDnsZone(const OvhZone& zone)
{
    return toDnsZone(zone.name);
}

QString OvhDnsProvider::absoluteName(const QString& subDomain, const QString& domain)
{
    return subDomain.isEmpty() ? QString(domain + u'.') : QString(subDomain + u'.' + domain + u'.');
}

Result<QString> OvhDnsProvider::subDomainOf(const QString& name, const QString& domain)
{
    if (!name.endsWith(u'.'))
        return badRequest(QStringLiteral("Not a fully qualified name (it must end with a dot): \"%1\"").arg(name));
    const QString bare = name.chopped(1);
    if (bare.compare(domain, Qt::CaseInsensitive) == 0)
        return QString();
    const QString suffix = QString(u'.' + domain);
    if (bare.size() > suffix.size() && bare.endsWith(suffix, Qt::CaseInsensitive))
        return bare.chopped(suffix.size());
    return badRequest(QStringLiteral("\"%1\" is not inside the zone %2").arg(name, domain));
}

DnsRecord OvhDnsProvider::toDnsRecord(const OvhRecord& record)
{
    DnsRecord r;
    r.id = QString::number(record.id);
    r.zoneId = record.zone;
    r.type = record.fieldType;
    r.name = absoluteName(record.subDomain, record.zone);
    r.values = {isText(record.fieldType) ? quotedText(record.target) : record.target};
    if (record.ttl > 0)
        r.ttl = record.ttl;
    return r;
}

Result<OvhNewRecord> OvhDnsProvider::toNewRecord(const DnsRecord& record, const QString& domain)
{
    if (record.values.size() != 1)
        return badRequest(
            QStringLiteral("OVHcloud keeps one value per record; %1 values were given").arg(record.values.size()));
    const Result<QString> subDomain = subDomainOf(record.name, domain);
    if (!subDomain)
        return subDomain.error();
    OvhNewRecord body;
    body.fieldType = record.type;
    body.subDomain = subDomain.value();
    body.target = record.values.first();
    body.ttl = record.ttl;
    return body;
}

Result<OvhRecordUpdate> OvhDnsProvider::toUpdate(const DnsRecord& record)
{
    if (record.values.size() != 1)
        return badRequest(
            QStringLiteral("OVHcloud keeps one value per record; %1 values were given").arg(record.values.size()));
    OvhRecordUpdate update;
    update.target = record.values.first();
    update.ttl = record.ttl.value_or(0); // 0: the zone's TTL again
    return update;
}

Result<qint64> OvhDnsProvider::recordId(const DnsRecord& record)
{
    bool ok = false;
    const qint64 id = record.id.toLongLong(&ok);
    if (!ok || id <= 0)
        return badRequest(QStringLiteral("Not an OVHcloud record id: \"%1\"").arg(record.id));
    return id;
}

QFuture<Result<QList<DnsZone>>> OvhDnsProvider::listZones()
{
    // The listing holds names only, which is all a DnsZone of OVHcloud has: no read per zone.
    return m_client->listZones().then([](const Result<QStringList>& names) -> Result<QList<DnsZone>> {
        if (!names)
            return names.error();
        QList<DnsZone> zones;
        zones.reserve(names->size());
        for (const QString& name : names.value())
            zones << toDnsZone(name);
        return zones;
    });
}

QFuture<Result<DnsZone>> OvhDnsProvider::zone(const DnsZone& zone)
{
    return m_client->getZone(domainOf(zone)).then([](const Result<OvhZone>& z) -> Result<DnsZone> {
        if (!z)
            return z.error();
        return toDnsZone(z.value());
    });
}

QFuture<Result<DnsZone>> OvhDnsProvider::createZone(const DnsZoneSpec&)
{
    return failed<DnsZone>(ApiError::local(ApiError::Kind::Unsupported,
                                           QStringLiteral("OVHcloud zones come with domains: none can be created "
                                                          "through the API"),
                                           ovhServiceName()));
}

QFuture<Result<DnsZone>> OvhDnsProvider::deleteZone(const DnsZone&)
{
    return failed<DnsZone>(ApiError::local(ApiError::Kind::Unsupported,
                                           QStringLiteral("OVHcloud zones go with their domains: none can be "
                                                          "deleted through the API"),
                                           ovhServiceName()));
}

QFuture<Result<QList<DnsRecord>>> OvhDnsProvider::listRecords(const DnsZone& zone)
{
    return m_client->listRecords(domainOf(zone))
        .then([](const Result<QList<OvhRecord>>& records) -> Result<QList<DnsRecord>> {
            if (!records)
                return records.error();
            QList<DnsRecord> out;
            out.reserve(records->size());
            for (const OvhRecord& record : records.value())
                out << toDnsRecord(record);
            return out;
        });
}

QFuture<Result<DnsRecord>> OvhDnsProvider::record(const DnsZone& zone, const DnsRecord& record)
{
    const Result<qint64> id = recordId(record);
    if (!id)
        return failed<DnsRecord>(id.error());
    return m_client->getRecord(domainOf(zone), id.value()).then([](const Result<OvhRecord>& r) -> Result<DnsRecord> {
        if (!r)
            return r.error();
        return toDnsRecord(r.value());
    });
}

QFuture<Result<DnsRecord>> OvhDnsProvider::createRecord(const DnsZone& zone, const DnsRecord& record)
{
    const QString domain = domainOf(zone);
    const Result<OvhNewRecord> body = toNewRecord(record, domain);
    if (!body)
        return failed<DnsRecord>(body.error());
    return m_client->createRecord(domain, body.value()).then([](const Result<OvhRecord>& r) -> Result<DnsRecord> {
        if (!r)
            return r.error();
        return toDnsRecord(r.value());
    });
}

QFuture<Result<DnsRecord>> OvhDnsProvider::updateRecord(const DnsZone& zone, const DnsRecord& record)
{
    const Result<qint64> id = recordId(record);
    if (!id)
        return failed<DnsRecord>(id.error());
    const Result<OvhRecordUpdate> update = toUpdate(record);
    if (!update)
        return failed<DnsRecord>(update.error());
    // OVHcloud answers null: the record is what was sent.
    DnsRecord changed = record;
    changed.zoneId = domainOf(zone);
    changed.status = DnsStatus::None;
    changed.action.clear();
    return m_client->updateRecord(domainOf(zone), id.value(), update.value())
        .then([changed](const Result<NoContent>& r) -> Result<DnsRecord> {
            if (!r)
                return r.error();
            return changed;
        });
}

QFuture<Result<DnsRecord>> OvhDnsProvider::deleteRecord(const DnsZone& zone, const DnsRecord& record)
{
    const Result<qint64> id = recordId(record);
    if (!id)
        return failed<DnsRecord>(id.error());
    DnsRecord gone = record;
    gone.status = DnsStatus::None; // gone at once: nothing to follow
    return m_client->deleteRecord(domainOf(zone), id.value())
        .then([gone](const Result<NoContent>& r) -> Result<DnsRecord> {
            if (!r)
                return r.error();
            return gone;
        });
}

QFuture<Result<void>> OvhDnsProvider::publish(const DnsZone& zone)
{
    return m_client->refreshZone(domainOf(zone)).then([](const Result<NoContent>& r) -> Result<void> {
        if (!r)
            return r.error();
        return {};
    });
}

} // namespace zenith
