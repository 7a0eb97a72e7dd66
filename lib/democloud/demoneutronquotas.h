#pragma once

#include "demoservice.h"

#include <optional>

namespace zenith::demo::neutron {

//! The resources of Neutron's quotas, as GET quotas/{project_id}/details.json names them.
QStringList quotaResources();
//! A project's limit for a resource: what an admin set, else Zed's default (network 100, port 500...).
int quotaLimit(const DemoEnv& env, const QString& region, const QString& projectId, const QString& resource);
//! How many of the resource the project has, counted from the state as Neutron counts them.
int quotaUsed(const DemoEnv& env, const QString& region, const QString& projectId, const QString& resource);
//! Sets a project's limit (-1: unlimited), as PUT quotas/{project_id} does.
void setQuotaLimit(DemoEnv& env, const QString& region, const QString& projectId, const QString& resource, int limit);
//! The 409 OverQuota ("Quota exceeded for resources: ['network'].") when `count` more of the
//! resource would exceed the project's limit; nullopt when they fit.
std::optional<DemoReply> overQuota(const DemoEnv& env, const QString& region, const QString& projectId,
                                   const QString& resource, int count = 1);

//! GET/PUT/DELETE v2.0/quotas/{project_id} and GET v2.0/quotas/{project_id}/details(.json).
void addQuotaRoutes(DemoEnv& env, DemoRouter& router);

} // namespace zenith::demo::neutron
