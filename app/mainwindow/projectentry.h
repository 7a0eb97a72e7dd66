#pragma once

#include <QList>
#include <QString>

namespace zenith {

//! A project the signed-in user can switch to.
struct ProjectEntry
{
    QString id;
    QString name;
};

} // namespace zenith
