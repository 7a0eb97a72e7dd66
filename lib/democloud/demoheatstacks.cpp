#include "demoheatstacks.h"

#include "demoerrors.h"
#include "demoheat.h"
#include "demoheatcalls.h"
#include "demoheatfunctions.h"

#include "config/yamlreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace zenith::demo {

namespace {

DemoReply notFound(const QString& stack)
{
    return errors::heat(404, QStringLiteral("EntityNotFound"),
                        QStringLiteral("The Stack (%1) could not be found.").arg(stack));
}

QJsonObject templateOf(const QJsonValue& given)
{
    if (given.isObject())
        return given.toObject();
    const auto parsed = YamlReader::parse(given.toString().toUtf8(), QStringLiteral("template"));
    return parsed && parsed->isMapping() ? parsed->toJson().toObject() : QJsonObject();
}

QStringList tagsOf(const QJsonValue& given)
{
    if (given.isArray()) {
        QStringList out;
        for (const QJsonValue& tag : given.toArray())
            out << tag.toString();
        return out;
    }
    return given.toString().split(u',', Qt::SkipEmptyParts);
}

// The resources with the ones each refers to, "INIT".
QJsonObject resourcesOf(const QJsonObject& definitions)
{
    QJsonObject out;
    for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it) {
        const QJsonObject definition = it.value().toObject();
        QSet<QString> depends = heat::references(definition.value(u"properties"));
        const QJsonValue dependsOn = definition.value(u"depends_on");
        if (dependsOn.isString())
            depends.insert(dependsOn.toString());
        for (const QJsonValue& d : dependsOn.toArray())
            depends.insert(d.toString());
        QStringList sorted(depends.cbegin(), depends.cend());
        sorted.sort();
        out.insert(it.key(), QJsonObject{{QStringLiteral("type"), definition.value(u"type")},
                                         {QStringLiteral("status"), QStringLiteral("INIT")},
                                         {QStringLiteral("physical_resource_id"), QString()},
                                         {QStringLiteral("depends"), QJsonArray::fromStringList(sorted)}});
    }
    return out;
}

} // namespace

DemoHeatStacks::DemoHeatStacks(DemoEnv& env, DemoHeatEngine& engine)
    : m_env(env)
    , m_engine(engine)
{}

void DemoHeatStacks::addRoutes(DemoRouter& router)
{
    const QString s = QStringLiteral("orchestration");
    const QString all = QStringLiteral("v1/{project_id}/stacks");
    const QString one = all + QStringLiteral("/{stack_name}/{stack_id}");
    const auto mine = [](auto handler) {
        return [handler](DemoRequest& r) {
            if (r.param(QStringLiteral("project_id")) != r.caller.projectId)
                return errors::heat(403, QStringLiteral("Forbidden"),
                                    QStringLiteral("You are not authorized to complete this action."));
            return handler(r);
        };
    };
    router.add(s, "POST", all, mine([this](DemoRequest& r) { return create(r); }));
    router.add(s, "GET", all, mine([this](DemoRequest& r) { return list(r); }));
    router.add(s, "GET", all + QStringLiteral("/{stack_name}"), mine([this](DemoRequest& r) { return showByName(r); }));
    router.add(s, "GET", one, mine([this](DemoRequest& r) { return show(r); }));
    router.add(s, "DELETE", one, mine([this](DemoRequest& r) { return remove(r); }));
    router.add(s, "GET", one + QStringLiteral("/events"), mine([this](DemoRequest& r) { return events(r); }));
}

