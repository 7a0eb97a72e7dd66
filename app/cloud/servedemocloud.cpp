#include "servedemocloud.h"

#include "democloud/democloud.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace zenith {

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int serveDemoCloud(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Serves Zenith's demo cloud (a simulated OpenStack) on 127.0.0.1."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("serve-demo-cloud"), QCoreApplication::translate("main", "Serve the demo cloud.")});
    parser.addOption({QStringLiteral("port"), QCoreApplication::translate("main", "Port to listen on (default: any)."),
                      QStringLiteral("port"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("speed"),
                      QCoreApplication::translate("main", "How much faster than real time resources change state."),
                      QStringLiteral("factor"), QStringLiteral("1")});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--port wants a number from 0 to 65535.")));
        return 2;
    }
    DemoCloud::Options options;
    options.speed = qMax(1.0, parser.value(QStringLiteral("speed")).toDouble());
    DemoCloud cloud(options);
    QString why;
    if (!cloud.start(quint16(port), &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    std::printf("# %s\n# %s\n%s",
                qPrintable(QCoreApplication::translate("main", "Zenith demo cloud on %1 (simulated).")
                               .arg(cloud.authUrl().toString())),
                qPrintable(QCoreApplication::translate(
                    "main", "Save what follows as clouds.yaml, then: openstack --os-cloud demo server list")),
                qPrintable(cloud.cloudsYaml()));
    std::fflush(stdout);
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}

} // namespace zenith
