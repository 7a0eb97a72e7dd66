#pragma once

#include "labstep.h"
#include "labtopology.h"

#include "core/apierror.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <memory>

namespace zenith {

class DnsProvider;
class Session;
class LabTeardownPrivate;

//! Deletes exactly what carries the lab's tag, in reverse dependency order: records, the database
//! volume's snapshots, the volume's attachment, servers (waiting until they are gone), ports, the
//! volume, the server group, rules and groups, the subnet, the network. Independent deletions run
//! in parallel; a resource that will not go fails its step with the cloud's error and what does
//! not depend on it continues.
class LabTeardown final : public QObject
{
    Q_OBJECT

public:
    LabTeardown(Session* session, LabTopology topology, QObject* parent = nullptr);
    ~LabTeardown() override;

    //! Where the domain's records are (OVHcloud's provider carries its keys), and the records the
    //! deployment created (record step id → record id, from its journal): OVHcloud's records carry
    //! no tag, so only these are deleted. Without a provider a Designate plan uses the session's.
    void setDnsProvider(DnsProvider* provider, const QMap<QString, QString>& recordIds = {});
    //! Lists the lab's resources by tag, emits planned(), then (unless `dryRun`) deletes them.
    void start(bool dryRun);
    //! Stops starting deletions; running ones finish; then finished(false).
    void cancel();
    //! Requests sent so far.
    int apiCalls() const;

Q_SIGNALS:
    //! What exists and will be deleted, in the order of deletion.
    void planned(const QList<zenith::LabStep>& steps);
    void stepChanged(const QString& stepId, zenith::LabStepState state);
    void stepFailed(const QString& stepId, const zenith::ApiError& error);
    void finished(bool succeeded);

private:
    std::unique_ptr<LabTeardownPrivate> d;
    friend class LabTeardownPrivate;
};

} // namespace zenith
