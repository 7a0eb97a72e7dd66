#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace zenith {

//! What a lab step creates (or, in a teardown, deletes). app/ words it; lib/ only names it.
enum class LabStepKind {
    Network,
    Subnet,
    SecurityGroup,
    SecurityGroupRule,
    Port,
    ServerGroup,
    Volume,
    Server,
    ServerReady, //!< not a resource: the server's cloud-init printed its ready marker
    VolumeAttachment,
    RecordSet,
    VolumeSnapshot, //!< teardown only: a snapshot of the database volume (LabDatabaseSnapshot)
    Stack,          //!< teardown only: the lab's Heat stack, with what Heat created for it
};

//! One unit of work of a deployment or a teardown: one resource (or one wait), its dependencies
//! and the `openstack` command a student would type to do the same.
struct LabStep
{
    QString id; //!< stable across runs: "network", "rule:web:0", "port:lb-private", "ready:web1"
    LabStepKind kind = LabStepKind::Network;
    QString name;          //!< the resource's name as the cloud shows it ("lab-lb-private")
    QStringList dependsOn; //!< ids of steps that must be Done (or AlreadyThere) first
    QString command;       //!< the equivalent `openstack …` line, without secrets

    friend bool operator==(const LabStep&, const LabStep&) = default;
};

//! Where a step stands.
enum class LabStepState {
    Pending,
    Running,
    Done,
    AlreadyThere, //!< found by the lab's tag: a resumed run does not create it again
    Failed,
    Cancelled,
    Skipped, //!< nothing to do (readiness not watched, nothing to delete)
};

//! Stable, untranslated names for logs, the journal and tests ("SecurityGroupRule", "AlreadyThere").
QString labStepKindName(LabStepKind kind);
QString labStepStateName(LabStepState state);
//! The state a name denotes (the journal's); Pending for an unknown name.
LabStepState labStepStateFromName(const QString& name);

} // namespace zenith

Q_DECLARE_METATYPE(zenith::LabStep)
Q_DECLARE_METATYPE(zenith::LabStepState)
