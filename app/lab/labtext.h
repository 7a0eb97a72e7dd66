#pragma once

#include "lab/labplanfileerror.h"
#include "lab/labquotaline.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! The words for lib/lab's codes that neither the plan issues (LabPlanIssueText), the checklist
//! (LabCheckText) nor the steps (LabStepText) cover: lab.yaml errors, quota resources, why a check
//! was skipped. Shared by `zenith lab` and the wizard.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(LabText)

public:
    //! "lab.yaml:3: “web_cuont” is not a lab setting."
    static QString fileError(const LabPlanFileError& error);
    //! "Instances", "Security group rules"…
    static QString quotaResource(LabQuotaLine::Resource resource);
    //! Why a check was skipped, from its code (LabCheck::skipped).
    static QString checkSkipped(const QString& code);
};

} // namespace zenith
