#include "demodesignateviews.h"

#include "demodesignatevalidation.h"
#include "demoerrors.h"

#include <QJsonDocument>

#include <algorithm>

namespace zenith::demo::designate {

namespace {

// designate.conf [service:api] default_limit_v2 and max_limit_v2.
constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 1000;

QJsonObject withoutPrivateKeys(const QJsonObject& stored)
{
    QJsonObject shown;
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!it.key().startsWith(u'_'))
            shown.insert(it.key(), it.value());
    }
    return shown;
}

bool matches(const QJsonObject& item, const QString& key, const QString& filter)
{
    if (key == u"data") {
        const QJsonArray records = item.value(u"records").toArray();
        return std::any_of(records.begin(), records.end(),
                           [&filter](const QJsonValue& r) { return matchesFilter(r.toString(), filter); });
    }
    const QJsonValue v = item.value(key);
    const QString text = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
    return matchesFilter(text, filter);
}

QString collectionHref(const DemoRequest& request, const QUrlQuery& query)
{
    const QString href = request.baseUrl + u'/' + request.path.join(u'/');
    return query.isEmpty() ? href : href + u'?' + query.toString(QUrl::FullyEncoded);
}

// limit: 20 when absent, "max", or an integer from 1 on; 0 when invalid.
int pageLimit(const DemoRequest& request)
{
    const QString text = request.queryValue(QStringLiteral("limit"));
    if (text.isEmpty())
        return kDefaultLimit;
    if (text.toLower() == u"max")
        return kMaxLimit;
    bool ok = false;
    const qint64 limit = text.toLongLong(&ok);
    return ok && limit > 0 ? int(qMin<qint64>(limit, kMaxLimit)) : 0;
}

std::optional<DemoReply> refuseParameters(const DemoRequest& request, const ListRules& rules)
{
    if (pageLimit(request) == 0)
        return errors::designate(400, QStringLiteral("invalid_limit"),
                                 QStringLiteral("limit should be an integer between 1 and %1").arg(kMaxLimit));
    const QString dir = request.queryValue(QStringLiteral("sort_dir"));
    if (!dir.isEmpty() && dir != u"asc" && dir != u"desc")
        return errors::designate(400, QStringLiteral("invalid_sort_dir"),
                                 QStringLiteral("Unknown sort direction, must be 'desc' or 'asc'"));
    const QString key = request.queryValue(QStringLiteral("sort_key"));
    if (!key.isEmpty() && !rules.sortKeys.contains(key))
        return errors::designate(400, QStringLiteral("invalid_sort_key"),
                                 QStringLiteral("sort key must be one of ") + pythonList(rules.sortKeys));
    static const QStringList paging{QStringLiteral("limit"), QStringLiteral("marker"), QStringLiteral("sort_key"),
                                    QStringLiteral("sort_dir")};
    QStringList invalid;
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!paging.contains(name) && !rules.filters.contains(name) && !invalid.contains(name))
            invalid.append(name);
    }
    if (!invalid.isEmpty())
        return badRequest(QStringLiteral("Invalid filters ") + invalid.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace

QString defaultPoolId()
{
    return QStringLiteral("794ccc2c-d751-44fe-b57f-8894c9f5c842");
}

QString nameServer()
{
    return QStringLiteral("ns1.democloud.test.");
}

QString storedTime()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".000000");
}

QString zonesKey(const DemoRequest& request)
{
    return DemoEnv::in(request.region, QStringLiteral("zones"));
}

QString recordSetsKey(const DemoRequest& request)
{
    return DemoEnv::in(request.region, QStringLiteral("recordsets"));
}

QJsonObject zoneView(const QJsonObject& zone, const DemoRequest& request)
{
    QJsonObject shown = withoutPrivateKeys(zone);
    shown.insert(QStringLiteral("links"),
                 QJsonObject{{QStringLiteral("self"),
                              QString(request.baseUrl + QStringLiteral("/v2/zones/") + zone.value(u"id").toString())}});
    return shown;
}

QJsonObject recordSetView(const QJsonObject& recordSet, const DemoRequest& request)
{
    QJsonObject shown = withoutPrivateKeys(recordSet);
    const QString self = request.baseUrl + QStringLiteral("/v2/zones/") + recordSet.value(u"zone_id").toString() +
                         QStringLiteral("/recordsets/") + recordSet.value(u"id").toString();
    shown.insert(QStringLiteral("links"), QJsonObject{{QStringLiteral("self"), self}});
    return shown;
}

