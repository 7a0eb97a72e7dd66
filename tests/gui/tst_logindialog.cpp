#include "common/errortext.h"
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "login/logindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace zenith;

namespace {

CloudConfig passwordCloud()
{
    CloudConfig cloud;
    cloud.name = QStringLiteral("ovh-gra11");
    cloud.source = QStringLiteral("/home/student/.config/openstack/clouds.yaml");
    cloud.auth.method = AuthSettings::Method::Password;
    cloud.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    cloud.auth.username = QStringLiteral("user-Ab12Cd34");
    cloud.auth.projectName = QStringLiteral("5551234567890123");
    // A secret that is already configured must never be shown or returned by the dialog.
    cloud.auth.password = QStringLiteral("configured-secret");
    return cloud;
}

CloudConfig applicationCredentialCloud()
{
    CloudConfig cloud;
    cloud.name = QStringLiteral("teacher-demo");
    cloud.auth.method = AuthSettings::Method::ApplicationCredential;
    cloud.auth.authUrl = QUrl(QStringLiteral("https://keystone.example.org:5000/v3"));
    return cloud;
}

QPushButton* signInButton(const LoginDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
}

QPushButton* cancelButton(const LoginDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
}

} // namespace

class TestLoginDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsSummaryWithoutSecrets();
    void returnsTypedValues();
    void signInNeedsASecret();
    void rememberDisabledWithoutKeyring();
    void inlineErrorKeepsPassword();
    void cancelStopsAttemptThenCloses();
    void asksForApplicationCredential();
    void retranslatesLive();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestLoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZenithTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logindialog"));
    QSettings().clear();
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestLoginDialog::showsSummaryWithoutSecrets()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("cloudValue"))->text(), u"ovh-gra11");
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("authUrlValue"))->text(), u"https://auth.cloud.ovh.net/v3");
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("userValue"))->text(), u"user-Ab12Cd34");
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("projectValue"))->text(), u"5551234567890123");
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("loginHeader"))->text().contains(u"ovh-gra11"));
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text().isEmpty());
    QVERIFY(dialog.credentials().secret.isEmpty());
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("credentialIdEdit"))->isVisible());
    const auto labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        QVERIFY(!label->text().contains(u"configured-secret"));
}

void TestLoginDialog::returnsTypedValues()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.setKeyringAvailable(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, QStringLiteral("s3cret! x"));
    QTest::mouseClick(dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox")), Qt::LeftButton);

    QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto sent = spy.first().at(0).value<LoginCredentials>();
    QCOMPARE(sent.secret, QStringLiteral("s3cret! x"));
    QCOMPARE(sent.method, AuthSettings::Method::Password);
    QVERIFY(sent.remember);
    QVERIFY(sent.applicationCredentialId.isEmpty());

    // Busy: nothing can be edited or sent twice, Cancel stays available.
    QVERIFY(dialog.isBusy());
    QVERIFY(!secret->isEnabled());
    QVERIFY(!signInButton(dialog)->isEnabled());
    QVERIFY(cancelButton(dialog)->isEnabled());

    AuthSettings auth = passwordCloud().auth;
    sent.applyTo(auth);
    QCOMPARE(auth.password, QStringLiteral("s3cret! x"));
}

void TestLoginDialog::signInNeedsASecret()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.show();
    QVERIFY(!signInButton(dialog)->isEnabled());
    QSignalSpy spy(&dialog, &LoginDialog::signInRequested);
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit")), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit")), QStringLiteral("x"));
    QVERIFY(signInButton(dialog)->isEnabled());
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit")), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
}

void TestLoginDialog::rememberDisabledWithoutKeyring()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.setRemember(true);
    dialog.show();
    auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("keyringNote"));
    QVERIFY(remember->isEnabled());
    QVERIFY(remember->isChecked());
    QVERIFY(!note->isVisible());

    dialog.setKeyringAvailable(false);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             QStringLiteral("No system keyring is available: Zenith will ask for your password each session."));
    dialog.setRemember(true);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit")), QStringLiteral("pw"));
    QVERIFY(!dialog.credentials().remember);
}

void TestLoginDialog::inlineErrorKeepsPassword()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.show();
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QTest::keyClicks(secret, QStringLiteral("wrong-password"));
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isBusy());

    const ApiError error = ApiError::fromReply(
        401,
        R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})",
        QStringLiteral("identity"), QStringLiteral("req-0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
    dialog.showError(error);

    auto* banner = dialog.findChild<MessageBanner*>();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(banner->text().contains(ErrorText::sentence(error)));
    QVERIFY(banner->text().contains(u"requires authentication"));
    QVERIFY(banner->text().contains(u"req-0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
    QVERIFY(!banner->text().contains(u"wrong-password"));
    QCOMPARE(secret->text(), QStringLiteral("wrong-password"));
    QVERIFY(!dialog.isBusy());
    QVERIFY(secret->isEnabled());
    QVERIFY(signInButton(dialog)->isEnabled());

    // A new attempt hides the previous error.
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestLoginDialog::cancelStopsAttemptThenCloses()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit")), QStringLiteral("pw"));
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
    QSignalSpy cancelled(&dialog, &LoginDialog::signInCancelled);
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(rejected.count(), 0);

    QTest::mouseClick(cancelButton(dialog), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!dialog.isVisible());
}

void TestLoginDialog::asksForApplicationCredential()
{
    LoginDialog dialog;
    dialog.setCloud(applicationCredentialCloud());
    dialog.show();
    auto* id = dialog.findChild<QLineEdit*>(QStringLiteral("credentialIdEdit"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QVERIFY(id->isVisible());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("userValue"))->isVisible());
    QTest::keyClicks(secret, QStringLiteral("app-secret"));
    QVERIFY(!signInButton(dialog)->isEnabled());
    QTest::keyClicks(id, QStringLiteral(" 0123456789abcdef0123456789abcdef "));
    QVERIFY(signInButton(dialog)->isEnabled());

    const LoginCredentials credentials = dialog.credentials();
    QCOMPARE(credentials.method, AuthSettings::Method::ApplicationCredential);
    QCOMPARE(credentials.applicationCredentialId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    AuthSettings auth = applicationCredentialCloud().auth;
    credentials.applyTo(auth);
    QCOMPARE(auth.applicationCredentialSecret, QStringLiteral("app-secret"));
    QCOMPARE(auth.applicationCredentialId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    QVERIFY(auth.password.isEmpty());
}

void TestLoginDialog::retranslatesLive()
{
    LoginDialog dialog;
    dialog.setCloud(passwordCloud());
    dialog.setKeyringAvailable(false);
    dialog.show();
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretEdit"));
    QTest::keyClicks(secret, QStringLiteral("typed"));
    m_languages->setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Connexion"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("keyringNote"))->text().contains(u"trousseau"));
    QCOMPARE(cancelButton(dialog)->text().remove(u'&'), QStringLiteral("Annuler"));
    QCOMPARE(secret->text(), QStringLiteral("typed"));
    m_languages->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Sign In"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
