// The lab engine's figures: wall time and API calls of deploying and tearing down the default lab,
// beside the critical path (the longest chain of dependent steps), and where the time goes (each
// step's span; ZENITH_BENCH_TIMELINE=1 for all of them). On the demo cloud by
// default (ZENITH_BENCH_SPEED, default 50); on a clouds.yaml cloud with ZENITH_BENCH_CLOUD=devcloud-demo (image tiny,
// flavor m1.nano, public network Ext-Net). Readiness is not waited for: the fake driver prints no console log, and it
// measures cloud-init, not Zenith.
// Against a cloud on this machine (the dev cloud), each phase also prints the CPU the rest of the
// machine used meanwhile, and that divided by the cores: a bound no ordering of the calls can beat.
// ZENITH_BENCH_ROUNDS rounds of deploy and teardown (default 3), then their median.

#include "benchsupport.h"

#include "compute/createkeypairrequest.h"
#include "compute/deletekeypairrequest.h"
#include "config/cloudconfigloader.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "lab/labdeployer.h"
#include "lab/labplanner.h"
#include "lab/labteardown.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace zenith;

namespace {

// Each step's span, from Running to its end, in ms since the start: where the wall time goes.
// A step may start before its dependencies end (a server is created as soon as its ports have ids,
// before their tags are on), so the spans overlap more than the plan's order suggests.
struct Timeline
{
    QElapsedTimer clock;
    QHash<QString, qint64> started;
    QHash<QString, qint64> ended;

    template <typename Job> void follow(Job& job)
    {
        clock.start();
        QObject::connect(&job, &Job::stepChanged, [this](const QString& id, LabStepState state) {
            if (state == LabStepState::Running)
                started.insert(id, clock.elapsed());
            else if (started.contains(id) && state != LabStepState::Pending)
                ended.insert(id, clock.elapsed());
        });
    }

    // The slowest steps, or with ZENITH_BENCH_TIMELINE=1 every step in the order they started.
    void print(const char* what, int count) const
    {
        QList<std::pair<qint64, QString>> all;
        const bool everything = qEnvironmentVariableIntValue("ZENITH_BENCH_TIMELINE") == 1;
        for (auto it = ended.cbegin(); it != ended.cend(); ++it)
            all.append({everything ? started.value(it.key()) : started.value(it.key()) - it.value(), it.key()});
        std::sort(all.begin(), all.end());
        const qsizetype shown = everything ? all.size() : std::min<qsizetype>(count, all.size());
        std::printf("  %s %s (start-end ms):", everything ? "every" : "slowest", what);
        for (qsizetype i = 0; i < shown; ++i) {
            const QString& id = all.at(i).second;
            std::printf("%s%s %lld-%lld", i % 4 == 0 ? "\n    " : ", ", qPrintable(id), qlonglong(started.value(id)),
                        qlonglong(ended.value(id)));
        }
        std::printf("\n");
    }
};

// The CPU the machine spent outside this process: the cloud's work when the cloud is local.
struct CloudCpu
{
    bench::MachineCpu machine = bench::machineCpu();
    qint64 self = bench::cpuMs();

    void print(bool local) const
    {
        const bench::MachineCpu now = bench::machineCpu();
        if (!local || now.work == 0)
            return;
        const qint64 spent = (now.work - machine.work) - (bench::cpuMs() - self);
        const qint64 stolen = now.stolen - machine.stolen;
        const int cores = QThread::idealThreadCount();
        std::printf("  cloud CPU meanwhile: %lld ms (and %lld ms taken by the host), at least %lld ms of wall on %d "
                    "cores\n",
                    qlonglong(spent), qlonglong(stolen), qlonglong((spent + stolen) / cores), cores);
    }
};

template <typename Job> bool runToEnd(Job& job)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&job, &Job::finished, &loop, [&](bool succeeded) {
        ok = succeeded;
        loop.quit();
    });
    QObject::connect(&job, &Job::stepFailed, &loop, [](const QString& step, const ApiError& error) {
        std::fprintf(stderr, "  %s failed: %s\n", qPrintable(step), qPrintable(error.message));
    });
    loop.exec();
    return ok;
}

struct Round
{
    bool ok = false;
    qint64 deployMs = 0;
    qint64 teardownMs = 0;
};

