#include "labstep.h"

#include <array>
#include <utility>

namespace zenith {

namespace {

constexpr std::array kStateNames{
    std::pair{LabStepState::Pending, u"Pending"}, std::pair{LabStepState::Running, u"Running"},
    std::pair{LabStepState::Done, u"Done"},       std::pair{LabStepState::AlreadyThere, u"AlreadyThere"},
    std::pair{LabStepState::Failed, u"Failed"},   std::pair{LabStepState::Cancelled, u"Cancelled"},
    std::pair{LabStepState::Skipped, u"Skipped"},
};

} // namespace

QString labStepKindName(LabStepKind kind)
{
    switch (kind) {
    case LabStepKind::Network: return QStringLiteral("Network");
    case LabStepKind::Subnet: return QStringLiteral("Subnet");
    case LabStepKind::SecurityGroup: return QStringLiteral("SecurityGroup");
    case LabStepKind::SecurityGroupRule: return QStringLiteral("SecurityGroupRule");
    case LabStepKind::Port: return QStringLiteral("Port");
    case LabStepKind::ServerGroup: return QStringLiteral("ServerGroup");
    case LabStepKind::Volume: return QStringLiteral("Volume");
    case LabStepKind::Server: return QStringLiteral("Server");
    case LabStepKind::ServerReady: return QStringLiteral("ServerReady");
    case LabStepKind::VolumeAttachment: return QStringLiteral("VolumeAttachment");
    case LabStepKind::RecordSet: return QStringLiteral("RecordSet");
    case LabStepKind::VolumeSnapshot: return QStringLiteral("VolumeSnapshot");
    case LabStepKind::Stack: return QStringLiteral("Stack");
    }
    return {};
}

QString labStepStateName(LabStepState state)
{
    for (const auto& [s, name] : kStateNames) {
        if (s == state)
            return QString::fromUtf16(name);
    }
    return {};
}

LabStepState labStepStateFromName(const QString& name)
{
    for (const auto& [s, n] : kStateNames) {
        if (name == QStringView(n))
            return s;
    }
    return LabStepState::Pending;
}

} // namespace zenith
