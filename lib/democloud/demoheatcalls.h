#pragma once

#include "demorequest.h"
#include "demoservice.h"

namespace zenith::demo {

//! The REST calls Heat makes for one stack, as its owner, in its region, through the demo cloud's
//! own routes (DemoEnv::dispatch): Heat's resources get the other services' checks and behaviour.
class DemoHeatCalls
{
public:
    DemoHeatCalls(DemoEnv& env, QString region, DemoCaller caller);

    //! `path` after the service's prefix, segments separated by "/": "v2.0/networks".
    DemoReply send(const QString& service, const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QUrlQuery& query = {}, const QByteArray& microversion = {}) const;

    const DemoCaller& caller() const { return m_caller; }

    //! The reply's JSON object (empty when it has none).
    static QJsonObject json(const DemoReply& reply);
    //! True for 2xx.
    static bool ok(const DemoReply& reply) { return reply.status >= 200 && reply.status < 300; }
    //! Heat's words for a failed call of a resource: "BadRequest: resources.net: <the service's message>".
    static QString failure(const QString& service, const DemoReply& reply, const QString& logicalName);

    //! The caller as a stack keeps it (no token: Heat acts with its trust).
    static QJsonObject toJson(const DemoCaller& caller);
    static DemoCaller callerFromJson(const QJsonObject& json);

private:
    DemoEnv& m_env;
    QString m_region;
    DemoCaller m_caller;
};

} // namespace zenith::demo
