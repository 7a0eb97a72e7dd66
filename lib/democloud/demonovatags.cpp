#include "demonovacommon.h"
#include "demonovaroutes.h"

#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

constexpr int kMaxTags = 50;

const QStringList kTaggable{QStringLiteral("active"),  QStringLiteral("paused"),  QStringLiteral("suspended"),
                            QStringLiteral("stopped"), QStringLiteral("shelved"), QStringLiteral("shelved_offloaded")};

// parameter_types.tag, jsonschema's words; the field is the tag's index in the list.
std::optional<QString> tagProblem(const QJsonValue& tag)
{
    if (!tag.isString())
        return pythonRepr(tag) + QStringLiteral(" is not of type 'string'");
    const QString text = tag.toString();
    if (text.isEmpty())
        return QStringLiteral("'' is too short");
    if (text.size() > 60)
        return pythonRepr(tag) + QStringLiteral(" is too long");
    static const QRegularExpression allowed(QStringLiteral("^[^,/]*$"));
    if (!allowed.match(text).hasMatch())
        return pythonRepr(tag) + QStringLiteral(" does not match '^[^,/]*$'");
    return std::nullopt;
}

// Tags arrived in 2.26 (a 404 before); the server is looked up through its cell mapping first,
// then its state is checked for changes.
std::variant<QJsonObject*, DemoReply> taggable(DemoEnv& env, const DemoRequest& request, const QString& action)
{
    if (!atLeast(request, 26))
        return errors::nova(404, QStringLiteral("The resource could not be found."));
    const QString id = request.param(QStringLiteral("server_id"));
    QJsonObject* server = findServer(env, request, id);
    if (!server)
        return noCellMapping(id);
    if (!action.isEmpty()) {
        const QString vmState = server->value(u"OS-EXT-STS:vm_state").toString();
        if (!kTaggable.contains(vmState))
            return invalidState(action, id, QStringLiteral("vm_state"), vmState);
    }
    return server;
}

void storeTags(QJsonObject& server, const QStringList& tags)
{
    server.insert(QStringLiteral("tags"), QJsonArray::fromStringList(dbSorted(tags)));
    server.insert(QStringLiteral("updated"), DemoClock::isoSeconds());
}

DemoReply listTags(DemoEnv& env, DemoRequest& request)
{
    auto found = taggable(env, request, {});
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    return DemoReply::json(200, QJsonObject{{QStringLiteral("tags"), std::get<QJsonObject*>(found)->value(u"tags")}});
}

DemoReply replaceTags(DemoEnv& env, DemoRequest& request)
{
    if (!atLeast(request, 26))
        return errors::nova(404, QStringLiteral("The resource could not be found."));
    if (!request.bodyIsJsonObject)
        return malformedBody();
    const QJsonValue tags = request.body.value(u"tags");
    if (!tags.isArray())
        return tags.isUndefined() ? errors::nova(400, QStringLiteral("'tags' is a required property"))
                                  : invalidInput(QStringLiteral("tags"), tags,
                                                 pythonRepr(tags) + QStringLiteral(" is not of type 'array'"));
    if (tags.toArray().size() > kMaxTags)
        return invalidInput(QStringLiteral("tags"), tags, pythonRepr(tags) + QStringLiteral(" is too long"));
    const QJsonArray list = tags.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (const auto problem = tagProblem(list[i]))
            return invalidInput(QString::number(i), list[i], *problem);
    }
    auto found = taggable(env, request, QStringLiteral("update tags"));
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    QJsonObject* server = std::get<QJsonObject*>(found);
    QStringList unique;
    for (const QJsonValue& t : list) {
        if (!unique.contains(t.toString()))
            unique.append(t.toString());
    }
    storeTags(*server, unique);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("tags"), server->value(u"tags")}});
}

DemoReply clearTags(DemoEnv& env, DemoRequest& request)
{
    auto found = taggable(env, request, QStringLiteral("delete tags"));
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    storeTags(*std::get<QJsonObject*>(found), {});
    return DemoReply::empty(204);
}

DemoReply checkTag(DemoEnv& env, DemoRequest& request)
{
    auto found = taggable(env, request, {});
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    const QString tag = request.param(QStringLiteral("tag"));
    if (std::get<QJsonObject*>(found)->value(u"tags").toVariant().toStringList().contains(tag))
        return DemoReply::empty(204);
    return errors::nova(
        404, QStringLiteral("Server %1 has no tag '%2'").arg(request.param(QStringLiteral("server_id")), tag));
}

DemoReply addTag(DemoEnv& env, DemoRequest& request)
{
    auto found = taggable(env, request, QStringLiteral("update tag"));
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    const QString tag = request.param(QStringLiteral("tag"));
    if (const auto problem = tagProblem(tag))
        return errors::nova(400, QStringLiteral("Tag '%1' is invalid. It must be a non empty string without "
                                                "characters '/' and ','. Validation error message: %2")
                                     .arg(tag, *problem));
    QJsonObject* server = std::get<QJsonObject*>(found);
    QStringList tags = server->value(u"tags").toVariant().toStringList();
    if (tags.size() >= kMaxTags)
        return errors::nova(400, QStringLiteral("The number of tags exceeded the per-server limit %1").arg(kMaxTags));
    if (tags.contains(tag))
        return DemoReply::empty(204);
    storeTags(*server, tags << tag);
    return DemoReply::empty(201).withHeader(QByteArrayLiteral("Location"),
                                            (request.baseUrl + u'/' + request.path.join(u'/')).toUtf8());
}

DemoReply removeTag(DemoEnv& env, DemoRequest& request)
{
    auto found = taggable(env, request, QStringLiteral("delete tag"));
    if (auto* refused = std::get_if<DemoReply>(&found))
        return *refused;
    const QString tag = request.param(QStringLiteral("tag"));
    QJsonObject* server = std::get<QJsonObject*>(found);
    QStringList tags = server->value(u"tags").toVariant().toStringList();
    if (!tags.removeOne(tag))
        return errors::nova(
            404, QStringLiteral("Instance %1 has no tag '%2'").arg(request.param(QStringLiteral("server_id")), tag));
    storeTags(*server, tags);
    return DemoReply::empty(204);
}

} // namespace

void addTagRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    const QString all = QStringLiteral("v2.1/servers/{server_id}/tags");
    const QString one = all + QStringLiteral("/{tag}");
    router.add(compute, "GET", all, [&env](DemoRequest& r) { return listTags(env, r); });
    router.add(compute, "PUT", all, [&env](DemoRequest& r) { return replaceTags(env, r); });
    router.add(compute, "DELETE", all, [&env](DemoRequest& r) { return clearTags(env, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return checkTag(env, r); });
    router.add(compute, "PUT", one, [&env](DemoRequest& r) { return addTag(env, r); });
    router.add(compute, "DELETE", one, [&env](DemoRequest& r) { return removeTag(env, r); });
}

} // namespace zenith::demo::nova
