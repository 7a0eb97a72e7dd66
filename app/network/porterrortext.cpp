#include "porterrortext.h"

#include "common/errortext.h"
#include "common/quoted.h"

#include <QRegularExpression>

namespace zenith {

QString PortErrorText::saveFailed(const ApiError& error)
{
    QString advice;
    if (error.code == u"IpAddressAlreadyAllocated") {
        // "IP address 10.12.0.1 already allocated in subnet <id>"
        static const QRegularExpression address(QStringLiteral("IP address (\\S+)"));
        const QString ip = address.match(error.message).captured(1);
        //: %1 an IP address; a router interface or a DHCP port often holds the subnet's first addresses
        advice = tr("The address %1 is already used by another port of this subnet (an instance, a router interface or "
                    "the DHCP port). Choose another address, or free this one first.")
                     .arg(ip.isEmpty() ? tr("you chose") : ip);
    } else if (error.code == u"PortSecurityPortHasSecurityGroup" ||
               error.code == u"PortSecurityAndIPRequiredForSecurityGroups") {
        advice = tr("Port security cannot be off while the port has security groups: remove the groups in the same "
                    "change.");
    } else if (error.code == u"AddressPairAndPortSecurityRequired") {
        advice = tr("Allowed address pairs need port security on: remove the pairs, or keep port security on.");
    } else if (error.code == u"InvalidIpForSubnet" || error.code == u"InvalidIpForNetwork") {
        advice = tr("The address is not inside the chosen subnet.");
    } else if (error.code == u"IpAddressGenerationFailure") {
        advice = tr("The subnet has no free address left.");
    } else if (error.code == u"DuplicateAddressPairInRequest") {
        advice = tr("The same allowed address is listed twice.");
    } else {
        advice = tr("The port could not be saved.");
    }
    return QString(advice % u"\n\n" % ErrorText::message(error));
}

QString PortErrorText::deleteFailed(const QString& port, const ApiError& error)
{
    QString advice;
    if (error.code == u"ServicePortInUse")
        //: %1 a port's name; router ports go with the router interface or gateway
        advice = tr("%1 belongs to a router: remove the router's interface (or gateway) instead, and the port goes "
                    "with it.")
                     .arg(quoted(port));
    else
        advice = tr("%1 could not be deleted.").arg(quoted(port));
    return QString(advice % u"\n\n" % ErrorText::message(error));
}

} // namespace zenith
