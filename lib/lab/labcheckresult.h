#pragma once

#include "labcheck.h"

#include <QStringList>

namespace zenith {

//! Builds LabCheck values from the problems a check found (the verifier's checks share it).
class LabCheckResult
{
public:
    //! Green when `problems` is empty, else red with the problems joined by "; ".
    static LabCheck of(LabCheck::Kind kind, const QStringList& problems)
    {
        return {.kind = kind,
                .passed = problems.isEmpty(),
                .detail = problems.join(QStringLiteral("; ")),
                .skipped = false};
    }
    //! Neither green nor red: the check could not be made (`why`).
    static LabCheck skipped(LabCheck::Kind kind, const QString& why)
    {
        return {.kind = kind, .passed = true, .detail = why, .skipped = true};
    }
    //! Green, with data to show (an id, an address).
    static LabCheck passed(LabCheck::Kind kind, const QString& detail)
    {
        return {.kind = kind, .passed = true, .detail = detail, .skipped = false};
    }
};

} // namespace zenith
