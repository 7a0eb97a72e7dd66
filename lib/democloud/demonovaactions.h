#pragma once

// The server actions of the simulated Nova (POST servers/{id}/action {"<name>": args}), in
// groups: power and rescue (demonovaactions.cpp), resize and shelve (demonovaresize.cpp),
// snapshots and consoles (demonovaconsoles.cpp). Each group adds its handlers to one table and
// its finishers to the compute host.

#include "demonovahost.h"

#include <functional>

namespace zenith::demo::nova {

//! Handles one action: its arguments are the value under the action's name.
using ActionHandler = std::function<DemoReply(DemoRequest& request, const QJsonValue& args)>;
//! Action name ("os-start") -> handler.
using ActionTable = QHash<QString, ActionHandler>;

void addPowerActions(ActionTable& table, DemoComputeHost& host);
void addMoveActions(ActionTable& table, DemoComputeHost& host);
void addImageActions(ActionTable& table, DemoComputeHost& host);

//! The server an action names, or the 404 Nova answers: "could not be found", or "has no mapping
//! to a cell" for the actions that read the cell map first (os-start, os-stop).
std::variant<QJsonObject, DemoReply> actionTarget(DemoEnv& env, const DemoRequest& request,
                                                  bool viaCellMapping = false);

//! Ends a task: the server's vm_state, power state and no task.
void settleAs(DemoEnv& env, const QString& region, const QString& serverId, const QString& vmState, int powerState);

} // namespace zenith::demo::nova
