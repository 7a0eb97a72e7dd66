// Benchmark of the Network area's tables (issue 6): 5,000 ports through PortStore, PortsModel, the
// sort/filter proxy and the Ports tab's QTableView, then 500 security groups of 20 rules through
// SecurityGroupStore, the groups' model and table and the selected group's rules, all offscreen.
// Prints figures; asserts nothing. The demo cloud runs in a child process (this program with
// --serve), so the peak RSS printed is the client's alone, as it would be against a real cloud.
//   network [ports=5000] [groups=500] [rules per group=20]
// Targets: first rows well under 200 ms, all rows in a second or two, peak RSS well under 150 MiB.
#include "benchsupport.h"
#include "networkseed.h"

#include "core/session.h"
#include "democloud/democloud.h"
#include "network/portsmodel.h"
#include "network/portssortfilter.h"
#include "network/portsview.h"
#include "network/securitygrouprulesmodel.h"
#include "network/securitygroupsmodel.h"
#include "network/securitygroupsview.h"
#include "stores/portstore.h"
#include "stores/securitygroupstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <cstdio>

using namespace zenith;
using namespace zenith::bench;

namespace {

[[noreturn]] void fail(const char* step, const ApiError& error)
{
    std::fprintf(stderr, "%s: %s %d %s\n", step, qPrintable(kindName(error.kind)), error.httpStatus,
                 qPrintable(error.message));
    std::exit(1);
}

long long ll(qint64 value)
{
    return static_cast<long long>(value);
}

// Times a tab's listing: to the first `firstRows` rows on screen and to the last page, on screen.
struct ListingClock
{
    QElapsedTimer clock;
    qint64 firstMs = -1;
    qint64 allMs = -1;
    int firstRows = 0;
    qint64 cpuMs = 0;

