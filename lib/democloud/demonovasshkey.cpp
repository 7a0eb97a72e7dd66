#include "demonovasshkey.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

namespace zenith::demo::nova {

namespace {

// Reads the SSH wire format (RFC 4251): uint32 length, then that many bytes.
class WireReader
{
public:
    explicit WireReader(const QByteArray& data)
        : m_data(data)
    {}

    std::optional<QByteArray> string()
    {
        if (m_data.size() - m_pos < 4)
            return std::nullopt;
        const auto* p = reinterpret_cast<const uchar*>(m_data.constData() + m_pos);
        const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        m_pos += 4;
        if (quint32(m_data.size() - m_pos) < length)
            return std::nullopt;
        const QByteArray out = m_data.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return out;
    }

    //! A positive mpint: not empty, no sign bit set.
    bool positiveMpint()
    {
        const auto value = string();
        return value && !value->isEmpty() && (uchar(value->at(0)) & 0x80) == 0;
    }

    bool atEnd() const { return m_pos == m_data.size(); }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

bool validEcdsa(WireReader& reader, const QByteArray& type)
{
    static const QHash<QByteArray, int> coordinate{
        {QByteArrayLiteral("nistp256"), 32}, {QByteArrayLiteral("nistp384"), 48}, {QByteArrayLiteral("nistp521"), 66}};
    const auto curve = reader.string();
    const auto point = reader.string();
    if (!curve || !point || QByteArrayLiteral("ecdsa-sha2-") + *curve != type || !coordinate.contains(*curve))
        return false;
    return point->size() == 1 + 2 * coordinate.value(*curve) && point->at(0) == 0x04;
}

bool validBlob(const QByteArray& blob, const QByteArray& type)
{
    WireReader reader(blob);
    const auto name = reader.string();
    if (!name || *name != type)
        return false;
    bool fields = false;
    if (type == "ssh-rsa")
        fields = reader.positiveMpint() && reader.positiveMpint();
    else if (type == "ssh-dss")
        fields = reader.positiveMpint() && reader.positiveMpint() && reader.positiveMpint() && reader.positiveMpint();
    else if (type == "ssh-ed25519") {
        const auto key = reader.string();
        fields = key && key->size() == 32;
    } else if (type.startsWith("ecdsa-sha2-"))
        fields = validEcdsa(reader, type);
    return fields && reader.atEnd();
}

QString colonHex(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':'));
}

std::optional<QString> x509Fingerprint(const QString& pem)
{
    const QString begin = QStringLiteral("-----BEGIN CERTIFICATE-----");
    const QString end = QStringLiteral("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end);
    if (from < 0 || to < from)
        return std::nullopt;
    const QByteArray der = QByteArray::fromBase64(pem.mid(from + begin.size(), to - from - begin.size()).toLatin1());
    if (der.isEmpty() || uchar(der.at(0)) != 0x30) // a DER SEQUENCE
        return std::nullopt;
    return colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha1));
}

} // namespace

std::optional<QString> keyFingerprint(const QString& publicKey, const QString& type)
{
    if (type == u"x509")
        return x509Fingerprint(publicKey);
    const QStringList fields = publicKey.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(fields[1].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !validBlob(*decoded, fields[0].toLatin1()))
        return std::nullopt;
    return colonHex(QCryptographicHash::hash(*decoded, QCryptographicHash::Md5));
}

} // namespace zenith::demo::nova
