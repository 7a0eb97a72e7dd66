// DnsValidation's record checks: the data of each record type, and a whole record.

#include "common/quoted.h"

#include "dnsvalidation.h"

#include <QHostAddress>

#include <algorithm>

namespace zenith {

namespace {

constexpr int maxTxtString = 255;

QStringList words(const QString& value)
{
    return value.simplified().split(u' ', Qt::SkipEmptyParts);
}

// Reads `"one" "two"`: the strings of TXT data already quoted, or nullopt if a quote is unbalanced
// or text lies outside quotes.
std::optional<QStringList> quotedStrings(const QString& text)
{
    QStringList strings;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u' ') {
            ++i;
            continue;
        }
        if (text.at(i) != u'"')
            return std::nullopt;
        QString current;
        ++i;
        bool closed = false;
        for (; i < text.size(); ++i) {
            if (text.at(i) == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
                continue;
            }
            if (text.at(i) == u'"') {
                closed = true;
                ++i;
                break;
            }
            current += text.at(i);
        }
        if (!closed)
            return std::nullopt;
        strings << current;
    }
    return strings;
}

QString escaped(const QString& text)
{
    QString out = text;
    out.replace(u'\\', u"\\\\"_qs);
    out.replace(u'"', u"\\\""_qs);
    return QString(u'"' + out + u'"');
}

} // namespace

QString DnsValidation::txtData(const QString& typed, QString* error)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        *error = tr("A TXT record needs some text.");
        return {};
    }
    QStringList strings;
    if (text.startsWith(u'"')) {
        const auto read = quotedStrings(text);
        if (!read) {
            *error = tr("The quotes of %1 do not pair up: write the text without quotes and Zenith quotes it, or "
                        "close every quote (a quote inside the text is written \\\").")
                         .arg(quoted(text));
            return {};
        }
        strings = *read;
    } else {
        strings << text;
    }
    // DNS keeps a TXT record as strings of at most 255 bytes: longer text (a DKIM key) is split.
    QStringList parts;
    for (const QString& s : std::as_const(strings)) {
        if (s.toUtf8().size() <= maxTxtString) {
            parts << escaped(s);
            continue;
        }
        QString rest = s;
        while (!rest.isEmpty()) {
            qsizetype n = std::min<qsizetype>(rest.size(), maxTxtString);
            while (rest.left(n).toUtf8().size() > maxTxtString)
                --n;
            parts << escaped(rest.left(n));
            rest = rest.mid(n);
        }
    }
    return parts.join(u' ');
}

QString DnsValidation::checkValue(const QString& type, const QString& typed, const QString& zone, QString* error)
{
    const QString value = typed.trimmed();
    const QStringList w = words(value);
    if (type == u"A") {
        if (QHostAddress(value).protocol() == QAbstractSocket::IPv6Protocol) {
            *error = tr("%1 is an IPv6 address: it goes in an AAAA record.").arg(quoted(value));
            return {};
        }
        const QStringList parts = value.split(u'.');
        bool ok = parts.size() == 4;
        for (const QString& part : parts) {
            const bool digits = !part.isEmpty() && part.size() <= 3 &&
                                std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            ok = ok && digits && part.toInt() <= 255 && !(part.size() > 1 && part.startsWith(u'0'));
        }
        if (!ok) {
            *error = tr("%1 is not an IPv4 address: write four numbers from 0 to 255 separated by dots, such as "
                        "203.0.113.5.")
                         .arg(quoted(value));
            return {};
        }
        return value;
    }
    if (type == u"AAAA") {
        const QHostAddress a(value);
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !value.contains(u':')) {
            *error = tr("%1 is an IPv4 address: it goes in an A record.").arg(quoted(value));
            return {};
        }
        if (a.protocol() != QAbstractSocket::IPv6Protocol || value.contains(u'%')) {
            *error = tr("%1 is not an IPv6 address, such as 2001:db8::5.").arg(quoted(value));
            return {};
        }
        return value.toLower();
    }
    if (type == u"CNAME")
        return host(value, zone, tr("the host name this name is an alias of"), error);
    if (type == u"NS")
        return host(value, zone, tr("the name server's host name"), error);
    if (type == u"MX") {
        int priority = 0;
        if (w.size() != 2 || !number(w.at(0), 65535, &priority)) {
            *error = tr("An MX record is a priority (0 to 65535, lower is tried first) and a mail server's host "
                        "name, such as: 10 mail.example.org.");
            return {};
        }
        const QString server = host(w.at(1), zone, tr("the mail server"), error);
        return server.isEmpty() ? QString() : QString(QString::number(priority) + u' ' + server);
    }
    if (type == u"TXT")
        return txtData(value, error);
    if (type == u"CAA") {
        int flags = 0;
        if (w.size() < 3 || !number(w.at(0), 255, &flags)) {
            *error = tr("A CAA record is flags (0, or 128 for critical), a tag (issue, issuewild or iodef) and a "
                        "value, such as: 0 issue letsencrypt.org");
            return {};
        }
        const QString tag = w.at(1).toLower();
        QString rest = value.simplified().section(u' ', 2);
        // Designate refuses the quotes that zone files put around the value: drop them.
        if (rest.size() >= 2 && rest.startsWith(u'"') && rest.endsWith(u'"'))
            rest = rest.mid(1, rest.size() - 2);
        if (tag == u"iodef") {
            if (!rest.startsWith(u"mailto:") && !rest.startsWith(u"https://") && !rest.startsWith(u"http://")) {
                *error = tr("The value of an iodef CAA record is where to report refused certificates: a "
                            "mailto: or https:// address, such as mailto:security@example.org.");
                return {};
            }
        } else if (tag == u"issue" || tag == u"issuewild") {
            const QString authority = rest.section(u';', 0, 0).trimmed();
            QString ignored;
            if (!authority.isEmpty() && host(authority, zone, QString(), &ignored).isEmpty()) {
                *error = tr("%1 is not a certificate authority's domain, such as letsencrypt.org (or ; alone to "
                            "forbid every authority).")
                             .arg(quoted(authority));
                return {};
            }
        } else {
            *error = tr("%1 is not a CAA tag: use issue, issuewild or iodef.").arg(quoted(w.at(1)));
            return {};
        }
        return QString(QString::number(flags) + u' ' + tag + u' ' + rest);
    }
    if (type == u"SRV") {
        int priority = 0;
        int weight = 0;
        int port = 0;
        if (w.size() != 4 || !number(w.at(0), 65535, &priority) || !number(w.at(1), 65535, &weight) ||
            !number(w.at(2), 65535, &port)) {
            *error = tr("An SRV record is a priority, a weight, a port (each 0 to 65535) and a target host name, "
                        "such as: 10 60 5060 sip.example.org.");
            return {};
        }
        const QString target = w.at(3) == u"." ? u"."_qs : host(w.at(3), zone, tr("the target host"), error);
        if (target.isEmpty())
            return {};
        return QStringList{QString::number(priority), QString::number(weight), QString::number(port), target}.join(
            u' ');
    }
    *error = tr("Zenith cannot check records of type %1.").arg(type);
    return {};
}

