#include "demoneutrontags.h"

#include "demoneutronjson.h"

namespace zenith::demo::neutron {

namespace {

constexpr int kMaxTagLength = 255; // neutron/extensions/tagging.py MAX_TAG_LEN

// URL collection, state collection, and the resource's name in TagResourceNotFound.
struct Tagged
{
    QString path;
    QString collection;
    QString resource;
};

const QList<Tagged> kTagged{
    {QStringLiteral("networks"), QStringLiteral("networks"), QStringLiteral("network")},
    {QStringLiteral("subnets"), QStringLiteral("subnets"), QStringLiteral("subnet")},
    {QStringLiteral("ports"), QStringLiteral("ports"), QStringLiteral("port")},
    {QStringLiteral("routers"), QStringLiteral("routers"), QStringLiteral("router")},
    {QStringLiteral("floatingips"), QStringLiteral("floatingips"), QStringLiteral("floatingip")},
    {QStringLiteral("security-groups"), QStringLiteral("security_groups"), QStringLiteral("security_group")}};

// The tagged item, when the caller may change it.
QJsonObject* taggedItem(DemoEnv& env, const DemoRequest& request, const Tagged& kind)
{
    QJsonObject* item = env.state.find(key(request, kind.collection), request.param(QStringLiteral("id")));
    return item && owns(request, *item) ? item : nullptr;
}

DemoReply resourceNotFound(const DemoRequest& request, const Tagged& kind)
{
    return error(
        404, QStringLiteral("TagResourceNotFound"),
        QStringLiteral("Resource %1 %2 could not be found.").arg(kind.collection, request.param(QStringLiteral("id"))));
}

DemoReply tagNotFound(const QString& tag)
{
    return error(404, QStringLiteral("TagNotFound"), QStringLiteral("Tag %1 could not be found.").arg(tag));
}

QStringList tagsOf(const QJsonObject& item)
{
    QStringList tags;
    for (const QJsonValue& t : item.value(u"tags").toArray())
        tags.append(t.toString());
    return tags;
}

void setTags(QJsonObject& item, const QStringList& tags)
{
    item.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    touch(item);
}

DemoReply replaceAll(QJsonObject& item, const DemoRequest& request)
{
    const QJsonValue tags = request.body.value(u"tags");
    if (!request.bodyIsJsonObject || !tags.isArray())
        return invalidInput(QStringLiteral("Invalid tags body"));
    QStringList wanted;
    for (const QJsonValue& t : tags.toArray()) {
        if (!t.isString())
            return invalidInput(QStringLiteral("'%1' is not a valid string").arg(pythonText(t)));
        if (t.toString().size() > kMaxTagLength)
            return invalidInput(
                QStringLiteral("'%1' exceeds maximum length of %2").arg(t.toString()).arg(kMaxTagLength));
        if (wanted.contains(t.toString()))
            return invalidInput(QStringLiteral("Duplicate items in the list: '%1'").arg(t.toString()));
        wanted.append(t.toString());
    }
    setTags(item, wanted);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("tags"), tags}});
}

void addRoutesOf(DemoEnv& env, DemoRouter& router, const Tagged& kind)
{
    const QString s = QStringLiteral("network");
    const QString all = QStringLiteral("v2.0/%1/{id}/tags").arg(kind.path);
    const QString one_ = all + QStringLiteral("/{tag}");
    const auto with = [&env, kind](auto action) {
        return [&env, kind, action](DemoRequest& r) {
            QJsonObject* item = taggedItem(env, r, kind);
            return item ? action(*item, r) : resourceNotFound(r, kind);
        };
    };
    router.add(s, "GET", all, with([](QJsonObject& item, DemoRequest&) {
                   return DemoReply::json(200, QJsonObject{{QStringLiteral("tags"), item.value(u"tags")}});
               }));
    router.add(s, "PUT", all, with([](QJsonObject& item, DemoRequest& r) { return replaceAll(item, r); }));
    router.add(s, "DELETE", all, with([](QJsonObject& item, DemoRequest&) {
                   setTags(item, {});
                   return DemoReply::empty(204);
               }));
    router.add(s, "GET", one_, with([](QJsonObject& item, DemoRequest& r) {
                   const QString tag = r.param(QStringLiteral("tag"));
                   return tagsOf(item).contains(tag) ? DemoReply::empty(204) : tagNotFound(tag);
               }));
    router.add(s, "PUT", one_, with([](QJsonObject& item, DemoRequest& r) {
                   const QString tag = r.param(QStringLiteral("tag"));
                   if (tag.size() > kMaxTagLength)
                       return invalidInput(
                           QStringLiteral("'%1' exceeds maximum length of %2").arg(tag).arg(kMaxTagLength));
                   if (!tagsOf(item).contains(tag))
                       setTags(item, tagsOf(item) << tag);
                   return DemoReply::empty(201);
               }));
    router.add(s, "DELETE", one_, with([](QJsonObject& item, DemoRequest& r) {
                   const QString tag = r.param(QStringLiteral("tag"));
                   QStringList tags = tagsOf(item);
                   if (!tags.removeOne(tag))
                       return tagNotFound(tag);
                   setTags(item, tags);
                   return DemoReply::empty(204);
               }));
}

} // namespace

void addTagRoutes(DemoEnv& env, DemoRouter& router)
{
    for (const Tagged& kind : kTagged)
        addRoutesOf(env, router, kind);
}

} // namespace zenith::demo::neutron
