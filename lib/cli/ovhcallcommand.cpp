#include "ovhcallcommand.h"

#include <QJsonDocument>
#include <QUrl>

namespace zenith {

QString OvhCallCommand::call(const QString& method, const QString& path, const QJsonObject& body)
{
    if (body.isEmpty())
        return QString(method + u' ' + path);
    return QString(method + u' ' + path + u' ' + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString OvhCallCommand::zonePath(const QString& zone)
{
    // DnsZone names end with a dot; OVHcloud's domains do not.
    const QString domain = zone.endsWith(u'.') ? zone.chopped(1) : zone;
    return QString(u"/domain/zone/" + QString::fromLatin1(QUrl::toPercentEncoding(domain)));
}

QString OvhCallCommand::listZones()
{
    return call(QStringLiteral("GET"), QStringLiteral("/domain/zone"));
}

QString OvhCallCommand::listRecords(const QString& zone)
{
    return call(QStringLiteral("GET"), QString(zonePath(zone) + u"/record"));
}

QString OvhCallCommand::createRecord(const QString& zone, const OvhNewRecord& record)
{
    return call(QStringLiteral("POST"), QString(zonePath(zone) + u"/record"), record.toJson());
}

QString OvhCallCommand::updateRecord(const QString& zone, qint64 id, const OvhRecordUpdate& update)
{
    return call(QStringLiteral("PUT"), QString(zonePath(zone) + u"/record/" + QString::number(id)), update.toJson());
}

QString OvhCallCommand::deleteRecord(const QString& zone, qint64 id)
{
    return call(QStringLiteral("DELETE"), QString(zonePath(zone) + u"/record/" + QString::number(id)));
}

QString OvhCallCommand::refreshZone(const QString& zone)
{
    return call(QStringLiteral("POST"), QString(zonePath(zone) + u"/refresh"));
}

} // namespace zenith
