#include "versiondiscovery.h"

#include "jsonreader.h"

#include <QRegularExpression>

namespace zenith::VersionDiscovery {

namespace {

const QRegularExpression& versionSegment()
{
    static const QRegularExpression re(QStringLiteral("/v\\d+(\\.\\d+)?(/|$)"));
    return re;
}

Result<ApiVersion> parseEntry(const QJsonObject& json)
{
    JsonReader r(json, QStringLiteral("version"));
    ApiVersion v;
    v.id = r.string(u"id");
    v.status = r.optionalString(u"status");
    // Nova writes "" for versions without microversions; Placement says "max_version".
    const QString min = r.optionalString(u"min_version");
    QString max = r.optionalString(u"version");
    if (max.isEmpty())
        max = r.optionalString(u"max_version");
    for (const QJsonValue& link : r.optionalArray(u"links")) {
        const QJsonObject l = link.toObject();
        if (l.value(u"rel").toString() == u"self")
            v.self = QUrl(l.value(u"href").toString());
    }
    if (!r.ok())
        return *r.error();
    v.minMicroversion = Microversion::fromString(min);
    v.maxMicroversion = Microversion::fromString(max);
    return v;
}

} // namespace

Result<QList<ApiVersion>> parse(const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    const QJsonObject root = json.value();
    QJsonArray entries;
    if (root.value(u"version").isObject()) {
        entries.append(root.value(u"version"));
    } else if (root.value(u"versions").isArray()) {
        entries = root.value(u"versions").toArray();
    } else if (root.value(u"versions").isObject()) {
        entries = root.value(u"versions").toObject().value(u"values").toArray();
    } else {
        return ApiError::parse(QStringLiteral("versions"), QStringLiteral("is missing"));
    }
    QList<ApiVersion> out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto v = parseEntry(entries.at(i).toObject());
        if (!v)
            return ApiError::parse(QStringLiteral("versions[%1]").arg(i), v.error().message);
        out.append(std::move(v).value());
    }
    return out;
}

bool hasVersionSegment(const QUrl& url)
{
    return versionSegment().match(url.path()).hasMatch();
}

QUrl rootOf(const QUrl& url)
{
    QUrl root = url;
    root.setQuery(QString());
    root.setFragment(QString());
    QString path = url.path();
    const auto match = versionSegment().match(path);
    if (match.hasMatch())
        path.truncate(match.capturedStart());
    if (!path.endsWith(u'/'))
        path += u'/';
    root.setPath(path);
    return root;
}

static int majorVersion(ServiceType service)
{
    switch (service) {
    case ServiceType::Identity: return 3;
    case ServiceType::BlockStorage: return 3;
    case ServiceType::Orchestration: return 1;
    case ServiceType::Placement: return 1;
    default: return 2;
    }
}

std::optional<ApiVersion> pick(const QList<ApiVersion>& versions, ServiceType service)
{
    // Compute lists the legacy v2.0 next to v2.1: only v2.1 has microversions.
    const std::optional<Microversion> exact =
        service == ServiceType::Compute ? std::optional<Microversion>(Microversion{2, 1}) : std::nullopt;
    std::optional<ApiVersion> best;
    int bestScore = -1;
    for (const ApiVersion& v : versions) {
        const auto n = v.number();
        if (!n || n->major != majorVersion(service))
            continue;
        int score = (exact && *n == *exact) ? 4 : 0;
        const QString status = v.status.toUpper();
        score += status == u"CURRENT" || status == u"STABLE" ? 2 : status == u"SUPPORTED" ? 1 : 0;
        if (score > bestScore) {
            best = v;
            bestScore = score;
        }
    }
    return best;
}

static QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

QUrl versionedBase(const QUrl& catalogUrl, ServiceType service, const std::optional<ApiVersion>& chosen)
{
    if (hasVersionSegment(catalogUrl))
        return withTrailingSlash(catalogUrl);
    // Only the last segment of the advertised link is trusted: services behind TLS terminators
    // often advertise an internal host or plain http.
    QString segment = defaultVersionPath(service);
    if (chosen && chosen->self.isValid()) {
        const QStringList parts = chosen->self.path().split(u'/', Qt::SkipEmptyParts);
        if (!parts.isEmpty() && hasVersionSegment(QUrl(u'/' + parts.last())))
            segment = parts.last();
    }
    QUrl base = withTrailingSlash(catalogUrl);
    if (!segment.isEmpty())
        base.setPath(base.path() + segment + u'/');
    return base;
}

std::optional<Microversion> supportedMaximum(ServiceType service)
{
    switch (service) {
    case ServiceType::Compute: return Microversion{2, 79};
    case ServiceType::BlockStorage: return Microversion{3, 60};
    case ServiceType::Placement: return Microversion{1, 39};
    default: return std::nullopt;
    }
}

Result<std::optional<Microversion>> negotiate(ServiceType service, const ApiVersion& version)
{
    const auto ours = supportedMaximum(service);
    if (!ours || !version.maxMicroversion)
        return std::optional<Microversion>();
    if (version.minMicroversion && *version.minMicroversion > *ours) {
        return ApiError::local(
            ApiError::Kind::Unsupported,
            QStringLiteral("The %1 service requires microversion %2 or later; Zenith supports up to %3")
                .arg(serviceTypeName(service), version.minMicroversion->toString(), ours->toString()),
            serviceTypeName(service));
    }
    return std::optional<Microversion>(std::min(*ours, *version.maxMicroversion));
}

} // namespace zenith::VersionDiscovery
