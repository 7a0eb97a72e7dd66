#include "listserversrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"
#include "servertagsfilter.h"

namespace zenith {

RequestSpec ListServersRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("servers/detail"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("status"), status);
    addQuery(s, QStringLiteral("ip"), ip);
    addQuery(s, QStringLiteral("image"), image);
    addQuery(s, QStringLiteral("flavor"), flavor);
    addServerTagsFilter(s, tags);
    if (changesSince)
        s.query.addQueryItem(QStringLiteral("changes-since"), changesSince->toUTC().toString(Qt::ISODate));
    return s;
}

Result<ListServersRequest::Response> ListServersRequest::parse(int, const QByteArray& body)
{
    return parsePage<Server>(body, u"servers", PageLinks::Suffixed);
}

} // namespace zenith
