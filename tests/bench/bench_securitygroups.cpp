// Benchmark of the Security groups tab: 500 groups of 20 rules each from the demo cloud through
// SecurityGroupStore, SecurityGroupsModel, the sort/filter proxy and a QTableView (offscreen),
// then the rules of every group through SecurityGroupRulesModel. Prints figures; asserts nothing.
// The demo cloud runs in a child process (this program with --serve), so the peak RSS printed is
// the client's alone, as it would be against a real cloud.
//   bench_securitygroups [groups=500] [rules per group=20]
#include "benchsupport.h"

#include "core/session.h"
#include "democloud/democloud.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/securitygrouprulesmodel.h"
#include "network/securitygroupsmodel.h"
#include "network/securitygroupsview.h"
#include "stores/securitygroupstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

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

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject resource(const QString& projectId)
{
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("tenant_id"), projectId},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")},
            {QStringLiteral("revision_number"), 0}};
}

// A rule as the demo cloud stores it (demoneutronsecgrouprules.cpp): a few kinds, like a class's groups.
QJsonObject rule(const QString& projectId, const QString& groupId, int n)
{
    QJsonObject r = resource(projectId);
    const bool egress = n < 2;
    r.insert(QStringLiteral("security_group_id"), groupId);
    r.insert(QStringLiteral("direction"), egress ? QStringLiteral("egress") : QStringLiteral("ingress"));
    r.insert(QStringLiteral("ethertype"), n == 1 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
    r.insert(QStringLiteral("protocol"), egress
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(n % 3 == 0 ? QStringLiteral("udp") : QStringLiteral("tcp")));
    r.insert(QStringLiteral("port_range_min"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(1000 + n));
    r.insert(QStringLiteral("port_range_max"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(1000 + n));
    const QJsonValue prefix = egress ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("10.12.0.0/16"));
    r.insert(QStringLiteral("remote_ip_prefix"), prefix);
    r.insert(QStringLiteral("normalized_cidr"), prefix);
    r.insert(QStringLiteral("remote_group_id"), QJsonValue::Null);
    r.insert(QStringLiteral("remote_address_group_id"), QJsonValue::Null);
    r.insert(QStringLiteral("description"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(QString()));
    return r;
}

// The child: a demo cloud holding `groups` groups of `rules` rules; prints its auth URL, serves
// until killed. The groups go straight into a saved state (the quota allows 10 groups, and the
// figures are about listing them, not about 10,000 POSTs).
int serve(int groups, int rules)
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
    const auto listed = await(session.send(ListSecurityGroupsRequest{}));
    if (!listed || listed->items.isEmpty())
        fail("default group",
             listed ? ApiError::local(ApiError::Kind::NotFound, QStringLiteral("none")) : listed.error());
    const QString projectId = listed->items.first().projectId;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    if (!cloud.save(path, &why)) {
        std::fprintf(stderr, "save: %s\n", qPrintable(why));
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject state = document.value(u"state").toObject();
    const QString region =
        cloud.cloudConfig().regionName.isEmpty() ? QStringLiteral("GRA11") : cloud.cloudConfig().regionName;
    QJsonArray groupItems = state.value(region + u"/security_groups").toArray();
    QJsonArray ruleItems = state.value(region + u"/security_group_rules").toArray();
    for (int g = 0; g < groups; ++g) {
        QJsonObject group = resource(projectId);
        group.insert(QStringLiteral("name"), QStringLiteral("bench-%1").arg(g, 3, 10, QLatin1Char('0')));
        group.insert(QStringLiteral("description"), QStringLiteral("Benchmark group %1").arg(g));
        group.insert(QStringLiteral("stateful"), true);
        group.insert(QStringLiteral("shared"), false);
        groupItems.append(group);
        for (int r = 0; r < rules; ++r)
            ruleItems.append(rule(projectId, group.value(u"id").toString(), r));
    }
    state.insert(region + u"/security_groups", groupItems);
    state.insert(region + u"/security_group_rules", ruleItems);
    document.insert(QStringLiteral("state"), state);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    file.close();
    if (!cloud.load(path, &why)) {
        std::fprintf(stderr, "load: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("%s\n", qPrintable(cloud.authUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// Starts the child and gives the demo cloud's configuration, with the child's auth URL.
CloudConfig startServer(QProcess* child, int groups, int rules)
{
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--serve"), QString::number(groups), QString::number(rules)});
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
    if (argc > 3 && qstrcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serve(QByteArray(argv[2]).toInt(), QByteArray(argv[3]).toInt());
    }
    QApplication app(argc, argv);
    const int groups = argc > 1 ? QByteArray(argv[1]).toInt() : 500;
    const int rulesPerGroup = argc > 2 ? QByteArray(argv[2]).toInt() : 20;

    QProcess child;
    Session session(startServer(&child, groups, rulesPerGroup));
    const double baselineMiB = peakRssMiB();

    SecurityGroupsSection section;
    section.resize(1280, 800);
    section.show();
    QTableView* view = section.groupsView();
    QElapsedTimer clock;
    qint64 firstMs = -1;
    qint64 allMs = -1;
    int firstRows = 0;
    QObject::connect(section.groupsProxy(), &QAbstractItemModel::rowsInserted, &section, [&] {
        if (firstMs < 0) {
            view->viewport()->repaint(); // counted: the rows are on screen, not only in the model
            firstMs = clock.elapsed();
            firstRows = section.groupsProxy()->rowCount();
        }
    });
    QEventLoop listing;
    QObject::connect(section.store(), &SecurityGroupStore::loadingFinished, &section, [&] {
        view->viewport()->repaint();
        allMs = clock.elapsed();
        listing.quit();
    });
    QObject::connect(section.store(), &SecurityGroupStore::failed, &section,
                     [](const ApiError& error) { fail("list", error); });

    const qint64 cpuBefore = cpuMs();
    clock.start();
    section.setSession(&session);
    section.setActive(true);
    if (allMs < 0)
        listing.exec();
    const int rows = section.groupsModel()->rowCount();
    const qint64 listCpuMs = cpuMs() - cpuBefore;

    // What a user does next: select each group in turn (its rules and their sentences on screen).
    clock.restart();
    qint64 ruleRows = 0;
    for (int row = 0; row < section.groupsProxy()->rowCount(); ++row) {
        section.selectGroup(section.groupsProxy()->index(row, 0).data(SecurityGroupsModel::IdRole).toString());
        ruleRows += section.rulesModel()->rowCount();
        section.rulesView()->viewport()->repaint();
    }
    const qint64 selectAllMs = clock.elapsed();
    clock.restart();
    view->sortByColumn(SecurityGroupsModel::Rules, Qt::DescendingOrder);
    view->viewport()->repaint();
    const qint64 sortMs = clock.elapsed();
    clock.restart();
    section.searchField()->setText(QStringLiteral("bench-49"));
    view->viewport()->repaint();
    const qint64 searchMs = clock.elapsed();

    std::printf("security groups benchmark: %d groups of %d rules (%d rules), pages of 100, offscreen QTableView\n",
                groups, rulesPerGroup, groups * rulesPerGroup);
    std::printf("  first rows shown (%d)            %8lld ms\n", firstRows, static_cast<long long>(firstMs));
    std::printf("  all %d groups shown              %8lld ms\n", rows, static_cast<long long>(allMs));
    std::printf("  client CPU time for all groups   %8lld ms  (wall times above grow with the machine's load)\n",
                static_cast<long long>(listCpuMs));
    std::printf("  select every group in turn       %8lld ms  (%lld rule rows shown, %.2f ms a group)\n",
                static_cast<long long>(selectAllMs), static_cast<long long>(ruleRows),
                rows > 0 ? double(selectAllMs) / rows : 0.0);
    std::printf("  sort by number of rules          %8lld ms\n", static_cast<long long>(sortMs));
    std::printf("  search \"bench-49\" (%lld rows)      %8lld ms\n",
                static_cast<long long>(section.groupsProxy()->rowCount()), static_cast<long long>(searchMs));
    std::printf(
        "  peak RSS before listing          %8.1f MiB  (Qt, the empty window; the demo cloud is another process)\n",
        baselineMiB);
    std::printf("  peak RSS                         %8.1f MiB\n", peakRssMiB());
    child.kill();
    child.waitForFinished();
    return rows == groups + 1 ? 0 : 1; // and the project's default group
}
