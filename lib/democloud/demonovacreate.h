#pragma once

// POST servers in the simulated Nova: the request checked the way Nova's API checks it (schema,
// then flavor, image, key pair, networks, security groups, volumes, server group, quota), then
// the servers made and their builds started on the compute host.

#include "demonovahost.h"

namespace zenith::demo::nova {

//! What a create request asks for, once checked.
struct BootPlan
{
    QString name;
    QJsonObject flavor;
    QString imageId; //!< empty when booting from a volume
    QString keyName;
    QString userData;
    bool configDrive = false;
    QString zone;
    int count = 1;         //!< how many servers (quota may cut max_count down to min_count)
    bool multiple = false; //!< max_count > 1: names get "-<n>"
    QJsonObject metadata;
    QStringList tags;
    QString groupId;
    QJsonArray nics;
    QStringList securityGroupNames;
    QStringList securityGroupIds;
    QJsonArray blockDevices;
    QJsonValue description;
    QString adminPass;
    QString hostname; //!< from 2.90; empty: made from the name
    bool returnReservationId = false;
};

//! POST servers: checks the request and answers 202 with the first server made, or Nova's error.
DemoReply createServers(DemoComputeHost& host, DemoRequest& request);

//! Makes the plan's servers, records their "create" actions and starts their builds; answers 202.
DemoReply launchServers(DemoComputeHost& host, const DemoRequest& request, const BootPlan& plan);

//! Registers the build's finisher on the host.
void addBuildFinisher(DemoComputeHost& host);

} // namespace zenith::demo::nova
