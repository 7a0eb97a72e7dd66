#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace zenith::demo::nova {

//! Python's repr() of the value at `path` (object keys) in a raw JSON body, its keys in the order
//! the client sent them, as Nova quotes a rejected request part ("Value: {'name': 'x', ...}");
//! an empty string when the body does not parse or the path names nothing.
QString pythonReprAt(const QByteArray& rawJson, const QStringList& path);

} // namespace zenith::demo::nova
