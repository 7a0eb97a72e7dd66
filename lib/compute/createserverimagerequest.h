#pragma once

#include "createdserverimage.h"

#include "core/requestspec.h"

#include <QMap>

namespace zenith {

//! POST /servers/{id}/action {"createImage": {"name", "metadata"}}: snapshots a server into a
//! new Glance image (202, with its id from 2.45). The server shows task state image_uploading meanwhile.
struct CreateServerImageRequest
{
    using Response = CreatedServerImage;

    QString id;                      //!< the server
    QString name;                    //!< the image's name
    QMap<QString, QString> metadata; //!< image properties; left out when empty

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
