#include "democinderviews.h"

#include "democlock.h"
#include "demoerrors.h"
#include "demopaging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace zenith::demo::cinder {

namespace {

// osapi_max_limit: Cinder never answers more items than this in one page.
constexpr int kMaxLimit = 1000;

struct SortKey
{
    QString key;
    bool ascending = false;
};

// "sort=name:asc,size" (a key without direction is descending, Cinder's default), or the older
// sort_key/sort_dir pair.
QList<SortKey> sortKeys(const DemoRequest& request)
{
    QList<SortKey> keys;
    const QString sort = request.queryValue(QStringLiteral("sort"));
    if (!sort.isEmpty()) {
        for (const QString& item : sort.split(u',', Qt::SkipEmptyParts))
            keys.append({item.section(u':', 0, 0).trimmed(), item.section(u':', 1, 1).trimmed() == u"asc"});
        return keys;
    }
    const QString key = request.queryValue(QStringLiteral("sort_key"));
    if (!key.isEmpty())
        keys.append({key, request.queryValue(QStringLiteral("sort_dir")) == u"asc"});
    return keys;
}

// NULL sorts before anything, as in MySQL; numbers as numbers, the rest as text.
int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isNull() || b.isNull())
        return int(b.isNull()) - int(a.isNull());
    return a.toVariant().toString().compare(b.toVariant().toString());
}

// Cinder's default order is created_at desc, id desc; explicit keys are followed by created_at and
// id in the direction of the first key.
void sortItems(QList<QJsonObject>& items, const QList<SortKey>& keys)
{
    if (keys.isEmpty() || !keys.first().ascending)
        std::reverse(items.begin(), items.end());
    if (keys.isEmpty())
        return;
    std::stable_sort(items.begin(), items.end(), [&keys](const QJsonObject& a, const QJsonObject& b) {
        for (const SortKey& k : keys) {
            const int c = compareValues(a.value(k.key), b.value(k.key));
            if (c != 0)
                return k.ascending ? c < 0 : c > 0;
        }
        return false;
    });
}

// How Python prints a JSON value in jsonschema's messages.
QString pythonRepr(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isString())
        return u'\'' + value.toString() + u'\'';
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("None");
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString typeIdByName(const DemoState& state, const QString& region, const QString& name)
{
    for (const QJsonObject& type : state.items(DemoState::key(region, QStringLiteral("volume_types")))) {
        if (type.value(u"name").toString() == name)
            return type.value(u"id").toString();
    }
    return {};
}

} // namespace

std::variant<int, DemoReply> requestedMinor(const DemoRequest& request)
{
    const QString header = QString::fromLatin1(request.header(QByteArrayLiteral("openstack-api-version")));
    for (const QString& part : header.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(u' ');
        if (words.size() != 2 || words.first() != u"volume")
            continue;
        if (words.last() == u"latest")
            return kMaxMinor;
        static const QRegularExpression format(QStringLiteral("^([1-9]\\d*)\\.([1-9]\\d*|0)$"));
        const auto match = format.match(words.last());
        if (!match.hasMatch())
            return errors::cinder(400, QStringLiteral("API Version String %1 is of invalid format. Must be of "
                                                      "format MajorNum.MinorNum.")
                                           .arg(words.last()));
        const int major = match.captured(1).toInt();
        const int minor = match.captured(2).toInt();
        if (major != 3 || minor > kMaxMinor)
            return errors::cinder(406, QStringLiteral("Version %1 is not supported by the API. Minimum is 3.0 and "
                                                      "maximum is 3.%2.")
                                           .arg(words.last())
                                           .arg(kMaxMinor));
        return minor;
    }
    return 0;
}

QString storedTime()
{
    return DemoClock::isoMicroseconds().left(19) + QStringLiteral(".000000");
}

QString key(const DemoRequest& request, const QString& collection)
{
    return DemoEnv::in(request.region, collection);
}

bool ownedByCaller(const QJsonObject& item, const DemoRequest& request)
{
    const QJsonValue owner = item.contains(u"os-vol-tenant-attr:tenant_id")
                                 ? item.value(u"os-vol-tenant-attr:tenant_id")
                                 : item.value(u"os-extended-snapshot-attributes:project_id");
    return owner.toString() == request.caller.projectId;
}

QJsonObject volumeView(const QJsonObject& stored, const DemoRequest& request, int minor, const DemoState& state)
{
    QJsonObject v;
    // Keys starting with "_" are the simulation's own bookkeeping, never shown.
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (!it.key().startsWith(u'_'))
            v.insert(it.key(), it.value());
    }
    const QString id = stored.value(u"id").toString();
    const QString project = stored.value(u"os-vol-tenant-attr:tenant_id").toString();
    const QString tail = project + QStringLiteral("/volumes/") + id;
    v.insert(QStringLiteral("links"),
             QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                    {QStringLiteral("href"), QString(request.baseUrl + QStringLiteral("/v3/") + tail)}},
                        QJsonObject{{QStringLiteral("rel"), QStringLiteral("bookmark")},
                                    {QStringLiteral("href"), QString(request.baseUrl + u'/' + tail)}}});
    if (minor < 13)
        v.remove(QStringLiteral("group_id"));
    if (minor < 48) {
        v.remove(QStringLiteral("shared_targets"));
        v.remove(QStringLiteral("service_uuid"));
    }
    // Nova's boot volumes may be stored with the later fields: each shows from its microversion on.
    v.remove(QStringLiteral("volume_type_id"));
    v.remove(QStringLiteral("consumes_quota"));
    if (minor >= 63)
        v.insert(QStringLiteral("volume_type_id"),
                 typeIdByName(state, request.region, stored.value(u"volume_type").toString()));
    if (minor >= 65)
        v.insert(QStringLiteral("consumes_quota"), true);
    return v;
}

