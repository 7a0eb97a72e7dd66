// Benchmark of the Instances tab: 10,000 servers from the demo cloud through ServerStore,
// InstancesModel, the sort/filter proxy and a QTableView (offscreen). Prints figures; asserts nothing.
// The demo cloud runs in a child process (this program with --serve), so the peak RSS printed is
// the client's alone, as it would be against a real cloud.
//   bench_instances [servers=10000]
// Targets (issue 5): first 100 rows < 0.2 s, all rows < 1.5 s, peak RSS < 150 MB.
#include "benchsupport.h"

#include "compute/createserverrequest.h"
#include "compute/instancesmodel.h"
#include "compute/instancessortfilter.h"
#include "compute/instancesview.h"
#include "compute/listflavorsrequest.h"
#include "compute/listserversrequest.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "image/listimagesrequest.h"
#include "stores/serverstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTableView>

#include <cstdio>

using namespace zenith;
using namespace zenith::bench;

namespace {

void fail(const char* step, const ApiError& error)
{
    std::fprintf(stderr, "%s: %s %d %s\n", step, qPrintable(kindName(error.kind)), error.httpStatus,
                 qPrintable(error.message));
    std::exit(1);
}

void createServers(Session& session, int servers)
{
    ListImagesRequest debian;
    debian.name = QStringLiteral("Debian 12");
    const auto images = await(session.send(debian));
    if (!images || images->items.isEmpty())
        fail("images",
             images ? ApiError::local(ApiError::Kind::NotFound, QStringLiteral("no Debian 12")) : images.error());
    const auto flavors = await(session.send(ListFlavorsRequest{}));
    if (!flavors)
        fail("flavors", flavors.error());
    CreateServerRequest create;
    create.name = QStringLiteral("bench");
    create.imageRef = images->items.first().id;
    for (const Flavor& f : flavors->items) {
        if (f.name == u"d2-2")
            create.flavorRef = f.id;
    }
    for (int made = 0; made < servers; made += 1000) {
        create.minCount = qMin(1000, servers - made);
        create.maxCount = create.minCount;
        const auto created = await(session.send(create));
        if (!created)
            fail("create", created.error());
    }
    // Let every build finish: the figures are about listing, not about polling 10,000 builds.
    ListServersRequest building;
    building.status = QStringLiteral("BUILD");
    building.limit = 1;
    for (;;) {
        const auto page = await(session.send(building));
        if (!page)
            fail("settle", page.error());
        if (page->items.isEmpty())
            break;
        QThread::msleep(50);
    }
}

// The child: a demo cloud holding `servers` settled servers; prints its auth URL, serves until killed.
int serve(int servers)
{
    DemoCloud::Options options;
    options.speed = 1000;
    DemoCloud cloud(options);
    QString why;
    if (!cloud.start(0, &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    cloud.setComputeQuota(QStringLiteral("demo"), servers + 10, servers * 2, servers * 4096);
    Session session(cloud.cloudConfig());
    createServers(session, servers);
    std::printf("%s\n", qPrintable(cloud.authUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Starts the child and gives the demo cloud's configuration, with the child's auth URL.
CloudConfig startServer(QProcess* child, int servers)
{
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), QString::number(servers)});
    while (!child->canReadLine()) {
        if (!child->waitForReadyRead(120000)) {
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
    if (argc > 2 && qstrcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serve(QByteArray(argv[2]).toInt());
    }
    QApplication app(argc, argv);
    const int servers = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    QProcess child;
    Session session(startServer(&child, servers));
    const double baselineMiB = peakRssMiB();

    InstancesSection section;
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
    QObject::connect(section.store(), &ServerStore::loadingFinished, &section, [&] {
        view->viewport()->repaint();
        allMs = clock.elapsed();
        listing.quit();
    });
    QObject::connect(section.store(), &ServerStore::failed, &section,
                     [](const ApiError& error) { fail("list", error); });

    const qint64 cpuBefore = cpuMs();
    clock.start();
    section.setSession(&session);
    section.setActive(true);
    if (allMs < 0)
        listing.exec();
    const int rows = section.model()->rowCount();
    const qint64 listCpuMs = cpuMs() - cpuBefore;

    // What a user does next: sort on a column, then search.
    clock.restart();
    view->sortByColumn(InstancesModel::Created, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = clock.elapsed();
    clock.restart();
    section.proxy()->setSearchText(QStringLiteral("bench-99"));
    view->viewport()->repaint();
    const qint64 searchMs = clock.elapsed();

    std::printf("instances benchmark: %d servers, pages of 1,000, offscreen QTableView\n", servers);
    std::printf("  first 100 rows shown             %8lld ms  (target < 200)\n", static_cast<long long>(first100Ms));
    std::printf("  all %d rows shown             %8lld ms  (target < 1500)\n", rows, static_cast<long long>(allMs));
    std::printf("  client CPU time for all rows     %8lld ms  (wall times above grow with the machine's load)\n",
                static_cast<long long>(listCpuMs));
    std::printf("  sort by created                  %8lld ms\n", static_cast<long long>(sortMs));
    std::printf("  search \"bench-99\" (%lld rows)     %8lld ms\n", static_cast<long long>(section.proxy()->rowCount()),
                static_cast<long long>(searchMs));
    std::printf(
        "  peak RSS before listing          %8.1f MiB  (Qt, the empty window; the demo cloud is another process)\n",
        baselineMiB);
    std::printf("  peak RSS                         %8.1f MiB  (target < 150)\n", peakRssMiB());
    child.kill();
    child.waitForFinished();
    return rows == servers ? 0 : 1;
}
