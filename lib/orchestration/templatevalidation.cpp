#include "templatevalidation.h"

#include "core/jsonreader.h"

namespace zenith {

Result<TemplateParameter> TemplateParameter::fromJson(const QString& name, const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("Parameters.") + name);
    TemplateParameter p;
    p.name = name;
    p.type = r.string(u"Type");
    p.description = r.optionalString(u"Description");
    p.label = r.optionalString(u"Label");
    // Heat writes NoEcho as the strings "true" and "false".
    const QString noEcho = r.optionalString(u"NoEcho");
    if (!noEcho.isEmpty() && noEcho != u"true" && noEcho != u"false")
        r.fail(u"NoEcho", QStringLiteral("expected \"true\" or \"false\""));
    p.hidden = noEcho == u"true";
    p.defaultValue = json.value(QStringLiteral("Default"));
    if (!r.ok())
        return *r.error();
    return p;
}

Result<TemplateValidation> TemplateValidation::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("validation"));
    TemplateValidation v;
    v.description = r.optionalString(u"Description");
    v.environment = r.optionalObject(u"Environment");
    const QJsonObject parameters = r.optionalObject(u"Parameters");
    if (!r.ok())
        return *r.error();
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (!it.value().isObject())
            return ApiError::parse(QStringLiteral("validation.Parameters.") + it.key(),
                                   QStringLiteral("expected an object"));
        auto parameter = TemplateParameter::fromJson(it.key(), it.value().toObject());
        if (!parameter)
            return parameter.error();
        v.parameters.append(std::move(parameter).value());
    }
    return v;
}

} // namespace zenith
