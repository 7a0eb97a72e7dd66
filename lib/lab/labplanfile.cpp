#include "labplanfile.h"

#include "config/yamlreader.h"

namespace zenith {

Result<LabPlan, LabPlanFileError> LabPlanFile::read(const QString& path)
{
    Q_UNUSED(path);
    return LabPlan{};
}

Result<LabPlan, LabPlanFileError> LabPlanFile::parse(const QByteArray& data, const QString& fileName)
{
    Q_UNUSED(data);
    Q_UNUSED(fileName);
    return LabPlan{};
}

QByteArray LabPlanFile::write(const LabPlan& plan)
{
    Q_UNUSED(plan);
    return {};
}

} // namespace zenith
