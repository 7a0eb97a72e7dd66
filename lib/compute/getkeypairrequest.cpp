#include "getkeypairrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetKeypairRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get, QStringLiteral("os-keypairs/") + pathSegment(name));
}

Result<GetKeypairRequest::Response> GetKeypairRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Keypair>(body, u"keypair");
}

} // namespace zenith
