// Issue 5, key pairs: the Key pairs tab and its import and generate dialogs, offscreen, against
// an in-process demo cloud. Every file of tests/data/keys goes through the file path: good keys
// are uploaded and listed, everything else is refused with its own message and nothing reaches
// the cloud. Then the paste path, name checks, local generation and the bulk delete confirmation.

#include "../democloud/serverfixture.h"

#include "cli/openstackcommand.h"
#include "common/messagebanner.h"
#include "compute/createkeypairrequest.h"
#include "compute/keypairgeneratedialog.h"
#include "compute/keypairimportdialog.h"
#include "compute/keypairsmodel.h"
#include "compute/keypairsview.h"
#include "compute/listkeypairsrequest.h"
#include "compute/publickeyfile.h"
#include "stores/keypairstore.h"

#include <QAbstractFileIconProvider>
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <filesystem>

using namespace zenith;
using namespace zenith::test;

namespace {

QString keyPath(const QString& file)
{
    return qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/" + file;
}

QByteArray keyBytes(const QString& file)
{
    QFile f(keyPath(file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList goodFiles{u"id_rsa.pub"_qs,
                            u"id_rsa_crlf.pub"_qs,
                            u"id_ecdsa_256.pub"_qs,
                            u"id_ecdsa_384.pub"_qs,
                            u"id_ecdsa_384_crlf.pub"_qs,
                            u"id_ecdsa_521.pub"_qs,
                            u"id_ecdsa_521_trailing.pub"_qs,
                            u"id_ed25519.pub"_qs,
                            u"id_ed25519_nocomment.pub"_qs};

// Each refused file and words its message must hold: what the file is, and what to pick instead.
const QList<std::pair<QString, QStringList>> badFiles{
    {u"id_ed25519"_qs, {u"private key (OpenSSH format)"_qs, u"nothing was sent"_qs, u"“id_ed25519.pub”"_qs}},
    {u"id_rsa"_qs, {u"private key (OpenSSH format)"_qs, u"“id_rsa.pub”"_qs}},
    {u"id_ecdsa_256"_qs, {u"private key (OpenSSH format)"_qs, u"“id_ecdsa_256.pub”"_qs}},
    {u"id_ecdsa_384"_qs, {u"private key (OpenSSH format)"_qs, u"“id_ecdsa_384.pub”"_qs}},
    {u"id_ecdsa_521"_qs, {u"private key (OpenSSH format)"_qs, u"“id_ecdsa_521.pub”"_qs}},
    {u"pem_rsa"_qs, {u"private key (PEM, RSA)"_qs, u"ssh-keygen -y"_qs}},
    {u"pem_ec"_qs, {u"private key (PEM, EC)"_qs, u"“pem_ec.pub”"_qs}},
    {u"pem_dsa"_qs, {u"private key (PEM, DSA)"_qs}},
    {u"pkcs8_rsa"_qs, {u"private key (PEM, PKCS#8)"_qs}},
    {u"pkcs8_encrypted.pem"_qs, {u"private key (PEM, encrypted PKCS#8)"_qs}},
    {u"id_ed25519.ppk"_qs, {u"PuTTY private key"_qs, u"PuTTYgen"_qs}},
    {u"id_ed25519_ssh2.pub"_qs, {u"SSH2 (RFC 4716)"_qs, u"ssh-keygen -i"_qs}},
    {u"big.pub"_qs, {u"17.1 KiB"_qs, u"too large"_qs}},
    {u"empty.pub"_qs, {u"This file is empty"_qs, u".pub"_qs}},
    {u"photo.jpg"_qs, {u"JPEG file, not a key"_qs, u".pub"_qs}},
    {u"notes.txt"_qs, {u"no SSH public key"_qs}},
    {u"several.pub"_qs, {u"holds 2 public keys"_qs, u"one line"_qs}},
    {u"mismatch.pub"_qs, {u"RSA public key"_qs, u"another type"_qs}},
    {u"badbase64.pub"_qs, {u"Ed25519 public key"_qs, u"damaged"_qs}},
};

} // namespace

class TestKeypairImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyTestFileIsClassified();
    void goodFileUploads_data();
    void goodFileUploads();
    void badFileRefused_data();
    void badFileRefused();
    void pastedKey();
    void pastedPrivateKeyRefused();
    void clearedErrorLeavesNoGap();
    void namesNovaRefuses_data();
    void namesNovaRefuses();
    void takenNameKeepsDialog();
    void fileDialogStartsInSsh();
    void generate();
    void generateAsksBeforeReplacing();
    void generateFileDialogNamesKeys();
    void generateWithoutSshKeygen();
    void bulkDeleteConfirmation();

private:
    QList<Keypair> cloudKeypairs();
    void importViaSession(const QString& name, const QString& file);

    QTemporaryDir m_home;
    QByteArray m_savedHome;
    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<KeypairsSection> m_section;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_commands;
};

void TestKeypairImport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // A home of our own: the file dialogs start in ~/.ssh, and generated keys must not land in a real one.
    QVERIFY(m_home.isValid());
    QVERIFY(QDir(m_home.path()).mkdir(u".ssh"_qs));
    m_savedHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home.path()));
}

