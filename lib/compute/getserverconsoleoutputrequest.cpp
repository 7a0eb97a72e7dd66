#include "getserverconsoleoutputrequest.h"

#include "serverspec.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetServerConsoleOutputRequest::spec() const
{
    QJsonObject args;
    insertIfSet(args, QStringLiteral("length"), length);
    return serverActionSpec(id, QStringLiteral("os-getConsoleOutput"), args);
}

Result<GetServerConsoleOutputRequest::Response> GetServerConsoleOutputRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    const QString output = r.string(u"output");
    if (!r.ok())
        return *r.error();
    return output;
}

} // namespace zenith
