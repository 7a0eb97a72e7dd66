#pragma once

#include <QByteArray>
#include <QString>

namespace zenith {

//! What a file chosen (or text pasted) as "my public key" really holds: an OpenSSH public key
//! ready for CreateKeypairRequest, or what it is instead so the GUI can say what to pick.
//! Never holds any byte of a private key: for those only the format is recorded.
struct PublicKeyFile
{
    enum class Kind {
        PublicKey,         //!< one accepted key: `key` is its normalised line
        Empty,             //!< no bytes, or only white space
        TooLarge,          //!< over maxBytes
        PrivateKeyOpenSsh, //!< "-----BEGIN OPENSSH PRIVATE KEY-----"
        PrivateKeyPem,     //!< PEM RSA, EC, DSA or PKCS#8 (detail: "RSA", "EC", "DSA", "PKCS#8", "encrypted PKCS#8")
        PrivateKeyPutty,   //!< a PuTTY .ppk file (detail: the key type it declares)
        Ssh2PublicKey,     //!< RFC 4716 "---- BEGIN SSH2 PUBLIC KEY ----": convert with ssh-keygen -i
        UnsupportedType,   //!< a key line of a type Nova or Zenith does not take (detail: the type)
        Malformed,         //!< a key line that does not decode (detail: InvalidBase64 or TypeMismatch)
        SeveralKeys,       //!< more than one key line (detail: how many)
        Binary,            //!< not text (detail: "JPEG", "PNG", "PDF", "ZIP", "gzip" or empty)
        NotAKey,           //!< text without any key line
    };

    Kind kind = Kind::Empty;
    QString key;     //!< PublicKey only: "type base64[ comment]", one line, no line end
    QString type;    //!< PublicKey, UnsupportedType, Malformed: the declared type ("ssh-ed25519")
    QString comment; //!< PublicKey only: the comment, possibly empty
    QString detail;  //!< see Kind

    static constexpr qsizetype maxBytes = 16 * 1024;

    //! Classifies the bytes of a file or of pasted text.
    static PublicKeyFile parse(const QByteArray& bytes);
    //! A key pair name that Nova accepts before 2.92 (ASCII letters, digits, space, "_", "-";
    //! at most 255), made from the key's comment, else the file name without ".pub".
    static QString suggestedName(const QString& comment, const QString& fileName);
    bool isPublicKey() const { return kind == Kind::PublicKey; }
};

} // namespace zenith