void TestKeypairImport::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
    m_section = std::make_unique<KeypairsSection>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_section->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_commands = std::make_unique<QSignalSpy>(m_section.get(), &KeypairsSection::commandIssued);
    m_section->setSession(m_fixture->session.get());
    QSignalSpy finished(m_section->store(), &KeypairStore::loadingFinished);
    m_section->setActive(true);
    QVERIFY(finished.wait(10000));
}

void TestKeypairImport::cleanup()
{
    m_commands.reset();
    m_tester.reset();
    m_section.reset();
    m_fixture.reset();
}

QList<Keypair> TestKeypairImport::cloudKeypairs()
{
    const auto listed = awaitResult(m_fixture->session->send(ListKeypairsRequest{}));
    if (listed)
        return listed->items;
    Keypair failed; // never equal to what a test expects
    failed.name = u"listing failed: "_qs + listed.error().message;
    return {failed};
}

void TestKeypairImport::importViaSession(const QString& name, const QString& file)
{
    const auto created =
        awaitResult(m_fixture->session->send(CreateKeypairRequest{name, PublicKeyFile::parse(keyBytes(file)).key}));
    QVERIFY2(created.ok(), qPrintable(name));
}

void TestKeypairImport::everyTestFileIsClassified()
{
    QStringList known = goodFiles;
    for (const auto& [file, words] : badFiles)
        known << file;
    const QStringList present = QDir(keyPath(QString())).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(!present.isEmpty());
    for (const QString& file : present)
        QVERIFY2(known.contains(file), qPrintable(u"tests/data/keys/" + file + u" is in no table of this test"));
}

void TestKeypairImport::goodFileUploads_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : goodFiles)
        QTest::newRow(qPrintable(file)) << file;
}

void TestKeypairImport::goodFileUploads()
{
    QFETCH(QString, file);
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    QVERIFY(dialog->isVisible());
    QSignalSpy imported(dialog, &KeypairImportDialog::imported);
    dialog->loadFile(keyPath(file));
    QCOMPARE(dialog->message(), QString());
    const QString name = QFileInfo(file).completeBaseName(); // prefilled from the file's name
    QCOMPARE(dialog->name(), name);
    const QString key = PublicKeyFile::parse(keyBytes(file)).key;
    QCOMPARE(dialog->keyText(), key); // one line: no CR, no trailing blanks
    QCOMPARE(dialog->sourceFile(), keyPath(file));
    dialog->submit();
    QVERIFY(dialog->isBusy());
    QVERIFY(imported.wait(10000));
    QTRY_VERIFY(!dialog); // accepted and closed

    const QList<Keypair> inCloud = cloudKeypairs();
    QCOMPARE(inCloud.size(), 1);
    QCOMPARE(inCloud.first().name, name);
    QCOMPARE(inCloud.first().publicKey, key);
    const int row = m_section->model()->rowOf(name);
    QVERIFY(row >= 0);
    QCOMPARE(m_section->model()->keypairAt(row).fingerprint, inCloud.first().fingerprint);
    QCOMPARE(m_section->selectedNames(), QStringList{name}); // the new row is shown selected
    QCOMPARE(m_commands->count(), 1);
    QCOMPARE(m_commands->first().first().toString(), OpenstackCommand::keypairCreate(name, keyPath(file)));
}

void TestKeypairImport::badFileRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");
    for (const auto& [file, words] : badFiles)
        QTest::newRow(qPrintable(file)) << file << words;
}