DemoReply DemoHeatStacks::create(DemoRequest& r)
{
    const QString name = r.body.value(u"stack_name").toString();
    static const QRegularExpression kName(QStringLiteral("^[a-zA-Z][a-zA-Z0-9_.-]{0,254}$"));
    if (name.isEmpty())
        return errors::heat(400, QStringLiteral("HTTPBadRequest"), QStringLiteral("No stack name specified"));
    if (!kName.match(name).hasMatch())
        return errors::heat(400, QStringLiteral("StackValidationFailed"),
                            QStringLiteral("Invalid stack name %1 must contain only alphanumeric or \"_-.\" "
                                           "characters, must start with alpha and must be 255 characters or less.")
                                .arg(name));
    const DemoReply validation = DemoHeat::validate(r.body);
    if (validation.status != 200)
        return validation;
    const QJsonObject tmpl = templateOf(r.body.value(u"template"));
    QJsonObject parameters;
    const QJsonObject declared = tmpl.value(u"parameters").toObject();
    const QJsonObject given = r.body.value(u"parameters").toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!declared.contains(it.key()))
            return errors::heat(400, QStringLiteral("StackValidationFailed"),
                                QStringLiteral("The Parameter (%1) was not defined in template.").arg(it.key()));
    }
    for (auto it = declared.constBegin(); it != declared.constEnd(); ++it) {
        const QJsonValue value =
            given.contains(it.key()) ? given.value(it.key()) : it.value().toObject().value(u"default");
        if (value.isUndefined())
            return errors::heat(400, QStringLiteral("UserParameterMissing"),
                                QStringLiteral("The Parameter (%1) was not provided.").arg(it.key()));
        parameters.insert(it.key(), value);
    }
    const auto taken = m_env.state.select(DemoHeatEngine::stacks(r.region), [&](const QJsonObject& stack) {
        return stack.value(u"project_id").toString() == r.caller.projectId &&
               stack.value(u"stack_name").toString() == name &&
               stack.value(u"stack_status").toString() != u"DELETE_COMPLETE";
    });
    if (!taken.isEmpty())
        return errors::heat(409, QStringLiteral("StackExists"),
                            QStringLiteral("The Stack (%1) already exists.").arg(name));
    QJsonObject stack{
        {QStringLiteral("id"), DemoEnv::newId()},
        {QStringLiteral("stack_name"), name},
        {QStringLiteral("project_id"), r.caller.projectId},
        {QStringLiteral("stack_owner"), r.caller.userName},
        {QStringLiteral("caller"), DemoHeatCalls::toJson(r.caller)},
        {QStringLiteral("description"), tmpl.value(u"description").toString(QStringLiteral("No description"))},
        {QStringLiteral("creation_time"), DemoClock::isoSeconds()},
        {QStringLiteral("timeout_mins"), r.body.value(u"timeout_mins")},
        {QStringLiteral("disable_rollback"), r.body.value(u"disable_rollback").toBool(true)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tagsOf(r.body.value(u"tags")))},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("template"), tmpl},
        {QStringLiteral("resources"), resourcesOf(tmpl.value(u"resources").toObject())},
        {QStringLiteral("stack_status"), QStringLiteral("CREATE_IN_PROGRESS")},
        {QStringLiteral("stack_status_reason"), QStringLiteral("Stack CREATE started")}};
    m_env.state.put(DemoHeatEngine::stacks(r.region), stack);
    m_engine.addEvent(r.region, stack, {}, QStringLiteral("CREATE_IN_PROGRESS"),
                      QStringLiteral("Stack CREATE started"));
    m_engine.startCreate(r.region, stack.value(u"id").toString());
    const QJsonObject created{
        {QStringLiteral("id"), stack.value(u"id")},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), selfLink(r, stack)},
                                                         {QStringLiteral("rel"), QStringLiteral("self")}}}}};
    return DemoReply::json(201, QJsonObject{{QStringLiteral("stack"), created}});
}

QString DemoHeatStacks::selfLink(const DemoRequest& request, const QJsonObject& stack) const
{
    return request.baseUrl + QStringLiteral("/v1/") + stack.value(u"project_id").toString() +
           QStringLiteral("/stacks/") + stack.value(u"stack_name").toString() + u'/' + stack.value(u"id").toString();
}

QJsonObject DemoHeatStacks::view(const DemoRequest& request, const QJsonObject& stack, bool full) const
{
    QJsonObject out;
    for (const char* key : {"id", "stack_name", "description", "stack_status", "stack_status_reason", "creation_time",
                            "updated_time", "deletion_time", "stack_owner", "tags"})
        out.insert(QString::fromLatin1(key), stack.value(QString::fromLatin1(key)).isUndefined()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : stack.value(QString::fromLatin1(key)));
    out.insert(QStringLiteral("parent"), QJsonValue::Null);
    out.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), selfLink(request, stack)},
                                                               {QStringLiteral("rel"), QStringLiteral("self")}}});
    if (!full)
        return out;
    QJsonObject parameters;
    const QJsonObject declared = stack.value(u"template").toObject().value(u"parameters").toObject();
    const QJsonObject values = stack.value(u"parameters").toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // Heat masks hidden parameters in stack show.
        const bool hidden = declared.value(it.key()).toObject().value(u"hidden").toBool();
        parameters.insert(it.key(), hidden ? QStringLiteral("******") : it.value().toVariant().toString());
    }
    parameters.insert(QStringLiteral("OS::stack_id"), stack.value(u"id"));
    parameters.insert(QStringLiteral("OS::project_id"), stack.value(u"project_id"));
    parameters.insert(QStringLiteral("OS::stack_name"), stack.value(u"stack_name"));
    out.insert(QStringLiteral("parameters"), parameters);
    out.insert(QStringLiteral("template_description"), stack.value(u"description"));
    out.insert(QStringLiteral("timeout_mins"), stack.value(u"timeout_mins").isUndefined()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : stack.value(u"timeout_mins"));
    out.insert(QStringLiteral("disable_rollback"), stack.value(u"disable_rollback"));
    out.insert(QStringLiteral("notification_topics"), QJsonArray());
    out.insert(QStringLiteral("capabilities"), QJsonArray());
    // A stack being created shows no outputs yet; a deleted one none at all (as Heat does).
    if (stack.contains(u"outputs"))
        out.insert(QStringLiteral("outputs"), stack.value(u"outputs"));
    else if (stack.value(u"stack_status").toString() != u"DELETE_COMPLETE")
        out.insert(QStringLiteral("outputs"), QJsonArray());
    return out;
}

