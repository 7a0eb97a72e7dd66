#include "cloud/cloudcontroller.h"
#include "cloud/democloudhost.h"
#include "cloud/servedemocloud.h"
#include "common/icons.h"
#include "common/languagemanager.h"
#include "compute/computesections.h"
#include "core/session.h"
#include "dns/dnssections.h"
#include "lab/labpane.h"
#include "labcli/labcli.h"
#include "mainwindow/mainwindow.h"
#include "network/networksections.h"
#include "panes/sectionedpane.h"
#include "volume/volumesections.h"
#include "zenithversion.h"

#include "config/configenvironment.h"
#include "secrets/keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>

#include <utility>

int main(int argc, char** argv)
{
    // `zenith lab …` and serving the demo cloud need no display: decided before a QApplication wants one.
    if (argc > 1 && qstrcmp(argv[1], "lab") == 0)
        return zenith::runLabCli(argc, argv);
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--serve-demo-cloud") == 0)
            return zenith::serveDemoCloud(argc, argv);
    }
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
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open on the built-in demo cloud (simulated)."));
    parser.addOption(demo);
    parser.addOption(
        {QStringLiteral("serve-demo-cloud"),
         QCoreApplication::translate("main", "Serve the demo cloud without a window (see --help there).")});
    parser.process(app);

    zenith::MainWindow window(&languages);
    zenith::KeychainSecretStore secrets;
    zenith::CloudController controller(&window, &secrets, zenith::ConfigEnvironment::system());
    // The areas made of tabs, each with the function that adds its tabs; an area not listed
    // keeps its empty-state page.
    const std::pair<zenith::Area, void (*)(zenith::SectionedPane*)> sectionedAreas[] = {
        {zenith::Area::Compute, zenith::addComputeSections},
        {zenith::Area::Network, zenith::addNetworkSections},
        {zenith::Area::Volumes, zenith::addVolumeSections},
        {zenith::Area::Dns, zenith::addDnsSections},
    };
    for (const auto& [area, addSections] : sectionedAreas) {
        auto* pane = new zenith::SectionedPane(area);
        addSections(pane);
        window.setPane(pane);
        QObject::connect(&controller, &zenith::CloudController::sessionChanged, pane,
                         &zenith::SectionedPane::setSession);
    }
    auto* lab = new zenith::LabPane;
    lab->setSecretStore(&secrets);
    window.setPane(lab);
    QObject::connect(&controller, &zenith::CloudController::sessionChanged, lab, &zenith::LabPane::setSession);
    zenith::DemoCloudHost demoCloud;
    QString why;
    if (demoCloud.start(&why))
        controller.setDemoCloud(demoCloud.cloudConfig(), parser.isSet(demo));
    else
        qWarning("demo cloud unavailable: %s", qPrintable(why));
    window.show();
    controller.start();
    return QApplication::exec();
}
