#pragma once

#include "network/createsecuritygrouprulerequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zenith {

//! What the rule editor holds, as typed, and its validation: pure, no widgets, no network. The
//! ready rules (one, or two for "UDP and TCP") come out only when every field is right; otherwise
//! each wrong field gets its own message saying what to type.
class SecurityRuleInput
{
    Q_DECLARE_TR_FUNCTIONS(zenith::SecurityRuleInput)

public:
    enum class Field { Protocol, PortMin, PortMax, Remote, Description };
    enum class RemoteKind { Cidr, Group };
    enum class Preset { Ssh, Http, Https, Icmp, Mysql, Dns };

    //! One wrong field and what to do about it.
    struct Problem
    {
        Field field;
        QString message;
    };

    //! "udp+tcp": the protocol the DNS preset uses, sent as two rules.
    static constexpr QStringView udpAndTcp = u"udp+tcp";

    QString direction = QStringLiteral("ingress"); //!< ingress, egress
    QString ethertype = QStringLiteral("IPv4");    //!< IPv4, IPv6
    QString protocol = QStringLiteral("tcp");      //!< tcp, udp, icmp, any (or empty), udp+tcp, or 0-255
    QString portMin;                               //!< first port, or the ICMP type
    QString portMax;                               //!< last port (empty: the first), or the ICMP code
    RemoteKind remoteKind = RemoteKind::Cidr;
    QString remoteCidr;    //!< empty: anywhere (0.0.0.0/0 or ::/0)
    QString remoteGroupId; //!< with RemoteKind::Group
    QString description;

    //! The form a preset fills in: the protocol and the ports; direction, ethertype and remote stay.
    void applyPreset(Preset preset);
    //! The rules to send to `groupId`, or none and the problems (each field's first problem).
    QList<CreateSecurityGroupRuleRequest> rules(const QString& groupId, QList<Problem>* problems) const;

    //! "10.12.0.0/16" or a problem: a CIDR of the right family, host bits clear (a bare address is /32
    //! or /128). Empty `cidr` is not accepted here.
    static QString normalizedCidr(const QString& cidr, const QString& ethertype, QString* problem);

private:
    void checkPorts(QList<Problem>* problems, std::optional<int>* min, std::optional<int>* max) const;
};

} // namespace zenith
