#include "labplanissuetext.h"

#include "common/quoted.h"

#include "lab/labaddresses.h"
#include "lab/labplanvalidation.h"

namespace zenith {

using Field = LabPlanIssue::Field;
using Problem = LabPlanIssue::Problem;

QString LabPlanIssueText::roleName(const QString& role)
{
    if (role == u"lb")
        //: A role in the lab (used inside sentences)
        return tr("load balancer");
    if (role == u"web")
        //: A role in the lab (used inside sentences)
        return tr("web servers");
    if (role == u"db")
        //: A role in the lab (used inside sentences)
        return tr("database");
    if (role == u"ns")
        //: A role in the lab (used inside sentences)
        return tr("name server");
    return role;
}

QString LabPlanIssueText::message(const LabPlanIssue& issue)
{
    switch (issue.field) {
    case Field::Name: return nameMessage(issue);
    case Field::Cidr: return cidrMessage(issue);
    case Field::Image:
    case Field::Flavor:
    case Field::WebCount:
    case Field::VolumeSize: return machineMessage(issue);
    case Field::PublicNetwork:
    case Field::Keypair:
    case Field::Domain:
    case Field::TlsEmail:
    case Field::InternalZone:
    case Field::ResourceName:
    case Field::DnsCredentials: return accessMessage(issue);
    }
    return {};
}

QString LabPlanIssueText::nameMessage(const LabPlanIssue& issue)
{
    switch (issue.problem) {
    case Problem::Empty: return tr("Give the lab a name: it starts the name of everything the lab creates.");
    case Problem::DeployedWithHeat:
        //: %1 the Heat stack's name
        return tr("This lab is deployed with Heat as the stack %1: tear it down first, or choose another lab name.")
            .arg(issue.value);
    case Problem::Deployed:
        //: %1 the lab's name
        return tr("Lab %1 exists already on this cloud, deployed without Heat: a stack would duplicate it. Deploy "
                  "resumes it; tear it down first to deploy it with Heat.")
            .arg(issue.value);
    case Problem::TooLong:
        //: %1 is the longest length allowed
        return tr("Use at most %1 characters, so that names like NAME-web-group stay short.")
            .arg(LabPlanValidation::kMaxNameLength);
    default:
        return tr("Use lowercase letters, digits and hyphens only, starting with a letter (e.g. lab or tp1-group2).");
    }
}

QString LabPlanIssueText::cidrMessage(const LabPlanIssue& issue)
{
    switch (issue.problem) {
    case Problem::Empty: return tr("Enter the private range, e.g. 10.12.0.0/16.");
    case Problem::HostBitsSet:
        //: %1 is what was typed
        return tr("%1 is an address inside a range, not the range itself: the part after the last bits of the "
                  "prefix must be zero (e.g. 10.12.0.0/16).")
            .arg(issue.value);
    case Problem::OutOfRange:
        //: %1 is the longest prefix accepted (25)
        return tr("Use a prefix from /8 to /%1: the lab needs at least 128 addresses (fixed ones and a DHCP pool).")
            .arg(LabAddresses::kLongestPrefix);
    case Problem::Overlaps:
        //: %1 is the CIDR of an existing subnet, %2 its name
        return tr("This range overlaps the subnet %2 (%1) of your project: choose another one, e.g. 10.13.0.0/16.")
            .arg(issue.value, issue.other.isEmpty() ? tr("without a name") : issue.other);
    default: return tr("Write an IPv4 network with its prefix length, e.g. 10.12.0.0/16.");
    }
}

QString LabPlanIssueText::machineMessage(const LabPlanIssue& issue)
{
    const QString role = roleName(issue.role);
    if (issue.field == Field::WebCount)
        //: %1 is the largest number of web servers
        return tr("Choose from 1 to %1 web servers.").arg(LabAddresses::kMaxWebServers);
    if (issue.field == Field::VolumeSize)
        //: %1 is the largest volume size in GiB
        return tr("Choose a size from 1 to %1 GiB.").arg(LabPlanValidation::kMaxVolumeGb);
    if (issue.field == Field::Image) {
        if (issue.problem == Problem::NotFound)
            //: %1 an image name, %2 a role (load balancer, web servers…)
            return tr("The image %1 of the %2 is not in this project: choose one from the list.")
                .arg(quoted(issue.value), role);
        //: %1 a role (load balancer, web servers…)
        return tr("Choose an image for the %1.").arg(role);
    }
    if (issue.problem == Problem::NotFound)
        //: %1 a flavor name, %2 a role (load balancer, web servers…)
        return tr("The flavor %1 of the %2 is not in this project: choose one from the list.")
            .arg(quoted(issue.value), role);
    //: %1 a role (load balancer, web servers…)
    return tr("Choose a flavor for the %1.").arg(role);
}

QString LabPlanIssueText::accessMessage(const LabPlanIssue& issue)
{
    const QString value = quoted(issue.value);
    switch (issue.field) {
    case Field::PublicNetwork:
        if (issue.problem == Problem::NotFound)
            return tr("The project sees no network named %1: choose its external network.").arg(value);
        if (issue.problem == Problem::NotExternal)
            return tr("%1 is not an external network: the gateway needs one that reaches the Internet (Ext-Net on "
                      "OVHcloud).")
                .arg(value);
        return tr("Choose the public network the gateway sits on (Ext-Net on OVHcloud).");
    case Field::Keypair:
        if (issue.problem == Problem::NotFound)
            return tr("There is no key pair %1 in this project: choose, import or generate one.").arg(value);
        return tr("Choose a key pair, or import or generate one: without it you cannot log in to the servers.");
    case Field::Domain:
        if (issue.problem == Problem::Empty)
            return tr("DNS records and an HTTPS certificate need a domain: enter it, or choose None and leave the "
                      "e-mail empty.");
        if (issue.problem == Problem::NotFound)
            //: %1 the lab's domain
            return tr("No DNS zone of this project holds %1: create the zone of your domain in the DNS pane "
                      "first, or choose None as the DNS service.")
                .arg(value);
        return tr("%1 is not a domain name: letters, digits and hyphens, in labels separated by dots "
                  "(e.g. my-lab.example.org).")
            .arg(value);
    case Field::TlsEmail:
        return tr("%1 is not an e-mail address Let's Encrypt accepts (e.g. you@example.org).").arg(value);
    case Field::InternalZone: return tr("The internal zone %1 is not a domain name.").arg(value);
    case Field::DnsCredentials:
        //: %1 the lab's domain
        return tr("The records of %1 go through OVHcloud's API, and no OVHcloud keys are stored for this cloud: "
                  "enter them in the DNS pane (provider OVHcloud), or choose Designate or None.")
            .arg(value);
    case Field::ResourceName:
        //: %1 a resource name, %2 its kind (network, port…)
        return tr("The name %1 is already used by a %2 that is not this lab's: choose another lab name, or "
                  "delete that resource.")
            .arg(value, issue.other);
    default: return {};
    }
}

} // namespace zenith
