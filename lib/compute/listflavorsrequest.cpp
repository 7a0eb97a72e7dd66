#include "listflavorsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListFlavorsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("flavors/detail"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("sort_key"), sortKey);
    addQuery(s, QStringLiteral("sort_dir"), sortDir);
    // Nova spells these two in camelCase, unlike every other query parameter.
    addQuery(s, QStringLiteral("minRam"), minRam);
    addQuery(s, QStringLiteral("minDisk"), minDisk);
    return s;
}

Result<ListFlavorsRequest::Response> ListFlavorsRequest::parse(int, const QByteArray& body)
{
    return parsePage<Flavor>(body, u"flavors", PageLinks::Suffixed);
}

} // namespace zenith
