#include "publickeyfile.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace zenith {

namespace {

using Kind = PublicKeyFile::Kind;

PublicKeyFile make(Kind kind, const QString& detail = {})
{
    PublicKeyFile f;
    f.kind = kind;
    f.detail = detail;
    return f;
}

// Magic numbers of what people pick by mistake in a file dialog: say what it is.
QString binaryFormat(const QByteArray& bytes)
{
    struct Magic
    {
        const char* prefix;
        const char* name;
    };
    static constexpr std::array<Magic, 5> magics{
        {{"\xFF\xD8\xFF", "JPEG"}, {"\x89PNG", "PNG"}, {"%PDF", "PDF"}, {"PK\x03\x04", "ZIP"}, {"\x1F\x8B", "gzip"}}};
    for (const Magic& m : magics) {
        if (bytes.startsWith(m.prefix))
            return QString::fromLatin1(m.name);
    }
    return {};
}

// Private keys first: they must be refused whatever else the file holds, and only their format is kept.
std::optional<PublicKeyFile> privateKey(const QByteArray& bytes)
{
    if (bytes.contains("-----BEGIN OPENSSH PRIVATE KEY-----"))
        return make(Kind::PrivateKeyOpenSsh);
    static const QRegularExpression pem(QStringLiteral("-----BEGIN (RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----"));
    const QRegularExpressionMatch m = pem.match(QString::fromLatin1(bytes));
    if (m.hasMatch()) {
        const QString kind = m.captured(1).trimmed();
        if (kind.isEmpty())
            return make(Kind::PrivateKeyPem, QStringLiteral("PKCS#8"));
        if (kind == u"ENCRYPTED")
            return make(Kind::PrivateKeyPem, QStringLiteral("encrypted PKCS#8"));
        return make(Kind::PrivateKeyPem, kind);
    }
    static const QRegularExpression putty(QStringLiteral("^PuTTY-User-Key-File-\\d+: *(\\S*)"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch p = putty.match(QString::fromLatin1(bytes));
    if (p.hasMatch())
        return make(Kind::PrivateKeyPutty, p.captured(1));
    return std::nullopt;
}

bool isAcceptedType(QStringView type)
{
    return type == u"ssh-rsa" || type == u"ssh-ed25519" || type == u"ecdsa-sha2-nistp256" ||
           type == u"ecdsa-sha2-nistp384" || type == u"ecdsa-sha2-nistp521";
}

// A line that starts like a key, accepted or not ("ssh-dss", "sk-ssh-ed25519@openssh.com", certificates).
bool looksLikeKeyType(QStringView type)
{
    return isAcceptedType(type) || type.startsWith(u"ssh-") || type.startsWith(u"ecdsa-") || type.startsWith(u"sk-");
}

// The blob starts with the key type as an SSH string (uint32 big-endian length, then the bytes).
std::optional<QByteArray> sshString(const QByteArray& blob, qsizetype& pos)
{
    if (blob.size() - pos < 4)
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(blob.constData() + pos);
    const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    pos += 4;
    if (length > quint32(blob.size() - pos))
        return std::nullopt;
    const QByteArray s = blob.mid(pos, length);
    pos += length;
    return s;
}

PublicKeyFile keyLine(const QString& line)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t]+"));
    const QStringList parts = line.split(spaces, Qt::SkipEmptyParts);
    PublicKeyFile f;
    f.type = parts.value(0);
    if (!isAcceptedType(f.type)) {
        f.kind = Kind::UnsupportedType;
        f.detail = f.type;
        return f;
    }
    f.kind = Kind::Malformed;
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.value(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (parts.size() < 2 || !decoded || decoded.decoded.isEmpty()) {
        f.detail = QStringLiteral("InvalidBase64");
        return f;
    }
    qsizetype pos = 0;
    const auto embedded = sshString(decoded.decoded, pos);
    bool matches = embedded && QString::fromLatin1(*embedded) == f.type;
    if (matches && f.type.startsWith(u"ecdsa-")) {
        // The curve is written twice: in the type and as the blob's second string.
        const auto curve = sshString(decoded.decoded, pos);
        matches = curve && f.type.endsWith(QString::fromLatin1(*curve));
    }
    if (!matches) {
        f.detail = QStringLiteral("TypeMismatch");
        return f;
    }
    f.kind = Kind::PublicKey;
    f.comment = parts.mid(2).join(u' ');
    f.key =
        f.comment.isEmpty() ? QString(f.type + u' ' + parts[1]) : QString(f.type + u' ' + parts[1] + u' ' + f.comment);
    return f;
}

} // namespace

PublicKeyFile PublicKeyFile::parse(const QByteArray& bytes)
{
    if (bytes.trimmed().isEmpty())
        return make(Kind::Empty);
    const QString format = binaryFormat(bytes);
    if (!format.isEmpty())
        return make(Kind::Binary, format);
    if (auto p = privateKey(bytes))
        return *p;
    if (bytes.size() > maxBytes)
        return make(Kind::TooLarge, QString::number(bytes.size()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError() || bytes.contains('\0'))
        return make(Kind::Binary);
    if (text.contains(u"---- BEGIN SSH2 PUBLIC KEY ----"))
        return make(Kind::Ssh2PublicKey);
    QStringList keys;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed(); // also drops the \r of CRLF files
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString type = line.section(u' ', 0, 0).section(u'\t', 0, 0);
        if (looksLikeKeyType(type))
            keys.append(line);
    }
    if (keys.isEmpty())
        return make(Kind::NotAKey);
    if (keys.size() > 1)
        return make(Kind::SeveralKeys, QString::number(keys.size()));
    return keyLine(keys.first());
}

QString PublicKeyFile::suggestedName(const QString& comment, const QString& fileName)
{
    QString base = comment.trimmed();
    if (base.isEmpty()) {
        base = fileName.section(u'/', -1);
        if (base.endsWith(u".pub"))
            base.chop(4);
    }
    QString name;
    for (const QChar c : std::as_const(base)) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-' || c == u' ';
        // "student@lab" becomes "student-lab": Nova before 2.92 refuses "@" and "." with a 400.
        if (allowed)
            name.append(c);
        else if (!name.endsWith(u'-'))
            name.append(u'-');
    }
    while (name.endsWith(u'-') || name.endsWith(u' '))
        name.chop(1);
    while (name.startsWith(u'-') || name.startsWith(u' '))
        name.remove(0, 1);
    return name.left(255);
}

} // namespace zenith
