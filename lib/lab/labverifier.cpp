#include "labverifier.h"

#include "labcloudreader.h"
#include "labdnsrecords.h"
#include "labuserdata.h"

namespace zenith {

LabVerifier::LabVerifier(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
{}

void LabVerifier::setCheckReadiness(bool check)
{
    m_checkReadiness = check;
}

void LabVerifier::setDnsProvider(DnsProvider* provider)
{
    m_dnsProvider = provider;
}

int LabVerifier::apiCalls() const
{
    return m_calls;
}

void LabVerifier::start()
{
    LabCloudReader::Scope scope;
    scope.records = true;
    scope.consoles = m_checkReadiness;
    auto* reader = new LabCloudReader(m_session, m_topology, scope, this);
    connect(reader, &LabCloudReader::finished, this,
            [this, reader](const LabCloudState& state, const std::optional<ApiError>& error) {
                reader->deleteLater();
                m_calls = reader->apiCalls();
                if (error) {
                    Q_EMIT failed(*error);
                    Q_EMIT finished({});
                    return;
                }
                if (m_dnsProvider && m_topology.plan.dnsProvider == LabDnsProvider::Ovh &&
                    !m_topology.recordNames.isEmpty())
                    return readProviderRecords(state);
                check(state);
            });
    reader->start();
}

// OVHcloud's records, read with its keys, in the shape the record check reads (Designate's).
void LabVerifier::readProviderRecords(const LabCloudState& read)
{
    auto* records = new LabDnsRecords(m_dnsProvider, m_topology, this);
    const auto settle = [this, records, read](const QList<DnsRecord>& found, const std::optional<ApiError>& error) {
        records->deleteLater();
        m_calls += records->apiCalls();
        if (error) {
            Q_EMIT failed(*error);
            Q_EMIT finished({});
            return;
        }
        LabCloudState state = read;
        state.providerRecordsRead = true;
        for (const DnsRecord& r : found) {
            RecordSet set;
            set.id = r.id;
            set.zoneId = r.zoneId;
            set.name = r.name;
            set.type = r.type;
            set.records = r.values;
            set.ttl = r.ttl;
            state.records.append(set);
        }
        check(state);
    };
    connect(records, &LabDnsRecords::found, this,
            [settle](const QList<DnsRecord>& found, const DnsZone&) { settle(found, std::nullopt); });
    connect(records, &LabDnsRecords::failed, this, [settle](const ApiError& error) { settle({}, error); });
    records->read();
}

void LabVerifier::check(const LabCloudState& state)
{
    LabChecks::Options options;
    options.checkReadiness = m_checkReadiness;
    for (const LabServer& server : m_topology.servers) {
        options.readyMarkers.insert(server.key, LabUserData::readyMarker(server));
        options.failureMarkers.insert(server.key, LabUserData::failureMarkerPrefix(server));
    }
    Q_EMIT finished(LabChecks::run(m_topology, state, options));
}

} // namespace zenith
