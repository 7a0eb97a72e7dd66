#include "createserverimagerequest.h"

#include "serverspec.h"

#include "core/requestbuilder.h"

#include "core/jsonreader.h"

namespace zenith {

RequestSpec CreateServerImageRequest::spec() const
{
    QJsonObject args{{QStringLiteral("name"), name}};
    if (!metadata.isEmpty())
        args.insert(QStringLiteral("metadata"), toJsonObject(metadata));
    return serverActionSpec(id, QStringLiteral("createImage"), args);
}

Result<CreateServerImageRequest::Response> CreateServerImageRequest::parse(int, const QByteArray& body)
{
    // Before 2.45 the answer has no body: the image's URL is only in the Location header.
    if (body.trimmed().isEmpty())
        return CreatedServerImage{};
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return CreatedServerImage::fromJson(json.value());
}

} // namespace zenith