// Deploys the lab then tears it down, printing each phase's figures.
Round runRound(Session* session, const LabTopology& topology, bool localCloud)
{
    Round round;
    QTemporaryDir journal;
    LabDeployer deployer(session, topology, LabSecrets::generate(), journal.filePath(QStringLiteral("lab.json")));
    deployer.setWaitForReadiness(false);
    Timeline deploying;
    deploying.follow(deployer);
    QElapsedTimer clock;
    clock.start();
    CloudCpu deployCpu;
    deployer.start();
    const bool deployed = runToEnd(deployer);
    round.deployMs = clock.elapsed();
    std::printf("deploy:   %s  %6lld ms  %3d API calls  %2lld steps  critical path %d steps\n",
                deployed ? "ok    " : "FAILED", qlonglong(round.deployMs), deployer.apiCalls(),
                qlonglong(deployer.steps().size()), LabPlanner::criticalPathLength(deployer.steps()));
    deployCpu.print(localCloud);
    deploying.print("deploy steps", 8);

    LabTeardown teardown(session, topology);
    QList<LabStep> planned;
    QObject::connect(&teardown, &LabTeardown::planned, [&planned](const QList<LabStep>& steps) { planned = steps; });
    Timeline tearing;
    tearing.follow(teardown);
    clock.restart();
    CloudCpu teardownCpu;
    teardown.start(false);
    const bool removed = runToEnd(teardown);
    round.teardownMs = clock.elapsed();
    std::printf("teardown: %s  %6lld ms  %3d API calls  %2lld steps  critical path %d steps\n",
                removed ? "ok    " : "FAILED", qlonglong(round.teardownMs), teardown.apiCalls(),
                qlonglong(planned.size()), LabPlanner::criticalPathLength(planned));
    teardownCpu.print(localCloud);
    tearing.print("teardown steps", 8);
    round.ok = deployed && removed;
    return round;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString cloudName = qEnvironmentVariable("ZENITH_BENCH_CLOUD");
    std::unique_ptr<DemoCloud> demo;
    std::unique_ptr<Session> session;
    LabPlan plan;
    plan.name = QStringLiteral("bench") + QString::number(QRandomGenerator::global()->bounded(10000, 99999));
    if (cloudName.isEmpty()) {
        DemoCloud::Options options;
        options.speed = qEnvironmentVariableIsSet("ZENITH_BENCH_SPEED")
                            ? qEnvironmentVariable("ZENITH_BENCH_SPEED").toDouble()
                            : 50.0;
        demo = std::make_unique<DemoCloud>(options);
        QString why;
        if (!demo->start(0, &why)) {
            std::fprintf(stderr, "cannot start the demo cloud: %s\n", qPrintable(why));
            return 1;
        }
        session = std::make_unique<Session>(demo->cloudConfig());
        plan.cloud = QStringLiteral("demo");
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        std::printf("cloud: demo (speed %g)\n", options.speed);
    } else {
        auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(cloudName);
        if (!cloud) {
            std::fprintf(stderr, "cannot read cloud %s: %s\n", qPrintable(cloudName),
                         qPrintable(cloud.error().toString()));
            return 1;
        }
        session = std::make_unique<Session>(cloud.value());
        plan.cloud = cloudName;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
        plan.databaseVolumeGb = 1;
        std::printf("cloud: %s\n", qPrintable(cloudName));
    }
    if (!bench::await(session->authenticate())) {
        std::fprintf(stderr, "cannot sign in\n");
        return 1;
    }
    CreateKeypairRequest key;
    key.name = plan.name + QStringLiteral("-key");
    QFile keyFile(QStringLiteral(ZENITH_TEST_DATA_DIR "/compute/keypair-ed25519.pub"));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(keyFile.fileName()));
        return 1;
    }
    key.publicKey = QString::fromUtf8(keyFile.readAll()).trimmed();
    if (!bench::await(session->send(key))) {
        std::fprintf(stderr, "cannot import the key pair\n");
        return 1;
    }
    plan.keypair = key.name;
    const LabTopology topology = *LabTopology::of(plan);
    // A cloud's first requests after it starts warm its caches: one round may be slower than the
    // next. Every round is printed; the summary gives the median.
    const int rounds = std::max(
        1, qEnvironmentVariableIsSet("ZENITH_BENCH_ROUNDS") ? qEnvironmentVariableIntValue("ZENITH_BENCH_ROUNDS") : 3);
    QList<qint64> deploys;
    QList<qint64> teardowns;
    bool ok = true;
    for (int round = 1; ok && round <= rounds; ++round) {
        std::printf("round %d of %d\n", round, rounds);
        const Round measured = runRound(session.get(), topology, !demo);
        ok = measured.ok;
        deploys.append(measured.deployMs);
        teardowns.append(measured.teardownMs);
    }
    if (ok && rounds > 1)
        std::printf("median of %d rounds: deploy %lld ms (%lld-%lld), teardown %lld ms (%lld-%lld)\n", rounds,
                    qlonglong(median(deploys)), qlonglong(*std::min_element(deploys.cbegin(), deploys.cend())),
                    qlonglong(*std::max_element(deploys.cbegin(), deploys.cend())), qlonglong(median(teardowns)),
                    qlonglong(*std::min_element(teardowns.cbegin(), teardowns.cend())),
                    qlonglong(*std::max_element(teardowns.cbegin(), teardowns.cend())));
    (void)bench::await(session->send(DeleteKeypairRequest{key.name}));
    return ok ? 0 : 1;
}
