#include "catalog.h"

#include "jsonreader.h"

namespace zenith {

Result<CatalogEndpoint> CatalogEndpoint::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("endpoint"));
    CatalogEndpoint e;
    e.id = r.optionalString(u"id");
    e.interface = r.string(u"interface");
    e.region = r.optionalString(u"region_id");
    if (e.region.isEmpty())
        e.region = r.optionalString(u"region");
    const QString url = r.string(u"url");
    if (!r.ok())
        return *r.error();
    e.url = QUrl(url);
    if (!e.url.isValid() || e.url.scheme().isEmpty())
        return ApiError::parse(QStringLiteral("endpoint.url"), QStringLiteral("not a URL: %1").arg(url));
    return e;
}

Result<CatalogService> CatalogService::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("service"));
    CatalogService s;
    s.id = r.optionalString(u"id");
    s.type = r.string(u"type");
    s.name = r.optionalString(u"name");
    s.endpoints = r.list<CatalogEndpoint>(u"endpoints");
    if (!r.ok())
        return *r.error();
    return s;
}

ServiceCatalog::ServiceCatalog(QList<CatalogService> services)
    : m_services(std::move(services))
{}

Result<ServiceCatalog> ServiceCatalog::fromJson(const QJsonArray& json)
{
    QList<CatalogService> services;
    for (qsizetype i = 0; i < json.size(); ++i) {
        auto s = CatalogService::fromJson(json.at(i).toObject());
        if (!s)
            return ApiError::parse(QStringLiteral("catalog[%1]").arg(i), s.error().message);
        services.append(std::move(s).value());
    }
    return ServiceCatalog(std::move(services));
}

static bool interfaceMatches(const QString& endpointInterface, const QString& wanted)
{
    // keystoneauth accepts the v2-era spelling "publicURL" for "public".
    QString w = wanted.isEmpty() ? QStringLiteral("public") : wanted;
    if (w.endsWith(QStringLiteral("URL")))
        w.chop(3);
    return endpointInterface.compare(w, Qt::CaseInsensitive) == 0;
}

Result<QUrl> ServiceCatalog::endpoint(ServiceType type, const QString& interface, const QString& region) const
{
    for (const QString& alias : serviceTypeAliases(type)) {
        for (const CatalogService& service : m_services) {
            if (service.type != alias)
                continue;
            for (const CatalogEndpoint& e : service.endpoints) {
                if (interfaceMatches(e.interface, interface) && (region.isEmpty() || e.region == region))
                    return e.url;
            }
        }
    }
    const QString where = region.isEmpty() ? QString() : QStringLiteral(" in region %1").arg(region);
    return ApiError::local(
        ApiError::Kind::Unsupported,
        QStringLiteral("The catalog has no %1 endpoint for service %2%3")
            .arg(interface.isEmpty() ? QStringLiteral("public") : interface, serviceTypeName(type), where),
        serviceTypeName(type));
}

bool ServiceCatalog::hasService(ServiceType type) const
{
    const QStringList aliases = serviceTypeAliases(type);
    for (const CatalogService& s : m_services) {
        if (aliases.contains(s.type))
            return true;
    }
    return false;
}

QStringList ServiceCatalog::regions() const
{
    QStringList out;
    for (const CatalogService& s : m_services) {
        for (const CatalogEndpoint& e : s.endpoints) {
            if (!e.region.isEmpty() && !out.contains(e.region))
                out.append(e.region);
        }
    }
    return out;
}

} // namespace zenith
