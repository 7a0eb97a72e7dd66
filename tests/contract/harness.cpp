#include "contract.h"

#include "config/cloudconfigloader.h"
#include "core/jsonreader.h"
#include "democloud/democloud.h"

#include <QFile>
#include <QTemporaryDir>

#include <QJsonArray>
#include <QUrlQuery>

#include <QCoreApplication>

namespace zenith::contract {

Harness& Harness::instance()
{
    static Harness harness;
    return harness;
}

QString Harness::setUp()
{
    const QString name = qEnvironmentVariable("ZENITH_CONTRACT_CLOUD");
    if (name.isEmpty())
        return QStringLiteral("ZENITH_CONTRACT_CLOUD names no cloud");
    if (name == QStringLiteral("demo")) {
        // The built-in demo cloud, in this process, with the dev cloud's seed so that the same
        // cases run unchanged; its clouds.yaml goes where the loader looks.
        DemoCloud::Options options;
        options.seed = DemoCloud::Seed::DevCloud;
        options.speed = 20;
        m_demoCloud = std::make_unique<DemoCloud>(options);
        QString why;
        if (!m_demoCloud->start(0, &why))
            return QStringLiteral("cannot start the demo cloud: %1").arg(why);
        m_demoDir = std::make_unique<QTemporaryDir>();
        const QString file = m_demoDir->filePath(QStringLiteral("clouds.yaml"));
        QFile yaml(file);
        if (!yaml.open(QIODevice::WriteOnly) || yaml.write(m_demoCloud->cloudsYaml().toUtf8()) < 0)
            return QStringLiteral("cannot write %1").arg(file);
        yaml.close();
        qputenv("OS_CLIENT_CONFIG_FILE", QFile::encodeName(file));
    }
    const CloudConfigLoader loader(ConfigEnvironment::system());
    auto cloud = loader.loadCloud(name);
    if (!cloud)
        return QStringLiteral("cannot read cloud %1: %2").arg(name, cloud.error().toString());
    m_cloud = cloud.value();
    m_session = newSession(m_cloud);
    auto token = await(m_session->authenticate());
    if (!token)
        return QStringLiteral("cannot sign in to %1: %2").arg(name, describe(token.error()));
    return {};
}

std::optional<CloudConfig> Harness::otherCloud(const QString& suffix) const
{
    auto cloud = CloudConfigLoader(ConfigEnvironment::system()).loadCloud(m_cloud.name + suffix);
    if (!cloud)
        return std::nullopt;
    return cloud.value();
}

std::unique_ptr<Session> Harness::newSession(const CloudConfig& cloud) const
{
    auto session = std::make_unique<Session>(cloud);
    SessionOptions options;
    options.transferTimeout = std::chrono::seconds(60);
    session->setOptions(options);
    return session;
}

void Harness::runCleanups()
{
    const auto undo = std::exchange(m_cleanups, {});
    for (auto it = undo.crbegin(); it != undo.crend(); ++it)
        (*it)();
}

QString Harness::uniqueName(const QString& what)
{
    return QStringLiteral("zenith-contract-%1-%2-%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++m_counter)
        .arg(what);
}

bool onDevCloud()
{
    return Harness::instance().cloud().name.startsWith(QStringLiteral("devcloud"));
}

QString unknownId()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

QString describe(const ApiError& error)
{
    QString text = kindName(error.kind);
    if (error.httpStatus)
        text += u' ' + QString::number(error.httpStatus);
    if (!error.code.isEmpty())
        text += u' ' + error.code;
    text += QStringLiteral(": ") + error.message;
    if (!error.requestId.isEmpty())
        text += QStringLiteral(" [") + error.requestId + u']';
    return text;
}

namespace {

// Not a lib/ request type on purpose: the coverage line must not count it.
struct RawGet
{
    using Response = QJsonObject;
    ServiceType service;
    QString path;
    QUrlQuery query;

    RequestSpec spec() const
    {
        RequestSpec s;
        s.service = service;
        s.path = path;
        s.query = query;
        return s;
    }
    static Result<Response> parse(int, const QByteArray& body) { return parseJsonObject(body); }
};

} // namespace

QString lookupId(ServiceType service, const QString& pathAndQuery, const QString& collection, const QString& name)
{
    const qsizetype q = pathAndQuery.indexOf(u'?');
    RawGet get{service, pathAndQuery.left(q), q < 0 ? QUrlQuery() : QUrlQuery(pathAndQuery.mid(q + 1))};
    auto reply = await(Harness::instance().session().send(get));
    if (!reply)
        return {};
    for (const QJsonValue& item : reply->value(collection).toArray()) {
        if (item.toObject().value(u"name").toString() == name)
            return item.toObject().value(u"id").toString();
    }
    return {};
}

QList<QPair<QString, Registry::Factory>>& Registry::entries()
{
    static QList<QPair<QString, Factory>> list;
    return list;
}

} // namespace zenith::contract
