#include "demonovacommon.h"
#include "demonovalimits.h"
#include "demonovaroutes.h"
#include "demonovasshkey.h"
#include "demopaging.h"

namespace zenith::demo::nova {

namespace {

QString keypairsOf(const DemoRequest& request)
{
    return coll(request, QStringLiteral("keypairs"));
}

// Key pairs belong to a user: stored under "<user_id>/<name>".
QString keyOf(const QString& userId, const QString& name)
{
    return userId + u'/' + name;
}

QList<QJsonObject> userKeypairs(const DemoEnv& env, const DemoRequest& request)
{
    QList<QJsonObject> keys = env.state.select(keypairsOf(request), [&](const QJsonObject& k) {
        return k.value(u"user_id").toString() == request.caller.userId;
    });
    std::sort(keys.begin(), keys.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(u"name").toString() < b.value(u"name").toString();
    });
    return keys;
}

QJsonObject keypairView(const DemoRequest& request, const QJsonObject& key, const QStringList& fields)
{
    QJsonObject view;
    for (const QString& field : fields)
        view.insert(field, field == u"id" ? key.value(u"_db_id") : key.value(field));
    if (atLeast(request, 2))
        view.insert(QStringLiteral("type"), key.value(u"type"));
    return view;
}

// parameter_types.keypair_name_special_chars(_292): a printable name, then only these characters.
std::optional<DemoReply> checkKeyName(const DemoRequest& request, const QJsonValue& value)
{
    if (!value.isString())
        return invalidInput(QStringLiteral("name"), value,
                            pythonRepr(value) + QStringLiteral(" is not of type 'string'"));
    const QString name = value.toString();
    const bool printable = std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.isPrint(); });
    if (!printable || (!name.isEmpty() && (name.front().isSpace() || name.back().isSpace())))
        return errors::nova(400, QStringLiteral("An invalid 'name' value was provided. The name must be: printable "
                                                "characters. Can not start or end with whitespace."));
    if (name.isEmpty())
        return invalidInput(QStringLiteral("name"), value, QStringLiteral("'' is too short"));
    if (name.size() > 255)
        return invalidInput(QStringLiteral("name"), value, pythonRepr(value) + QStringLiteral(" is too long"));
    const QString safe = (atLeast(request, 92) ? QStringLiteral("@._- ") : QStringLiteral("_- ")) +
                         QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (!std::all_of(name.cbegin(), name.cend(), [&safe](QChar c) { return safe.contains(c); }))
        return errors::nova(400, QStringLiteral("An invalid 'name' value was provided. The name must be: Only "
                                                "expected characters: [%1]")
                                     .arg(safe));
    return std::nullopt;
}

std::optional<DemoReply> checkKeypairBody(const DemoRequest& request, const QJsonObject& asked)
{
    if (!asked.contains(u"name"))
        return missingProperty(request, {QStringLiteral("keypair")}, QStringLiteral("name"));
    if (const auto refused = checkKeyName(request, asked.value(u"name")))
        return refused;
    const QJsonValue type = asked.value(u"type");
    if (atLeast(request, 2) && !type.isUndefined() && type.toString() != u"ssh" && type.toString() != u"x509")
        return invalidInput(QStringLiteral("type"), type,
                            pythonRepr(type) + QStringLiteral(" is not one of ['ssh', 'x509']"));
    if (!asked.value(u"public_key").isString())
        return atLeast(request, 92) || asked.contains(u"public_key")
                   ? missingProperty(request, {QStringLiteral("keypair")}, QStringLiteral("public_key"))
                   // Nova would generate an RSA key pair here; the demo cloud imports only.
                   : errors::nova(400, QStringLiteral("Keypair data is invalid: failed to generate fingerprint"));
    return std::nullopt;
}

