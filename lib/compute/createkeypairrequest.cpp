#include "createkeypairrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateKeypairRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Post, QStringLiteral("os-keypairs"));
    const QJsonObject keypair{
        {QStringLiteral("name"), name}, {QStringLiteral("public_key"), publicKey}, {QStringLiteral("type"), type}};
    setJsonBody(s, QJsonObject{{QStringLiteral("keypair"), keypair}});
    s.minMicroversion = Microversion{2, 2};
    return s;
}

Result<CreateKeypairRequest::Response> CreateKeypairRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Keypair>(body, u"keypair");
}

} // namespace zenith
