#include "demoheatcalls.h"

#include "core/apierror.h"

#include <QJsonDocument>

namespace zenith::demo {

DemoHeatCalls::DemoHeatCalls(DemoEnv& env, QString region, DemoCaller caller)
    : m_env(env)
    , m_region(std::move(region))
    , m_caller(std::move(caller))
{}

DemoReply DemoHeatCalls::send(const QString& service, const QByteArray& method, const QString& path,
                              const QJsonObject& body, const QUrlQuery& query, const QByteArray& microversion) const
{
    DemoRequest request;
    request.method = method;
    request.service = service;
    request.region = m_region;
    request.path = path.split(u'/', Qt::SkipEmptyParts);
    request.query = query;
    if (!body.isEmpty()) {
        request.body = body;
        request.bodyIsJsonObject = true;
        request.rawBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.insert(QByteArrayLiteral("content-type"), QByteArrayLiteral("application/json"));
    }
    if (!microversion.isEmpty())
        request.headers.insert(QByteArrayLiteral("openstack-api-version"), "compute " + microversion);
    request.caller = m_caller;
    return m_env.dispatch(request);
}

QJsonObject DemoHeatCalls::json(const DemoReply& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QString DemoHeatCalls::failure(const QString& service, const DemoReply& reply, const QString& logicalName)
{
    // Heat names the client exception (neutronclient's, novaclient's, cinderclient's), then the resource.
    const ApiError error = ApiError::fromReply(reply.status, reply.body, service, {});
    QString type;
    switch (reply.status) {
    case 400: type = QStringLiteral("BadRequest"); break;
    case 403: type = QStringLiteral("Forbidden"); break;
    case 404: type = QStringLiteral("NotFound"); break;
    case 409: type = QStringLiteral("Conflict"); break;
    case 413: type = QStringLiteral("OverLimit"); break;
    default: type = QStringLiteral("ClientException"); break;
    }
    return type + QStringLiteral(": resources.") + logicalName + QStringLiteral(": ") + error.message;
}

QJsonObject DemoHeatCalls::toJson(const DemoCaller& caller)
{
    return QJsonObject{{QStringLiteral("user_id"), caller.userId},
                       {QStringLiteral("user_name"), caller.userName},
                       {QStringLiteral("project_id"), caller.projectId},
                       {QStringLiteral("project_name"), caller.projectName},
                       {QStringLiteral("admin"), caller.admin}};
}

DemoCaller DemoHeatCalls::callerFromJson(const QJsonObject& json)
{
    DemoCaller caller;
    caller.userId = json.value(u"user_id").toString();
    caller.userName = json.value(u"user_name").toString();
    caller.projectId = json.value(u"project_id").toString();
    caller.projectName = json.value(u"project_name").toString();
    caller.admin = json.value(u"admin").toBool();
    return caller;
}

} // namespace zenith::demo
