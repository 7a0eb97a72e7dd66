#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace zenith {

//! A Keystone v3 project, as /v3/auth/projects lists them.
struct Project
{
    QString id;
    QString name;
    QString domainId;
    QString description;
    QString parentId;
    bool enabled = true;

    static Result<Project> fromJson(const QJsonObject& json);
};

} // namespace zenith
