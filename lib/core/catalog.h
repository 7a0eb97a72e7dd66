#pragma once

#include "result.h"
#include "servicetype.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace zenith {

//! One endpoint of a catalog entry.
struct CatalogEndpoint
{
    QString id;
    QString interface; //!< public, internal or admin
    QString region;    //!< region_id (or the older `region`)
    QUrl url;

    static Result<CatalogEndpoint> fromJson(const QJsonObject& json);
};

//! One service in the catalog: its type ("compute", "volumev3"), name and endpoints.
struct CatalogService
{
    QString id;
    QString type;
    QString name;
    QList<CatalogEndpoint> endpoints;

    static Result<CatalogService> fromJson(const QJsonObject& json);
};

//! The service catalog of a Keystone v3 token, and endpoint selection in it.
class ServiceCatalog
{
public:
    ServiceCatalog() = default;
    explicit ServiceCatalog(QList<CatalogService> services);

    static Result<ServiceCatalog> fromJson(const QJsonArray& json);

    //! Endpoint of a service for an interface ("public", or "publicURL") and region (empty: any).
    //! Aliases count (volumev3 for block-storage); a NoEndpoint-style Unsupported error says what was missing.
    Result<QUrl> endpoint(ServiceType type, const QString& interface, const QString& region) const;
    bool hasService(ServiceType type) const;
    //! Every region that has at least one endpoint, in catalog order.
    QStringList regions() const;
    const QList<CatalogService>& services() const { return m_services; }
    bool isEmpty() const { return m_services.isEmpty(); }

private:
    QList<CatalogService> m_services;
};

} // namespace zenith
