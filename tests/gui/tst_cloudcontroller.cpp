#include "fakecloud.h"

#include "cloud/cloudcontroller.h"
#include "common/languagemanager.h"
#include "login/logindialog.h"
#include "mainwindow/mainwindow.h"

#include "core/session.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkey.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

// The controller end to end: configuration files on disk, a scripted Keystone on 127.0.0.1,
// secrets in memory, and the real main window and login dialog, offscreen.
class TestCloudController : public QObject
{
    Q_OBJECT

private:
    ConfigEnvironment environment() const
    {
        ConfigEnvironment env;
        env.currentDir = m_dir->path();
        env.homeDir = m_dir->filePath(QStringLiteral("home"));
        return env;
    }

    void writeCloudsYaml(bool withPassword)
    {
        QFile file(m_dir->filePath(QStringLiteral("clouds.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray yaml = "clouds:\n  lab:\n    auth:\n      auth_url: " +
                          m_cloud->server.url(QStringLiteral("/identity/v3")).toEncoded() +
                          "\n      username: alice\n      user_domain_name: Default\n      project_name: lab\n"
                          "      project_domain_name: Default\n";
        if (withPassword)
            yaml += "      password: \"" + m_cloud->password.toUtf8() + "\"\n";
        yaml += "    region_name: RegionOne\n";
        file.write(yaml);
    }

    LoginDialog* visibleLoginDialog() const
    {
        const auto dialogs = m_window->findChildren<LoginDialog*>();
        for (LoginDialog* d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    QComboBox* combo(const char* name) const { return m_window->findChild<QComboBox*>(QLatin1StringView(name)); }

    void signInThroughDialog(LoginDialog* dialog, const QString& password, bool remember)
    {
        dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->setText(password);
        dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->setChecked(remember);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_cloud = std::make_unique<FakeCloud>();
        m_languages = std::make_unique<LanguageManager>();
        m_window = std::make_unique<MainWindow>(m_languages.get());
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void cleanup()
    {
        m_controller.reset();
        m_window.reset();
        m_secrets.reset();
        m_cloud.reset();
    }

    void signsInWithTheConfiguredPassword()
    {
        writeCloudsYaml(true);
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        QSignalSpy changed(m_controller.get(), &CloudController::sessionChanged);
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 5000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!visibleLoginDialog());
        QCOMPARE(combo("cloudCombo")->currentText().section(u' ', 0, 0), QStringLiteral("lab"));
        QTRY_COMPARE_WITH_TIMEOUT(combo("projectCombo")->count(), 2, 5000);
        QCOMPARE(combo("projectCombo")->currentText(), QStringLiteral("lab"));
        QCOMPARE(combo("regionCombo")->count(), 2);
        QCOMPARE(combo("regionCombo")->currentText(), QStringLiteral("RegionOne"));
        QVERIFY(m_secrets->keys().isEmpty()); // a password from clouds.yaml is not copied to the keyring
    }

    void asksForThePasswordAndRemembersIt()
    {
        writeCloudsYaml(false);
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        m_controller->start();
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleLoginDialog()) != nullptr, 5000);

        signInThroughDialog(dialog, QStringLiteral("wrong"), true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 5000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("messageBanner"))->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit"))->text(), QStringLiteral("wrong"));
        QVERIFY(!m_controller->session());

        signInThroughDialog(dialog, m_cloud->password, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 5000);
        QTRY_VERIFY(!visibleLoginDialog());
        const QString key = secretKey(*m_controller->clouds().find(QStringLiteral("lab")));
        QTRY_COMPARE(m_secrets->keys(), QStringList{key});
        auto stored = m_secrets->read(key);
        QTRY_VERIFY(stored.isFinished());
        QCOMPARE(stored.result().value(), m_cloud->password);
    }

    void usesTheRememberedSecretWithoutAsking()
    {
        writeCloudsYaml(false);
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        // The cloud as the loader will read it, to compute its key.
        CloudConfig probe;
        probe.auth.authUrl = m_cloud->server.url(QStringLiteral("/identity/v3"));
        probe.auth.username = QStringLiteral("alice");
        probe.auth.userDomainName = QStringLiteral("Default");
        auto written = m_secrets->write(secretKey(probe), m_cloud->password);
        QTRY_VERIFY(written.isFinished());
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 5000);
        QVERIFY(!visibleLoginDialog());
    }

    void withoutAKeyringRememberIsDisabled()
    {
        writeCloudsYaml(false);
        m_secrets->setFailure(SecretError::Kind::Unavailable);
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        m_controller->start();
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleLoginDialog()) != nullptr, 5000);
        QTRY_VERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheckBox"))->isEnabled());
        QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("keyringNote"))->isVisible());
        signInThroughDialog(dialog, m_cloud->password, true);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 5000);
    }

    void switchingProjectRescopesTheSession()
    {
        writeCloudsYaml(true);
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        m_controller->start();
        QTRY_COMPARE_WITH_TIMEOUT(combo("projectCombo")->count(), 2, 5000);
        QSignalSpy changed(m_controller.get(), &CloudController::sessionChanged);
        combo("projectCombo")->setCurrentIndex(combo("projectCombo")->findText(QStringLiteral("other")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(m_controller->session()->token()->project->id, QStringLiteral("p-other"));
        QCOMPARE(m_cloud->lastAuthBody.value(u"scope").toObject().value(u"project").toObject().value(u"id").toString(),
                 QStringLiteral("p-other"));
    }

    void importedOpenrcIsListedAndAsksForItsPassword()
    {
        m_controller = std::make_unique<CloudController>(m_window.get(), m_secrets.get(), environment());
        m_controller->start();
        QCOMPARE(combo("cloudCombo")->isEnabled(), false); // no cloud yet: the welcome page
        const QString path = m_dir->filePath(QStringLiteral("lab-openrc.sh"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("export OS_AUTH_URL=" + m_cloud->server.url(QStringLiteral("/identity/v3")).toEncoded() +
                   "\nexport OS_USERNAME=alice\nexport OS_USER_DOMAIN_NAME=Default\n"
                   "export OS_PROJECT_NAME=lab\nexport OS_PROJECT_DOMAIN_NAME=Default\n"
                   "echo \"Please enter your OpenStack Password: \"\nread -sr OS_PASSWORD_INPUT\n"
                   "export OS_PASSWORD=$OS_PASSWORD_INPUT\n");
        file.close();
        Q_EMIT m_window->openrcImportRequested(path);
        LoginDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleLoginDialog()) != nullptr, 5000);
        QVERIFY(m_controller->clouds().find(QStringLiteral("lab-openrc")));
        signInThroughDialog(dialog, m_cloud->password, false);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->session(), 5000);
        QVERIFY(m_secrets->keys().isEmpty()); // "Remember" was off
        // The import is remembered for the next start (its path, not its secret).
        CloudController again(m_window.get(), m_secrets.get(), environment());
        again.start();
        QVERIFY(again.clouds().find(QStringLiteral("lab-openrc")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeCloud> m_cloud;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CloudController> m_controller;
};

QTEST_MAIN(TestCloudController)
#include "tst_cloudcontroller.moc"