DnsValidation::RecordCheck DnsValidation::checkRecord(const DnsRecordForm& form, const QString& zone,
                                                      const QList<DnsRecord>& existing, const QString& editingId)
{
    RecordCheck check;
    const auto fail = [&check](RecordCheck::Field field, const QString& message) {
        check.field = field;
        check.error = message;
        return check;
    };
    QString error;
    const QString type = form.type;
    const QString name = absoluteName(form.name, zone, &error);
    if (name.isEmpty())
        return fail(RecordCheck::Field::Name, error);
    const bool apex = name.compare(zone, Qt::CaseInsensitive) == 0;
    if (type == u"CNAME" && apex)
        return fail(RecordCheck::Field::Name,
                    tr("A CNAME cannot be at the zone's own name %1: it would hide the zone's SOA and NS records. "
                       "Use an A or AAAA record there, or a name such as www.")
                        .arg(zone));
    if (type == u"SRV") {
        const QStringList labels = name.split(u'.');
        if (labels.size() < 3 || !labels.at(0).startsWith(u'_') || !labels.at(1).startsWith(u'_'))
            return fail(RecordCheck::Field::Name,
                        tr("An SRV record's name is _service._protocol, such as _sip._tcp or _xmpp-server._tcp."));
    }
    for (const DnsRecord& other : existing) {
        if (other.id == editingId || other.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (type == u"CNAME" && other.type != u"CNAME")
            return fail(RecordCheck::Field::Name,
                        tr("%1 already has %2 records: a CNAME cannot share its name with other records.")
                            .arg(name, other.type));
        if (type != u"CNAME" && other.type == u"CNAME")
            return fail(RecordCheck::Field::Name,
                        tr("%1 is a CNAME (an alias): it cannot hold other records. Delete the CNAME first, or "
                           "choose another name.")
                            .arg(name));
        if (other.type == type && editingId.isEmpty())
            return fail(RecordCheck::Field::Name,
                        tr("%1 already has %2 records: edit them to add a value.").arg(name, type));
    }
    QStringList values;
    const QStringList lines = form.values.split(u'\n');
    int lineNumber = 0;
    for (const QString& line : lines) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QString value = checkValue(type, line, zone, &error);
        if (value.isEmpty()) {
            const int filled =
                int(std::count_if(lines.begin(), lines.end(), [](const QString& l) { return !l.trimmed().isEmpty(); }));
            //: %1 is a line number of the values box, %2 what is wrong with it
            return fail(RecordCheck::Field::Values, filled > 1 ? tr("Line %1: %2").arg(lineNumber).arg(error) : error);
        }
        if (!values.contains(value))
            values << value;
    }
    if (values.isEmpty())
        return fail(RecordCheck::Field::Values, tr("Give at least one value, one per line."));
    if (type == u"CNAME" && values.size() > 1)
        return fail(RecordCheck::Field::Values, tr("A CNAME points to one host name only."));
    const std::optional<int> t = ttl(form.ttl, &error);
    if (!error.isEmpty())
        return fail(RecordCheck::Field::Ttl, error);
    check.value.type = type;
    check.value.name = name;
    check.value.values = values;
    check.value.ttl = t;
    check.value.id = editingId;
    return check;
}

} // namespace zenith
