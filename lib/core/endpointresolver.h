#pragma once

#include "rawreply.h"
#include "versiondiscovery.h"

#include <QHash>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>

namespace zenith {

//! Where a service's requests go, and with which microversion.
struct ServiceTarget
{
    QUrl base; //!< versioned endpoint with a trailing slash; request paths resolve against it
    std::optional<Microversion> microversion;
};

//! Turns catalog URLs into ServiceTargets. Discovers each service root once per session
//! (sharing one request among all callers), and only where it matters: services with
//! microversions, and catalog URLs that do not name a version.
class EndpointResolver
{
public:
    using Transport = std::function<void(const RequestSpec&, std::function<void(const Result<RawReply>&)>)>;
    using TargetCallback = std::function<void(const Result<ServiceTarget>&)>;

    explicit EndpointResolver(Transport transport);

    void resolve(ServiceType service, const QUrl& catalogUrl, TargetCallback done);
    //! The microversion last negotiated for a service, if discovery has run for it.
    std::optional<Microversion> microversion(ServiceType service) const;
    //! Forgets everything discovered (a new project or cloud may have other endpoints).
    void clear();

private:
    struct Waiter
    {
        ServiceType service;
        QUrl catalogUrl;
        TargetCallback done;
    };
    struct Root
    {
        bool done = false;
        std::optional<QList<ApiVersion>> versions; //!< nullopt when discovery failed
        QList<Waiter> waiting;
    };

    static bool needsDiscovery(ServiceType service, const QUrl& catalogUrl);
    void onDiscovered(const QString& rootKey, const Result<RawReply>& reply);
    Result<ServiceTarget> targetFor(ServiceType service, const QUrl& catalogUrl, const Root& root);

    Transport m_transport;
    QHash<QString, Root> m_roots;
    QHash<ServiceType, Microversion> m_microversions;
    int m_generation = 0;
};

} // namespace zenith