void TestKeypairImport::badFileRefused()
{
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    auto* nameField = dialog->findChild<QLineEdit*>(u"keypairName"_qs);
    auto* keyField = dialog->findChild<QPlainTextEdit*>(u"publicKeyText"_qs);
    QVERIFY(nameField && keyField);
    QTest::keyClicks(nameField, u"my laptop"_qs);
    keyField->setPlainText(u"ssh-ed25519 half-typed"_qs);

    dialog->loadFile(keyPath(file));
    const QString message = dialog->message();
    QVERIFY2(message.startsWith(file + u" cannot be imported."), qPrintable(message));
    for (const QString& word : words)
        QVERIFY2(message.contains(word), qPrintable(u"no \"" + word + u"\" in: " + message));
    // What the user typed stays, and not a byte of the file reached the fields.
    QCOMPARE(dialog->name(), u"my laptop"_qs);
    QCOMPARE(dialog->keyText(), u"ssh-ed25519 half-typed"_qs);
    QCOMPARE(dialog->sourceFile(), QString());
    QVERIFY(!dialog->keyText().contains(u"PRIVATE"));

    // Import now refuses the half-typed key too: nothing is sent, and the dialog stays open.
    dialog->submit();
    QVERIFY(!dialog->isBusy());
    QVERIFY(dialog->message().contains(u"damaged"));
    QVERIFY(dialog->isVisible());
    QTest::qWait(50);
    QCOMPARE(cloudKeypairs().size(), 0);
    QCOMPARE(m_section->model()->rowCount(), 0);
    QCOMPARE(m_commands->count(), 0);
}

void TestKeypairImport::pastedKey()
{
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    auto* keyField = dialog->findChild<QPlainTextEdit*>(u"publicKeyText"_qs);
    QSignalSpy imported(dialog, &KeypairImportDialog::imported);
    // Pasted from a terminal: CRLF, blank lines, trailing blanks.
    const QString pasted = u"\r\n  " + QString::fromLatin1(keyBytes(u"id_ed25519.pub"_qs)).trimmed() + u"  \r\n\r\n";
    keyField->setPlainText(pasted);
    QCOMPARE(dialog->name(), u"student-lab"_qs); // from the comment "student@lab"
    QCOMPARE(dialog->sourceFile(), QString());
    dialog->submit();
    QVERIFY(imported.wait(10000));
    const QList<Keypair> inCloud = cloudKeypairs();
    QCOMPARE(inCloud.size(), 1);
    QCOMPARE(inCloud.first().name, u"student-lab"_qs);
    QCOMPARE(inCloud.first().publicKey, QString::fromLatin1(keyBytes(u"id_ed25519.pub"_qs)).trimmed());
    QTRY_VERIFY(m_section->model()->rowOf(u"student-lab"_qs) >= 0);
    QCOMPARE(m_commands->first().first().toString(),
             u"openstack keypair create --public-key student-lab.pub student-lab"_qs);
    QVERIFY(m_commands->first().at(1).toString().contains(u"save the pasted key as student-lab.pub"));
}

void TestKeypairImport::pastedPrivateKeyRefused()
{
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    auto* nameField = dialog->findChild<QLineEdit*>(u"keypairName"_qs);
    auto* keyField = dialog->findChild<QPlainTextEdit*>(u"publicKeyText"_qs);
    QTest::keyClicks(nameField, u"mine"_qs);
    for (const QString& file : {u"id_ed25519"_qs, u"pem_rsa"_qs, u"id_ed25519.ppk"_qs}) {
        keyField->setPlainText(QString::fromLatin1(keyBytes(file)));
        dialog->submit();
        QVERIFY2(dialog->message().contains(u"private key"), qPrintable(file));
        QVERIFY(dialog->message().contains(u"nothing was sent"));
        QCOMPARE(dialog->name(), u"mine"_qs);
    }
    keyField->setPlainText(QString());
    dialog->submit();
    QVERIFY(dialog->message().startsWith(u"Paste a public key"));
    QTest::qWait(50);
    QCOMPARE(cloudKeypairs().size(), 0);
}

