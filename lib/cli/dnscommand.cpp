#include "dnscommand.h"

#include "openstackcommand.h"

namespace zenith {

namespace {

QStringList recordWords(const QStringList& values)
{
    QStringList words;
    for (const QString& value : values)
        words << QStringLiteral("--record") << value;
    return words;
}

} // namespace

QString DnsCommand::zoneList()
{
    return OpenstackCommand::join({QStringLiteral("zone"), QStringLiteral("list")});
}

QString DnsCommand::zoneCreate(const QString& name, const QString& email, std::optional<int> ttl)
{
    QStringList words{QStringLiteral("zone"), QStringLiteral("create"), QStringLiteral("--email"), email};
    if (ttl)
        words << QStringLiteral("--ttl") << QString::number(*ttl);
    words << name;
    return OpenstackCommand::join(words);
}

QString DnsCommand::zoneDelete(const QString& zone)
{
    return OpenstackCommand::join({QStringLiteral("zone"), QStringLiteral("delete"), zone});
}

QString DnsCommand::recordsetList(const QString& zone)
{
    return OpenstackCommand::join({QStringLiteral("recordset"), QStringLiteral("list"), zone});
}

QString DnsCommand::recordsetCreate(const QString& zone, const QString& name, const QString& type,
                                    const QStringList& values, std::optional<int> ttl)
{
    QStringList words{QStringLiteral("recordset"), QStringLiteral("create"), QStringLiteral("--type"), type};
    words << recordWords(values);
    if (ttl)
        words << QStringLiteral("--ttl") << QString::number(*ttl);
    words << zone << relativeName(name, zone);
    return OpenstackCommand::join(words);
}

QString DnsCommand::recordsetSet(const QString& zone, const QString& recordset, const QStringList& values,
                                 std::optional<int> ttl)
{
    QStringList words{QStringLiteral("recordset"), QStringLiteral("set")};
    words << recordWords(values);
    if (ttl)
        words << QStringLiteral("--ttl") << QString::number(*ttl);
    else
        words << QStringLiteral("--no-ttl");
    words << zone << recordset;
    return OpenstackCommand::join(words);
}

QString DnsCommand::recordsetDelete(const QString& zone, const QString& recordset)
{
    return OpenstackCommand::join({QStringLiteral("recordset"), QStringLiteral("delete"), zone, recordset});
}

QString DnsCommand::relativeName(const QString& name, const QString& zone)
{
    if (name.compare(zone, Qt::CaseInsensitive) == 0)
        return zone;
    const QString suffix = QChar(u'.') + zone;
    if (name.endsWith(suffix, Qt::CaseInsensitive))
        return name.left(name.size() - suffix.size());
    return name;
}

} // namespace zenith
