#include "listauthprojectsrequest.h"

#include "core/jsonreader.h"

namespace zenith {

RequestSpec ListAuthProjectsRequest::spec() const
{
    RequestSpec s;
    s.service = ServiceType::Identity;
    s.method = HttpMethod::Get;
    s.path = QStringLiteral("auth/projects");
    return s;
}

Result<ListAuthProjectsRequest::Response> ListAuthProjectsRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    JsonReader r(json.value());
    // Keystone does not page this call: one reply holds every project.
    QList<Project> projects = r.list<Project>(u"projects");
    if (!r.ok())
        return *r.error();
    return projects;
}

} // namespace zenith
