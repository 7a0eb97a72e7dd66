#include "demodesignatevalidation.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace zenith::demo::designate {

namespace {

// designate/objects/fields.py StringFields: the same patterns, \Z being Python's end of text.
const QRegularExpression& zoneNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^(?!.{255,})(?:(?!\\-)[A-Za-z0-9_\\-]{1,63}(?<!\\-)\\.)+\\z"));
    return re;
}

const QRegularExpression& hostNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?!.{255,})(?:(?:^\\*|(?!\\-)[A-Za-z0-9_\\-]{1,63})(?<!\\-)\\.)+\\z"));
    return re;
}

QString valueError(const QString& message)
{
    return QStringLiteral("Provided object is not valid. Got a ValueError error with message ") + message;
}

std::optional<QString> longLabel(const QString& name)
{
    for (const QString& label : name.split(u'.')) {
        if (label.size() > 63)
            return valueError(QStringLiteral("Host %1 is too long").arg(label));
    }
    return std::nullopt;
}

// Python's int(text): optional sign, decimal digits, surrounding blanks.
std::optional<qint64> pythonInt(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return text.trimmed().toLongLong();
}

bool inRange(const QString& text, qint64 low, qint64 high)
{
    const auto value = pythonInt(text);
    return value && *value >= low && *value <= high;
}

bool isDomain(const QString& value)
{
    return !zoneNameError(value);
}

bool isValidTxtString(const QString& value)
{
    const bool opens = value.startsWith(u'"');
    const bool closes = value.endsWith(u'"');
    if (value.size() > 255 || opens != closes)
        return false;
    if (!opens)
        return !std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
    // Quotes inside a quoted string must be escaped.
    const QString inner = value.mid(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'"' && (i == 0 || inner[i - 1] != u'\\'))
            return false;
    }
    return true;
}

bool isValidTxt(const QString& value)
{
    if (value.endsWith(u'\\'))
        return false;
    if (value.size() <= 255)
        return isValidTxtString(value);
    // Longer data must be split into quoted strings of at most 255 characters each.
    QString stripped = value;
    while (stripped.startsWith(u'"'))
        stripped.remove(0, 1);
    while (stripped.endsWith(u'"'))
        stripped.chop(1);
    const bool wrapped = value.startsWith(u'"') && value.endsWith(u'"');
    if (!wrapped && !stripped.contains(QStringLiteral("\" \"")))
        return false;
    const QStringList parts = stripped.split(QStringLiteral("\" \""));
    return std::all_of(parts.cbegin(), parts.cend(),
                       [](const QString& part) { return isValidTxtString(u'"' + part + u'"'); });
}

bool isValidCaaProperty(const QString& property)
{
    const qsizetype space = property.indexOf(u' ');
    if (space < 0)
        return false;
    const QString tag = property.left(space);
    const QString value = property.mid(space + 1);
    if (tag == u"issue" || tag == u"issuewild") {
        QStringList entries = value.split(u';');
        const QString domain = entries.takeFirst();
        static const QRegularExpression keyValue(QStringLiteral("^\\s[A-Za-z0-9]+=[A-Za-z0-9]+"));
        return !longLabel(domain) && zoneNamePattern().match(domain + u'.').hasMatch() &&
               std::all_of(entries.cbegin(), entries.cend(),
                           [](const QString& e) { return keyValue.match(e).hasMatch(); });
    }
    if (tag != u"iodef")
        return false;
    static const QRegularExpression mail(QStringLiteral("^mailto:[A-Za-z0-9_\\-]+(\\+[A-Za-z0-9_\\-]+)?@.*"));
    static const QRegularExpression http(QStringLiteral("^http(s)?://.*/"));
    QString host;
    if (mail.match(value).hasMatch())
        host = value.split(u'@').value(1);
    else if (http.match(value).hasMatch())
        host = value.split(u'/').value(2);
    else
        return false;
    return !longLabel(host) && zoneNamePattern().match(host + u'.').hasMatch();
}

bool isValidStructured(const QString& type, const QString& data)
{
    const QStringList parts = data.split(u' ');
    if (type == u"MX") {
        // repr(int(priority)) == priority: no sign, no leading zero.
        return parts.size() == 2 && inRange(parts[0], 0, 65535) &&
               QString::number(pythonInt(parts[0]).value_or(-1)) == parts[0] && parts[1].endsWith(u'.') &&
               parts[1].size() <= 255;
    }
    if (type == u"SRV")
        return parts.size() == 4 && inRange(parts[0], 0, 65535) && inRange(parts[1], 0, 65535) &&
               inRange(parts[2], 0, 65535) && isDomain(parts[3]);
    if (type == u"SSHFP") {
        static const QRegularExpression fingerprint(QStringLiteral("^([0-9A-Fa-f]{10,40}|[0-9A-Fa-f]{64})\\z"));
        return parts.size() == 3 && inRange(parts[0], 0, 4) && inRange(parts[1], 0, 2) &&
               fingerprint.match(parts[2]).hasMatch();
    }
    if (type == u"CAA") {
        const qsizetype space = data.indexOf(u' ');
        return space > 0 && inRange(data.left(space), 0, 1) && isValidCaaProperty(data.mid(space + 1));
    }
    return !data.isEmpty(); // SOA, NAPTR, CERT: Designate's own records or rare ones, taken as given
}

} // namespace