void TestKeypairImport::clearedErrorLeavesNoGap()
{
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* keyField = dialog->findChild<QPlainTextEdit*>(u"publicKeyText"_qs);
    const int keyHeight = keyField->height();
    const int dialogHeight = dialog->height();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"keypairName"_qs), u"mine"_qs);
    keyField->setPlainText(QString::fromLatin1(keyBytes(u"id_ed25519"_qs)));
    dialog->submit();
    QVERIFY(dialog->message().contains(u"private key"));
    QTRY_VERIFY(dialog->height() > dialogHeight); // grown to show the error
    const int grownHeight = dialog->height();
    QTest::keyClick(keyField, Qt::Key_Space); // editing clears the error
    QTRY_VERIFY(dialog->findChild<MessageBanner*>(u"importMessage"_qs)->isHidden());
    QCOMPARE(dialog->height(), grownHeight); // the user's window keeps its size...
    QTRY_VERIFY2(keyField->height() > keyHeight, "the room the error took stays blank"); // ...and the key gets the room
}

void TestKeypairImport::namesNovaRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << u"Enter a name"_qs;
    QTest::newRow("blank") << u"   "_qs << u"Enter a name"_qs;
    QTest::newRow("leading space") << u" lab"_qs << u"start or end with a space"_qs;
    QTest::newRow("accent") << u"élève"_qs << u"cannot contain “é”, “è”"_qs;
    QTest::newRow("at and dot") << u"me@pc.lab"_qs << u"cannot contain “@”, “.”"_qs;
    QTest::newRow("tab") << u"a\tb"_qs << u"cannot contain a tab"_qs;
    QTest::newRow("emoji") << u"key🔑"_qs << u"cannot contain “🔑”"_qs;
    QTest::newRow("256 characters") << QString(256, u'k') << u"256 characters long"_qs;
}

void TestKeypairImport::namesNovaRefuses()
{
    QFETCH(QString, name);
    QFETCH(QString, words);
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    dialog->loadFile(keyPath(u"id_ed25519.pub"_qs));
    dialog->findChild<QLineEdit*>(u"keypairName"_qs)->setText(name);
    dialog->submit();
    QVERIFY2(dialog->message().contains(words), qPrintable(dialog->message()));
    QCOMPARE(dialog->name(), name);
    QVERIFY(!dialog->keyText().isEmpty());
    QTest::qWait(50);
    QCOMPARE(cloudKeypairs().size(), 0);
}

void TestKeypairImport::takenNameKeepsDialog()
{
    importViaSession(u"laptop"_qs, u"id_rsa.pub"_qs);
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    dialog->loadFile(keyPath(u"id_ed25519.pub"_qs));
    dialog->findChild<QLineEdit*>(u"keypairName"_qs)->setText(u"laptop"_qs);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    QVERIFY2(dialog->message().contains(u"A key pair named “laptop” already exists"), qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains(u"Key pair 'laptop' already exists.")); // Nova's own words
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->name(), u"laptop"_qs);
    QCOMPARE(dialog->sourceFile(), keyPath(u"id_ed25519.pub"_qs));
    QCOMPARE(m_commands->count(), 0);
}

void TestKeypairImport::fileDialogStartsInSsh()
{
    QPointer<KeypairImportDialog> dialog = m_section->importKeypair();
    dialog->findChild<QPushButton*>(u"chooseKeyFile"_qs)->click();
    auto* files = dialog->findChild<QFileDialog*>(u"publicKeyFileDialog"_qs);
    QVERIFY(files);
    QVERIFY(files->isVisible()); // opened, not run: the GUI never waits in a nested loop
    QCOMPARE(QDir(files->directory()).canonicalPath(), QDir(m_home.filePath(u".ssh"_qs)).canonicalPath());
    QCOMPARE(files->nameFilters(), (QStringList{u"Public keys (*.pub)"_qs, u"All files (*)"_qs}));
    QCOMPARE(files->fileMode(), QFileDialog::ExistingFile);
    // The Type column tells the halves apart (the MIME database calls .pub "Microsoft Publisher").
    const QAbstractFileIconProvider* types = files->iconProvider();
    QVERIFY(types);
    const auto typeOf = [types](const QString& file) { return types->type(QFileInfo(keyPath(file))); };
    QCOMPARE(typeOf(u"id_ed25519.pub"_qs), u"SSH public key"_qs);
    QCOMPARE(typeOf(u"id_ed25519"_qs), u"SSH private key (stays here)"_qs);
    QCOMPARE(typeOf(u"id_ecdsa_256"_qs), u"SSH private key (stays here)"_qs); // beside its .pub
    QCOMPARE(typeOf(u"id_ed25519.ppk"_qs), u"PuTTY private key (stays here)"_qs);
    QVERIFY(!typeOf(u"pem_rsa"_qs).contains(u"SSH")); // names only: contents are never read there
    QVERIFY(!typeOf(u"photo.jpg"_qs).contains(u"SSH"));
    auto* details = files->findChild<QTreeView*>(u"treeView"_qs);
    QVERIFY(details);
    const int typeWidth = details->header()->sectionSize(2);
    QVERIFY2(typeWidth > details->fontMetrics().horizontalAdvance(typeOf(u"id_ed25519"_qs)), "the key's type is cut");
    Q_EMIT files->fileSelected(keyPath(u"id_ecdsa_384.pub"_qs));
    files->close();
    QCOMPARE(dialog->name(), u"id_ecdsa_384"_qs);
    QCOMPARE(dialog->sourceFile(), keyPath(u"id_ecdsa_384.pub"_qs));
}

