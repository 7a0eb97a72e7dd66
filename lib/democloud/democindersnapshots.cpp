#include "democindersnapshots.h"

#include "democinderquota.h"
#include "democinderviews.h"
#include "demoerrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenith::demo {

namespace {

// Since 3.66 snapshots of in-use volumes need no force, and an explicit "force": false is refused.
constexpr int kSnapshotInUse = 66;

QString snapshotIdOf(const DemoRequest& request)
{
    return request.param(QStringLiteral("snapshot_id"));
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Cinder's "boolean" parameter type: JSON booleans and the strings oslo understands.
std::optional<bool> booleanParameter(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    static const QStringList yes{QStringLiteral("1"),  QStringLiteral("t"), QStringLiteral("true"),
                                 QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("yes")};
    static const QStringList no{QStringLiteral("0"),   QStringLiteral("f"), QStringLiteral("false"),
                                QStringLiteral("off"), QStringLiteral("n"), QStringLiteral("no")};
    const QString text = value.toString().toLower();
    if (value.isString() && yes.contains(text))
        return true;
    if (value.isString() && no.contains(text))
        return false;
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> DemoCinderSnapshots::owned(const DemoRequest& request) const
{
    const QJsonObject* s = m_env.state.find(cinder::key(request, QStringLiteral("snapshots")), snapshotIdOf(request));
    if (!s || !cinder::ownedByCaller(*s, request))
        return std::nullopt;
    return *s;
}

std::optional<DemoReply> DemoCinderSnapshots::refuseSnapshotOf(const QJsonObject& volume, const QJsonObject& body,
                                                               int minor) const
{
    const std::optional<bool> force = booleanParameter(body.value(u"force"));
    if (minor >= kSnapshotInUse && force == false)
        return errors::cinder(400, QStringLiteral("Since microversion 3.66 the 'force' flag is invalid for this "
                                                  "request.  For backward compatability, however, when the 'force' "
                                                  "flag is passed with a value evaluating to True, it is silently "
                                                  "ignored."));
    QStringList valid{QStringLiteral("available")};
    if (force.value_or(false) || minor >= kSnapshotInUse)
        valid.append(QStringLiteral("in-use"));
    const QString status = volume.value(u"status").toString();
    if (!valid.contains(status))
        return errors::cinder(400, QStringLiteral("Invalid volume: Volume %1 status must be %2, but current status "
                                                  "is: %3.")
                                       .arg(volume.value(u"id").toString(), valid.join(QStringLiteral(", ")), status));
    return std::nullopt;
}

DemoReply DemoCinderSnapshots::create(const DemoRequest& request, int minor)
{
    if (!request.body.value(u"snapshot").isObject())
        return errors::cinder(400, QStringLiteral("'snapshot' is a required property"));
    const QJsonObject body = request.body.value(u"snapshot").toObject();
    if (!body.contains(u"volume_id"))
        return cinder::invalidField(QStringLiteral("snapshot"), compact(body),
                                    QStringLiteral("'volume_id' is a required property"));
    if (body.contains(u"force") && !booleanParameter(body.value(u"force")))
        return cinder::invalidField(QStringLiteral("force"), body.value(u"force").toVariant().toString(),
                                    QStringLiteral("Value should be a boolean."));
    const QString volumeId = body.value(u"volume_id").toString();
    const QJsonObject* volume = m_env.state.find(cinder::key(request, QStringLiteral("volumes")), volumeId);
    if (!volume || !cinder::ownedByCaller(*volume, request))
        return cinder::notFound(QStringLiteral("Volume"), volumeId);
    if (auto refusal = refuseSnapshotOf(*volume, body, minor))
        return *refusal;
    const int size = volume->value(u"size").toInt();
    if (auto refusal = cinder::refuseOverQuota(m_env.state, request, {0, 1, size}))
        return *refusal;
    const QString now = DemoClock::isoMicroseconds();
    const QJsonValue name = body.contains(u"name") ? body.value(u"name") : body.value(u"display_name");
    const QJsonObject snapshot{
        {QStringLiteral("id"), DemoEnv::newId()},
        {QStringLiteral("created_at"), QString(now.left(19) + QStringLiteral(".000000"))},
        {QStringLiteral("updated_at"), QJsonValue::Null},
        {QStringLiteral("name"), name.isString() ? name : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"),
         body.value(u"description").isString() ? body.value(u"description") : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("volume_id"), volumeId},
        {QStringLiteral("status"), QStringLiteral("creating")},
        {QStringLiteral("size"), size},
        {QStringLiteral("metadata"), body.value(u"metadata").toObject()},
        {QStringLiteral("group_snapshot_id"), QJsonValue::Null},
        {QStringLiteral("user_id"), request.caller.userId},
        {QStringLiteral("os-extended-snapshot-attributes:project_id"), request.caller.projectId},
        {QStringLiteral("os-extended-snapshot-attributes:progress"), QStringLiteral("0%")},
    };
    m_env.state.put(cinder::key(request, QStringLiteral("snapshots")), snapshot);
    m_lifecycle.snapshotCreated(request.region, snapshot.value(u"id").toString());
    QJsonObject shown = cinder::snapshotView(snapshot, minor, false);
    shown.insert(QStringLiteral("created_at"), now); // the database's whole seconds show from the next read on
    return DemoReply::json(202, QJsonObject{{QStringLiteral("snapshot"), shown}});
}

DemoReply DemoCinderSnapshots::list(const DemoRequest& request, int minor)
{
    const QList<QJsonObject> mine =
        m_env.state.select(cinder::key(request, QStringLiteral("snapshots")),
                           [&request](const QJsonObject& s) { return cinder::ownedByCaller(s, request); });
    const QStringList filters{QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("volume_id")};
    return cinder::listReply(request, mine, QStringLiteral("snapshots"), filters, QStringLiteral("Snapshot"),
                             [minor](const QJsonObject& s) { return cinder::snapshotView(s, minor, true); });
}

DemoReply DemoCinderSnapshots::show(const DemoRequest& request, int minor)
{
    const auto snapshot = owned(request);
    if (!snapshot)
        return cinder::notFound(QStringLiteral("Snapshot"), snapshotIdOf(request));
    return DemoReply::json(200,
                           QJsonObject{{QStringLiteral("snapshot"), cinder::snapshotView(*snapshot, minor, true)}});
}

DemoReply DemoCinderSnapshots::update(const DemoRequest& request, int minor)
{
    if (!request.body.value(u"snapshot").isObject())
        return errors::cinder(400, QStringLiteral("'snapshot' is a required property"));
    const QJsonObject changes = request.body.value(u"snapshot").toObject();
    auto snapshot = owned(request);
    if (!snapshot)
        return cinder::notFound(QStringLiteral("Snapshot"), snapshotIdOf(request));
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("description")}) {
        const QString legacy = QStringLiteral("display_") + field;
        if (changes.contains(field) || changes.contains(legacy))
            snapshot->insert(field, changes.contains(field) ? changes.value(field) : changes.value(legacy));
    }
    snapshot->insert(QStringLiteral("updated_at"), cinder::storedTime());
    m_env.state.put(cinder::key(request, QStringLiteral("snapshots")), *snapshot);
    return DemoReply::json(200,
                           QJsonObject{{QStringLiteral("snapshot"), cinder::snapshotView(*snapshot, minor, true)}});
}

DemoReply DemoCinderSnapshots::remove(const DemoRequest& request, int)
{
    auto snapshot = owned(request);
    if (!snapshot)
        return cinder::notFound(QStringLiteral("Snapshot"), snapshotIdOf(request));
    const QString status = snapshot->value(u"status").toString();
    if (status != u"available" && status != u"error")
        return errors::cinder(400, QStringLiteral("Invalid snapshot: Snapshot status must be available or error and "
                                                  "must not be part of a group."));
    snapshot->insert(QStringLiteral("status"), QStringLiteral("deleting"));
    snapshot->insert(QStringLiteral("updated_at"), cinder::storedTime());
    m_env.state.put(cinder::key(request, QStringLiteral("snapshots")), *snapshot);
    m_lifecycle.snapshotDeleted(request.region, snapshot->value(u"id").toString());
    return DemoReply::empty(202);
}

} // namespace zenith::demo
