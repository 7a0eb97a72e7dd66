#include "labcli.h"

#include "cloud/democloudhost.h"
#include "config/cloudconfigloader.h"
#include "config/configenvironment.h"
#include "core/session.h"
#include "lab/labplanfile.h"
#include "lab/labplanissuetext.h"
#include "lab/labplanvalidation.h"
#include "lab/labtext.h"
#include "labclioptions.h"
#include "labclirun.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

namespace zenith {

namespace {

std::atomic_bool g_interrupted{false};

void interrupted(int)
{
    g_interrupted = true;
}

void printError(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// The plan from lab.yaml, checked; an error printed and nullopt when it is not usable.
std::optional<LabTopology> topologyOf(const LabCliOptions& options)
{
    const Result<LabPlan, LabPlanFileError> read = LabPlanFile::read(options.config);
    if (!read) {
        printError(LabText::fileError(read.error()));
        return std::nullopt;
    }
    LabPlan plan = read.value();
    plan.cloud = options.cloud;
    const QList<LabPlanIssue> issues = LabPlanValidation::validate(plan);
    if (!issues.isEmpty()) {
        printError(QCoreApplication::translate("LabCli", "%1 is not a usable lab plan:").arg(options.config));
        for (const LabPlanIssue& issue : issues)
            printError(QStringLiteral("  ") + LabPlanIssueText::message(issue));
        return std::nullopt;
    }
    return LabTopology::of(plan);
}

} // namespace

int runLabCli(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the window: the journal and the demo cloud's state are shared with it.
    QCoreApplication::setOrganizationName(QStringLiteral("Zenith"));
    QCoreApplication::setApplicationName(QStringLiteral("Zenith"));
    // The terminal shows the lab's progress; the session's own notes (authenticated, microversions,
    // retries) would drown it. QT_LOGGING_RULES still turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("zenith.session.info=false\nzenith.http.info=false"));

    QString error;
    QString help;
    const std::optional<LabCliOptions> options = LabCliOptions::parse(QCoreApplication::arguments(), &error, &help);
    if (!options) {
        if (!help.isEmpty()) {
            std::fprintf(stdout, "%s", qPrintable(help));
            return 0;
        }
        printError(error);
        return LabCliRun::BadUsage;
    }
    const std::optional<LabTopology> topology = topologyOf(*options);
    if (!topology)
        return LabCliRun::BadUsage;

    // "demo" is the window's own demo cloud, its resources kept between runs, so that deploy,
    // verify and teardown (separate processes) see the same lab, and the window shows it too.
    std::unique_ptr<DemoCloudHost> demo;
    CloudConfig cloud;
    if (options->cloud == u"demo") {
        demo = std::make_unique<DemoCloudHost>();
        QString why;
        if (!demo->start(&why)) {
            printError(QCoreApplication::translate("LabCli", "The demo cloud cannot start: %1").arg(why));
            return LabCliRun::Failed;
        }
        cloud = demo->cloudConfig();
    } else {
        const auto loaded = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(options->cloud);
        if (!loaded) {
            printError(loaded.error().toString());
            return LabCliRun::BadUsage;
        }
        cloud = loaded.value();
    }
    Session session(cloud);
    if (!topology->plan.region.isEmpty())
        session.setRegion(topology->plan.region);

    LabCliRun run(&session, *topology, *options);
    int exitCode = LabCliRun::Failed;
    QObject::connect(&run, &LabCliRun::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    std::signal(SIGINT, interrupted);
    std::signal(SIGTERM, interrupted);
    QTimer signalPoll;
    QObject::connect(&signalPoll, &QTimer::timeout, &run, [&run] {
        if (g_interrupted.exchange(false))
            run.cancel();
    });
    signalPoll.start(100);
    QTimer::singleShot(0, &run, &LabCliRun::start);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace zenith
