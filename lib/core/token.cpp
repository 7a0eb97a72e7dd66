#include "token.h"

#include "jsonreader.h"

namespace zenith {

namespace {

// Keystone lists roles as {"id", "name"}; the token keeps the names.
struct Role
{
    QString name;

    static Result<Role> fromJson(const QJsonObject& json)
    {
        JsonReader r(json, QStringLiteral("role"));
        Role role{r.string(u"name")};
        if (!r.ok())
            return *r.error();
        return role;
    }
};

} // namespace

static IdentityRef readRef(JsonReader r)
{
    IdentityRef ref;
    ref.id = r.string(u"id");
    ref.name = r.optionalString(u"name");
    if (r.has(u"domain")) {
        JsonReader domain = r.child(u"domain");
        ref.domainId = domain.optionalString(u"id");
        ref.domainName = domain.optionalString(u"name");
    }
    return ref;
}

Result<Token> Token::fromJson(const QJsonObject& json)
{
    JsonReader root(json);
    JsonReader r = root.child(u"token");
    Token t;
    t.methods = r.stringList(u"methods");
    t.issuedAt = r.optionalDateTime(u"issued_at");
    t.expiresAt = r.dateTime(u"expires_at");
    t.user = readRef(r.child(u"user"));
    if (r.has(u"project"))
        t.project = readRef(r.child(u"project"));
    if (r.has(u"domain"))
        t.domain = readRef(r.child(u"domain"));
    for (const Role& role : r.optionalList<Role>(u"roles"))
        t.roles.append(role.name);
    const QJsonArray catalog = r.optionalArray(u"catalog");
    if (!r.ok())
        return *r.error();
    auto parsed = ServiceCatalog::fromJson(catalog);
    if (!parsed)
        return parsed.error();
    t.catalog = std::move(parsed).value();
    return t;
}

} // namespace zenith
