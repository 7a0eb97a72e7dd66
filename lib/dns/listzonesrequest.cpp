#include "listzonesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListZonesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Dns, HttpMethod::Get, QStringLiteral("zones"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("status"), status);
    return s;
}

Result<ListZonesRequest::Response> ListZonesRequest::parse(int, const QByteArray& body)
{
    return parsePage<Zone>(body, u"zones", PageLinks::LinksObject);
}

} // namespace zenith
