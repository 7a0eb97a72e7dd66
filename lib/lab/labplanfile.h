#pragma once

#include "core/result.h"
#include "labplan.h"
#include "labplanfileerror.h"

#include <QByteArray>
#include <QString>

namespace zenith {

//! lab.yaml <-> LabPlan: what `zenith lab … --config lab.yaml` reads and the wizard's
//! "Save plan as lab.yaml" writes. Missing keys keep LabPlan's defaults; unknown keys and bad
//! values are errors naming the line and the key. The format is documented in tests/data/lab/lab.yaml.
class LabPlanFile
{
public:
    //! Parses `data`; `fileName` is what errors name.
    static Result<LabPlan, LabPlanFileError> parse(const QByteArray& data, const QString& fileName);
    //! Reads and parses the file at `path`.
    static Result<LabPlan, LabPlanFileError> read(const QString& path);
    //! The plan as lab.yaml text (every key, defaults included), readable back by parse().
    static QByteArray write(const LabPlan& plan);
};

} // namespace zenith
