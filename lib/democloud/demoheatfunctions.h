#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

namespace zenith::demo::heat {

//! What a template's functions read: the stack's parameters and its resources so far.
struct FunctionContext
{
    QJsonObject parameters; //!< name -> value (defaults merged with what the stack was given)
    //! logical name -> {"physical_resource_id": id, "attributes": {the resource as its service shows it}}
    QJsonObject resources;
};

//! The value with get_param, get_resource, get_attr, str_replace, list_join and the one yaql form
//! the lab uses ($.data.<key>.substring(a, b)) replaced by what they give; `error` says which
//! function could not be resolved (an unknown parameter, an attribute not there yet).
QJsonValue resolve(const QJsonValue& value, const FunctionContext& context, QString* error);

//! The resources a value refers to (get_resource, get_attr), for the creation order.
QSet<QString> references(const QJsonValue& value);

} // namespace zenith::demo::heat
