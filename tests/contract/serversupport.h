#pragma once

// Set-up, waits and clean-up for ContractServers: servers are created through CreateServerRequest
// and their deletion registered at once, so that a failing test leaves nothing behind.

#include "contract.h"

#include "compute/createserverrequest.h"
#include "compute/server.h"
#include "compute/serveraction.h"

namespace zenith::contract {

//! Servers settle in 1-3 s on the dev cloud: poll from 200 ms on, at most 1 s apart, for a minute.
WaitOptions serverWait();

//! What a waiter compares: the status once no task runs, "task:<task_state>" while one does
//! (after confirmResize the status stays VERIFY_RESIZE for a moment with no task at all).
QString settledStatus(const Server& server);

//! Waits until the server, with no task running, has one of the `done` statuses; ERROR ends the
//! wait with the server's fault as the message.
Result<Server> settleServer(const QString& id, QStringList done = {QStringLiteral("ACTIVE")});

//! Sends the request and, when Nova takes it, registers the deletion of every server it made
//! (with maxCount > 1 they are called "<name>-1", "<name>-2"...).
Result<CreatedServer> createServer(const CreateServerRequest& request);

//! A new ACTIVE server (image "tiny", flavor "m1.nano", network "private") for tests of other
//! areas (volumes, ports), its deletion registered; a NotFound error when this cloud lacks one of them.
Result<Server> activeServer(const QString& what);

//! Unlocks (a failed test may have left it locked) and deletes a server, then waits until it is gone.
Result<NoContent> deleteServer(const QString& id);

//! The servers whose name is `name` or `name-<n>`, sorted by name.
Result<QList<Server>> serversNamed(const QString& name);

//! The newest entry of the server's action log; a NotFound error unless it is `action`.
Result<ServerAction> newestAction(const QString& serverId, const QString& action);

//! The action with its events, once every event has finished (the compute host records them
//! after it answers the API).
Result<ServerAction> finishedAction(const QString& serverId, const QString& requestId);

//! Nova's 409 for an action the server's state does not allow.
QString wrongState(const char* action, const QString& serverId, const char* vmState);

//! The list, sorted.
QStringList sortedList(QStringList list);

//! The ids of the servers, in order.
QStringList serverIds(const QList<Server>& servers);

} // namespace zenith::contract
