// Benchmark of the demo cloud as a server: 10,000 servers served in pages of 1,000 must not
// dominate the client benchmarks that use it. Prints figures; asserts nothing.
//   bench_democloud [servers=10000] [page=1000]
#include "benchsupport.h"

#include "compute/createserverrequest.h"
#include "compute/getserverrequest.h"
#include "compute/listflavorsrequest.h"
#include "compute/listserversrequest.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "image/listimagesrequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int servers = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int pageSize = argc > 2 ? QByteArray(argv[2]).toInt() : 1000;

    DemoCloud::Options options;
    options.speed = 1000; // builds finish at once: the listing is what is measured
    DemoCloud cloud(options);
    QString why;
    if (!cloud.start(0, &why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    cloud.setComputeQuota(QStringLiteral("demo"), servers + 10, servers * 2, servers * 4096);
    Session session(cloud.cloudConfig());

    ListImagesRequest debian;
    debian.name = QStringLiteral("Debian 12");
    const auto images = await(session.send(debian));
    if (!images || images->items.isEmpty())
        fail("images",
             images ? ApiError::local(ApiError::Kind::NotFound, QStringLiteral("no Debian 12")) : images.error());
    const auto flavors = await(session.send(ListFlavorsRequest{}));
    if (!flavors)
        fail("flavors", flavors.error());
    QString flavorId;
    for (const Flavor& f : flavors->items) {
        if (f.name == QStringLiteral("d2-2"))
            flavorId = f.id;
    }

    // Servers are made the way a class would: multi-create requests of up to 1,000.
    QElapsedTimer clock;
    clock.start();
    for (int made = 0; made < servers; made += 1000) {
        CreateServerRequest create;
        create.name = QStringLiteral("bench");
        create.imageRef = images->items.first().id;
        create.flavorRef = flavorId;
        create.minCount = qMin(1000, servers - made);
        create.maxCount = create.minCount;
        const auto created = await(session.send(create));
        if (!created)
            fail("create", created.error());
    }
    const qint64 createMs = clock.elapsed();

    ListServersRequest list;
    list.limit = pageSize;
    clock.restart();
    auto pages = session.sendPaged(list);
    waitFor(pages);
    const qint64 listMs = clock.elapsed();
    qsizetype listed = 0;
    for (const auto& page : pages.results()) {
        if (!page)
            fail("list", page.error());
        listed += page->items.size();
    }
    const qsizetype pageCount = pages.resultCount();

    // Small requests, as polling sends them: GET one server, six connections at a time.
    const int gets = 2000;
    QList<QFuture<Result<Server>>> shown;
    const QList<Server> firstPage = pages.resultAt(0)->items;
    clock.restart();
    for (int i = 0; i < gets; ++i)
        shown.append(session.send(GetServerRequest{firstPage.at(i % firstPage.size()).id}));
    for (auto& future : shown) {
        const auto server = await(future);
        if (!server)
            fail("get", server.error());
    }
    const qint64 getMs = clock.elapsed();

    std::printf("demo cloud benchmark: %d servers, pages of %d\n", servers, pageSize);
    std::printf("  create (multi-create of 1,000)   %8lld ms\n", static_cast<long long>(createMs));
    std::printf("  list all (%lld pages, %lld servers) %8lld ms  (%.1f pages/s, %.0f servers/s)\n",
                static_cast<long long>(pageCount), static_cast<long long>(listed), static_cast<long long>(listMs),
                pageCount * 1000.0 / qMax<qint64>(listMs, 1), listed * 1000.0 / qMax<qint64>(listMs, 1));
    std::printf("  GET one server x %d             %8lld ms  (%.0f requests/s)\n", gets, static_cast<long long>(getMs),
                gets * 1000.0 / qMax<qint64>(getMs, 1));
    std::printf("  peak RSS                         %8.1f MiB\n", peakRssMiB());
    return listed == servers ? 0 : 1;
}
