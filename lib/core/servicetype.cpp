#include "servicetype.h"

namespace zenith {

QString serviceTypeName(ServiceType type)
{
    switch (type) {
    case ServiceType::Identity: return QStringLiteral("identity");
    case ServiceType::Compute: return QStringLiteral("compute");
    case ServiceType::Network: return QStringLiteral("network");
    case ServiceType::BlockStorage: return QStringLiteral("block-storage");
    case ServiceType::Image: return QStringLiteral("image");
    case ServiceType::Dns: return QStringLiteral("dns");
    case ServiceType::Orchestration: return QStringLiteral("orchestration");
    case ServiceType::Placement: return QStringLiteral("placement");
    }
    return {};
}

QStringList serviceTypeAliases(ServiceType type)
{
    // volumev2 is deliberately absent: Cinder's v2 API is gone and our requests speak v3.
    switch (type) {
    case ServiceType::BlockStorage:
        return {QStringLiteral("block-storage"), QStringLiteral("volumev3"), QStringLiteral("volume"),
                QStringLiteral("block-store")};
    case ServiceType::Orchestration: return {QStringLiteral("orchestration")};
    case ServiceType::Dns: return {QStringLiteral("dns")};
    default: return {serviceTypeName(type)};
    }
}

QString microversionHeaderName(ServiceType type)
{
    switch (type) {
    case ServiceType::Compute: return QStringLiteral("compute");
    case ServiceType::BlockStorage: return QStringLiteral("volume");
    case ServiceType::Placement: return QStringLiteral("placement");
    default: return {};
    }
}

QString defaultVersionPath(ServiceType type)
{
    switch (type) {
    case ServiceType::Identity: return QStringLiteral("v3");
    case ServiceType::Compute: return QStringLiteral("v2.1");
    case ServiceType::Network: return QStringLiteral("v2.0");
    case ServiceType::BlockStorage: return QStringLiteral("v3");
    case ServiceType::Image: return QStringLiteral("v2");
    case ServiceType::Dns: return QStringLiteral("v2");
    case ServiceType::Orchestration: return QStringLiteral("v1");
    case ServiceType::Placement: return {};
    }
    return {};
}

} // namespace zenith
