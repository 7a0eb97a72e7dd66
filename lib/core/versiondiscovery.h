#pragma once

#include "microversion.h"
#include "result.h"
#include "servicetype.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace zenith {

//! One entry of a service's version document.
struct ApiVersion
{
    QString id;                                  //!< "v2.1", "v3.0", "v2.0", "v2.15"
    QString status;                              //!< CURRENT, SUPPORTED, DEPRECATED, stable, ...
    std::optional<Microversion> minMicroversion; //!< absent when the version has no microversions
    std::optional<Microversion> maxMicroversion;
    QUrl self; //!< the version's own root, as the service advertises it

    //! Major and minor of the id ("v2.15" -> 2.15, "v2" -> 2.0).
    std::optional<Microversion> number() const
    {
        return Microversion::fromString(id.contains(u'.') ? id : id + QStringLiteral(".0"));
    }
};

//! Version discovery, as keystoneauth does it: read a service root, pick the version we speak,
//! derive the versioned endpoint and negotiate a microversion.
namespace VersionDiscovery {

//! Parses a root or version document: {"versions": [...]}, Keystone's {"versions": {"values": [...]}},
//! or a single {"version": {...}}. Nova writes the maximum as "version", Placement as "max_version".
Result<QList<ApiVersion>> parse(const QByteArray& body);

//! True when the URL's path already names a version ("/v2.1", "/v3/<project>", "/v1/<project>").
bool hasVersionSegment(const QUrl& url);
//! The service root: the URL without its version segment and what follows ("http://h:8776/v3/p" -> "http://h:8776/").
QUrl rootOf(const QUrl& url);
//! The entry we speak for this service: the major version of defaultVersionPath(), CURRENT preferred.
std::optional<ApiVersion> pick(const QList<ApiVersion>& versions, ServiceType service);
//! The base URL requests are resolved against, always with a trailing slash. A versioned catalog URL
//! is kept as is; an unversioned one gets the discovered version's path, or the default one.
QUrl versionedBase(const QUrl& catalogUrl, ServiceType service, const std::optional<ApiVersion>& chosen);
//! The highest microversion of this service that Zenith's requests are written for.
std::optional<Microversion> supportedMaximum(ServiceType service);
//! min(ours, server's maximum); nullopt when the service offers no microversions;
//! an Unsupported error when the server's minimum is above what we support.
Result<std::optional<Microversion>> negotiate(ServiceType service, const ApiVersion& version);

} // namespace VersionDiscovery

} // namespace zenith
