#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace zenith {

//! Nova's 202 answer to createImage: the new Glance image's id (its snapshot may still be saving).
struct CreatedServerImage
{
    std::optional<QString> imageId; //!< from 2.45; before, Nova sends no body (only a Location header)

    //! Reads {"image_id": ...}.
    static Result<CreatedServerImage> fromJson(const QJsonObject& json);
};

} // namespace zenith
