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
    parser.addOption({QStringLiteral("latency"), QCoreApplication::translate("main", "Delay every answer (fault)."),
                      QStringLiteral("ms"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("error-rate"),
                      QCoreApplication::translate("main", "Answer this share of a service's requests with 503 (fault), "
                                                          "e.g. compute=0.1; may be repeated."),
                      QStringLiteral("service=share")});
    parser.addOption(
        {QStringLiteral("rate-limit-burst"),
         QCoreApplication::translate("main", "Answer the next N requests with 429 and Retry-After (fault)."),
         QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("token-lifetime"),
                      QCoreApplication::translate("main", "Tokens expire after this many seconds (fault)."),
                      QStringLiteral("seconds"), QStringLiteral("3600")});
    parser.addOption({QStringLiteral("drop-rate"),
                      QCoreApplication::translate("main", "Close this share of connections without an answer (fault)."),
                      QStringLiteral("share"), QStringLiteral("0")});
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
    demo::DemoFaults faults;
    faults.latencyMs = parser.value(QStringLiteral("latency")).toInt();
    faults.rateLimitBurst = parser.value(QStringLiteral("rate-limit-burst")).toInt();
    faults.tokenLifetimeSeconds = qMax(1, parser.value(QStringLiteral("token-lifetime")).toInt());
    faults.dropRate = parser.value(QStringLiteral("drop-rate")).toDouble();
    for (const QString& rate : parser.values(QStringLiteral("error-rate"))) {
        const QString service = rate.section(u'=', 0, 0);
        bool ok = false;
        const double share = rate.section(u'=', 1).toDouble(&ok);
        if (service.isEmpty() || !ok || share < 0 || share > 1) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--error-rate wants service=share, the share "
                                                                        "from 0 to 1: %1")
                                        .arg(rate)));
            return 2;
        }
        faults.errorRate.insert(service, share);
    }
    cloud.setFaults(faults);
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