QJsonObject snapshotView(const QJsonObject& stored, int minor, bool extended)
{
    QJsonObject s = stored;
    if (minor < 14)
        s.remove(QStringLiteral("group_snapshot_id"));
    if (minor < 41)
        s.remove(QStringLiteral("user_id"));
    if (minor >= 65)
        s.insert(QStringLiteral("consumes_quota"), true);
    if (!extended) {
        s.remove(QStringLiteral("os-extended-snapshot-attributes:project_id"));
        s.remove(QStringLiteral("os-extended-snapshot-attributes:progress"));
    }
    return s;
}

DemoReply listReply(const DemoRequest& request, const QList<QJsonObject>& items, const QString& collection,
                    const QStringList& filters, const QString& kind,
                    const std::function<QJsonObject(const QJsonObject&)>& view)
{
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        const int limit = limitText.toInt(&ok);
        if (!ok)
            return errors::cinder(400, QStringLiteral("limit param must be an integer"));
        if (limit < 0)
            return errors::cinder(400, QStringLiteral("limit param must be positive"));
    }
    QList<QJsonObject> kept;
    for (const QJsonObject& item : items) {
        const bool matches = std::all_of(filters.cbegin(), filters.cend(), [&](const QString& f) {
            return !request.query.hasQueryItem(f) || item.value(f).toVariant().toString() == request.queryValue(f);
        });
        if (matches)
            kept.append(item);
    }
    sortItems(kept, sortKeys(request));
    const auto page = cutPage(kept, request, kMaxLimit);
    if (!page)
        return notFound(kind, request.queryValue(QStringLiteral("marker")));
    QJsonArray shown;
    for (const QJsonObject& item : page->items)
        shown.append(view(item));
    QJsonObject body{{collection, shown}};
    // Cinder links a next page whenever this one is full, even when nothing follows it.
    const int effectiveLimit = page->limit > 0 ? page->limit : kMaxLimit;
    if (!page->items.isEmpty() && page->items.size() >= effectiveLimit)
        body.insert(collection + QStringLiteral("_links"),
                    QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                           {QStringLiteral("href"), nextHref(request, *page)}}});
    return DemoReply::json(200, body);
}

std::optional<DemoReply> checkSize(const QString& field, const QJsonValue& size)
{
    constexpr qint64 kDbMaxInt = 2147483647;
    if (size.isUndefined() || size.isNull())
        return std::nullopt;
    const QString shown = size.isString() ? size.toString() : pythonRepr(size);
    if (size.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!digits.match(size.toString()).hasMatch())
            return invalidField(field, shown, pythonRepr(size) + QStringLiteral(" does not match '^[0-9]+$'"));
        return std::nullopt;
    }
    if (!size.isDouble() || std::floor(size.toDouble()) != size.toDouble())
        return invalidField(field, shown, shown + QStringLiteral(" is not of type 'integer', 'string', 'null'"));
    if (size.toDouble() < 1)
        return invalidField(field, shown, shown + QStringLiteral(" is less than the minimum of 1"));
    if (size.toDouble() > double(kDbMaxInt))
        return invalidField(field, shown, shown + QStringLiteral(" is greater than the maximum of %1").arg(kDbMaxInt));
    return std::nullopt;
}

DemoReply notFound(const QString& kind, const QString& id)
{
    return errors::cinder(404, QStringLiteral("%1 %2 could not be found.").arg(kind, id));
}

DemoReply invalidField(const QString& field, const QString& value, const QString& why)
{
    return errors::cinder(400,
                          QStringLiteral("Invalid input for field/attribute %1. Value: %2. %3").arg(field, value, why));
}

DemoReply overLimit(const QString& exceptionName, const QString& message)
{
    return DemoReply::json(
               413, QJsonObject{{QStringLiteral("overLimit"),
                                 QJsonObject{{QStringLiteral("code"), 413},
                                             {QStringLiteral("message"), QString(exceptionName + u": " + message)},
                                             {QStringLiteral("retryAfter"), QStringLiteral("0")}}}})
        .withHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0"));
}

bool checkProject(const DemoRequest& request, DemoReply* refusal)
{
    if (request.param(QStringLiteral("project_id")) == request.caller.projectId)
        return true;
    *refusal = errors::cinder(400, QStringLiteral("Malformed request url"));
    return false;
}

} // namespace zenith::demo::cinder
