#pragma once

#include "labcloudstate.h"
#include "labplan.h"
#include "labplanissue.h"

#include <QList>

namespace zenith {

//! Pure checks of a LabPlan: what is wrong before anything is sent, and what clashes with the
//! project as it is. Returns codes; the wizard and the CLI word them.
class LabPlanValidation
{
public:
    //! The longest lab name: "<name>-web-group" must stay a short, readable resource name.
    static constexpr int kMaxNameLength = 20;
    static constexpr int kMaxVolumeGb = 1000;

    //! Everything wrong with the plan on its own (syntax, ranges, required fields); empty when valid.
    static QList<LabPlanIssue> validate(const LabPlan& plan);
    //! Clashes with the project: the CIDR overlapping a subnet that is not this lab's, names taken
    //! by resources not tagged with this lab, the public network missing or not external, the key
    //! pair, images or flavors missing (those three only when `cloud` lists them: non-empty lists).
    static QList<LabPlanIssue> conflicts(const LabPlan& plan, const LabCloudState& cloud);
    //! What stops "Deploy with Heat" besides conflicts(): the lab deployed already without Heat (its
    //! tagged resources exist), which a stack would duplicate rather than adopt.
    static QList<LabPlanIssue> heatConflicts(const LabPlan& plan, const LabCloudState& cloud);
};

} // namespace zenith
