#include "openstackcommand.h"

#include <QDir>

namespace zenith {

namespace {

// Characters a shell never reads specially: such a word needs no quotes. Non-ASCII letters and
// digits are plain word characters for bash and dash too.
bool isSafe(QChar c)
{
    if (c.unicode() < 128)
        return c.isLetterOrNumber() || QStringView(u"_@%+=:,./-").contains(c);
    return c.isLetterOrNumber() || c.isMark();
}

// Characters that stay special inside double quotes ($ ` \ "), plus ! (history expansion in an
// interactive bash) and line breaks, which read badly inside "…": these words get single quotes.
bool needsSingleQuotes(QChar c)
{
    return QStringView(u"$`\\\"!\n\r").contains(c);
}

QStringList serverVerb(const QString& verb, const QStringList& servers)
{
    return QStringList{QStringLiteral("server"), verb} + servers;
}

} // namespace

QString OpenstackCommand::quote(const QString& word)
{
    if (word.isEmpty())
        return QStringLiteral("\"\"");
    bool safe = true;
    bool single = false;
    for (QChar c : word) {
        safe = safe && isSafe(c);
        single = single || needsSingleQuotes(c);
    }
    // A leading ~ would be expanded, a leading # starts a comment: isSafe() already refuses both.
    if (safe)
        return word;
    if (!single)
        return QChar(u'"') + word + QChar(u'"');
    // Inside '…' nothing is special but ' itself: close, write an escaped quote, reopen.
    QString escaped = word;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return QChar(u'\'') + escaped + QChar(u'\'');
}

QString OpenstackCommand::join(const QStringList& words)
{
    QString line = QStringLiteral("openstack");
    for (const QString& word : words)
        line += QChar(u' ') + quote(word);
    return line;
}

QString OpenstackCommand::path(const QString& file)
{
    const QString home = QDir::homePath();
    // Only "~/" itself may stay unquoted for the shell to expand it; the rest is quoted as usual.
    if (home.size() > 1 && file.startsWith(home + u'/') && file.size() > home.size() + 1)
        return QStringLiteral("~/") + quote(file.mid(home.size() + 1));
    return quote(file);
}

QString OpenstackCommand::serverCreate(const ServerCreateOptions& options)
{
    QStringList words{QStringLiteral("server"), QStringLiteral("create")};
    auto add = [&words](const QString& option, const QString& value) {
        if (!value.isEmpty())
            words << option << value;
    };
    add(QStringLiteral("--image"), options.image);
    add(QStringLiteral("--flavor"), options.flavor);
    for (const ServerCreateOptions::Interface& nic : options.interfaces)
        add(nic.isPort ? QStringLiteral("--port") : QStringLiteral("--network"), nic.name);
    for (const QString& network : options.networks)
        add(QStringLiteral("--network"), network);
    for (const QString& port : options.ports)
        add(QStringLiteral("--port"), port);
    for (const QString& group : options.securityGroups)
        add(QStringLiteral("--security-group"), group);
    add(QStringLiteral("--key-name"), options.keyName);
    add(QStringLiteral("--user-data"), options.userDataFile);
    add(QStringLiteral("--availability-zone"), options.availabilityZone);
    if (!options.serverGroup.isEmpty())
        words << QStringLiteral("--hint") << QString(QStringLiteral("group=") + options.serverGroup);
    if (options.configDrive)
        words << QStringLiteral("--config-drive") << QStringLiteral("True");
    if (options.count > 1)
        words << QStringLiteral("--min") << QString::number(options.count) << QStringLiteral("--max")
              << QString::number(options.count);
    words << options.name;
    return join(words);
}

QString OpenstackCommand::serverStart(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("start"), servers));
}

QString OpenstackCommand::serverStop(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("stop"), servers));
}

QString OpenstackCommand::serverReboot(const QStringList& servers, bool hard)
{
    QStringList words{QStringLiteral("server"), QStringLiteral("reboot")};
    if (hard)
        words << QStringLiteral("--hard");
    return join(words + servers);
}

QString OpenstackCommand::serverDelete(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("delete"), servers));
}

QString OpenstackCommand::serverShelve(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("shelve"), servers));
}

QString OpenstackCommand::serverUnshelve(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("unshelve"), servers));
}

QString OpenstackCommand::serverLock(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("lock"), servers));
}

