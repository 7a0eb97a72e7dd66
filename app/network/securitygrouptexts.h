#pragma once

#include "core/apierror.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

class SecurityGroupStore;

//! The words of the Security groups tab that several of its parts need: Neutron's refusals
//! explained (a group in use, a rule that exists already) and a group as a student types it.
class SecurityGroupTexts
{
    Q_DECLARE_TR_FUNCTIONS(zenith::SecurityGroupTexts)

public:
    //! Why a group could not be deleted; for SecurityGroupInUse, what uses it and how to find them.
    static QString deleteGroupFailed(const ApiError& error, const QString& groupName);
    //! Why a rule could not be added; for SecurityGroupRuleExists, that nothing needs adding.
    static QString createRuleFailed(const ApiError& error);
    //! Why a group could not be created or renamed ("default" is Neutron's own name).
    static QString saveGroupFailed(const ApiError& error);
    //! The group as an `openstack` argument: its name when no other group has it, else its id.
    static QString commandName(const SecurityGroupStore* store, const QString& groupId);
};

} // namespace zenith
