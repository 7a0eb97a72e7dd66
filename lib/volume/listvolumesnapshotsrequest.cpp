#include "listvolumesnapshotsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

namespace {

// Snapshots have no "name" column ("display_name"): Cinder maps the sort key only from 3.30 on.
bool sortsByName(const QString& sort)
{
    for (const QString& item : sort.split(u','))
        if (item.section(u':', 0, 0).trimmed() == u"name")
            return true;
    return false;
}

} // namespace

RequestSpec ListVolumeSnapshotsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("snapshots/detail"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    addQuery(s, QStringLiteral("name"), name);
    addQuery(s, QStringLiteral("status"), status);
    addQuery(s, QStringLiteral("volume_id"), volumeId);
    addQuery(s, QStringLiteral("sort"), sort);
    if (sort && sortsByName(*sort))
        s.minMicroversion = Microversion{3, 30};
    return s;
}

Result<ListVolumeSnapshotsRequest::Response> ListVolumeSnapshotsRequest::parse(int, const QByteArray& body)
{
    return parsePage<VolumeSnapshot>(body, u"snapshots", PageLinks::Suffixed);
}

} // namespace zenith
