#include "dnsvalidation.h"

#include "common/quoted.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace zenith {

namespace {

constexpr int maxTtl = 2147483647;

// A label of a host name: letters, digits and inner hyphens (RFC 1123); names of records may
// also hold underscores (_dmarc, _sip._tcp) and start with a * wildcard.
bool isLabel(const QString& label, bool recordName)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    if (label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        const bool plain =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!plain && !(recordName && c == u'_'))
            return false;
    }
    return true;
}

QString labelError(const QString& name)
{
    return DnsValidation::tr("%1 is not a valid DNS name: use letters, digits and hyphens between dots, "
                             "at most 63 characters between two dots.")
        .arg(quoted(name));
}

bool isIpv4(const QString& text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

QStringList DnsValidation::recordTypes()
{
    return {u"A"_qs, u"AAAA"_qs, u"CNAME"_qs, u"MX"_qs, u"TXT"_qs, u"CAA"_qs, u"NS"_qs, u"SRV"_qs};
}

QString DnsValidation::absoluteName(const QString& typed, const QString& zone, QString* error)
{
    const QString name = typed.trimmed();
    if (name.isEmpty() || name == u"@")
        return zone;
    if (name.contains(u' ')) {
        *error = tr("A record name cannot hold spaces.");
        return {};
    }
    const QString zoneBare = zone.chopped(1);
    QString full;
    if (name.endsWith(u'.')) {
        full = name;
        if (full.compare(zone, Qt::CaseInsensitive) != 0 && !full.endsWith(QString(u'.' + zone), Qt::CaseInsensitive)) {
            //: %1 is a name, %2 a zone; both end with a dot
            *error = tr("%1 is not inside the zone %2: write a name that ends with .%2, or a name relative "
                        "to the zone such as www.")
                         .arg(quoted(name), zone);
            return {};
        }
    } else if (name.compare(zoneBare, Qt::CaseInsensitive) == 0 ||
               name.endsWith(QString(u'.' + zoneBare), Qt::CaseInsensitive)) {
        full = name + u'.'; // "www.example.org" typed without its final dot
    } else {
        full = name + u'.' + zone;
    }
    if (full.size() > 254) {
        *error = tr("%1 is too long: a full DNS name has at most 253 characters.").arg(quoted(full));
        return {};
    }
    const QStringList labels = full.chopped(1).split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i == 0 && labels.at(i) == u"*")
            continue; // a wildcard
        if (!isLabel(labels.at(i), true)) {
            *error = labelError(name);
            return {};
        }
    }
    return full;
}

QString DnsValidation::host(const QString& value, const QString& zone, const QString& what, QString* error)
{
    if (value.isEmpty()) {
        //: %1 says what is missing, e.g. "the mail server"
        *error = tr("Give %1.").arg(what);
        return {};
    }
    // "mail" is relative to the zone; "mail.example.net" is taken as written, as people mean it.
    QString full = value;
    if (!full.endsWith(u'.'))
        full = value.contains(u'.') ? QString(value + u'.') : QString(value + u'.' + zone);
    if (isIpv4(value) || QHostAddress(value).protocol() == QAbstractSocket::IPv6Protocol) {
        //: %1 is an IP address
        *error = tr("%1 is an address; this record needs a host name (point an A or AAAA record at the address "
                    "and use that record's name here).")
                     .arg(quoted(value));
        return {};
    }
    const QStringList labels = full.chopped(1).split(u'.');
    for (const QString& label : labels) {
        if (!isLabel(label, false)) {
            *error =
                tr("%1 is not a valid host name: use letters, digits and hyphens between dots.").arg(quoted(value));
            return {};
        }
    }
    if (full.size() > 254) {
        *error = tr("%1 is too long: a full DNS name has at most 253 characters.").arg(quoted(full));
        return {};
    }
    return full;
}

bool DnsValidation::number(const QString& text, int max, int* out)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 0 || n > max || text.startsWith(u'+'))
        return false;
    *out = n;
    return true;
}

std::optional<int> DnsValidation::ttl(const QString& typed, QString* error)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    if (!ok || n < 1 || n > maxTtl) {
        *error = tr("The TTL must be a whole number of seconds between 1 and %1 (3600 is one hour), or empty "
                    "for the zone's TTL.")
                     .arg(maxTtl);
        return std::nullopt;
    }
    return int(n);
}

DnsValidation::ZoneCheck DnsValidation::checkZone(const QString& typedName, const QString& typedEmail,
                                                  const QString& typedTtl)
{
    ZoneCheck check;
    QString name = typedName.trimmed();
    if (name.isEmpty()) {
        check.error = tr("Give the zone's domain name, such as example.org.");
        check.field = ZoneCheck::Field::Name;
        return check;
    }
    if (!name.endsWith(u'.'))
        name += u'.';
    const QStringList labels = name.chopped(1).split(u'.');
    for (const QString& label : labels) {
        if (!isLabel(label, false)) {
            check.error = labelError(typedName.trimmed());
            check.field = ZoneCheck::Field::Name;
            return check;
        }
    }
    if (labels.size() < 2) {
        check.error = tr("%1 is a top-level domain: a zone is a domain such as example.org.").arg(quoted(name));
        check.field = ZoneCheck::Field::Name;
        return check;
    }
    const QString email = typedEmail.trimmed();
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_qs);
    if (!address.match(email).hasMatch()) {
        check.error = email.isEmpty() ? tr("Give the email address of the zone's administrator (it goes in the "
                                           "zone's SOA record), such as hostmaster@%1")
                                            .arg(name.chopped(1))
                                      : tr("%1 is not an email address.").arg(quoted(email));
        check.field = ZoneCheck::Field::Email;
        return check;
    }
    QString error;
    const std::optional<int> t = ttl(typedTtl, &error);
    if (!error.isEmpty()) {
        check.error = error;
        check.field = ZoneCheck::Field::Ttl;
        return check;
    }
    check.value = DnsZoneSpec{name, email, t};
    return check;
}

} // namespace zenith
