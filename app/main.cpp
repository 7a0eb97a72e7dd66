#include "common/icons.h"
#include "common/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "zenithversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace {

// openstacksdk's order. Shown on the welcome page only; the loader in lib/config is the authority,
// and the controller should pass its list instead once it exposes one.
QStringList cloudsYamlSearchPaths()
{
    QStringList paths;
    const QString explicitFile = qEnvironmentVariable("OS_CLIENT_CONFIG_FILE");
    if (!explicitFile.isEmpty())
        paths << explicitFile;
    paths << QDir::current().filePath(QStringLiteral("clouds.yaml"))
          << QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                 QStringLiteral("/openstack/clouds.yaml")
          << QStringLiteral("/etc/openstack/clouds.yaml");
    return paths;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zenith"));
    QApplication::setApplicationName(QStringLiteral("Zenith"));
    QApplication::setApplicationDisplayName(QStringLiteral("Zenith"));
    QApplication::setApplicationVersion(QStringLiteral(ZENITH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.zenith.Zenith"));
    QApplication::setWindowIcon(zenith::Icons::appIcon());

    // Before parsing, so that --help speaks the user's language too.
    zenith::LanguageManager languages;
    languages.restore();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop client for OpenStack clouds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    zenith::MainWindow window(&languages);
    window.setConfigSearchPaths(cloudsYamlSearchPaths());
    window.show();
    return QApplication::exec();
}
