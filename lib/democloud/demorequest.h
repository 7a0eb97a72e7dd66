#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace zenith::demo {

//! Who is calling: set from a valid X-Auth-Token before a service handler runs.
struct DemoCaller
{
    QString token;
    QString userId;
    QString userName;
    QString projectId;
    QString projectName;
    bool admin = false;
};

//! One HTTP request as a service handler sees it, the route's placeholders resolved.
struct DemoRequest
{
    QByteArray method; //!< "GET", "POST"...
    QString service;   //!< "compute", "network", ... ("identity" for Keystone)
    QString region;    //!< "GRA11"; empty for Keystone
    QStringList path;  //!< segments after the service prefix: {"v2.1", "servers", "<id>"}
    QUrlQuery query;
    QByteArray rawBody;
    QJsonObject body; //!< the body when it is a JSON object
    bool bodyIsJsonObject = false;
    QHash<QByteArray, QByteArray> headers; //!< names in lower case
    QHash<QString, QString> params;        //!< route placeholders: {"server_id": "..."}
    QString baseUrl;                       //!< "http://127.0.0.1:<port>/gra11/compute", for links
    QByteArray target; //!< the path and query as sent ("/ovh/1.0/domain/zone?x=1"): OVHcloud signs them
    DemoCaller caller;
    //! nova::microversion(), kept after its first reading: a listing asks it for every server.
    mutable std::optional<int> computeMinor;

    QString param(const QString& name) const { return params.value(name); }
    QByteArray header(const QByteArray& lowerName) const { return headers.value(lowerName); }
    //! Every value of a query key ("?status=ACTIVE&status=BUILD").
    QStringList queryValues(const QString& key) const;
    //! A query value, or an empty string.
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

//! What a handler answers.
struct DemoReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool dropConnection = false; //!< close the socket without an answer (fault injection)

    static DemoReply json(int status, const QJsonObject& body);
    static DemoReply json(int status, const QJsonArray& body);
    static DemoReply empty(int status);
    DemoReply& withHeader(const QByteArray& name, const QByteArray& value);
};

} // namespace zenith::demo