    template <typename Store>
    void run(PaneSection& section, Store* store, QAbstractItemModel* proxy, QTableView* view, Session& session,
             int wanted)
    {
        QObject::connect(proxy, &QAbstractItemModel::rowsInserted, &section, [&, proxy, view, wanted] {
            if (firstMs < 0 && proxy->rowCount() >= wanted) {
                view->viewport()->repaint(); // counted: the rows are on screen, not only in the model
                firstMs = clock.elapsed();
                firstRows = proxy->rowCount();
            }
        });
        QEventLoop listing;
        QObject::connect(store, &Store::loadingFinished, &section, [&, view] {
            view->viewport()->repaint();
            allMs = clock.elapsed();
            listing.quit();
        });
        QObject::connect(store, &Store::failed, &section, [](const ApiError& error) { fail("list", error); });
        const qint64 cpuBefore = bench::cpuMs();
        clock.start();
        section.setSession(&session);
        section.setActive(true);
        if (allMs < 0)
            listing.exec();
        cpuMs = bench::cpuMs() - cpuBefore;
    }
};

bool measurePorts(Session& session, const NetworkSizes& sizes)
{
    PortsSection section;
    section.resize(1280, 800);
    section.show();
    QTableView* view = section.view();
    ListingClock listing;
    listing.run(section, section.store(), section.proxy(), view, session, qMin(100, sizes.ports));
    const int rows = section.model()->rowCount();

    QElapsedTimer clock;
    clock.start();
    view->sortByColumn(PortsModel::FixedIps, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = clock.restart();
    section.searchField()->setText(QStringLiteral("bench-49"));
    view->viewport()->repaint();
    const qint64 searchMs = clock.elapsed();

    std::printf("ports: %d ports, the Ports tab's store, model, proxy and offscreen QTableView\n", sizes.ports);
    std::printf("  first %d rows shown             %8lld ms\n", listing.firstRows, ll(listing.firstMs));
    std::printf("  all %d rows shown              %8lld ms\n", rows, ll(listing.allMs));
    std::printf("  client CPU time for all rows     %8lld ms  (wall times above grow with the machine's load)\n",
                ll(listing.cpuMs));
    std::printf("  sort by fixed IPs                %8lld ms\n", ll(sortMs));
    std::printf("  search \"bench-49\" (%d rows)     %8lld ms\n", section.proxy()->rowCount(), ll(searchMs));
    std::printf("  peak RSS                         %8.1f MiB\n", peakRssMiB());
    return rows == sizes.ports;
}

bool measureGroups(Session& session, const NetworkSizes& sizes)
{
    SecurityGroupsSection section;
    section.resize(1280, 800);
    section.show();
    QSortFilterProxyModel* proxy = section.groupsProxy();
    QTableView* view = section.groupsView();
    ListingClock listing;
    listing.run(section, section.store(), proxy, view, session, 1);
    const int rows = section.groupsModel()->rowCount();

    // What a user does next: select a group and read its rules, then every group in turn.
    QElapsedTimer clock;
    clock.start();
    section.selectGroup(proxy->index(qMin(1, proxy->rowCount() - 1), 0).data(SecurityGroupsModel::IdRole).toString());
    section.rulesView()->viewport()->repaint();
    const qint64 oneGroupMs = clock.elapsed();
    const int oneGroupRules = section.rulesModel()->rowCount();
    clock.restart();
    qint64 ruleRows = 0;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        section.selectGroup(proxy->index(row, 0).data(SecurityGroupsModel::IdRole).toString());
        ruleRows += section.rulesModel()->rowCount();
        section.rulesView()->viewport()->repaint();
    }
    const qint64 selectAllMs = clock.restart();
    view->sortByColumn(SecurityGroupsModel::Rules, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = clock.restart();
    section.searchField()->setText(QStringLiteral("bench-49"));
    view->viewport()->repaint();
    const qint64 searchMs = clock.elapsed();

    std::printf("security groups: %d groups of %d rules (%d rules), offscreen QTableViews\n", sizes.groups,
                sizes.rulesPerGroup, sizes.groups * sizes.rulesPerGroup);
    std::printf("  first rows shown (%d)           %8lld ms\n", listing.firstRows, ll(listing.firstMs));
    std::printf("  all %d groups shown              %8lld ms\n", rows, ll(listing.allMs));
    std::printf("  client CPU time for all groups   %8lld ms\n", ll(listing.cpuMs));
    std::printf("  rules of one group shown (%d)    %8lld ms\n", oneGroupRules, ll(oneGroupMs));
    std::printf("  select every group in turn       %8lld ms  (%lld rule rows shown, %.2f ms a group)\n",
                ll(selectAllMs), ll(ruleRows), rows > 0 ? double(selectAllMs) / rows : 0.0);
    std::printf("  sort by number of rules          %8lld ms\n", ll(sortMs));
    std::printf("  search \"bench-49\" (%d rows)      %8lld ms\n", proxy->rowCount(), ll(searchMs));
    std::printf("  peak RSS                         %8.1f MiB\n", peakRssMiB());
    return rows == sizes.groups + 1; // and the project's default group
}

NetworkSizes sizesFrom(const QStringList& args)
{
    NetworkSizes sizes;
    if (args.size() > 0)
        sizes.ports = args[0].toInt();
    if (args.size() > 1)
        sizes.groups = args[1].toInt();
    if (args.size() > 2)
        sizes.rulesPerGroup = args[2].toInt();
    return sizes;
}

// The child: a seeded demo cloud; prints its auth URL and the seeding time, serves until killed.
int serve(const NetworkSizes& sizes)
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
    if (!seedNetwork(cloud, session, sizes, &why)) {
        std::fprintf(stderr, "seeding: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("%s %lld\n", qPrintable(cloud.authUrl().toString()), ll(seeding.elapsed()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Starts the child; gives the demo cloud's configuration, with the child's auth URL, and the seeding time.
CloudConfig startServer(QProcess* child, const QStringList& args, qint64* seedingMs)
{
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--serve")} + args);
    while (!child->canReadLine()) {
        if (!child->waitForReadyRead(120000)) {
            std::fprintf(stderr, "the demo cloud process did not start\n");
            std::exit(1);
        }
    }
    const QList<QByteArray> line = child->readLine().trimmed().split(' ');
    *seedingMs = line.value(1).toLongLong();
    DemoCloud::Options options;
    DemoCloud unstarted(options); // only for the configuration's fixed parts (user, project, regions)
    CloudConfig config = unstarted.cloudConfig();
    config.auth.authUrl = QUrl(QString::fromUtf8(line.value(0)));
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
    const NetworkSizes sizes = sizesFrom(args);
    QElapsedTimer startup;
    startup.start();
    QProcess child;
    qint64 seedingMs = 0;
    Session session(startServer(&child, args, &seedingMs));
    std::printf("demo cloud (child process): seeded %d ports, %d groups, %d rules in %lld ms (%lld ms to start)\n",
                sizes.ports, sizes.groups, sizes.groups * sizes.rulesPerGroup, ll(seedingMs), ll(startup.elapsed()));
    std::printf("peak RSS before listing            %8.1f MiB  (Qt, the empty window)\n", peakRssMiB());
    bool complete = measurePorts(session, sizes);
    complete = measureGroups(session, sizes) && complete;
    child.kill();
    child.waitForFinished();
    return complete ? 0 : 1;
}
