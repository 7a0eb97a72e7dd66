#include "listimagesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListImagesRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Image, HttpMethod::Get, QStringLiteral("images"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("status"), status);
    addQuery(s, QStringLiteral("visibility"), visibility);
    return s;
}

Result<ListImagesRequest::Response> ListImagesRequest::parse(int, const QByteArray& body)
{
    return parsePage<Image>(body, u"images", PageLinks::NextField);
}

} // namespace zenith
