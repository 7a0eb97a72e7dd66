// Renders the main window (welcome page and every sidebar page) and the dialogs to PNG files, for
// people to review layouts and translations. Run under Xvfb for real fonts and window sizes:
//   xvfb-run -a -s "-screen 0 1400x900x24" zenith_screenshots /tmp/zenith-shots fr
#include "common/icons.h"
#include "common/languagemanager.h"
#include "login/logindialog.h"
#include "mainwindow/errordetailsdialog.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferencesdialog.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace zenith;

namespace {

QString g_dir;
QString g_lang;

void showAndWait(QWidget* widget)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        std::fprintf(stderr, "%s was not exposed\n", qPrintable(widget->objectName()));
}

void save(QWidget* widget, const QString& name)
{
    QTest::qWait(150);
    const QString path = g_dir + u'/' + name + u'-' + g_lang + QStringLiteral(".png");
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

ApiError sampleError()
{
    ApiError error;
    error.kind = ApiError::Kind::Conflict;
    error.httpStatus = 409;
    error.service = QStringLiteral("network");
    error.code = QStringLiteral("NetworkInUse");
    error.message = QStringLiteral("Unable to complete operation on network 3f1c9b2e. "
                                   "There are one or more ports still in use on the network.");
    error.requestId = QStringLiteral("req-6f1c2d3e-8a9b-4c5d-9e0f-123456789abc");
    return error;
}

CloudConfig sampleCloud()
{
    CloudConfig cloud;
    cloud.name = QStringLiteral("ovh-gra11");
    cloud.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3"));
    cloud.auth.username = QStringLiteral("user-Ab12Cd34Ef56");
    cloud.auth.projectName = QStringLiteral("5551234567890123");
    return cloud;
}

void shootMainWindow()
{
    LanguageManager* languages = QApplication::instance()->findChild<LanguageManager*>();
    MainWindow window(languages);
    window.setConfigSearchPaths({QDir::current().filePath(QStringLiteral("clouds.yaml")),
                                 QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml"),
                                 QStringLiteral("/etc/openstack/clouds.yaml")});
    window.resize(1180, 740);
    window.show();
    showAndWait(&window);
    save(&window, QStringLiteral("welcome"));

    window.setClouds(
        {{QStringLiteral("ovh-gra11"), QDir::homePath() + QStringLiteral("/.config/openstack/clouds.yaml")},
         {QStringLiteral("envvars"), QString()}});
    window.setCurrentCloud(QStringLiteral("ovh-gra11"));
    window.setProjects({{QStringLiteral("8f2e4c1a9b7d4e6f"), QStringLiteral("5551234567890123")},
                        {QStringLiteral("1a2b3c4d5e6f7a8b"), QStringLiteral("tp-openstack-groupe-2")}});
    window.setCurrentProject(QStringLiteral("8f2e4c1a9b7d4e6f"));
    window.setRegions({QStringLiteral("GRA11"), QStringLiteral("SBG5"), QStringLiteral("BHS5")});
    window.setCurrentRegion(QStringLiteral("GRA11"));
    window.setInFlight(3);
    window.showError(sampleError());
    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        window.setCurrentArea(area);
        save(&window, QStringLiteral("main-") + areaKey(area));
    }

    auto* view = window.menuBar()->actions().at(1)->menu();
    view->popup(window.mapToGlobal(QPoint(60, 30)));
    showAndWait(view);
    save(view, QStringLiteral("menu-view"));
    view->hide();

    ErrorDetailsDialog details(sampleError(), &window);
    details.show();
    showAndWait(&details);
    save(&details, QStringLiteral("error-details"));
}

void shootDialogs()
{
    LoginDialog login;
    login.setCloud(sampleCloud());
    login.setKeyringAvailable(true);
    login.show();
    showAndWait(&login);
    save(&login, QStringLiteral("login"));

    login.setKeyringAvailable(false);
    QTest::keyClicks(login.findChild<QWidget*>(QStringLiteral("secretEdit")), QStringLiteral("password"));
    login.setBusy(true);
    save(&login, QStringLiteral("login-busy"));
    login.showError(ApiError::fromReply(
        401,
        R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})",
        QStringLiteral("identity"), QStringLiteral("req-0a1b2c3d-4e5f-6789-abcd-ef0123456789")));
    save(&login, QStringLiteral("login-error"));

    LoginDialog appCredential;
    CloudConfig cloud = sampleCloud();
    cloud.name = QStringLiteral("teacher-demo");
    cloud.auth.method = AuthSettings::Method::ApplicationCredential;
    cloud.auth.username.clear();
    appCredential.setCloud(cloud);
    appCredential.show();
    showAndWait(&appCredential);
    save(&appCredential, QStringLiteral("login-appcredential"));

    PreferencesDialog preferences;
    preferences.setLanguage(g_lang);
    preferences.show();
    showAndWait(&preferences);
    save(&preferences, QStringLiteral("preferences"));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR en|fr\n", argv[0]);
        return 2;
    }
    g_dir = QString::fromLocal8Bit(argv[1]);
    g_lang = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(g_dir);
    // Settings go to a throw-away location: screenshots must not depend on, or change, the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ZenithScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Zenith"));
    QApplication::setApplicationDisplayName(QStringLiteral("Zenith"));
    QApplication::setWindowIcon(Icons::appIcon());
    auto* languages = new LanguageManager(&app);
    languages->setLanguage(g_lang);

    shootMainWindow();
    shootDialogs();
    return 0;
}
