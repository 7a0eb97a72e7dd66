#pragma once

#include "core/apierror.h"
#include "labcloudstate.h"
#include "labtopology.h"

#include <QObject>

#include <optional>

namespace zenith {

class Session;

//! Lists what the verifier, the conflict check and LabInventory need, every collection in parallel
//! (one list call each, paged as the service pages; no call per resource except the lab servers'
//! consoles).
class LabCloudReader final : public QObject
{
    Q_OBJECT

public:
    //! What to read besides networks, subnets, ports, groups, servers, server groups, volumes, key pairs.
    struct Scope
    {
        bool flavorsAndImages = false; //!< for the plan's conflicts (images and flavors by name)
        bool records = false;          //!< the domain's records (when the plan has a DNS provider)
        bool consoles = false;         //!< the lab servers' console tails (readiness markers)
        //! Only the lab's own resources: Neutron and Nova lists filtered by the lab's tag, volumes
        //! by the lab's volume name, the server group by name; no key pairs. What LabInventory reads.
        bool labOnly = false;
        bool snapshots = false; //!< the volume snapshots (teardown deletes the lab's before its volume)
        bool stack = false;     //!< the lab's Heat stack (a lab deployed with Heat is not deployed again)
    };

    LabCloudReader(Session* session, LabTopology topology, Scope scope, QObject* parent = nullptr);

    //! Sends the list requests; finished() follows once every answer is in.
    void start();
    //! API calls sent so far.
    int apiCalls() const { return m_calls; }

Q_SIGNALS:
    //! The state read; `error` is the first failure (the state then holds what did arrive).
    void finished(const zenith::LabCloudState& state, const std::optional<zenith::ApiError>& error);

private:
    template <typename R, typename Apply> void list(R request, Apply apply);
    void done(const std::optional<ApiError>& error);
    void readConsoles();
    void readRecords();
    void readStack();

    Session* m_session;
    LabTopology m_topology;
    Scope m_scope;
    LabCloudState m_state;
    std::optional<ApiError> m_error;
    int m_pending = 0;
    int m_calls = 0;
    bool m_secondRound = false;
};

} // namespace zenith
