#include "cloudconfigset.h"

namespace zenith {

const CloudConfig* CloudConfigSet::find(const QString& name) const
{
    for (const CloudConfig& cloud : clouds) {
        if (cloud.name == name)
            return &cloud;
    }
    return nullptr;
}

const ConfigError* CloudConfigSet::problemOf(const QString& name) const
{
    for (const ConfigError& problem : problems) {
        if (!problem.cloud.isEmpty() && problem.cloud == name)
            return &problem;
    }
    return nullptr;
}

QStringList CloudConfigSet::names() const
{
    QStringList out;
    for (const CloudConfig& cloud : clouds)
        out.append(cloud.name);
    return out;
}

} // namespace zenith