DemoReply DemoHeatStacks::list(DemoRequest& r) const
{
    const QString name = r.queryValue(QStringLiteral("name"));
    const QStringList tags = r.queryValue(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
    QJsonArray out;
    for (const QJsonObject& stack : m_env.state.items(DemoHeatEngine::stacks(r.region))) {
        if (stack.value(u"project_id").toString() != r.caller.projectId ||
            stack.value(u"stack_status").toString() == u"DELETE_COMPLETE")
            continue;
        if (!name.isEmpty() && stack.value(u"stack_name").toString() != name)
            continue;
        const QJsonArray own = stack.value(u"tags").toArray();
        bool tagged = true;
        for (const QString& tag : tags)
            tagged = tagged && own.contains(QJsonValue(tag));
        if (tagged)
            out.append(view(r, stack, false));
    }
    return DemoReply::json(200, QJsonObject{{QStringLiteral("stacks"), out}});
}

const QJsonObject* DemoHeatStacks::stackOf(const DemoRequest& r) const
{
    const QJsonObject* stack = m_env.state.find(DemoHeatEngine::stacks(r.region), r.param(QStringLiteral("stack_id")));
    if (!stack || stack->value(u"project_id").toString() != r.caller.projectId ||
        stack->value(u"stack_name").toString() != r.param(QStringLiteral("stack_name")))
        return nullptr;
    return stack;
}

DemoReply DemoHeatStacks::show(DemoRequest& r) const
{
    const QJsonObject* stack = stackOf(r);
    if (!stack)
        return notFound(r.param(QStringLiteral("stack_name")));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("stack"), view(r, *stack, true)}});
}

DemoReply DemoHeatStacks::showByName(DemoRequest& r) const
{
    // Heat redirects a name (or an id) alone to the stack's name/id URL.
    const QString given = r.param(QStringLiteral("stack_name"));
    for (const QJsonObject& stack : m_env.state.items(DemoHeatEngine::stacks(r.region))) {
        if (stack.value(u"project_id").toString() == r.caller.projectId &&
            stack.value(u"stack_status").toString() != u"DELETE_COMPLETE" &&
            (stack.value(u"stack_name").toString() == given || stack.value(u"id").toString() == given))
            return DemoReply::empty(302).withHeader(QByteArrayLiteral("Location"), selfLink(r, stack).toUtf8());
    }
    return notFound(given);
}

DemoReply DemoHeatStacks::remove(DemoRequest& r)
{
    const QJsonObject* stack = stackOf(r);
    if (!stack || stack->value(u"stack_status").toString() == u"DELETE_COMPLETE")
        return notFound(r.param(QStringLiteral("stack_name")));
    if (stack->value(u"stack_status").toString() != u"DELETE_IN_PROGRESS")
        m_engine.startDelete(r.region, stack->value(u"id").toString());
    return DemoReply::empty(204);
}

DemoReply DemoHeatStacks::events(DemoRequest& r) const
{
    const QJsonObject* stack = stackOf(r);
    if (!stack)
        return notFound(r.param(QStringLiteral("stack_name")));
    const QString id = stack->value(u"id").toString();
    QList<QJsonObject> items = m_env.state.select(DemoHeatEngine::events(r.region), [&id](const QJsonObject& e) {
        return e.value(u"stack_id").toString() == id;
    });
    if (r.queryValue(QStringLiteral("sort_dir")) == u"desc")
        std::reverse(items.begin(), items.end());
    const QString marker = r.queryValue(QStringLiteral("marker"));
    qsizetype from = 0;
    if (!marker.isEmpty()) {
        from = -1;
        for (qsizetype i = 0; i < items.size() && from < 0; ++i) {
            if (items.at(i).value(u"id").toString() == marker)
                from = i + 1;
        }
        if (from < 0)
            return errors::heat(404, QStringLiteral("EntityNotFound"),
                                QStringLiteral("The Event (%1) could not be found.").arg(marker));
    }
    bool limited = false;
    const int limit = r.queryValue(QStringLiteral("limit")).toInt(&limited);
    const QString stackUrl = selfLink(r, *stack);
    QJsonArray out;
    for (qsizetype i = from; i < items.size() && (!limited || out.size() < limit); ++i) {
        QJsonObject e = items.at(i);
        e.remove(QStringLiteral("stack_id"));
        // Heat lists events without their type unless asked to filter by it.
        e.remove(QStringLiteral("resource_type"));
        const QString resource = stackUrl + QStringLiteral("/resources/") + e.value(u"resource_name").toString();
        e.insert(
            QStringLiteral("links"),
            QJsonArray{
                QJsonObject{{QStringLiteral("href"),
                             QString(resource + QStringLiteral("/events/") + e.value(u"id").toString())},
                            {QStringLiteral("rel"), QStringLiteral("self")}},
                QJsonObject{{QStringLiteral("href"), resource}, {QStringLiteral("rel"), QStringLiteral("resource")}},
                QJsonObject{{QStringLiteral("href"), stackUrl}, {QStringLiteral("rel"), QStringLiteral("stack")}}});
        out.append(e);
    }
    return DemoReply::json(200, QJsonObject{{QStringLiteral("events"), out}});
}

} // namespace zenith::demo
