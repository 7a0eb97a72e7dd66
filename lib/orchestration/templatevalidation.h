#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace zenith {

//! One parameter of a template, as Heat's template-validate describes it.
struct TemplateParameter
{
    QString name;
    QString type; //!< "String", "Number", "CommaDelimitedList", "Json", "Boolean"
    QString description;
    QString label;
    bool hidden = false;     //!< "NoEcho": Heat masks its value in stack show
    QJsonValue defaultValue; //!< undefined when the template gives no default

    static Result<TemplateParameter> fromJson(const QString& name, const QJsonObject& json);
};

//! Heat's answer to template-validate: the template's description and parameters.
struct TemplateValidation
{
    QString description;
    QList<TemplateParameter> parameters; //!< by name
    QJsonObject environment;             //!< the environment Heat merged (resource_registry, parameters…)

    static Result<TemplateValidation> fromJson(const QJsonObject& json);
};

} // namespace zenith
