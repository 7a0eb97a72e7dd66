#pragma once

#include <QMap>
#include <QString>

namespace zenith {

//! What a deployment created or found: the ids the result page, the verifier and the teardown need.
struct LabDeployment
{
    QMap<QString, QString> resourceIds; //!< step id → the cloud's id of its resource ("port:db" → port id)
    QMap<QString, QString> serverIds;   //!< server key ("lb", "web1") → server id
    QString publicIp;                   //!< the gateway's address on the public network

    friend bool operator==(const LabDeployment&, const LabDeployment&) = default;
};

} // namespace zenith
