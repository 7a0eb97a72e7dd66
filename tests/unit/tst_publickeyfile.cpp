// PublicKeyFile on the files of tests/data/keys: real keys from ssh-keygen, private keys with throwaway
// content, a hand-written PuTTY .ppk, CRLF and trailing-space variants, and things that are not keys.

#include "compute/keypairname.h"
#include "compute/publickeyfile.h"

#include "testdata.h"

#include <QTest>

using namespace zenith;

Q_DECLARE_METATYPE(zenith::PublicKeyFile::Kind)

namespace {

QByteArray readKeyFile(const QString& name)
{
    QFile file(qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/" + name);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("unreadable");
    return file.readAll();
}

} // namespace

class TestPublicKeyFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void normalisesLineEndsAndSpaces();
    void keepsNothingOfPrivateKeys();
    void suggestsNovaNames();
    void checksNovaNames();
};

void TestPublicKeyFile::classifies_data()
{
    using K = PublicKeyFile::Kind;
    QTest::addColumn<QString>("file");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("comment");

    const QString rsa = QStringLiteral("ssh-rsa");
    const QString lab = QStringLiteral("student@lab");
    QTest::newRow("rsa") << u"id_rsa.pub"_qs << K::PublicKey << QString() << rsa << lab;
    QTest::newRow("rsa crlf") << u"id_rsa_crlf.pub"_qs << K::PublicKey << QString() << rsa << lab;
    QTest::newRow("p256") << u"id_ecdsa_256.pub"_qs << K::PublicKey << QString() << u"ecdsa-sha2-nistp256"_qs << lab;
    QTest::newRow("p384") << u"id_ecdsa_384.pub"_qs << K::PublicKey << QString() << u"ecdsa-sha2-nistp384"_qs << lab;
    QTest::newRow("p384 crlf") << u"id_ecdsa_384_crlf.pub"_qs << K::PublicKey << QString() << u"ecdsa-sha2-nistp384"_qs
                               << lab;
    QTest::newRow("p521") << u"id_ecdsa_521.pub"_qs << K::PublicKey << QString() << u"ecdsa-sha2-nistp521"_qs << lab;
    QTest::newRow("p521 trailing") << u"id_ecdsa_521_trailing.pub"_qs << K::PublicKey << QString()
                                   << u"ecdsa-sha2-nistp521"_qs << lab;
    QTest::newRow("ed25519") << u"id_ed25519.pub"_qs << K::PublicKey << QString() << u"ssh-ed25519"_qs << lab;
    QTest::newRow("ed25519 no comment") << u"id_ed25519_nocomment.pub"_qs << K::PublicKey << QString()
                                        << u"ssh-ed25519"_qs << QString();

    QTest::newRow("openssh private") << u"id_ed25519"_qs << K::PrivateKeyOpenSsh << QString() << QString() << QString();
    QTest::newRow("openssh rsa private") << u"id_rsa"_qs << K::PrivateKeyOpenSsh << QString() << QString() << QString();
    QTest::newRow("openssh ecdsa private")
        << u"id_ecdsa_521"_qs << K::PrivateKeyOpenSsh << QString() << QString() << QString();
    QTest::newRow("pem rsa") << u"pem_rsa"_qs << K::PrivateKeyPem << u"RSA"_qs << QString() << QString();
    QTest::newRow("pem ec") << u"pem_ec"_qs << K::PrivateKeyPem << u"EC"_qs << QString() << QString();
    QTest::newRow("pem dsa") << u"pem_dsa"_qs << K::PrivateKeyPem << u"DSA"_qs << QString() << QString();
    QTest::newRow("pkcs8") << u"pkcs8_rsa"_qs << K::PrivateKeyPem << u"PKCS#8"_qs << QString() << QString();
    QTest::newRow("pkcs8 encrypted") << u"pkcs8_encrypted.pem"_qs << K::PrivateKeyPem << u"encrypted PKCS#8"_qs
                                     << QString() << QString();
    QTest::newRow("ppk") << u"id_ed25519.ppk"_qs << K::PrivateKeyPutty << u"ssh-ed25519"_qs << QString() << QString();

    QTest::newRow("ssh2") << u"id_ed25519_ssh2.pub"_qs << K::Ssh2PublicKey << QString() << QString() << QString();
    QTest::newRow("17 KiB") << u"big.pub"_qs << K::TooLarge << u"17490"_qs << QString() << QString();
    QTest::newRow("empty") << u"empty.pub"_qs << K::Empty << QString() << QString() << QString();
    QTest::newRow("jpeg") << u"photo.jpg"_qs << K::Binary << u"JPEG"_qs << QString() << QString();
    QTest::newRow("text") << u"notes.txt"_qs << K::NotAKey << QString() << QString() << QString();
    QTest::newRow("several") << u"several.pub"_qs << K::SeveralKeys << u"2"_qs << QString() << QString();
    QTest::newRow("mismatch") << u"mismatch.pub"_qs << K::Malformed << u"TypeMismatch"_qs << rsa << QString();
    QTest::newRow("bad base64") << u"badbase64.pub"_qs << K::Malformed << u"InvalidBase64"_qs << u"ssh-ed25519"_qs
                                << QString();
}

