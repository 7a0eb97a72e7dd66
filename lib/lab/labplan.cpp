#include "labplan.h"

namespace zenith {

QString LabPlan::tag() const
{
    return QStringLiteral("zenith-lab:") + name;
}

QString LabPlan::resourceName(const QString& suffix) const
{
    return name + u'-' + suffix;
}

} // namespace zenith
