#include "listkeypairsrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

namespace {

// Unlike every other Nova list, each element is wrapped: {"keypairs": [{"keypair": {...}}]}.
struct KeypairEntry
{
    Keypair keypair;

    static Result<KeypairEntry> fromJson(const QJsonObject& json)
    {
        JsonReader r(json);
        const QJsonObject inner = r.object(u"keypair");
        if (!r.ok())
            return *r.error();
        auto keypair = Keypair::fromJson(inner);
        if (!keypair)
            return keypair.error();
        return KeypairEntry{keypair.value()};
    }
};

} // namespace

RequestSpec ListKeypairsRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("os-keypairs"));
    addQuery(s, QStringLiteral("limit"), limit);
    addQuery(s, QStringLiteral("marker"), marker);
    // Below 2.35 Nova silently ignores limit and marker: better to refuse than to loop on page one.
    if (limit || marker)
        s.minMicroversion = Microversion{2, 35};
    return s;
}

Result<ListKeypairsRequest::Response> ListKeypairsRequest::parse(int, const QByteArray& body)
{
    auto entries = parsePage<KeypairEntry>(body, u"keypairs", PageLinks::Suffixed);
    if (!entries)
        return entries.error();
    Page<Keypair> page;
    page.nextMarker = entries->nextMarker;
    page.items.reserve(entries->items.size());
    for (const KeypairEntry& e : entries->items)
        page.items.append(e.keypair);
    return page;
}

} // namespace zenith