QString OpenstackCommand::serverUnlock(const QStringList& servers)
{
    return join(serverVerb(QStringLiteral("unlock"), servers));
}

QString OpenstackCommand::serverRescue(const QString& server, const QString& image)
{
    QStringList words{QStringLiteral("server"), QStringLiteral("rescue")};
    if (!image.isEmpty())
        words << QStringLiteral("--image") << image;
    return join(words << server);
}

QString OpenstackCommand::serverUnrescue(const QString& server)
{
    return join({QStringLiteral("server"), QStringLiteral("unrescue"), server});
}

QString OpenstackCommand::serverResize(const QString& server, const QString& flavor)
{
    return join({QStringLiteral("server"), QStringLiteral("resize"), QStringLiteral("--flavor"), flavor, server});
}

QString OpenstackCommand::serverResizeConfirm(const QString& server)
{
    return join({QStringLiteral("server"), QStringLiteral("resize"), QStringLiteral("confirm"), server});
}

QString OpenstackCommand::serverResizeRevert(const QString& server)
{
    return join({QStringLiteral("server"), QStringLiteral("resize"), QStringLiteral("revert"), server});
}

QString OpenstackCommand::serverImageCreate(const QString& server, const QString& imageName)
{
    return join({QStringLiteral("server"), QStringLiteral("image"), QStringLiteral("create"), QStringLiteral("--name"),
                 imageName, server});
}

QString OpenstackCommand::serverAddPort(const QString& server, const QString& port)
{
    return join({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("port"), server, port});
}

QString OpenstackCommand::serverRemovePort(const QString& server, const QString& port)
{
    return join({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("port"), server, port});
}

QString OpenstackCommand::serverAddNetwork(const QString& server, const QString& network)
{
    return join({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("network"), server, network});
}

QString OpenstackCommand::serverRemoveNetwork(const QString& server, const QString& network)
{
    return join({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("network"), server, network});
}

QString OpenstackCommand::serverAddVolume(const QString& server, const QString& volume, const QString& device)
{
    QStringList words{QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("volume")};
    if (!device.isEmpty())
        words << QStringLiteral("--device") << device;
    return join(words << server << volume);
}

QString OpenstackCommand::serverRemoveVolume(const QString& server, const QString& volume)
{
    return join({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("volume"), server, volume});
}

QString OpenstackCommand::serverAddFloatingIp(const QString& server, const QString& ip)
{
    return join({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("floating"), QStringLiteral("ip"),
                 server, ip});
}

QString OpenstackCommand::serverRemoveFloatingIp(const QString& server, const QString& ip)
{
    return join({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("floating"), QStringLiteral("ip"),
                 server, ip});
}

QString OpenstackCommand::floatingIpCreate(const QString& network, const QString& port)
{
    return join({QStringLiteral("floating"), QStringLiteral("ip"), QStringLiteral("create"), QStringLiteral("--port"),
                 port, network});
}

QString OpenstackCommand::floatingIpDelete(const QStringList& ips)
{
    return join(QStringList{QStringLiteral("floating"), QStringLiteral("ip"), QStringLiteral("delete")} + ips);
}

QString OpenstackCommand::consoleUrlShow(const QString& server)
{
    return join({QStringLiteral("console"), QStringLiteral("url"), QStringLiteral("show"), server});
}

QString OpenstackCommand::keypairCreate(const QString& name, const QString& publicKeyFile)
{
    return join({QStringLiteral("keypair"), QStringLiteral("create"), QStringLiteral("--public-key")}) + u' ' +
           path(publicKeyFile) + u' ' + quote(name);
}

QString OpenstackCommand::keypairDelete(const QStringList& names)
{
    return join(QStringList{QStringLiteral("keypair"), QStringLiteral("delete")} + names);
}

QString OpenstackCommand::imageList()
{
    return join({QStringLiteral("image"), QStringLiteral("list")});
}

QString OpenstackCommand::imageShow(const QString& image)
{
    return join({QStringLiteral("image"), QStringLiteral("show"), image});
}

QString OpenstackCommand::flavorList()
{
    return join({QStringLiteral("flavor"), QStringLiteral("list")});
}

QString OpenstackCommand::flavorShow(const QString& flavor)
{
    return join({QStringLiteral("flavor"), QStringLiteral("show"), flavor});
}

} // namespace zenith
