#pragma once

// Path helpers shared by the Nova server request types.

#include "core/requestspec.h"

#include <QJsonValue>
#include <QString>

namespace zenith {

//! "servers/<id><suffix>" with the id percent-encoded; `suffix` starts with '/' when given.
QString serverPath(const QString& serverId, const QString& suffix = {});

//! POST servers/<id>/action {"<action>": args}: the spec of every server action.
RequestSpec serverActionSpec(const QString& serverId, const QString& action,
                             const QJsonValue& args = QJsonValue(QJsonValue::Null));

} // namespace zenith
