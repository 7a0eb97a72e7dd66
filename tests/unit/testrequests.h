#pragma once

// Request types that exist only for Session tests: they satisfy the same concepts as lib/'s.

#include "core/jsonreader.h"
#include "core/paging.h"
#include "core/requestspec.h"

#include <QJsonObject>

namespace zenith::test {

//! GET <service>/<path>, answering the body as a JSON object.
struct GetJsonRequest
{
    using Response = QJsonObject;

    ServiceType service = ServiceType::Compute;
    QString path;
    HttpMethod method = HttpMethod::Get;
    std::optional<Microversion> minMicroversion;

    RequestSpec spec() const
    {
        RequestSpec s;
        s.service = service;
        s.method = method;
        s.path = path;
        s.minMicroversion = minMicroversion;
        if (method == HttpMethod::Post)
            s.body = "{}";
        return s;
    }
    static Result<Response> parse(int, const QByteArray& body) { return parseJsonObject(body); }
};

//! GET network things with Neutron-style paging: {"things": [{"id"}], "things_links": [{"rel": "next"}]}.
struct ListThingsRequest
{
    struct Response
    {
        QStringList ids;
        std::optional<QString> nextMarker;
    };

    std::optional<QString> marker;
    int limit = 2;

    RequestSpec spec() const
    {
        RequestSpec s;
        s.service = ServiceType::Network;
        s.path = QStringLiteral("things");
        s.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (marker)
            s.query.addQueryItem(QStringLiteral("marker"), *marker);
        return s;
    }
    static Result<Response> parse(int, const QByteArray& body)
    {
        auto json = parseJsonObject(body);
        if (!json)
            return json.error();
        JsonReader r(json.value());
        Response page;
        for (const QJsonValue& v : r.array(u"things"))
            page.ids.append(v.toObject().value(u"id").toString());
        page.nextMarker = nextMarkerFromLinks(r.optionalArray(u"things_links"));
        if (!r.ok())
            return *r.error();
        return page;
    }
};

} // namespace zenith::test
