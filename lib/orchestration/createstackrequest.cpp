#include "createstackrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateStackRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Orchestration, HttpMethod::Post, QStringLiteral("stacks"));
    QJsonObject body{{QStringLiteral("stack_name"), name}};
    // Heat parses a template given as text itself (YAML or JSON).
    if (!templateText.isEmpty())
        body.insert(QStringLiteral("template"), QString::fromUtf8(templateText));
    else
        body.insert(QStringLiteral("template"), templateObject);
    if (!parameters.isEmpty())
        body.insert(QStringLiteral("parameters"), toJsonObject(parameters));
    insertIfSet(body, QStringLiteral("timeout_mins"), timeoutMins);
    // Heat takes the stack's tags as one comma-separated string.
    if (!tags.isEmpty())
        body.insert(QStringLiteral("tags"), tags.join(u','));
    insertIfSet(body, QStringLiteral("disable_rollback"), disableRollback);
    setJsonBody(s, body);
    return s;
}

Result<CreateStackRequest::Response> CreateStackRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<CreatedStack>(body, u"stack");
}

} // namespace zenith
