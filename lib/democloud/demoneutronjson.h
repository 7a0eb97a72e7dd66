#pragma once

#include "demoservice.h"

#include <optional>
#include <variant>

namespace zenith::demo::neutron {

//! Device owners Neutron gives the ports it makes for itself.
inline const QString kRouterInterface = QStringLiteral("network:router_interface");
inline const QString kRouterGateway = QStringLiteral("network:router_gateway");
inline const QString kFloatingIpOwner = QStringLiteral("network:floatingip");

//! A Neutron collection of a region: "GRA11/networks".
inline QString key(const QString& region, const QString& name)
{
    return DemoEnv::in(region, name);
}
inline QString key(const DemoRequest& request, const QString& name)
{
    return DemoEnv::in(request.region, name);
}

//! Neutron's error body with this status, type and message.
DemoReply error(int status, const QString& type, const QString& message);
//! webob's 400 as Neutron words it: type "HTTPBadRequest".
DemoReply badRequest(const QString& message);
//! neutron-lib BadRequest: "Bad <resource> request: <message>."
DemoReply badResourceRequest(const QString& resource, const QString& message);
//! neutron-lib InvalidInput: "Invalid input for operation: <message>."
DemoReply invalidInput(const QString& message);
//! oslo.policy's 403: the rule Neutron built from the action and the attributes set, e.g.
//! ("create_network", {"rule:create_network:shared"}) -> "(rule:create_network and
//! rule:create_network:shared) is disallowed by policy".
DemoReply policyRefused(const QString& action, const QStringList& attributeRules = {});
//! The rule of an attribute with sub-attributes: "(rule:a:attr and (rule:a:attr:x and rule:a:attr:y))".
QString attributeRule(const QString& action, const QString& attribute, const QStringList& subAttributes = {});

//! The request's {"<resource>": {...}} object, or the 400 Neutron answers without it.
std::variant<QJsonObject, DemoReply> resourceBody(const DemoRequest& request, const QString& resource);

//! The attributes of a resource for the API layer's checks (neutron/api/v2/base.py).
struct Attributes
{
    QStringList post; //!< accepted in a create
    QStringList put;  //!< accepted in an update
};
//! Refuses unknown attributes and those the operation may not set, in Neutron's words.
std::optional<DemoReply> checkAttributes(const QJsonObject& fields, const Attributes& attributes, bool create);

//! The project a create is for: the body's project_id/tenant_id (admins only) or the caller's.
std::variant<QString, DemoReply> ownerOf(const DemoRequest& request, const QJsonObject& fields);

//! A create's body once checked: the resource's fields and the project it is for.
struct CreateInput
{
    QJsonObject fields;
    QString projectId;
};
//! The start of every create: resourceBody(), checkAttributes() and ownerOf(), first refusal wins.
std::variant<CreateInput, DemoReply> createInput(const DemoRequest& request, const QString& resource,
                                                 const Attributes& attributes);

//! The fields every Neutron resource has: id, project_id and tenant_id, description, tags,
//! created_at, updated_at, revision_number.
QJsonObject newResource(const QString& projectId);
//! A change: updated_at now, revision_number + 1.
void touch(QJsonObject& item);

//! True when the caller is an admin or the item's project is the caller's.
bool owns(const DemoRequest& request, const QJsonObject& item);

//! {"<resource>": item} with this status.
DemoReply one(int status, const QString& resource, const QJsonObject& item);

//! A JSON value as text, the way a query filter compares it ("true", "1450", "ACTIVE").
QString filterText(const QJsonValue& value);
//! A JSON value as Python prints it in Neutron's messages ("True", "None", "x").
QString pythonText(const QJsonValue& value);

//! neutron-lib convert_to_boolean: true/false, 0/1, "true"/"False"...; its 400 otherwise.
std::variant<bool, DemoReply> toBoolean(const QJsonValue& value);
//! neutron-lib convert_to_int; its 400 otherwise.
std::variant<int, DemoReply> toInteger(const QJsonValue& value);
//! The API layer's 400 for an attribute its validator refuses:
//! "Invalid input for <attribute>. Reason: <reason>."
DemoReply invalidAttribute(const QString& attribute, const QString& reason);
//! validate_string: a string of at most `maxLength` characters; the 400 otherwise.
std::optional<DemoReply> checkString(const QString& attribute, const QJsonValue& value, int maxLength = 255);

} // namespace zenith::demo::neutron
