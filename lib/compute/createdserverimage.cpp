#include "createdserverimage.h"

#include "core/jsonreader.h"

namespace zenith {

Result<CreatedServerImage> CreatedServerImage::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    CreatedServerImage c;
    c.imageId = r.string(u"image_id");
    if (!r.ok())
        return *r.error();
    return c;
}

} // namespace zenith
