#include "labquota.h"

#include "compute/getcomputelimitsrequest.h"
#include "compute/listflavorsrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/getnetworkquotarequest.h"
#include "volume/getvolumelimitsrequest.h"

#include <memory>

namespace zenith {

namespace {

// What the four parallel answers leave behind until the last one is in.
struct QuotaAnswers
{
    std::optional<ComputeLimits> compute;
    std::optional<NetworkQuota> network;
    std::optional<VolumeLimits> volume;
    QList<Flavor> flavors;
    std::optional<ApiError> error;
    int pending = 4;
};

} // namespace

LabQuotaCheck::LabQuotaCheck(Session* session, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
{}

void LabQuotaCheck::start()
{
    // Neutron's quota path names the project: the token says which (authenticate() returns the
    // current one without a call when it is still valid).
    whenFinished(m_session->authenticate(), this, [this](const Result<Token>& token) {
        if (!token) {
            Q_EMIT finished(LabQuotaLine::needs(m_topology, {}), token.error());
            return;
        }
        sendAll(token->project ? token->project->id : QString());
    });
}

void LabQuotaCheck::sendAll(const QString& projectId)
{
    auto answers = std::make_shared<QuotaAnswers>();
    const auto finish = [this, answers](const std::optional<ApiError>& error) {
        if (error && !answers->error)
            answers->error = error;
        if (--answers->pending > 0)
            return;
        if (answers->compute && answers->network && answers->volume) {
            Q_EMIT finished(
                LabQuotaLine::of(m_topology, answers->flavors, *answers->compute, *answers->network, *answers->volume),
                answers->error);
        } else {
            Q_EMIT finished(LabQuotaLine::needs(m_topology, answers->flavors), answers->error);
        }
    };
    const auto take = [finish](auto& slot) {
        return [finish, &slot](const auto& reply) {
            if (!reply) {
                finish(reply.error());
                return;
            }
            slot = *reply;
            finish(std::nullopt);
        };
    };
    whenFinished(m_session->send(GetComputeLimitsRequest{}), this, take(answers->compute));
    GetNetworkQuotaRequest network;
    network.projectId = projectId;
    whenFinished(m_session->send(network), this, take(answers->network));
    whenFinished(m_session->send(GetVolumeLimitsRequest{}), this, take(answers->volume));
    // One page is enough: a lab's flavors are among the first hundreds a project sees.
    ListFlavorsRequest flavors;
    flavors.limit = 1000;
    whenFinished(m_session->send(flavors), this, [finish, answers](const Result<Page<Flavor>>& reply) {
        if (reply)
            answers->flavors = reply->items;
        finish(reply ? std::nullopt : std::optional<ApiError>(reply.error()));
    });
}

} // namespace zenith
