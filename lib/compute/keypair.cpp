#include "keypair.h"

#include "core/jsonreader.h"

namespace zenith {

Result<Keypair> Keypair::fromJson(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("keypair"));
    Keypair k;
    k.name = r.string(u"name");
    k.publicKey = r.string(u"public_key");
    k.fingerprint = r.string(u"fingerprint");
    k.type = r.optionalString(u"type");
    k.userId = r.optionalString(u"user_id");
    k.createdAt = r.optionalDateTime(u"created_at");
    if (!r.ok())
        return *r.error();
    return k;
}

} // namespace zenith
