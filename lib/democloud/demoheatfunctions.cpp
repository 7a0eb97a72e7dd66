#include "demoheatfunctions.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace zenith::demo::heat {

namespace {

// A one-key object whose key is a function name: {get_param: name}.
bool isFunction(const QJsonObject& object, QString* name)
{
    if (object.size() != 1)
        return false;
    const QString key = object.constBegin().key();
    static const QStringList kFunctions{QStringLiteral("get_param"), QStringLiteral("get_resource"),
                                        QStringLiteral("get_attr"),  QStringLiteral("str_replace"),
                                        QStringLiteral("list_join"), QStringLiteral("yaql")};
    if (!kFunctions.contains(key))
        return false;
    *name = key;
    return true;
}

// Follows a path of keys and indexes into a JSON value (get_attr's and get_param's extra arguments).
QJsonValue follow(QJsonValue value, const QJsonArray& path, qsizetype from)
{
    for (qsizetype i = from; i < path.size() && !value.isUndefined(); ++i) {
        const QJsonValue step = path.at(i);
        if (value.isArray() && step.isDouble())
            value = value.toArray().at(step.toInt());
        else if (value.isObject())
            value = value.toObject().value(step.isDouble() ? QString::number(step.toInt()) : step.toString());
        else
            return QJsonValue::Undefined;
    }
    return value;
}

QString text(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QJsonValue yaql(const QJsonObject& arguments, const FunctionContext& context, QString* error)
{
    static const QRegularExpression kForm(
        QStringLiteral("^\\$\\.data\\.(\\w+)(?:\\.substring\\((\\d+),\\s*(\\d+)\\))?$"));
    const auto match = kForm.match(arguments.value(u"expression").toString().trimmed());
    if (!match.hasMatch()) {
        *error = QStringLiteral("yaql: the demo cloud evaluates only $.data.<key>.substring(a, b)");
        return {};
    }
    const QJsonObject data = resolve(arguments.value(u"data"), context, error).toObject();
    QString value = text(data.value(match.captured(1)));
    if (match.capturedLength(2) > 0)
        value = value.mid(match.captured(2).toInt(), match.captured(3).toInt() - match.captured(2).toInt());
    return value;
}

QJsonValue call(const QString& name, const QJsonValue& argument, const FunctionContext& context, QString* error)
{
    const QJsonArray list = argument.toArray();
    if (name == u"get_param") {
        const QString param = argument.isArray() ? list.at(0).toString() : argument.toString();
        if (!context.parameters.contains(param)) {
            *error = QStringLiteral("The Parameter (%1) was not provided.").arg(param);
            return {};
        }
        return follow(context.parameters.value(param), list, 1);
    }
    if (name == u"get_resource") {
        const QString resource = argument.toString();
        const QJsonValue id = context.resources.value(resource).toObject().value(u"physical_resource_id");
        if (id.toString().isEmpty())
            *error = QStringLiteral("The resource %1 is not created yet").arg(resource);
        return id;
    }
    if (name == u"get_attr") {
        const QJsonObject resource = context.resources.value(list.at(0).toString()).toObject();
        const QJsonValue value = follow(resource.value(u"attributes"), list, 1);
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    }
    if (name == u"str_replace") {
        const QJsonObject args = argument.toObject();
        QString out = text(resolve(args.value(u"template"), context, error));
        const QJsonObject params = resolve(args.value(u"params"), context, error).toObject();
        for (auto it = params.constBegin(); it != params.constEnd(); ++it)
            out.replace(it.key(), text(it.value()));
        return out;
    }
    if (name == u"list_join") {
        QStringList parts;
        for (const QJsonValue& item : resolve(list.at(1), context, error).toArray())
            parts << text(item);
        return parts.join(list.at(0).toString());
    }
    return yaql(argument.toObject(), context, error);
}

} // namespace

QJsonValue resolve(const QJsonValue& value, const FunctionContext& context, QString* error)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(resolve(item, context, error));
        return out;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QString function;
    if (isFunction(object, &function))
        return call(function, object.constBegin().value(), context, error);
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), resolve(it.value(), context, error));
    return out;
}

QSet<QString> references(const QJsonValue& value)
{
    QSet<QString> out;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            out.unite(references(item));
        return out;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"get_resource")
            out.insert(it.value().toString());
        else if (it.key() == u"get_attr")
            out.insert(it.value().toArray().at(0).toString());
        else
            out.unite(references(it.value()));
    }
    return out;
}

} // namespace zenith::demo::heat
