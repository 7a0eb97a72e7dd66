#pragma once

#include "core/requestspec.h"

#include <QStringList>

namespace zenith {

//! PUT /v2.0/{collection}/{id}/tags {"tags": [...]}: replaces every tag of a Neutron resource
//! (an empty list removes them all) and answers with the new set. Neutron before 2023.1 refuses
//! `tags` in a create body (400 "Attribute 'tags' not allowed in POST"), so a tagged resource
//! takes this second call. 404 TagResourceNotFound for an unknown resource.
struct ReplaceNeutronTagsRequest
{
    using Response = QStringList;

    QString collection; //!< the URL's collection: "networks", "subnets", "ports", "security-groups", "routers",
                        //!< "floatingips"
    QString id;
    QStringList tags;

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
