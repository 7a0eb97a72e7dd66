#include "endpointresolver.h"

#include "httplog.h"

namespace zenith {

EndpointResolver::EndpointResolver(Transport transport)
    : m_transport(std::move(transport))
{}

bool EndpointResolver::needsDiscovery(ServiceType service, const QUrl& catalogUrl)
{
    return VersionDiscovery::supportedMaximum(service).has_value() || !VersionDiscovery::hasVersionSegment(catalogUrl);
}

void EndpointResolver::resolve(ServiceType service, const QUrl& catalogUrl, TargetCallback done)
{
    if (!needsDiscovery(service, catalogUrl)) {
        done(ServiceTarget{VersionDiscovery::versionedBase(catalogUrl, service, std::nullopt), std::nullopt});
        return;
    }
    const QUrl rootUrl = VersionDiscovery::rootOf(catalogUrl);
    const QString key = rootUrl.toString();
    Root& root = m_roots[key];
    if (root.done) {
        done(targetFor(service, catalogUrl, root));
        return;
    }
    root.waiting.append(Waiter{service, catalogUrl, std::move(done)});
    if (root.waiting.size() > 1)
        return; // discovery of this root is already on its way

    RequestSpec spec;
    spec.service = service;
    spec.method = HttpMethod::Get;
    spec.absoluteUrl = rootUrl;
    const int generation = m_generation;
    m_transport(spec, [this, key, generation](const Result<RawReply>& reply) {
        if (generation == m_generation)
            onDiscovered(key, reply);
    });
}

void EndpointResolver::onDiscovered(const QString& rootKey, const Result<RawReply>& reply)
{
    Root& root = m_roots[rootKey];
    root.done = true;
    if (reply) {
        auto versions = VersionDiscovery::parse(reply->body);
        if (versions)
            root.versions = versions.value();
        else
            qCWarning(lcSession) << "version document of" << rootKey << "unreadable:" << versions.error().message;
    } else {
        // Some clouds hide their roots behind a proxy. Requests still work on the catalog URL;
        // only microversions are lost, so we speak each API's base version.
        qCWarning(lcSession) << "version discovery failed for" << rootKey << ":" << kindName(reply.error().kind)
                             << reply.error().message << "- using the catalog URL without microversions";
    }
    const QList<Waiter> waiting = std::exchange(root.waiting, {});
    const Root snapshot = root;
    for (const Waiter& w : waiting)
        w.done(targetFor(w.service, w.catalogUrl, snapshot));
}

Result<ServiceTarget> EndpointResolver::targetFor(ServiceType service, const QUrl& catalogUrl, const Root& root)
{
    std::optional<ApiVersion> chosen;
    if (root.versions)
        chosen = VersionDiscovery::pick(*root.versions, service);
    ServiceTarget target{VersionDiscovery::versionedBase(catalogUrl, service, chosen), std::nullopt};
    if (!chosen)
        return target;
    auto negotiated = VersionDiscovery::negotiate(service, *chosen);
    if (!negotiated)
        return negotiated.error();
    target.microversion = negotiated.value();
    if (target.microversion && m_microversions.value(service) != *target.microversion) {
        m_microversions.insert(service, *target.microversion);
        qCInfo(lcSession).noquote() << serviceTypeName(service) << "offers microversions"
                                    << (chosen->minMicroversion ? chosen->minMicroversion->toString() : QString())
                                    << "to" << chosen->maxMicroversion->toString() << "- using"
                                    << target.microversion->toString();
    }
    return target;
}

std::optional<Microversion> EndpointResolver::microversion(ServiceType service) const
{
    const auto it = m_microversions.constFind(service);
    if (it == m_microversions.constEnd())
        return std::nullopt;
    return *it;
}

void EndpointResolver::clear()
{
    ++m_generation;
    // Callers waiting on an abandoned discovery still deserve an answer: the old root is gone,
    // so they are resolved again from scratch.
    QList<Waiter> orphans;
    for (Root& root : m_roots)
        orphans += std::exchange(root.waiting, {});
    m_roots.clear();
    m_microversions.clear();
    for (Waiter& w : orphans)
        resolve(w.service, w.catalogUrl, std::move(w.done));
}

} // namespace zenith
