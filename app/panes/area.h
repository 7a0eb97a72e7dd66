#pragma once

#include <QList>
#include <QString>

namespace zenith {

//! The areas of the navigation sidebar, in display order (also the order of View › Ctrl+1..5).
enum class Area { Compute, Network, Volumes, Dns, Lab };

//! Every area, in sidebar order.
QList<Area> allAreas();
//! The area's name as the sidebar and the View menu show it, translated.
QString areaTitle(Area area);
//! The base name of the area's icon in resources/icons.
QString areaIconName(Area area);
//! A stable key for QSettings ("compute"); not shown to people.
QString areaKey(Area area);
//! The area whose key this is; Compute when unknown.
Area areaFromKey(const QString& key);

} // namespace zenith
