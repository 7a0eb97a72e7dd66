#pragma once

// The tutorial's lab as the planner and command tests read it: one place for its plan.

#include "lab/labstep.h"
#include "lab/labtopology.h"

#include <QHash>

namespace zenith::test {

//! The default lab with a Designate domain, every role on the same image and flavor.
inline LabTopology tutorialLab()
{
    LabPlan plan;
    plan.name = QStringLiteral("lab");
    plan.keypair = QStringLiteral("student");
    plan.domain = QStringLiteral("zenith-lab.example");
    plan.dnsProvider = LabDnsProvider::Designate;
    plan.loadBalancer = plan.web = plan.database =
        plan.nameServer = {QStringLiteral("debian-12"), QStringLiteral("d2-2")};
    return *LabTopology::of(plan);
}

//! The steps by their id.
inline QHash<QString, LabStep> stepsById(const QList<LabStep>& steps)
{
    QHash<QString, LabStep> map;
    for (const LabStep& s : steps)
        map.insert(s.id, s);
    return map;
}

} // namespace zenith::test
