#pragma once

// The demo cloud with a session and N servers, for the store and model tests.

#include "compute/createserverrequest.h"
#include "compute/listflavorsrequest.h"
#include "core/session.h"
#include "democloud/democloud.h"
#include "image/listimagesrequest.h"

#include <QTest>

#include <memory>

namespace zenith::test {

inline SessionOptions fastSessionOptions()
{
    SessionOptions o;
    o.transferTimeout = std::chrono::milliseconds(3000);
    o.retry.baseDelay = std::chrono::milliseconds(20);
    o.retry.maxDelay = std::chrono::milliseconds(100);
    o.retry.maxRetries = 1;
    o.retry.jitter = 0;
    o.tokenRefreshMargin = std::chrono::seconds(0);
    return o;
}

template <typename T> Result<T> awaitResult(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer in 20 s"));
    return future.result();
}

//! A started demo cloud and a session on it.
struct ServerFixture
{
    explicit ServerFixture(double speed = 1000)
    {
        DemoCloud::Options options;
        options.speed = speed;
        cloud = std::make_unique<DemoCloud>(options);
        QString why;
        started = cloud->start(0, &why);
        cloud->setComputeQuota(QStringLiteral("demo"), 200, 400, 200 * 4096);
        session = std::make_unique<Session>(cloud->cloudConfig());
        session->setOptions(fastSessionOptions());
    }

    //! Multi-creates `count` servers named "<name>-1"... (or "<name>" alone); empty on success.
    QString create(const QString& name, int count)
    {
        ListImagesRequest debian;
        debian.name = QStringLiteral("Debian 12");
        const auto images = awaitResult(session->send(debian));
        const auto flavors = awaitResult(session->send(ListFlavorsRequest{}));
        if (!images || images->items.isEmpty() || !flavors)
            return QStringLiteral("no image or flavor");
        CreateServerRequest create;
        create.name = name;
        create.imageRef = images->items.first().id;
        for (const Flavor& f : flavors->items) {
            if (f.name == u"d2-2")
                create.flavorRef = f.id;
        }
        create.minCount = count;
        create.maxCount = count;
        const auto created = awaitResult(session->send(create));
        return created ? QString() : created.error().message;
    }

    std::unique_ptr<DemoCloud> cloud;
    std::unique_ptr<Session> session;
    bool started = false;
};

} // namespace zenith::test
