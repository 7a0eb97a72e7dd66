// The records of a lab deployed with Heat: what LabDeployer's record steps do, once the stack is
// complete and its public IP known. Heat could only have made Designate's, and the template would
// then need a zone the person may not have; one path for both providers keeps them alike.
#include "labheatdeployment.h"

#include "labdnsrecords.h"
#include "labjournal.h"

#include "core/session.h"
#include "dns/designateprovider.h"

namespace zenith {

void LabHeatDeployment::setDnsProvider(DnsProvider* provider)
{
    m_dnsProvider = provider;
}

void LabHeatDeployment::ensureRecords()
{
    if (m_topology.recordNames.isEmpty())
        return awaitReadiness();
    if (!m_dnsProvider && m_topology.plan.dnsProvider == LabDnsProvider::Designate)
        m_dnsProvider = new DesignateProvider(m_session, this);
    if (!m_dnsProvider) {
        m_recordsFailed = true;
        return finish(false, ApiError::local(ApiError::Kind::Config, QStringLiteral("No OVHcloud credentials"),
                                             QStringLiteral("dns")));
    }
    const int generation = m_generation;
    auto* records = new LabDnsRecords(m_dnsProvider, m_topology, this);
    connect(records, &LabDnsRecords::ensured, this,
            [this, records, generation](const QList<DnsRecord>& made, const QStringList&) {
                records->deleteLater();
                m_calls += records->apiCalls();
                if (generation != m_generation)
                    return;
                if (!m_journalPath.isEmpty()) {
                    // Best effort, as the deployer's journal: a full disk must not fail the lab.
                    LabJournal journal(m_journalPath);
                    (void)journal.load();
                    for (const DnsRecord& record : made)
                        journal.record(QStringLiteral("record:") + record.name, LabStepState::Done, record.id);
                    (void)journal.save();
                }
                Q_EMIT recordsEnsured(made);
                awaitReadiness();
            });
    connect(records, &LabDnsRecords::failed, this, [this, records, generation](const ApiError& error) {
        records->deleteLater();
        m_calls += records->apiCalls();
        if (generation != m_generation)
            return;
        m_recordsFailed = true;
        finish(false, error);
    });
    records->ensure(deployment().publicIp);
}

} // namespace zenith
