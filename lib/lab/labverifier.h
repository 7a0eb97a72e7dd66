#pragma once

#include "core/apierror.h"
#include "dns/dnsprovider.h"
#include "labcheck.h"
#include "labchecks.h"
#include "labcloudstate.h"
#include "labtopology.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace zenith {

class DnsProvider;
class Session;

//! The lab's checklist against the cloud: lists what exists in parallel (LabCloudReader), then
//! runs the pure checks (LabChecks). Used by the wizard's result page and `zenith lab verify`.
class LabVerifier final : public QObject
{
    Q_OBJECT

public:
    LabVerifier(Session* session, LabTopology topology, QObject* parent = nullptr);

    //! Off: the readiness check is skipped (clouds whose consoles print nothing, e.g. Nova's fake driver).
    void setCheckReadiness(bool check);
    //! Reads the domain's records through `provider` (OVHcloud's, with its keys); without one an
    //! OVHcloud plan's record check is skipped.
    void setDnsProvider(DnsProvider* provider);
    //! Reads the cloud and checks; finished() follows.
    void start();
    //! API calls sent by the last start().
    int apiCalls() const;

Q_SIGNALS:
    //! The checklist. When listing failed, failed() comes first and the list is empty.
    void finished(const QList<zenith::LabCheck>& checks);
    //! Listing failed: the checks could not be made.
    void failed(const zenith::ApiError& error);

private:
    void readProviderRecords(const LabCloudState& read);
    void check(const LabCloudState& state);

    Session* m_session;
    QPointer<DnsProvider> m_dnsProvider;
    LabTopology m_topology;
    bool m_checkReadiness = true;
    int m_calls = 0;
};

} // namespace zenith
