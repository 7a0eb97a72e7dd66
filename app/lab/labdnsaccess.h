#pragma once

#include "dns/dnsprovider.h"
#include "lab/labplan.h"

#include <QObject>
#include <QPointer>

namespace zenith {

class SecretStore;
class Session;

//! The lab's way to OVHcloud's DNS: an OvhDnsProvider on the keys the DNS pane stored for the cloud
//! (storedOvhKeys), loaded when the plan puts its records at OVHcloud. Designate and "none" need
//! nothing here: the lab's engine makes its own Designate provider from the session.
class LabDnsAccess final : public QObject
{
    Q_OBJECT

public:
    explicit LabDnsAccess(QObject* parent = nullptr);

    void setStore(SecretStore* store);
    //! Loads the keys when `plan` asks for OVHcloud on a cloud not loaded yet; changed() follows.
    void update(Session* session, const LabPlan& plan);
    //! The OVHcloud provider, or nullptr (not an OVHcloud plan, no keys, or still loading).
    DnsProvider* provider() const;
    //! True once known that an OVHcloud plan has no keys to use.
    bool keysMissing() const { return m_known && !m_provider; }
    //! True while the keys are being read (an OVHcloud plan's conflicts wait for them).
    bool loading() const { return m_wanted && !m_known; }

Q_SIGNALS:
    void changed();

private:
    QPointer<SecretStore> m_store;
    QPointer<Session> m_session;
    QPointer<DnsProvider> m_provider;
    QString m_cloud;
    bool m_wanted = false;
    bool m_known = false;
    quint64 m_generation = 0;
};

} // namespace zenith
