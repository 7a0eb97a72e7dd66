// Benchmark of the Network area's tables: ports from the demo cloud through PortStore, PortsModel,
// the sort/filter proxy and the Ports tab's QTableView (offscreen). Prints figures; asserts nothing.
// The demo cloud runs in a child process (this program with --serve), so the peak RSS printed is
// the client's alone, as it would be against a real cloud.
//   bench_network [ports=5000]
// Each part (ports; security groups to come) seeds the child's cloud, then measures one tab: add a
// part with a seed function (child side) and a measure function (client side) in `parts` below.
#include "benchsupport.h"

#include "core/session.h"
#include "democloud/democloud.h"
#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsubnetrequest.h"
#include "network/portsmodel.h"
#include "network/portssortfilter.h"
#include "network/portsview.h"
#include "stores/portstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>

#include <cstdio>
#include <functional>

using namespace zenith;
using namespace zenith::bench;

namespace {

struct Sizes
{
    int ports = 5000;
};

[[noreturn]] void fail(const char* step, const ApiError& error)
{
    std::fprintf(stderr, "%s: %s %d %s\n", step, qPrintable(kindName(error.kind)), error.httpStatus,
                 qPrintable(error.message));
    std::exit(1);
}

// Child side: `count` ports on one network, created 50 at a time in parallel.
void seedPorts(DemoCloud& cloud, Session& session, int count)
{
    cloud.setNetworkQuota(QStringLiteral("demo"), QStringLiteral("port"), count + 100);
    CreateNetworkRequest net;
    net.name = QStringLiteral("bench-net");
    const auto network = await(session.send(net));
    if (!network)
        fail("network", network.error());
    CreateSubnetRequest sub;
    sub.networkId = network->id;
    sub.name = QStringLiteral("bench-subnet");
    sub.cidr = QStringLiteral("10.12.0.0/16");
    if (const auto subnet = await(session.send(sub)); !subnet)
        fail("subnet", subnet.error());
    for (int made = 0; made < count;) {
        QList<QFuture<Result<Port>>> batch;
        for (int i = 0; i < 50 && made < count; ++i, ++made) {
            CreatePortRequest create;
            create.networkId = network->id;
            create.name = QStringLiteral("bench-%1").arg(made);
            batch.append(session.send(create));
        }
        for (const auto& future : std::as_const(batch)) {
            if (const auto port = await(future); !port)
                fail("port", port.error());
        }
    }
}

// Client side: the Ports tab lists every port; times to the first rows and to all of them.
bool measurePorts(Session& session, const Sizes& sizes)
{
    PortsSection section;
    section.resize(1280, 800);
    section.show();
    QTableView* view = section.view();
    QElapsedTimer clock;
    qint64 first100Ms = -1;
    qint64 allMs = -1;
    QObject::connect(section.proxy(), &QAbstractItemModel::rowsInserted, &section, [&] {
        if (first100Ms < 0 && section.proxy()->rowCount() >= 100) {
            view->viewport()->repaint(); // counted: the rows are on screen, not only in the model
            first100Ms = clock.elapsed();
        }
    });
    QEventLoop listing;
    QObject::connect(section.store(), &PortStore::loadingFinished, &section, [&] {
        view->viewport()->repaint();
        allMs = clock.elapsed();
        listing.quit();
    });
    QObject::connect(section.store(), &PortStore::failed, &section, [](const ApiError& error) { fail("list", error); });

    const double baselineMiB = peakRssMiB();
    const qint64 cpuBefore = cpuMs();
    clock.start();
    section.setSession(&session);
    section.setActive(true);
    if (allMs < 0)
        listing.exec();
    const int rows = section.model()->rowCount();
    const qint64 listCpuMs = cpuMs() - cpuBefore;

    clock.restart();
    view->sortByColumn(PortsModel::FixedIps, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = clock.elapsed();
    clock.restart();
    section.searchField()->setText(QStringLiteral("bench-49"));
    view->viewport()->repaint();
    const qint64 searchMs = clock.elapsed();

    std::printf("ports benchmark: %d ports, the Ports tab's store, model, proxy and offscreen QTableView\n",
                sizes.ports);
    std::printf("  first 100 rows shown             %8lld ms\n", static_cast<long long>(first100Ms));
    std::printf("  all %d rows shown              %8lld ms\n", rows, static_cast<long long>(allMs));
    std::printf("  client CPU time for all rows     %8lld ms  (wall times above grow with the machine's load)\n",
                static_cast<long long>(listCpuMs));
    std::printf("  sort by fixed IPs                %8lld ms\n", static_cast<long long>(sortMs));
    std::printf("  search \"bench-49\" (%lld rows)     %8lld ms\n", static_cast<long long>(section.proxy()->rowCount()),
                static_cast<long long>(searchMs));
    std::printf("  peak RSS before listing          %8.1f MiB\n", baselineMiB);
    std::printf("  peak RSS                         %8.1f MiB\n", peakRssMiB());
    return rows == sizes.ports;
}

struct Part
{
    std::function<void(DemoCloud&, Session&, const Sizes&)> seed;
    std::function<bool(Session&, const Sizes&)> measure;
};

const QList<Part> parts{
    {[](DemoCloud& cloud, Session& session, const Sizes& sizes) { seedPorts(cloud, session, sizes.ports); },
     measurePorts},
};

Sizes sizesFrom(const QStringList& args)
{
    Sizes sizes;
    if (!args.isEmpty())
        sizes.ports = args.first().toInt();
    return sizes;
}

// The child: a demo cloud seeded by every part; prints its auth URL, serves until killed.
int serve(const Sizes& sizes)
{
    DemoCloud::Options options;
    options.speed = 1000;
    DemoCloud cloud(options);
    QString why;
    if (!cloud.start(0, &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    Session session(cloud.cloudConfig());
    QElapsedTimer seeding;
    seeding.start();
    for (const Part& part : parts)
        part.seed(cloud, session, sizes);
    std::fprintf(stderr, "(seeded the demo cloud in %lld ms)\n", static_cast<long long>(seeding.elapsed()));
    std::printf("%s\n", qPrintable(cloud.authUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

CloudConfig startServer(QProcess* child, const QStringList& args)
{
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--serve")} + args);
    while (!child->canReadLine()) {
        if (!child->waitForReadyRead(600000)) {
            std::fprintf(stderr, "the demo cloud process did not start\n");
            std::exit(1);
        }
    }
    DemoCloud::Options options;
    DemoCloud unstarted(options); // only for the configuration's fixed parts (user, project, regions)
    CloudConfig config = unstarted.cloudConfig();
    config.auth.authUrl = QUrl(QString::fromUtf8(child->readLine().trimmed()));
    return config;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serve(sizesFrom(app.arguments().mid(2)));
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const Sizes sizes = sizesFrom(args);
    QProcess child;
    Session session(startServer(&child, args));
    bool complete = true;
    for (const Part& part : parts)
        complete = part.measure(session, sizes) && complete;
    child.kill();
    child.waitForFinished();
    return complete ? 0 : 1;
}