DemoReply createKeypair(DemoEnv& env, DemoRequest& request)
{
    if (!request.bodyIsJsonObject)
        return malformedBody();
    if (!request.body.value(u"keypair").isObject())
        return errors::nova(400, QStringLiteral("'keypair' is a required property"));
    const QJsonObject asked = request.body.value(u"keypair").toObject();
    if (const auto refused = checkKeypairBody(request, asked))
        return *refused;
    const QString name = asked.value(u"name").toString();
    const QString type =
        atLeast(request, 2) ? asked.value(u"type").toString(QStringLiteral("ssh")) : QStringLiteral("ssh");
    const QList<QJsonObject> mine = userKeypairs(env, request);
    if (mine.size() >= quotaOf(env, request.region, request.caller.projectId).keyPairs)
        return errors::nova(403, QStringLiteral("Quota exceeded, too many key pairs."));
    const QString publicKey = asked.value(u"public_key").toString();
    const auto fingerprint = keyFingerprint(publicKey, type);
    if (!fingerprint)
        return errors::nova(400, QStringLiteral("Keypair data is invalid: failed to generate fingerprint"));
    if (env.state.find(keypairsOf(request), keyOf(request.caller.userId, name)))
        return errors::nova(409, QStringLiteral("Key pair '%1' already exists.").arg(name));
    int lastId = 0;
    for (const QJsonObject& k : env.state.items(keypairsOf(request)))
        lastId = qMax(lastId, k.value(u"_db_id").toInt());
    const QJsonObject key{{QStringLiteral("id"), keyOf(request.caller.userId, name)},
                          {QStringLiteral("_db_id"), lastId + 1},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("public_key"), publicKey},
                          {QStringLiteral("fingerprint"), *fingerprint},
                          {QStringLiteral("user_id"), request.caller.userId},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("created_at"), dbTime()},
                          {QStringLiteral("deleted"), false},
                          {QStringLiteral("deleted_at"), QJsonValue::Null},
                          {QStringLiteral("updated_at"), QJsonValue::Null}};
    env.state.put(keypairsOf(request), key);
    const QJsonObject view = keypairView(request, key,
                                         {QStringLiteral("name"), QStringLiteral("public_key"),
                                          QStringLiteral("fingerprint"), QStringLiteral("user_id")});
    // 201 from 2.2 on, 200 before.
    return DemoReply::json(atLeast(request, 2) ? 201 : 200, QJsonObject{{QStringLiteral("keypair"), view}});
}

DemoReply listKeypairs(const DemoEnv& env, const DemoRequest& request)
{
    QList<QJsonObject> all = userKeypairs(env, request);
    QList<QJsonObject> page = all;
    const bool paged = atLeast(request, 35);
    if (paged) {
        DemoReply refused;
        const auto limit = pageLimit(request, &refused);
        if (!limit)
            return refused;
        const QString marker = request.queryValue(QStringLiteral("marker"));
        const auto start = pageStart(all, marker, QStringLiteral("name"));
        if (!start)
            return errors::nova(400, QStringLiteral("Marker %1 could not be found.").arg(marker));
        page = all.mid(*start, *limit);
    }
    QJsonArray items;
    for (const QJsonObject& k : std::as_const(page))
        items.append(QJsonObject{
            {QStringLiteral("keypair"),
             keypairView(request, k,
                         {QStringLiteral("name"), QStringLiteral("public_key"), QStringLiteral("fingerprint")})}});
    QJsonObject body{{QStringLiteral("keypairs"), items}};
    if (paged && !page.isEmpty()) {
        const QJsonArray next = nextLinks(request, page, page.constLast().value(u"name").toString());
        if (!next.isEmpty())
            body.insert(QStringLiteral("keypairs_links"), next);
    }
    return DemoReply::json(200, body);
}

DemoReply notFound(const DemoRequest& request, const QString& name)
{
    return errors::nova(404, QStringLiteral("Keypair %1 not found for user %2").arg(name, request.caller.userId));
}

DemoReply showKeypair(const DemoEnv& env, const DemoRequest& request)
{
    const QString name = request.param(QStringLiteral("keypair_name"));
    const QJsonObject* key = env.state.find(keypairsOf(request), keyOf(request.caller.userId, name));
    if (!key)
        return notFound(request, name);
    const QJsonObject view =
        keypairView(request, *key,
                    {QStringLiteral("name"), QStringLiteral("public_key"), QStringLiteral("fingerprint"),
                     QStringLiteral("user_id"), QStringLiteral("created_at"), QStringLiteral("deleted"),
                     QStringLiteral("deleted_at"), QStringLiteral("id"), QStringLiteral("updated_at")});
    return DemoReply::json(200, QJsonObject{{QStringLiteral("keypair"), view}});
}

DemoReply deleteKeypair(DemoEnv& env, const DemoRequest& request)
{
    const QString name = request.param(QStringLiteral("keypair_name"));
    if (!env.state.remove(keypairsOf(request), keyOf(request.caller.userId, name)))
        return notFound(request, name);
    // 204 from 2.2 on, 202 before.
    return DemoReply::empty(atLeast(request, 2) ? 204 : 202);
}

} // namespace

void addKeypairRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    const QString all = QStringLiteral("v2.1/os-keypairs");
    const QString one = all + QStringLiteral("/{keypair_name}");
    router.add(compute, "GET", all, [&env](DemoRequest& r) { return listKeypairs(env, r); });
    router.add(compute, "POST", all, [&env](DemoRequest& r) { return createKeypair(env, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return showKeypair(env, r); });
    router.add(compute, "DELETE", one, [&env](DemoRequest& r) { return deleteKeypair(env, r); });
}

} // namespace zenith::demo::nova
