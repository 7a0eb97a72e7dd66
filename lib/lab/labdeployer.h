#pragma once

#include "labdeployment.h"
#include "labsecrets.h"
#include "labstep.h"
#include "labtopology.h"

#include "core/apierror.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace zenith {

class Session;
class DnsProvider;
class LabDeployerPrivate;

//! Builds a lab on a cloud: runs LabPlanner's deploy steps as a dependency graph, every step whose
//! dependencies are done at once (the Session's rate limiter bounds the pace). It first lists the
//! lab's resources by tag (one call per collection, in parallel) and marks what exists
//! AlreadyThere, so a second run resumes instead of duplicating. A failure (or cancel()) stops
//! new steps, lets running ones finish, then finished(false); steps never started end Cancelled.
//! A failure before any step (a list call, an image, flavor, public network or key pair the
//! cloud does not have) is reported as the failure of the first step, "network".
class LabDeployer final : public QObject
{
    Q_OBJECT

public:
    //! `journalPath`: where the journal is written after every step (LabJournal::defaultPath()).
    LabDeployer(Session* session, LabTopology topology, const LabSecrets& secrets, QString journalPath,
                QObject* parent = nullptr);
    ~LabDeployer() override;

    //! The steps, in dependency order (LabPlanner::deploySteps()).
    QList<LabStep> steps() const;
    //! The current state of a step.
    LabStepState state(const QString& stepId) const;
    //! Starts (once): reconcile by tag, then create what is missing.
    void start();
    //! Stops starting steps; running ones finish; then finished(false).
    void cancel();
    //! True by default; false: ready:* steps end Skipped (the dev cloud's fake driver prints no console log).
    void setWaitForReadiness(bool wait);
    //! Where the domain's records go (an OvhDnsProvider carries OVHcloud's keys); without one a
    //! Designate plan uses the session's Designate and an OVHcloud plan fails its record steps.
    void setDnsProvider(DnsProvider* provider);
    //! Requests sent so far (lists, creates, polls).
    int apiCalls() const;
    //! What was created or found so far.
    LabDeployment deployment() const;

Q_SIGNALS:
    void stepChanged(const QString& stepId, zenith::LabStepState state);
    void stepFailed(const QString& stepId, const zenith::ApiError& error);
    void finished(bool succeeded);

private:
    std::unique_ptr<LabDeployerPrivate> d;
    friend class LabDeployerPrivate;
};

} // namespace zenith