std::optional<QString> zoneNameError(const QString& name)
{
    if (name.size() > 255)
        return valueError(QStringLiteral("Value too long for name"));
    if (auto error = longLabel(name))
        return error;
    if (!name.endsWith(u'.'))
        return valueError(QStringLiteral("Domain %1 does not end with a dot").arg(name));
    if (!zoneNamePattern().match(name).hasMatch())
        return valueError(QStringLiteral("Domain %1 is invalid").arg(name));
    return std::nullopt;
}

std::optional<QString> recordSetNameError(const QString& name)
{
    if (name.size() > 255)
        return valueError(QStringLiteral("Value too long for name"));
    if (auto error = longLabel(name))
        return error;
    if (!name.endsWith(u'.'))
        return valueError(QStringLiteral("Host name %1 does not end with a dot").arg(name));
    if (!hostNamePattern().match(name).hasMatch())
        return valueError(QStringLiteral("Host name %1 is invalid").arg(name));
    return std::nullopt;
}

std::optional<QString> emailError(const QString& email)
{
    if (email.size() > 255)
        return valueError(QStringLiteral("Value too long for email"));
    if (email.count(u'@') != 1)
        return valueError(QStringLiteral("%1 is not an email").arg(email));
    QString asDomain = email;
    asDomain.replace(u'@', u'.');
    if (!zoneNamePattern().match(asDomain + u'.').hasMatch())
        return valueError(QStringLiteral("Email %1 is invalid").arg(email));
    return std::nullopt;
}

std::optional<QString> ttlError(const QJsonValue& ttl)
{
    if (ttl.isNull() || ttl.isUndefined() || ttl.isBool())
        return std::nullopt;
    qint64 value = 0;
    if (ttl.isDouble()) {
        value = qint64(ttl.toDouble());
    } else if (ttl.isString()) {
        const auto parsed = pythonInt(ttl.toString());
        if (!parsed)
            return valueError(QStringLiteral("invalid literal for int() with base 10: '%1'").arg(ttl.toString()));
        value = *parsed;
    } else {
        return QStringLiteral("Provided object is not valid. Got a TypeError with message int() argument must be a "
                              "string, a bytes-like object or a real number, not '%1'")
            .arg(ttl.isArray() ? QStringLiteral("list") : QStringLiteral("dict"));
    }
    if (value < 0)
        return valueError(QStringLiteral("Value must be >= 0 for field ttl"));
    if (value > 2147483647)
        return valueError(QStringLiteral("Value too high for ttl"));
    return std::nullopt;
}

QJsonValue ttlValue(const QJsonValue& ttl)
{
    if (ttl.isBool())
        return int(ttl.toBool());
    if (ttl.isDouble())
        return qint64(ttl.toDouble());
    if (ttl.isString())
        return pythonInt(ttl.toString()).value_or(0);
    return QJsonValue::Null;
}

std::optional<QString> descriptionError(const QJsonValue& description)
{
    if (description.isString() && description.toString().size() > 160)
        return valueError(QStringLiteral("Value too long for description"));
    return std::nullopt;
}

bool isSupportedType(const QString& type)
{
    static const QStringList supported{QStringLiteral("A"),     QStringLiteral("AAAA"), QStringLiteral("CNAME"),
                                       QStringLiteral("MX"),    QStringLiteral("SRV"),  QStringLiteral("TXT"),
                                       QStringLiteral("SPF"),   QStringLiteral("NS"),   QStringLiteral("PTR"),
                                       QStringLiteral("SSHFP"), QStringLiteral("SOA"),  QStringLiteral("NAPTR"),
                                       QStringLiteral("CAA"),   QStringLiteral("CERT")};
    return supported.contains(type);
}

bool isValidRecord(const QString& type, const QString& data)
{
    if (type == u"A") {
        // dnspython's inet_aton: four decimal parts up to 255, no leading zeros.
        static const QRegularExpression ipv4(
            QStringLiteral("^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}\\z"));
        return ipv4.match(data).hasMatch();
    }
    if (type == u"AAAA") {
        QHostAddress address;
        return !data.contains(u'%') && address.setAddress(data) && address.protocol() == QAbstractSocket::IPv6Protocol;
    }
    if (type == u"CNAME" || type == u"NS" || type == u"PTR")
        return isDomain(data);
    if (type == u"TXT" || type == u"SPF")
        return isValidTxt(data);
    return isValidStructured(type, data);
}

bool isUuidLike(const QString& text)
{
    QString bare = text.toLower();
    bare.remove(QStringLiteral("urn:")).remove(QStringLiteral("uuid:"));
    bare.remove(u'{').remove(u'}').remove(u'-');
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}\\z"));
    return hex.match(bare).hasMatch();
}

bool matchesFilter(const QString& value, const QString& filter)
{
    if (!filter.contains(u'*'))
        return value == filter;
    // Designate turns "*" into SQL's "%".
    QStringList pieces = filter.split(u'*');
    for (QString& piece : pieces)
        piece = QRegularExpression::escape(piece);
    const QRegularExpression like(u'^' + pieces.join(QStringLiteral(".*")) + QStringLiteral("\\z"),
                                  QRegularExpression::DotMatchesEverythingOption);
    return like.match(value).hasMatch();
}

} // namespace zenith::demo::designate
