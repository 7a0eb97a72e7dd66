#include "cloud/cloudcontroller.h"
#include "common/icons.h"
#include "common/languagemanager.h"
#include "mainwindow/mainwindow.h"
#include "zenithversion.h"

#include "config/configenvironment.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>

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
    zenith::KeychainSecretStore secrets;
    zenith::CloudController controller(&window, &secrets, zenith::ConfigEnvironment::system());
    window.show();
    controller.start();
    return QApplication::exec();
}
