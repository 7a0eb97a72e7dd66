#include "publickeytext.h"

#include "common/quoted.h"

#include <QDir>
#include <QLocale>

namespace zenith {

namespace {

using Kind = PublicKeyFile::Kind;

} // namespace

QString PublicKeyText::shownPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (home.size() > 1 && path.startsWith(home + u'/'))
        return QDir::toNativeSeparators(QStringLiteral("~") + path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

QString PublicKeyText::typeName(const QString& type)
{
    if (type == u"ssh-ed25519")
        return QStringLiteral("Ed25519");
    if (type == u"ssh-rsa")
        return QStringLiteral("RSA");
    if (type.startsWith(u"ecdsa-sha2-nistp"))
        return QStringLiteral("ECDSA P-") + type.mid(16);
    if (type == u"ssh-dss")
        return QStringLiteral("DSA");
    return type;
}

QString PublicKeyText::privateKeyAdvice(const QString& fileName)
{
    // ssh-keygen's pairs are "id_ed25519" and "id_ed25519.pub"; a .pem or .key file has no such twin.
    if (!fileName.isEmpty() && !fileName.contains(u'.'))
        //: After "This is a private key…": %1 is the public key file next to it, e.g. "id_ed25519.pub"
        return tr("Pick its public key instead: %1, the file with the same name ending in .pub.")
            .arg(quoted(fileName + u".pub"));
    //: After "This is a private key…"
    return tr("Pick its public key instead: the file with the same name ending in .pub, for example "
              "~/.ssh/id_ed25519.pub.");
}

QString PublicKeyText::refusal(const PublicKeyFile& file, const QString& fileName)
{
    //: First sentence of every refusal of a private key: Zenith sent nothing
    const QString secret = tr("It must never leave your computer, and nothing was sent.");
    switch (file.kind) {
    case Kind::PublicKey: return {};
    case Kind::Empty:
        if (fileName.isEmpty())
            return tr("Paste a public key (one line starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-), or choose "
                      "a .pub file.");
        return tr("This file is empty. Pick the .pub file that ssh-keygen wrote next to your private key, for "
                  "example ~/.ssh/id_ed25519.pub.");
    case Kind::TooLarge:
        //: %1 is a size such as "17.1 KiB"
        return tr("This is %1, far too large for a public key (at most 16 KiB, usually under 1 KiB). Pick the .pub "
                  "file of your key, for example ~/.ssh/id_ed25519.pub.")
            .arg(QLocale().formattedDataSize(file.detail.toLongLong(), 1, QLocale::DataSizeIecFormat));
    case Kind::PrivateKeyOpenSsh:
        return QString(tr("This is a private key (OpenSSH format).") % u' ' % secret % u' ' %
                       privateKeyAdvice(fileName));
    case Kind::PrivateKeyPem:
        //: %1 is the PEM flavour: "RSA", "EC", "DSA", "PKCS#8" or "encrypted PKCS#8"
        return QString(tr("This is a private key (PEM, %1).").arg(file.detail) % u' ' % secret % u' ' %
                       privateKeyAdvice(fileName) % u' ' %
                       tr("Without one, make it with: ssh-keygen -y -f PRIVATE_KEY > key.pub"));
    case Kind::PrivateKeyPutty:
        return QString(tr("This is a PuTTY private key (.ppk).") % u' ' % secret % u' ' %
                       //: PuTTYgen's own label, in English in PuTTY
                       tr("Open it in PuTTYgen and paste here the text under “Public key for pasting into OpenSSH "
                          "authorized_keys file”."));
    case Kind::Ssh2PublicKey:
        return tr("This is a public key in the SSH2 (RFC 4716) format, which OpenStack does not read. Convert it "
                  "with: ssh-keygen -i -f KEY > key.pub, then pick key.pub.");
    case Kind::UnsupportedType:
        //: %1 is a key type such as "ssh-dss"
        return tr("This is a %1 key, which OpenStack does not accept here. Use an Ed25519, RSA or ECDSA key, or "
                  "generate a new one.")
            .arg(quoted(typeName(file.type)));
    case Kind::Malformed:
        if (file.detail == u"TypeMismatch")
            //: %1 is a key type such as "RSA"
            return tr("This line says it is an %1 public key, but the key data is of another type: it was edited "
                      "or pasted together from two keys. Copy the whole line again from the .pub file.")
                .arg(typeName(file.type));
        return tr("This looks like an %1 public key, but the key data is damaged (part of it may be missing). "
                  "Copy the whole line again from the .pub file, or choose the file itself.")
            .arg(typeName(file.type));
    case Kind::SeveralKeys:
        return tr("This holds %n public keys (like an authorized_keys file), but a key pair is one key. Pick a "
                  "single .pub file, or paste one line.",
                  "", file.detail.toInt());
    case Kind::Binary:
        if (!file.detail.isEmpty())
            //: %1 is a file format: "JPEG", "PNG", "PDF", "ZIP" or "gzip"
            return tr("This is a %1 file, not a key. Pick a public key file: its name ends in .pub, usually in "
                      "~/.ssh.")
                .arg(file.detail);
        return tr("This is a binary file, not a key. Pick a public key file: its name ends in .pub, usually in "
                  "~/.ssh.");
    case Kind::NotAKey:
        return tr("This text holds no SSH public key. Pick a public key file (its name ends in .pub, usually in "
                  "~/.ssh), or paste the line that starts with ssh-ed25519, ssh-rsa or ecdsa-sha2-.");
    }
    return {};
}

QString PublicKeyText::nameProblem(const QString& name)
{
    switch (KeypairName::check(name)) {
    case KeypairName::Problem::None: return {};
    case KeypairName::Problem::Empty: return tr("Enter a name for the key pair.");
    case KeypairName::Problem::EdgeSpace: return tr("The name cannot start or end with a space.");
    case KeypairName::Problem::TooLong:
        return tr("The name is %1 characters long; OpenStack accepts at most %2.")
            .arg(name.size())
            .arg(KeypairName::maxLength);
    case KeypairName::Problem::InvalidCharacter: {
        QStringList shown;
        for (const QString& c : KeypairName::invalidCharacters(name)) {
            const char32_t code = c.toUcs4().value(0);
            if (c == u"\t")
                shown << tr("a tab");
            else if (QChar::isSpace(code))
                //: A space character other than the plain space: non-breaking, thin…
                shown << tr("a special space");
            else if (!QChar::isPrint(code))
                //: An invisible control character, such as a line break
                shown << tr("an invisible character");
            else
                shown << quoted(c);
        }
        //: %1 lists characters, e.g. "“@”, “.”"
        return tr("The name cannot contain %1. Use only letters without accents (a-z, A-Z), digits, spaces, "
                  "“_” and “-”.")
            .arg(shown.join(QStringLiteral(", ")));
    }
    }
    return {};
}

} // namespace zenith
