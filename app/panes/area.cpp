#include "area.h"

#include <QCoreApplication>

namespace zenith {

QList<Area> allAreas()
{
    return {Area::Compute, Area::Network, Area::Volumes, Area::Dns, Area::Lab};
}

QString areaTitle(Area area)
{
    switch (area) {
    case Area::Compute: return QCoreApplication::translate("zenith::Area", "Compute");
    case Area::Network: return QCoreApplication::translate("zenith::Area", "Network");
    case Area::Volumes: return QCoreApplication::translate("zenith::Area", "Volumes");
    case Area::Dns: return QCoreApplication::translate("zenith::Area", "DNS");
    case Area::Lab: return QCoreApplication::translate("zenith::Area", "Lab");
    }
    return {};
}

QString areaIconName(Area area)
{
    return areaKey(area);
}

QString areaKey(Area area)
{
    switch (area) {
    case Area::Compute: return QStringLiteral("compute");
    case Area::Network: return QStringLiteral("network");
    case Area::Volumes: return QStringLiteral("volumes");
    case Area::Dns: return QStringLiteral("dns");
    case Area::Lab: return QStringLiteral("lab");
    }
    return {};
}

Area areaFromKey(const QString& key)
{
    const QList<Area> areas = allAreas();
    for (const Area area : areas) {
        if (areaKey(area) == key)
            return area;
    }
    return Area::Compute;
}

} // namespace zenith
