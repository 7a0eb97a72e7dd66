#include "portcommand.h"

#include "openstackcommand.h"

namespace zenith {

namespace {

// The words of one list option of `port set`: the added items when the list only grew (the
// option appends), the clearing flag then every item otherwise, nothing when it is unchanged.
template <typename T, typename Word>
QStringList listWords(const QList<T>& before, const QList<T>& after, const QString& option, const QString& clear,
                      Word word)
{
    if (after == before)
        return {};
    QStringList words;
    qsizetype from = 0;
    if (after.size() > before.size() && after.first(before.size()) == before)
        from = before.size();
    else
        words << clear;
    for (qsizetype i = from; i < after.size(); ++i)
        words << option << word(after.at(i));
    return words;
}

QString same(const QString& text)
{
    return text;
}

} // namespace

QString PortCommand::fixedIpWord(const FixedIp& ip)
{
    QStringList parts;
    if (!ip.subnet.isEmpty())
        parts << QString(u"subnet=" + ip.subnet);
    if (!ip.ipAddress.isEmpty())
        parts << QString(u"ip-address=" + ip.ipAddress);
    return parts.join(u',');
}

QString PortCommand::addressPairWord(const AddressPair& pair)
{
    QString word = u"ip-address=" + pair.ipAddress;
    if (!pair.macAddress.isEmpty())
        word += u",mac-address=" + pair.macAddress;
    return word;
}

QString PortCommand::create(const Create& options)
{
    QStringList words{QStringLiteral("port"), QStringLiteral("create"), QStringLiteral("--network"), options.network};
    for (const FixedIp& ip : options.fixedIps)
        words << QStringLiteral("--fixed-ip") << fixedIpWord(ip);
    if (options.securityGroups) {
        if (options.securityGroups->isEmpty())
            words << QStringLiteral("--no-security-group");
        for (const QString& group : *options.securityGroups)
            words << QStringLiteral("--security-group") << group;
    }
    for (const AddressPair& pair : options.allowedAddressPairs)
        words << QStringLiteral("--allowed-address") << addressPairWord(pair);
    if (options.portSecurity)
        words << (*options.portSecurity ? QStringLiteral("--enable-port-security")
                                        : QStringLiteral("--disable-port-security"));
    words << options.name;
    return OpenstackCommand::join(words);
}

QString PortCommand::set(const Set& options)
{
    QStringList words;
    if (options.name)
        words << QStringLiteral("--name") << *options.name;
    if (options.fixedIps)
        words += listWords(options.fixedIpsBefore, *options.fixedIps, QStringLiteral("--fixed-ip"),
                           QStringLiteral("--no-fixed-ip"), &PortCommand::fixedIpWord);
    if (options.securityGroups)
        words += listWords(options.securityGroupsBefore, *options.securityGroups, QStringLiteral("--security-group"),
                           QStringLiteral("--no-security-group"), &same);
    if (options.allowedAddressPairs)
        words += listWords(options.allowedAddressPairsBefore, *options.allowedAddressPairs,
                           QStringLiteral("--allowed-address"), QStringLiteral("--no-allowed-address"),
                           &PortCommand::addressPairWord);
    if (options.portSecurity)
        words << (*options.portSecurity ? QStringLiteral("--enable-port-security")
                                        : QStringLiteral("--disable-port-security"));
    if (words.isEmpty())
        return {};
    return OpenstackCommand::join(QStringList{QStringLiteral("port"), QStringLiteral("set")} + words +
                                  QStringList{options.port});
}

QString PortCommand::remove(const QStringList& ports)
{
    return OpenstackCommand::join(QStringList{QStringLiteral("port"), QStringLiteral("delete")} + ports);
}

QString PortCommand::list(const QString& network, const QString& server)
{
    QStringList words{QStringLiteral("port"), QStringLiteral("list")};
    if (!network.isEmpty())
        words << QStringLiteral("--network") << network;
    if (!server.isEmpty())
        words << QStringLiteral("--server") << server;
    return OpenstackCommand::join(words);
}

} // namespace zenith
