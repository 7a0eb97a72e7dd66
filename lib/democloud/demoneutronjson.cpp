#include "demoneutronjson.h"

#include "demoerrors.h"

#include <QJsonDocument>

namespace zenith::demo::neutron {

DemoReply error(int status, const QString& type, const QString& message)
{
    return errors::neutron(status, type, message);
}

DemoReply badRequest(const QString& message)
{
    return error(400, QStringLiteral("HTTPBadRequest"), message);
}

DemoReply badResourceRequest(const QString& resource, const QString& message)
{
    return error(400, QStringLiteral("BadRequest"), QStringLiteral("Bad %1 request: %2.").arg(resource, message));
}

DemoReply invalidInput(const QString& message)
{
    return error(400, QStringLiteral("InvalidInput"), QStringLiteral("Invalid input for operation: %1.").arg(message));
}

QString attributeRule(const QString& action, const QString& attribute, const QStringList& subAttributes)
{
    const QString rule = QStringLiteral("rule:%1:%2").arg(action, attribute);
    if (subAttributes.isEmpty())
        return rule;
    QStringList subRules;
    for (const QString& sub : subAttributes)
        subRules.append(rule + u':' + sub);
    return QStringLiteral("(%1 and (%2))").arg(rule, subRules.join(QStringLiteral(" and ")));
}

DemoReply policyRefused(const QString& action, const QStringList& attributeRules)
{
    // neutron/policy.py _build_match_rule nests one AndCheck per attribute.
    QString rule = QStringLiteral("rule:") + action;
    for (const QString& attribute : attributeRules)
        rule = QStringLiteral("(%1 and %2)").arg(rule, attribute);
    return error(403, QStringLiteral("PolicyNotAuthorized"), rule + QStringLiteral(" is disallowed by policy"));
}

std::variant<QJsonObject, DemoReply> resourceBody(const DemoRequest& request, const QString& resource)
{
    if (request.rawBody.trimmed().isEmpty())
        return badRequest(QStringLiteral("Resource body required"));
    if (!request.bodyIsJsonObject)
        return badRequest(QStringLiteral("Body contains invalid data"));
    const QJsonValue value = request.body.value(resource);
    if (value.isUndefined() || value.isNull())
        return badRequest(QStringLiteral("Unable to find '%1' in request body").arg(resource));
    if (!value.isObject())
        return badRequest(QStringLiteral("Object '%1' contains invalid data").arg(resource));
    return value.toObject();
}

std::optional<DemoReply> checkAttributes(const QJsonObject& fields, const Attributes& attributes, bool create)
{
    // Attributes every resource shows but no request sets; project_id and tenant_id only at creation.
    static const QStringList readOnly{QStringLiteral("id"),         QStringLiteral("status"),
                                      QStringLiteral("tags"),       QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"), QStringLiteral("revision_number")};
    static const QStringList owner{QStringLiteral("project_id"), QStringLiteral("tenant_id")};
    QStringList unknown;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!attributes.post.contains(it.key()) && !attributes.put.contains(it.key()) && !readOnly.contains(it.key()) &&
            !owner.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty())
        return badRequest(QStringLiteral("Unrecognized attribute(s) '%1'").arg(unknown.join(QStringLiteral(", "))));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (create && !owner.contains(it.key()) && !attributes.post.contains(it.key()))
            return badRequest(QStringLiteral("Attribute '%1' not allowed in POST").arg(it.key()));
        if (!create && !attributes.put.contains(it.key()))
            return badRequest(QStringLiteral("Cannot update read-only attribute %1").arg(it.key()));
    }
    return std::nullopt;
}

std::variant<QString, DemoReply> ownerOf(const DemoRequest& request, const QJsonObject& fields)
{
    const QString project = fields.value(u"project_id").toString();
    const QString tenant = fields.value(u"tenant_id").toString();
    if (fields.contains(u"project_id") && fields.contains(u"tenant_id") && project != tenant)
        return badRequest(QStringLiteral("'project_id' and 'tenant_id' do not match"));
    const QString asked = fields.contains(u"project_id") ? project : tenant;
    if (!fields.contains(u"project_id") && !fields.contains(u"tenant_id"))
        return request.caller.projectId;
    if (asked != request.caller.projectId && !request.caller.admin)
        return badRequest(QStringLiteral("Specifying 'project_id' or 'tenant_id' other than the authenticated project "
                                         "in request requires admin or advsvc privileges"));
    return asked;
}

QJsonObject newResource(const QString& projectId)
{
    const QString now = DemoClock::isoSeconds();
    return {{QStringLiteral("id"), DemoEnv::newId()},  {QStringLiteral("tenant_id"), projectId},
            {QStringLiteral("project_id"), projectId}, {QStringLiteral("description"), QString()},
            {QStringLiteral("tags"), QJsonArray()},    {QStringLiteral("created_at"), now},
            {QStringLiteral("updated_at"), now},       {QStringLiteral("revision_number"), 0}};
}

void touch(QJsonObject& item)
{
    item.insert(QStringLiteral("updated_at"), DemoClock::isoSeconds());
    item.insert(QStringLiteral("revision_number"), item.value(u"revision_number").toInt() + 1);
}

bool owns(const DemoRequest& request, const QJsonObject& item)
{
    return request.caller.admin || item.value(u"project_id").toString() == request.caller.projectId;
}

DemoReply one(int status, const QString& resource, const QJsonObject& item)
{
    return DemoReply::json(status, QJsonObject{{resource, item}});
}

QString filterText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null: return QStringLiteral("None");
    default: return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}

QString pythonText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    return filterText(value);
}

std::variant<bool, DemoReply> toBoolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    const QString text = value.isDouble() ? filterText(value) : value.toString().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return invalidInput(QStringLiteral("'%1' cannot be converted to boolean").arg(pythonText(value)));
}

std::variant<int, DemoReply> toInteger(const QJsonValue& value)
{
    bool ok = false;
    int number = 0;
    if (value.isDouble()) {
        number = value.toInt();
        ok = double(number) == value.toDouble();
    } else if (value.isString()) {
        number = value.toString().trimmed().toInt(&ok);
    }
    if (!ok)
        return invalidInput(QStringLiteral("'%1' is not an integer").arg(pythonText(value)));
    return number;
}

DemoReply invalidAttribute(const QString& attribute, const QString& reason)
{
    return badRequest(QStringLiteral("Invalid input for %1. Reason: %2.").arg(attribute, reason));
}

std::optional<DemoReply> checkString(const QString& attribute, const QJsonValue& value, int maxLength)
{
    if (!value.isString())
        return invalidAttribute(attribute, QStringLiteral("'%1' is not a valid string").arg(pythonText(value)));
    if (value.toString().size() > maxLength)
        return invalidAttribute(
            attribute, QStringLiteral("'%1' exceeds maximum length of %2").arg(value.toString()).arg(maxLength));
    return std::nullopt;
}

std::variant<CreateInput, DemoReply> createInput(const DemoRequest& request, const QString& resource,
                                                 const Attributes& attributes)
{
    const auto body = resourceBody(request, resource);
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, attributes, true))
        return *refused;
    const auto owner = ownerOf(request, fields);
    if (const auto* refused = std::get_if<DemoReply>(&owner))
        return *refused;
    return CreateInput{fields, std::get<QString>(owner)};
}

} // namespace zenith::demo::neutron
