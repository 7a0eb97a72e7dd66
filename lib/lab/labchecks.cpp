#include "labchecks.h"

namespace zenith {

QList<LabCheck> LabChecks::run(const LabTopology& topology, const LabCloudState& cloud, const Options& options)
{
    Q_UNUSED(topology);
    Q_UNUSED(cloud);
    Q_UNUSED(options);
    return {};
}

} // namespace zenith
