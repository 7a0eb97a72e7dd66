#include "demonovacommon.h"

#include "demonovapyrepr.h"
#include "demopaging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

// "2.79" -> 79; "latest" -> the newest; anything else -> nullopt.
std::optional<int> parseVersion(QString text)
{
    text = text.trimmed();
    if (text.compare(u"latest", Qt::CaseInsensitive) == 0)
        return kMaxMicroversion;
    const QStringList parts = text.split(u'.');
    bool okMajor = false;
    bool okMinor = false;
    if (parts.size() != 2 || parts[0].toInt(&okMajor) != 2)
        return std::nullopt;
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor)
        return std::nullopt;
    return qBound(1, minor, kMaxMicroversion);
}

QString pythonString(const QString& s)
{
    // Python picks double quotes only when the text holds a single quote and no double one.
    if (s.contains(u'\'') && !s.contains(u'"'))
        return u'"' + s + u'"';
    QString escaped = s;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return u'\'' + escaped + u'\'';
}

int readMicroversion(const DemoRequest& request)
{
    const QString header = QString::fromLatin1(request.header(QByteArrayLiteral("openstack-api-version")));
    for (const QString& entry : header.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = entry.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.size() == 2 && words[0].compare(u"compute", Qt::CaseInsensitive) == 0) {
            if (const auto v = parseVersion(words[1]))
                return *v;
        }
    }
    const QByteArray legacy = request.header(QByteArrayLiteral("x-openstack-nova-api-version"));
    if (!legacy.isEmpty()) {
        if (const auto v = parseVersion(QString::fromLatin1(legacy)))
            return *v;
    }
    return 1;
}

} // namespace

int microversion(const DemoRequest& request)
{
    if (!request.computeMinor)
        request.computeMinor = readMicroversion(request);
    return *request.computeMinor;
}

QString coll(const DemoRequest& request, const QString& name)
{
    return DemoEnv::in(request.region, name);
}

QString coll(const QString& region, const QString& name)
{
    return DemoEnv::in(region, name);
}

QJsonObject* findServer(DemoEnv& env, const DemoRequest& request, const QString& id)
{
    QJsonObject* server = env.state.find(coll(request, QStringLiteral("servers")), id);
    if (!server)
        return nullptr;
    if (!request.caller.admin && server->value(u"tenant_id").toString() != request.caller.projectId)
        return nullptr;
    return server;
}

const QJsonObject* findFlavor(const DemoEnv& env, const QString& region, const QString& id)
{
    return env.state.find(coll(region, QStringLiteral("flavors")), id);
}

const QJsonObject* findImage(const DemoEnv& env, const DemoRequest& request, const QString& id)
{
    const QJsonObject* image = env.state.find(coll(request, QStringLiteral("images")), id);
    if (!image)
        return nullptr;
    const QString visibility = image->value(u"visibility").toString();
    const bool mine = image->value(u"owner").toString() == request.caller.projectId;
    if (visibility == u"public" || visibility == u"community" || mine || request.caller.admin)
        return image;
    return nullptr;
}

QJsonObject embeddedFlavor(const QJsonObject& flavor)
{
    return {{QStringLiteral("vcpus"), flavor.value(u"vcpus")},
            {QStringLiteral("ram"), flavor.value(u"ram")},
            {QStringLiteral("disk"), flavor.value(u"disk")},
            {QStringLiteral("ephemeral"), flavor.value(u"OS-FLV-EXT-DATA:ephemeral").toInt()},
            {QStringLiteral("swap"), flavor.value(u"swap").toInt()},
            {QStringLiteral("original_name"), flavor.value(u"name")},
            {QStringLiteral("extra_specs"), flavor.value(u"extra_specs").toObject()}};
}

DemoReply serverNotFound(const QString& id)
{
    return errors::nova(404, QStringLiteral("Instance %1 could not be found.").arg(id));
}

DemoReply noCellMapping(const QString& id)
{
    return errors::nova(404, QStringLiteral("Instance %1 has no mapping to a cell.").arg(id));
}

DemoReply invalidState(const QString& action, const QString& id, const QString& attr, const QString& state)
{
    return errors::nova(409,
                        QStringLiteral("Cannot '%1' instance %2 while it is in %3 %4").arg(action, id, attr, state));
}

DemoReply isLocked(const QString& id)
{
    return errors::nova(409, QStringLiteral("Instance %1 is locked").arg(id));
}

std::optional<DemoReply> refuseAction(const DemoRequest& request, const QJsonObject& server, const QString& action,
                                      const QStringList& vmStates, bool lockMatters, bool idle)
{
    const QString id = server.value(u"id").toString();
    if (lockMatters && server.value(u"locked").toBool() && !request.caller.admin)
        return isLocked(id);
    const QString vmState = server.value(u"OS-EXT-STS:vm_state").toString();
    if (!vmStates.isEmpty() && !vmStates.contains(vmState))
        return invalidState(action, id, QStringLiteral("vm_state"), vmState);
    const QJsonValue task = server.value(u"OS-EXT-STS:task_state");
    if (idle && !task.isNull() && !task.toString().isEmpty())
        return invalidState(action, id, QStringLiteral("task_state"), task.toString());
    return std::nullopt;
}

