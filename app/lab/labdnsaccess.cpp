#include "labdnsaccess.h"

#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/ovhdnsprovider.h"
#include "dns/ovhstoredkeys.h"
#include "secrets/secretstore.h"

namespace zenith {

LabDnsAccess::LabDnsAccess(QObject* parent)
    : QObject(parent)
{}

void LabDnsAccess::setStore(SecretStore* store)
{
    m_store = store;
    m_cloud.clear(); // read again with this keyring
}

void LabDnsAccess::update(Session* session, const LabPlan& plan)
{
    const bool wanted = session && plan.dnsProvider == LabDnsProvider::Ovh && !plan.domain.isEmpty();
    const QString cloud = session ? session->cloud().name : QString();
    if (wanted == m_wanted && session == m_session && cloud == m_cloud)
        return;
    ++m_generation;
    m_wanted = wanted;
    m_session = session;
    m_cloud = cloud;
    m_known = false;
    if (m_provider)
        m_provider->deleteLater();
    m_provider = nullptr;
    if (!wanted) {
        Q_EMIT changed();
        return;
    }
    const quint64 generation = m_generation;
    whenFinished(storedOvhKeys(*session, m_store), this, [this, generation](const std::optional<OvhCredentials>& keys) {
        if (generation != m_generation || !m_session)
            return;
        m_known = true;
        if (keys)
            m_provider = new OvhDnsProvider(m_session, *keys, this);
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

DnsProvider* LabDnsAccess::provider() const
{
    return m_provider;
}

} // namespace zenith
