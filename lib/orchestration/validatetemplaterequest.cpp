#include "validatetemplaterequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ValidateTemplateRequest::spec() const
{
    // The catalog's Heat endpoint already ends with the project's id (/v1/<project_id>). Heat
    // parses a "template" given as text itself, so the YAML goes as it is written.
    RequestSpec s = makeSpec(ServiceType::Orchestration, HttpMethod::Post, QStringLiteral("validate"));
    setJsonBody(s, QJsonObject{{QStringLiteral("template"), QString::fromUtf8(templateText)}});
    return s;
}

Result<ValidateTemplateRequest::Response> ValidateTemplateRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return TemplateValidation::fromJson(json.value());
}

} // namespace zenith
