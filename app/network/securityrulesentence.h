#pragma once

#include "network/securitygrouprule.h"

#include <QCoreApplication>
#include <QString>

namespace zenith {

//! A security group rule said in words for people: the whole rule in one plain sentence ("Allow
//! TCP 443 from anywhere", "Allow all outgoing IPv6 traffic") and its parts for table cells.
class SecurityRuleSentence
{
    Q_DECLARE_TR_FUNCTIONS(zenith::SecurityRuleSentence)

public:
    //! The rule's meaning in one sentence. `remoteGroupName` names the rule's remote group (its id
    //! is shown when empty).
    static QString sentence(const SecurityGroupRule& rule, const QString& remoteGroupName = {});
    //! "TCP", "UDP", "ICMP", "Any", "Protocol 47": the protocol for a table cell.
    static QString protocolText(const std::optional<QString>& protocol);
    //! "443", "8000–8080", "All", "Type 8 (echo request)", "": the ports (or ICMP type and code).
    static QString portsText(const SecurityGroupRule& rule);
    //! "Anywhere", "10.12.0.0/16", "Group web": where the traffic comes from (or goes to).
    static QString remoteText(const SecurityGroupRule& rule, const QString& remoteGroupName = {});
    //! "Incoming" or "Outgoing".
    static QString directionText(const QString& direction);

    //! True for the protocols whose rules have ports (TCP, UDP, SCTP, UDP-Lite, DCCP, by name or number).
    static bool hasPorts(const std::optional<QString>& protocol);
    //! True for ICMP and ICMPv6 (by name or number): their rules hold a type and a code, not ports.
    static bool isIcmp(const std::optional<QString>& protocol);
    //! True when the rule's remote is every address: no prefix and no group, 0.0.0.0/0 or ::/0.
    static bool isAnywhere(const SecurityGroupRule& rule);

private:
    static QString whatText(const SecurityGroupRule& rule);
};

} // namespace zenith