void TestPublicKeyFile::classifies()
{
    QFETCH(QString, file);
    QFETCH(PublicKeyFile::Kind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, type);
    QFETCH(QString, comment);
    const PublicKeyFile f = PublicKeyFile::parse(readKeyFile(file));
    QCOMPARE(f.kind, kind);
    QCOMPARE(f.detail, detail);
    QCOMPARE(f.type, type);
    QCOMPARE(f.comment, comment);
    QCOMPARE(f.isPublicKey(), !f.key.isEmpty());
}

void TestPublicKeyFile::normalisesLineEndsAndSpaces()
{
    const QString rsa = QString::fromLatin1(readKeyFile(u"id_rsa.pub"_qs)).trimmed();
    QCOMPARE(PublicKeyFile::parse(readKeyFile(u"id_rsa.pub"_qs)).key, rsa);
    QCOMPARE(PublicKeyFile::parse(readKeyFile(u"id_rsa_crlf.pub"_qs)).key, rsa);
    const QString p521 = QString::fromLatin1(readKeyFile(u"id_ecdsa_521.pub"_qs)).trimmed();
    QCOMPARE(PublicKeyFile::parse(readKeyFile(u"id_ecdsa_521_trailing.pub"_qs)).key, p521);
    // Pasted text: spaces and tabs around and between the fields, blank lines.
    const QStringList fields = rsa.split(u' ');
    const QByteArray pasted =
        QString(u"\r\n  " + fields[0] + u" \t" + fields[1] + u"   " + fields[2] + u" \r\n\r\n").toLatin1();
    QCOMPARE(PublicKeyFile::parse(pasted).key, rsa);
    QVERIFY(!PublicKeyFile::parse(pasted).key.contains(u'\r'));
    // A comment with spaces keeps them.
    QCOMPARE(PublicKeyFile::parse(QString(fields[0] + u' ' + fields[1] + u" my laptop key").toLatin1()).comment,
             u"my laptop key"_qs);
    QCOMPARE(PublicKeyFile::parse("ssh-dss AAAAB3NzaC1kc3MAAACBA me").kind, PublicKeyFile::Kind::UnsupportedType);
}

void TestPublicKeyFile::keepsNothingOfPrivateKeys()
{
    for (const QString& name : {u"id_ed25519"_qs, u"pem_rsa"_qs, u"pkcs8_encrypted.pem"_qs, u"id_ed25519.ppk"_qs}) {
        const PublicKeyFile f = PublicKeyFile::parse(readKeyFile(name));
        QVERIFY2(f.key.isEmpty() && f.comment.isEmpty() && f.detail.size() < 20, qPrintable(name));
    }
    // A private key pasted after a public key is still a private key.
    const QByteArray both = readKeyFile(u"id_ed25519.pub"_qs) + readKeyFile(u"id_ed25519"_qs);
    QCOMPARE(PublicKeyFile::parse(both).kind, PublicKeyFile::Kind::PrivateKeyOpenSsh);
}

void TestPublicKeyFile::suggestsNovaNames()
{
    QCOMPARE(PublicKeyFile::suggestedName(u"student@lab"_qs, u"/home/s/.ssh/id_ed25519.pub"_qs), u"student-lab"_qs);
    QCOMPARE(PublicKeyFile::suggestedName(QString(), u"/home/s/.ssh/id_ed25519.pub"_qs), u"id_ed25519"_qs);
    QCOMPARE(PublicKeyFile::suggestedName(u" my laptop "_qs, QString()), u"my laptop"_qs);
    QCOMPARE(PublicKeyFile::suggestedName(u"élève.key@pc"_qs, QString()), u"l-ve-key-pc"_qs);
    QCOMPARE(PublicKeyFile::suggestedName(QString(300, u'a'), QString()).size(), 255);
}

// Nova below 2.92 (keypair_name_special_chars): 1-255 of [a-zA-Z0-9 _-], no white space at either end.
void TestPublicKeyFile::checksNovaNames()
{
    using P = KeypairName::Problem;
    QCOMPARE(KeypairName::check(u"lab key_1-b"_qs), P::None);
    QCOMPARE(KeypairName::check(QString(255, u'k')), P::None);
    QCOMPARE(KeypairName::check(QString(256, u'k')), P::TooLong);
    QCOMPARE(KeypairName::check(QString()), P::Empty);
    QCOMPARE(KeypairName::check(u"  "_qs), P::Empty);
    QCOMPARE(KeypairName::check(u" lab"_qs), P::EdgeSpace);
    QCOMPARE(KeypairName::check(u"lab\t"_qs), P::EdgeSpace);
    QCOMPARE(KeypairName::check(u"me@lab.org"_qs), P::InvalidCharacter);
    QCOMPARE(KeypairName::invalidCharacters(u"me@lab.org@"_qs), (QStringList{u"@"_qs, u"."_qs}));
    QCOMPARE(KeypairName::invalidCharacters(u"élève🔑"_qs), (QStringList{u"é"_qs, u"è"_qs, u"🔑"_qs}));
    QCOMPARE(KeypairName::invalidCharacters(u"a\u00A0b"_qs), QStringList{u"\u00A0"_qs});
    // Every name suggested from a file or a comment passes.
    for (const QString& comment : {u"student@lab"_qs, u"élève.key@pc"_qs, u" my laptop "_qs})
        QCOMPARE(KeypairName::check(PublicKeyFile::suggestedName(comment, QString())), P::None);
}

QTEST_GUILESS_MAIN(TestPublicKeyFile)
#include "tst_publickeyfile.moc"
