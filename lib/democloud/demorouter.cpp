#include "demorouter.h"

namespace zenith::demo {

namespace {

bool matches(const QStringList& pattern, const QStringList& path, QHash<QString, QString>* params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& p = pattern[i];
        if (p.startsWith(u'{') && p.endsWith(u'}')) {
            if (path[i].isEmpty())
                return false;
            found.insert(p.mid(1, p.size() - 2), path[i]);
        } else if (p != path[i]) {
            return false;
        }
    }
    *params = found;
    return true;
}

} // namespace

void DemoRouter::add(const QString& service, const QByteArray& method, const QString& pattern, DemoHandler handler,
                     Access access)
{
    m_routes[service].append(Route{method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler), access});
}

std::optional<DemoRouter::Match> DemoRouter::match(DemoRequest& request) const
{
    const auto routes = m_routes.constFind(request.service);
    if (routes == m_routes.constEnd())
        return std::nullopt;
    // "servers/detail" wins over "servers/{server_id}": the route with fewer placeholders.
    bool pathExists = false;
    const Route* best = nullptr;
    qsizetype bestPlaceholders = 0;
    QHash<QString, QString> bestParams;
    for (const Route& route : *routes) {
        QHash<QString, QString> params;
        if (!matches(route.segments, request.path, &params))
            continue;
        pathExists = true;
        if (route.method != request.method)
            continue;
        if (!best || params.size() < bestPlaceholders) {
            best = &route;
            bestPlaceholders = params.size();
            bestParams = params;
        }
    }
    if (best) {
        request.params = bestParams;
        return Match{&best->handler, best->access};
    }
    if (pathExists)
        return Match{};
    return std::nullopt;
}

} // namespace zenith::demo