void TestKeypairImport::generateFileDialogNamesKeys()
{
    // Saving a new private key: the keys already there say which half they are.
    QPointer<KeypairGenerateDialog> dialog = m_section->generateKeypair();
    dialog->setPrivateKeyPath(keyPath(u"id_new"_qs));
    dialog->findChild<QPushButton*>(u"choosePrivateKeyFile"_qs)->click();
    auto* files = dialog->findChild<QFileDialog*>(u"privateKeyFileDialog"_qs);
    QVERIFY(files);
    QVERIFY(files->iconProvider());
    QCOMPARE(files->iconProvider()->type(QFileInfo(keyPath(u"id_rsa"_qs))), u"SSH private key (stays here)"_qs);
    QCOMPARE(files->iconProvider()->type(QFileInfo(keyPath(u"id_rsa.pub"_qs))), u"SSH public key"_qs);
    files->close();
}

void TestKeypairImport::generate()
{
    if (QStandardPaths::findExecutable(u"ssh-keygen"_qs).isEmpty())
        QSKIP("ssh-keygen is missing (Debian package openssh-client)");
    QTemporaryDir folder;
    QPointer<KeypairGenerateDialog> dialog = m_section->generateKeypair();
    dialog->setName(u"lab"_qs);
    QCOMPARE(dialog->privateKeyPath(), m_home.filePath(u".ssh/id_ed25519_lab"_qs)); // the default
    const QString path = folder.filePath(u"keys/id_lab"_qs);                        // keys/ does not exist yet
    dialog->setPrivateKeyPath(path);
    QSignalSpy generated(dialog, &KeypairGenerateDialog::generated);
    dialog->submit();
    QVERIFY(dialog->isBusy());
    QVERIFY(generated.wait(20000));
    QCOMPARE(generated.first().at(1).toString(), path);
    QTRY_VERIFY(!dialog);

    namespace fs = std::filesystem;
    const fs::perms mode = fs::status(QFile::encodeName(path).toStdString()).permissions() & fs::perms::mask;
    QCOMPARE(int(mode), 0600);
    const QList<Keypair> inCloud = cloudKeypairs();
    QCOMPARE(inCloud.size(), 1);
    QCOMPARE(inCloud.first().name, u"lab"_qs);
    QFile pub(path + u".pub");
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(inCloud.first().publicKey, QString::fromLatin1(pub.readAll()).trimmed());
    QVERIFY(inCloud.first().publicKey.startsWith(u"ssh-ed25519 "));
    QVERIFY(inCloud.first().publicKey.endsWith(u" lab"));
    QVERIFY(QDir(folder.filePath(u"keys"_qs)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
            (QStringList{u"id_lab"_qs, u"id_lab.pub"_qs})); // no temporary folder left behind
    QTRY_VERIFY(m_section->model()->rowOf(u"lab"_qs) >= 0);
    const QString command = m_commands->first().first().toString();
    QCOMPARE(command,
             QString(u"ssh-keygen -t ed25519 -N \"\" -C lab -f " + OpenstackCommand::path(path) +
                     u" && openstack keypair create --public-key " + OpenstackCommand::path(path + u".pub") + u" lab"));
    QFile key(path);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
}

void TestKeypairImport::generateAsksBeforeReplacing()
{
    if (QStandardPaths::findExecutable(u"ssh-keygen"_qs).isEmpty())
        QSKIP("ssh-keygen is missing (Debian package openssh-client)");
    QTemporaryDir folder;
    const QString path = folder.filePath(u"id_old"_qs);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old key\n");
    old.close();
    QPointer<KeypairGenerateDialog> dialog = m_section->generateKeypair();
    dialog->setName(u"new"_qs);
    dialog->setPrivateKeyPath(path);
    dialog->submit();
    auto* question = dialog->findChild<QMessageBox*>(u"confirmOverwrite"_qs);
    QVERIFY(question);
    QVERIFY(question->text().contains(u"id_old"));
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(!dialog->isBusy());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old key\n"));
    old.close();
    QCOMPARE(cloudKeypairs().size(), 0);

    QSignalSpy generated(dialog, &KeypairGenerateDialog::generated);
    dialog->submit();
    question = dialog->findChild<QMessageBox*>(u"confirmOverwrite"_qs);
    QVERIFY(question);
    question->findChild<QPushButton*>(u"replaceButton"_qs)->click();
    QVERIFY(generated.wait(20000));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QVERIFY(old.readAll().startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    namespace fs = std::filesystem;
    QCOMPARE(int(fs::status(QFile::encodeName(path).toStdString()).permissions() & fs::perms::mask), 0600);
    QCOMPARE(cloudKeypairs().size(), 1);
}

void TestKeypairImport::generateWithoutSshKeygen()
{
    QTemporaryDir folder;
    QPointer<KeypairGenerateDialog> dialog = m_section->generateKeypair();
    dialog->setKeygenProgram(u"/nonexistent/ssh-keygen"_qs);
    dialog->setName(u"lab"_qs);
    dialog->setPrivateKeyPath(folder.filePath(u"id_lab"_qs));
    dialog->submit();
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->message().contains(u"ssh-keygen was not found"), qPrintable(dialog->message()));
    QVERIFY(dialog->message().contains(u"openssh-client"));
    QVERIFY(!QFileInfo::exists(folder.filePath(u"id_lab"_qs)));
    QTest::qWait(50);
    QCOMPARE(cloudKeypairs().size(), 0);
}

void TestKeypairImport::bulkDeleteConfirmation()
{
    importViaSession(u"alpha"_qs, u"id_ed25519.pub"_qs);
    importViaSession(u"bravo"_qs, u"id_rsa.pub"_qs);
    importViaSession(u"charlie"_qs, u"id_ecdsa_256.pub"_qs);
    importViaSession(u"delta"_qs, u"id_ecdsa_521.pub"_qs);
    QSignalSpy finished(m_section->store(), &KeypairStore::loadingFinished);
    m_section->setActive(true);
    QVERIFY(finished.wait(10000));
    QTableView* view = m_section->view();
    QCOMPARE(view->model()->rowCount(), 4);
    auto* deleteButton = m_section->findChild<QPushButton*>(u"deleteKeypairs"_qs);
    QVERIFY(!deleteButton->isEnabled()); // nothing selected
    QItemSelectionModel* selection = view->selectionModel();
    for (int row : {0, 2, 3}) // sorted by name: alpha, charlie, delta
        selection->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(deleteButton->isEnabled());
    const QStringList chosen{u"alpha"_qs, u"charlie"_qs, u"delta"_qs};
    QCOMPARE(m_section->selectedNames(), chosen);

    deleteButton->click();
    auto* question = m_section->findChild<QMessageBox*>(u"confirmDeleteKeypairs"_qs);
    QVERIFY(question);
    QVERIFY(question->text().startsWith(u"Delete these 3 key pairs?"));
    for (const QString& name : chosen)
        QVERIFY(question->text().contains(u"• " + name));
    QVERIFY(!question->text().contains(u"bravo"));
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QCOMPARE(cloudKeypairs().size(), 4);
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(m_commands->count(), 0);

    QSignalSpy deleted(m_section->store(), &KeypairStore::deletionsFinished);
    question = qobject_cast<QMessageBox*>(m_section->deleteSelected());
    QVERIFY(question);
    question->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QVERIFY(deleted.wait(10000));
    const QList<Keypair> left = cloudKeypairs();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().name, u"bravo"_qs);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"bravo"_qs);
    QCOMPARE(m_commands->count(), 1);
    QCOMPARE(m_commands->first().first().toString(), u"openstack keypair delete alpha charlie delta"_qs);

    // One key pair: the question names it.
    view->selectRow(0);
    question = m_section->deleteSelected();
    QCOMPARE(question->text(), u"Delete the key pair “bravo”?"_qs);
    question->button(QMessageBox::Cancel)->click();
}

QTEST_MAIN(TestKeypairImport)
#include "tst_keypairimport.moc"
