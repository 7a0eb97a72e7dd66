#pragma once

// How the simulated Nova shows a stored server: the JSON of GET servers/{id} and servers/detail
// at the request's microversion, with the parts other services own (addresses and security
// groups from Neutron's ports, volumes from the block device mappings) filled in.

#include "demoservice.h"

namespace zenith::demo::nova {

//! The API status of a vm_state and task_state (nova.api.openstack.common._STATE_MAP).
QString serverStatus(const QString& vmState, const QString& taskState);
//! The status of a stored server.
QString serverStatus(const QJsonObject& server);

//! What the server view shows.
enum class ServerView {
    Show,   //!< GET servers/{id} (server_groups from 2.71)
    Detail, //!< GET servers/detail
};

//! The server as Nova shows it to this request.
QJsonObject serverView(const DemoEnv& env, const DemoRequest& request, const QJsonObject& server,
                       ServerView view = ServerView::Show);
//! The short entry of GET servers: id, name, links.
QJsonObject serverSummary(const DemoRequest& request, const QJsonObject& server);

} // namespace zenith::demo::nova
