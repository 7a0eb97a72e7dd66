#pragma once

// The simulated Nova's instance action log (os-instance-actions): what the API records before it
// hands work to the compute host, and the events the host adds while it works.

#include "demoservice.h"

namespace zenith::demo::nova {

//! Records an action of a server ("create", "stop"...) under the request id, with `events`
//! ("compute_stop_instance"...) started and not finished; an action without events (lock) is done at once.
void recordAction(DemoEnv& env, const DemoRequest& request, const QString& serverId, const QString& requestId,
                  const QString& action, const QStringList& events = {});
//! Adds a started event to an action (the compute host reports what it began).
void startEvent(DemoEnv& env, const QString& region, const QString& serverId, const QString& requestId,
                const QString& event);
//! Finishes the action's events: result "Success", or "Error" (and the action's message "Error").
void finishAction(DemoEnv& env, const QString& region, const QString& serverId, const QString& requestId, bool ok);

//! GET servers/{id}/os-instance-actions (paged from 2.58) and .../{request_id} (events from 2.51).
void addActionLogRoutes(DemoRouter& router, DemoEnv& env);

} // namespace zenith::demo::nova
