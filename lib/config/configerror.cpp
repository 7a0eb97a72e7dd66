#include "configerror.h"

namespace zenith {

ConfigError ConfigError::at(const QString& file, int line, const QString& message)
{
    ConfigError e;
    e.file = file;
    e.line = line;
    e.message = message;
    return e;
}

QString ConfigError::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out = file;
        if (line > 0)
            out += u':' + QString::number(line);
        out += QStringLiteral(": ");
    }
    if (!cloud.isEmpty())
        out += QStringLiteral("cloud '") + cloud + QStringLiteral("': ");
    return out + message;
}

} // namespace zenith
