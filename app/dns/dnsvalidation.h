#pragma once

#include "dns/dnsrecord.h"
#include "dns/dnszone.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace zenith {

//! What the zone and record forms hold, as typed.
struct DnsRecordForm
{
    QString type;   //!< A, AAAA, CNAME, MX, TXT, CAA, NS, SRV
    QString name;   //!< relative to the zone ("www", "@" or empty for the apex) or absolute inside it
    QString values; //!< one record per line
    QString ttl;    //!< empty: the zone's TTL
};

//! The outcome of a check: a record or zone ready to send, or a message saying what is wrong and
//! which field holds it.
template <typename T> struct DnsCheck
{
    enum class Field { None, Name, Email, Values, Ttl };
    T value;
    QString error;
    Field field = Field::None;
    bool ok() const { return error.isEmpty(); }
};

//! The checks of the DNS forms, before anything is sent: per record type (A, AAAA, CNAME, MX, TXT,
//! CAA, NS, SRV), names inside the zone, TTLs, and a new zone's name and email. Pure functions
//! with translated, specific messages; nothing typed is changed but to its canonical form.
class DnsValidation
{
    Q_DECLARE_TR_FUNCTIONS(zenith::DnsValidation)

public:
    using RecordCheck = DnsCheck<DnsRecord>;
    using ZoneCheck = DnsCheck<DnsZoneSpec>;

    //! The types the record editor offers.
    static QStringList recordTypes();

    //! Checks a record of `zone` ("example.org."). `existing` are the zone's records, to refuse a
    //! CNAME beside other records; `editingId` is the record being edited (its name and type stay).
    static RecordCheck checkRecord(const DnsRecordForm& form, const QString& zone, const QList<DnsRecord>& existing,
                                   const QString& editingId = {});
    //! Checks a new zone: the name gets its final dot, the email must be an address.
    static ZoneCheck checkZone(const QString& name, const QString& email, const QString& ttl);

    //! The fully qualified name of `name` in `zone`: "" and "@" are the apex, "www" and
    //! "www.example.org" are www.example.org.; an empty string and `error` set when it is not a
    //! name inside the zone.
    static QString absoluteName(const QString& name, const QString& zone, QString* error);
    //! One record's data checked for `type` and written canonically ("10 mail.example.org."),
    //! or an empty string and `error` set.
    static QString checkValue(const QString& type, const QString& value, const QString& zone, QString* error);
    //! Text as TXT data: quoted, with " and \ escaped, and split in strings of at most 255
    //! characters; text already quoted is checked and kept.
    static QString txtData(const QString& text, QString* error);
    //! A TTL as typed: nullopt for empty, or an error.
    static std::optional<int> ttl(const QString& text, QString* error);

private:
    static QString host(const QString& value, const QString& zone, const QString& what, QString* error);
    static bool number(const QString& text, int max, int* out);
};

} // namespace zenith