QString messageOf(const DemoReply& reply)
{
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QJsonObject inner = body.isEmpty() ? QJsonObject() : body.begin().value().toObject();
    return inner.value(u"message").toString();
}

DemoReply invalidInput(const QString& field, const QJsonValue& value, const QString& why)
{
    const QString shown = value.isString() ? value.toString() : pythonRepr(value);
    return errors::nova(400,
                        QStringLiteral("Invalid input for field/attribute %1. Value: %2. %3").arg(field, shown, why));
}

DemoReply invalidPart(const DemoRequest& request, const QStringList& path, const QString& why)
{
    QJsonValue value = request.body;
    for (const QString& key : path)
        value = value.toObject().value(key);
    const QString ordered = pythonReprAt(request.rawBody, path);
    return invalidInput(path.isEmpty() ? QString() : path.last(), ordered.isEmpty() ? pythonRepr(value) : ordered, why);
}

DemoReply missingProperty(const DemoRequest& request, const QStringList& path, const QString& key)
{
    return invalidPart(request, path, QStringLiteral("'%1' is a required property").arg(key));
}

DemoReply malformedBody()
{
    return errors::nova(400, QStringLiteral("Malformed request body"));
}

QString pythonRepr(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("None");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String: return pythonString(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(pythonRepr(v));
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            items.append(pythonString(it.key()) + QStringLiteral(": ") + pythonRepr(it.value()));
        return u'{' + items.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

bool isUuidLike(const QString& text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

std::optional<int> nonNegativeInt(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d == double(int(d)))
            return int(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().toInt(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

QJsonArray links(const DemoRequest& request, const QString& collection, const QString& id)
{
    return QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                  {QStringLiteral("href"),
                                   QString(request.baseUrl + QStringLiteral("/v2.1/") + collection + u'/' + id)}},
                      QJsonObject{{QStringLiteral("rel"), QStringLiteral("bookmark")},
                                  {QStringLiteral("href"), QString(request.baseUrl + u'/' + collection + u'/' + id)}}};
}

QJsonArray bookmark(const DemoRequest& request, const QString& collection, const QString& id)
{
    return QJsonArray{QJsonObject{{QStringLiteral("rel"), QStringLiteral("bookmark")},
                                  {QStringLiteral("href"), QString(request.baseUrl + u'/' + collection + u'/' + id)}}};
}

QString hostId(const QString& projectId, const QString& host)
{
    if (host.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash((projectId + host).toUtf8(), QCryptographicHash::Sha224).toHex());
}

QString hostName(const QString& region)
{
    return QStringLiteral("compute-") + region.toLower();
}

QString dbTime()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral(".000000");
}

QString newPassword()
{
    // Nova leaves out look-alike characters (0, O, 1, l, I).
    static const QString symbols = QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    QString password;
    for (int i = 0; i < 12; ++i)
        password.append(symbols.at(QRandomGenerator::global()->bounded(int(symbols.size()))));
    return password;
}

QString requestIdOf(const DemoRequest& request)
{
    const QByteArray id = request.header(QByteArrayLiteral("x-openstack-request-id"));
    return id.isEmpty() ? DemoEnv::newRequestId() : QString::fromLatin1(id);
}

QJsonArray nextLinks(const DemoRequest& request, const QList<QJsonObject>& page, const QString& markerValue)
{
    int maxItems = kMaxLimit;
    const QString asked = request.queryValue(QStringLiteral("limit"));
    if (!asked.isEmpty())
        maxItems = qMin(asked.toInt(), kMaxLimit);
    if (maxItems <= 0 || page.size() != maxItems)
        return {};
    DemoPage cut;
    cut.lastId = markerValue;
    cut.limit = asked.isEmpty() ? 0 : asked.toInt();
    return QJsonArray{
        QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")}, {QStringLiteral("href"), nextHref(request, cut)}}};
}

QStringList dbSorted(QStringList values)
{
    const auto key = [](const QString& s) {
        QString folded;
        for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                folded.append(c.toCaseFolded());
        }
        return folded;
    };
    std::stable_sort(values.begin(), values.end(),
                     [&key](const QString& a, const QString& b) { return key(a) < key(b); });
    return values;
}

std::optional<int> pageLimit(const DemoRequest& request, DemoReply* error)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return kMaxLimit;
    const QString text = request.queryValue(QStringLiteral("limit"));
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (ok && limit >= 0 && !text.startsWith(u'-') && !text.startsWith(u'+'))
        return qMin(limit, kMaxLimit);
    *error = errors::nova(400, QStringLiteral("Invalid input for query parameters limit. Value: %1. '%1' does not "
                                              "match '^[0-9]*$'")
                                   .arg(text));
    return std::nullopt;
}

} // namespace zenith::demo::nova
