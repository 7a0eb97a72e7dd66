#pragma once

#include "lab/labplanissue.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! The words of a LabPlanIssue: one specific sentence per field and problem, saying what is
//! wrong and what to do, shown under the field (or in the Plan page's conflicts).
class LabPlanIssueText
{
    Q_DECLARE_TR_FUNCTIONS(zenith::LabPlanIssueText)

public:
    static QString message(const LabPlanIssue& issue);
    //! The translated name of a role key ("lb" → "load balancer").
    static QString roleName(const QString& role);

private:
    static QString nameMessage(const LabPlanIssue& issue);
    static QString cidrMessage(const LabPlanIssue& issue);
    static QString machineMessage(const LabPlanIssue& issue);
    static QString accessMessage(const LabPlanIssue& issue);
};

} // namespace zenith
