#pragma once

// The contract suite's harness: one live cloud, named by a clouds.yaml entry, shared by every
// test class; synchronous-looking calls for readable tests; the record of which request types
// reached the cloud, for the coverage line.

#include "config/cloudconfig.h"
#include "core/session.h"
#include "core/waiter.h"
#include "democloud/democloud.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QMetaType>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace zenith::contract {

//! The cloud under test, the session on it, and what the suite has exercised.
class Harness
{
public:
    static Harness& instance();

    //! Reads ZENITH_CONTRACT_CLOUD (and OS_CLIENT_CONFIG_FILE); an empty string when ready, else why not.
    QString setUp();
    const CloudConfig& cloud() const { return m_cloud; }
    //! An extra cloud entry of the same clouds.yaml ("devcloud-demo-appcred"), or nullopt.
    std::optional<CloudConfig> otherCloud(const QString& suffix) const;
    Session& session() { return *m_session; }
    //! A fresh session on the same cloud, for tests that need their own token.
    std::unique_ptr<Session> newSession(const CloudConfig& cloud) const;

    //! Notes that a request type reached the live cloud and got an HTTP answer.
    void exercised(const QString& requestType) { m_exercised.insert(requestType); }
    const QSet<QString>& exercisedTypes() const { return m_exercised; }

    //! Registers an undo step (delete what a test created), run by runCleanups() in reverse order.
    void defer(std::function<void()> undo) { m_cleanups.append(std::move(undo)); }
    void runCleanups();

    //! A name no other run uses: "zenith-contract-<pid>-<n>-<what>".
    QString uniqueName(const QString& what);

private:
    std::unique_ptr<DemoCloud> m_demoCloud; // when the cloud under test is "demo"
    std::unique_ptr<QTemporaryDir> m_demoDir;
    CloudConfig m_cloud;
    QString m_cloudsFile;
    std::unique_ptr<Session> m_session;
    QSet<QString> m_exercised;
    QList<std::function<void()>> m_cleanups;
    int m_counter = 0;
};

//! The request type's name as the coverage line counts it ("zenith::ListImagesRequest").
template <typename R> QString typeName()
{
    return QString::fromLatin1(QMetaType::fromType<R>().name());
}

//! Spins the event loop until the future finishes (or `timeoutMs` passes) and returns its result.
template <typename T> T await(QFuture<T> future, int timeoutMs = 120000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0)
        return T(ApiError::local(ApiError::Kind::Timeout, QStringLiteral("The contract harness gave up waiting")));
    return future.result();
}

//! Sends a request on `session` and waits for its answer; counts it as exercised when the cloud answered.
template <ApiRequest R> Result<typename R::Response> call(Session& session, const R& request)
{
    auto result = await(session.send(request));
    if (result.ok() || result.error().httpStatus > 0)
        Harness::instance().exercised(typeName<R>());
    return result;
}

template <ApiRequest R> Result<typename R::Response> call(const R& request)
{
    return call(Harness::instance().session(), request);
}

//! Follows every page of a list request and returns the items of all of them.
template <PagedRequest R> auto callAll(R request) -> Result<decltype(std::declval<typename R::Response>().items)>
{
    using Items = decltype(std::declval<typename R::Response>().items);
    auto future = Harness::instance().session().sendPaged(request);
    [[maybe_unused]] const auto last = await(future);
    Items all;
    for (const auto& page : future.results()) {
        if (!page)
            return page.error();
        all += page->items;
    }
    Harness::instance().exercised(typeName<R>());
    return all;
}

//! For messages: "NotFound 404 itemNotFound: Instance x could not be found. [req-...]".
QString describe(const ApiError& error);

//! The id of the item called `name` in a collection of another service, read with a plain GET
//! ("network", "networks?name=private", "networks"). For set-ups that need a resource of an area
//! whose request types are not the subject of the test; it counts for no request type.
QString lookupId(ServiceType service, const QString& pathAndQuery, const QString& collection, const QString& name);

//! True on the loopback dev cloud (tests/devcloud): fake virt driver without VNC, fake Cinder back
//! end. Only for facts of that cloud, never to excuse a behaviour a real cloud would not have.
bool onDevCloud();

//! A well-formed id that names nothing.
QString unknownId();

} // namespace zenith::contract

//! Fails the test with the error when a result is not ok; yields the value otherwise.
#define CONTRACT_OK(result)                                                                                            \
    do {                                                                                                               \
        if (!(result).ok())                                                                                            \
            QFAIL(qPrintable(::zenith::contract::describe((result).error())));                                         \
    } while (false)

//! Checks that a result failed with this kind and HTTP status.
#define CONTRACT_FAILS(result, errorKind, status)                                                                      \
    do {                                                                                                               \
        QVERIFY2(!(result).ok(), "expected an error, the call succeeded");                                             \
        QCOMPARE(::zenith::kindName((result).error().kind), ::zenith::kindName(errorKind));                            \
        QCOMPARE((result).error().httpStatus, status);                                                                 \
    } while (false)

//! Evaluates an expression once and fails the test with its error when it is not ok.
#define CONTRACT_SUCCEEDS(expression)                                                                                  \
    do {                                                                                                               \
        const auto result_ = (expression);                                                                             \
        CONTRACT_OK(result_);                                                                                          \
    } while (false)

//! Checks that a result failed with this kind, HTTP status, error code and message.
#define CONTRACT_REFUSED(result, errorKind, status, errorCode, errorMessage)                                           \
    do {                                                                                                               \
        CONTRACT_FAILS(result, errorKind, status);                                                                     \
        QCOMPARE((result).error().code, QStringLiteral(errorCode));                                                    \
        QCOMPARE((result).error().message, errorMessage);                                                              \
    } while (false)

namespace zenith::contract {

//! Test classes register themselves; main() runs them in registration order.
struct Registry
{
    using Factory = std::function<std::unique_ptr<QObject>()>;
    static QList<QPair<QString, Factory>>& entries();
};

template <typename T> struct Registrar
{
    explicit Registrar(const char* name)
    {
        Registry::entries().append({QString::fromLatin1(name), [] { return std::make_unique<T>(); }});
    }
};

} // namespace zenith::contract

#define ZENITH_CONTRACT_TEST(Class) static ::zenith::contract::Registrar<Class> contractRegistrar##Class(#Class);
