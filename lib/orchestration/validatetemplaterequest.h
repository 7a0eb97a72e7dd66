#pragma once

#include "templatevalidation.h"

#include "core/requestspec.h"

#include <QByteArray>

namespace zenith {

//! POST /v1/{project_id}/validate: Heat parses a template and checks its resource types,
//! properties and functions without creating anything (200 with its description and parameters;
//! 400 StackValidationFailed naming the problem otherwise).
struct ValidateTemplateRequest
{
    using Response = TemplateValidation;

    QByteArray templateText; //!< the HOT (or CFN) template, YAML or JSON text

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
