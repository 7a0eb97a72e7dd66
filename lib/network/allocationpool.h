#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A range of a subnet that Neutron hands out to ports, both ends included.
struct AllocationPool
{
    QString start;
    QString end;

    static Result<AllocationPool> fromJson(const QJsonObject& json);
    //! {"start", "end"}.
    QJsonObject toJson() const;
};

} // namespace zenith
