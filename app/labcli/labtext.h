#pragma once

#include "lab/labcheck.h"
#include "lab/labplanfileerror.h"
#include "lab/labplanissue.h"
#include "lab/labquotaline.h"
#include "lab/labstep.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! The words for lib/lab's codes: plan issues, lab.yaml errors, checklist lines and their fixes,
//! quota resources and step states. Shared by `zenith lab` and the wizard.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(LabText)

public:
    //! One sentence saying what is wrong and what to do: "The lab name “Lab” may only hold…".
    static QString issue(const LabPlanIssue& issue);
    //! "lab.yaml:3: “web_cuont” is not a lab setting."
    static QString fileError(const LabPlanFileError& error);
    //! The checklist line's title: "Gateway holds the subnet's gateway address".
    static QString checkTitle(LabCheck::Kind kind);
    //! What to do when the check is red.
    static QString checkFix(LabCheck::Kind kind);
    //! "Instances", "Security group rules"…
    static QString quotaResource(LabQuotaLine::Resource resource);
    //! "done", "already there", "failed"…
    static QString stepState(LabStepState state);

private:
    static QString field(LabPlanIssue::Field field, const QString& role);
};

} // namespace zenith