DemoReply listReply(const DemoRequest& request, const QList<QJsonObject>& items, const ListRules& rules,
                    const std::function<QJsonObject(const QJsonObject&)>& view)
{
    if (auto refusal = refuseParameters(request, rules))
        return *refusal;
    QList<QJsonObject> kept;
    for (const QJsonObject& item : items) {
        const auto pairs = request.query.queryItems(QUrl::FullyDecoded);
        if (std::all_of(pairs.cbegin(), pairs.cend(), [&](const QPair<QString, QString>& p) {
                return !rules.filters.contains(p.first) || matches(item, p.first, p.second);
            }))
            kept.append(item);
    }
    const QString key = request.queryValue(QStringLiteral("sort_key"));
    const bool descending = request.queryValue(QStringLiteral("sort_dir")) == u"desc";
    const QString sortKey = key == u"tenant_id" ? QStringLiteral("project_id") : key;
    if (!sortKey.isEmpty() || descending) {
        const QString by = sortKey.isEmpty() ? QStringLiteral("created_at") : sortKey;
        std::stable_sort(kept.begin(), kept.end(), [&](const QJsonObject& a, const QJsonObject& b) {
            const QString x = a.value(by).toVariant().toString(), y = b.value(by).toVariant().toString();
            return descending ? y < x : x < y;
        });
    }
    qsizetype start = 0;
    const QString marker = request.queryValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        const auto at = std::find_if(kept.cbegin(), kept.cend(),
                                     [&marker](const QJsonObject& i) { return i.value(u"id").toString() == marker; });
        // Designate formats the row it failed to fetch, not the marker: "Marker None ...".
        if (at == kept.cend())
            return errors::designate(400, QStringLiteral("marker_not_found"),
                                     QStringLiteral("Marker None could not be found"));
        start = at - kept.cbegin() + 1;
    }
    const int limit = pageLimit(request);
    const QList<QJsonObject> page = kept.mid(start, limit);
    QJsonArray shown;
    for (const QJsonObject& item : page)
        shown.append(view(item));
    QJsonObject links{{QStringLiteral("self"), collectionHref(request, request.query)}};
    // Designate links a next page whenever this one is full, even when nothing follows it.
    if (page.size() == limit) {
        QUrlQuery next = request.query;
        next.removeAllQueryItems(QStringLiteral("marker"));
        next.addQueryItem(QStringLiteral("marker"), page.constLast().value(u"id").toString());
        links.insert(QStringLiteral("next"), collectionHref(request, next));
    }
    return DemoReply::json(
        200, QJsonObject{{rules.collection, shown},
                         {QStringLiteral("links"), links},
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_count"), int(kept.size())}}}});
}

DemoReply invalidObject(const QString& message)
{
    return errors::designate(400, QStringLiteral("invalid_object"), message);
}

DemoReply unknownKeys(const QStringList& keys, const QString& resource)
{
    return invalidObject(QStringLiteral("Provided object does not match schema. Keys %1 are not valid for %2")
                             .arg(pythonList(keys), resource));
}

QJsonObject schemaError(const QJsonArray& path, const QString& message, const QString& validator,
                        const QJsonValue& validatorValue)
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("validator"), validator},
                       {QStringLiteral("validator_value"), validatorValue}};
}

DemoReply schemaErrors(const QJsonArray& list)
{
    // The same body as errors::designate(), its "message" traded for the list of errors.
    DemoReply reply = invalidObject(QString());
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    body.remove(QStringLiteral("message"));
    body.insert(QStringLiteral("errors"), QJsonObject{{QStringLiteral("errors"), list}});
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

DemoReply badRequest(const QString& message)
{
    return errors::designate(400, QStringLiteral("bad_request"), message);
}

DemoReply zoneNotFound()
{
    return errors::designate(404, QStringLiteral("zone_not_found"), QStringLiteral("Could not find Zone"));
}

DemoReply recordSetNotFound()
{
    return errors::designate(404, QStringLiteral("recordset_not_found"), QStringLiteral("Could not find RecordSet"));
}

std::optional<DemoReply> refuseBadIds(const DemoRequest& request, const QStringList& params)
{
    for (const QString& name : params) {
        const QString value = request.param(name);
        if (!isUuidLike(value))
            return errors::designate(400, QStringLiteral("invalid_uuid"),
                                     QStringLiteral("Invalid UUID %1: %2").arg(name, value));
    }
    return std::nullopt;
}

DemoReply overQuota(const QString& resource)
{
    return errors::designate(413, QStringLiteral("over_quota"), QStringLiteral("Quota exceeded for %1.").arg(resource));
}

QString pythonList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted.append(u'\'' + item + u'\'');
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

} // namespace zenith::demo::designate
