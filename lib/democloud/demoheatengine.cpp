#include "demoheatengine.h"

#include "demoheatcalls.h"
#include "demoheatfunctions.h"
#include "demoheatresources.h"

#include <QJsonArray>

namespace zenith::demo {

namespace {

const QString kInit = QStringLiteral("INIT");
const QString kChanged = QStringLiteral("state changed");
constexpr double kStepSeconds = 1.0;
constexpr int kDeleteAttempts = 5;

QString statusOf(const QJsonObject& resource)
{
    return resource.value(u"status").toString();
}

heat::FunctionContext contextOf(const QJsonObject& stack)
{
    heat::FunctionContext context;
    context.parameters = stack.value(u"parameters").toObject();
    context.resources = stack.value(u"resources").toObject();
    return context;
}

// Resources still holding something on the cloud.
bool isLive(const QJsonObject& resource)
{
    const QString status = statusOf(resource);
    return status != kInit && status != u"DELETE_COMPLETE" &&
           !resource.value(u"physical_resource_id").toString().isEmpty();
}

} // namespace

DemoHeatEngine::DemoHeatEngine(DemoEnv& env)
    : m_env(env)
{}

QString DemoHeatEngine::stacks(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("heat-stacks"));
}

QString DemoHeatEngine::events(const QString& region)
{
    return DemoEnv::in(region, QStringLiteral("heat-events"));
}

void DemoHeatEngine::addEvent(const QString& region, const QJsonObject& stack, const QString& resource,
                              const QString& status, const QString& reason)
{
    const QString stackName = stack.value(u"stack_name").toString();
    const QJsonObject r = stack.value(u"resources").toObject().value(resource).toObject();
    const bool ofStack = resource.isEmpty();
    m_env.state.put(events(region),
                    QJsonObject{{QStringLiteral("id"), DemoEnv::newId()},
                                {QStringLiteral("stack_id"), stack.value(u"id")},
                                {QStringLiteral("event_time"), DemoClock::isoSeconds()},
                                {QStringLiteral("logical_resource_id"), ofStack ? stackName : resource},
                                {QStringLiteral("resource_name"), ofStack ? stackName : resource},
                                {QStringLiteral("physical_resource_id"),
                                 ofStack ? stack.value(u"id") : r.value(u"physical_resource_id")},
                                {QStringLiteral("resource_type"),
                                 ofStack ? QStringLiteral("OS::Heat::Stack") : r.value(u"type").toString()},
                                {QStringLiteral("resource_status"), status},
                                {QStringLiteral("resource_status_reason"), reason}});
}

void DemoHeatEngine::startCreate(const QString& region, const QString& stackId)
{
    schedule(region, stackId);
}

void DemoHeatEngine::startDelete(const QString& region, const QString& stackId)
{
    QJsonObject* stack = m_env.state.find(stacks(region), stackId);
    if (!stack)
        return;
    const bool wasMoving = stack->value(u"stack_status").toString().endsWith(u"_IN_PROGRESS");
    stack->insert(QStringLiteral("stack_status"), QStringLiteral("DELETE_IN_PROGRESS"));
    stack->insert(QStringLiteral("stack_status_reason"), QStringLiteral("Stack DELETE started"));
    stack->insert(QStringLiteral("updated_time"), DemoClock::isoSeconds());
    addEvent(region, *stack, {}, QStringLiteral("DELETE_IN_PROGRESS"), QStringLiteral("Stack DELETE started"));
    // A stack being created already has a step scheduled, which now deletes instead.
    if (!wasMoving)
        schedule(region, stackId);
}

void DemoHeatEngine::resume()
{
    for (const QString& region : m_env.regions) {
        for (const QJsonObject& stack : m_env.state.items(stacks(region))) {
            if (stack.value(u"stack_status").toString().endsWith(u"_IN_PROGRESS"))
                schedule(region, stack.value(u"id").toString());
        }
    }
}

void DemoHeatEngine::schedule(const QString& region, const QString& stackId)
{
    m_env.clock.after(kStepSeconds, &m_env.lifetime, [this, region, stackId] { step(region, stackId); });
}

void DemoHeatEngine::step(const QString& region, const QString& stackId)
{
    const QJsonObject* found = m_env.state.find(stacks(region), stackId);
    if (!found)
        return;
    QJsonObject stack = *found;
    const QString status = stack.value(u"stack_status").toString();
    bool moving = false;
    if (status == u"CREATE_IN_PROGRESS")
        moving = stepCreate(region, stack);
    else if (status == u"DELETE_IN_PROGRESS")
        moving = stepDelete(region, stack);
    m_env.state.put(stacks(region), stack);
    if (moving)
        schedule(region, stackId);
}

void DemoHeatEngine::setResource(QJsonObject& stack, const QString& name, const QJsonObject& resource)
{
    QJsonObject resources = stack.value(u"resources").toObject();
    resources.insert(name, resource);
    stack.insert(QStringLiteral("resources"), resources);
}

bool DemoHeatEngine::stepCreate(const QString& region, QJsonObject& stack)
{
    const DemoHeatCalls calls(m_env, region, DemoHeatCalls::callerFromJson(stack.value(u"caller").toObject()));
    const QJsonObject definitions = stack.value(u"template").toObject().value(u"resources").toObject();
    const QStringList names = stack.value(u"resources").toObject().keys();
    bool allComplete = true;
    for (const QString& name : names) {
        QJsonObject resource = stack.value(u"resources").toObject().value(name).toObject();
        const QString status = statusOf(resource);
        heat::ResourceCall call{calls,
                                stack.value(u"stack_name").toString(),
                                name,
                                resource.value(u"type").toString(),
                                {},
                                resource.value(u"physical_resource_id").toString(),
                                resource.value(u"attributes").toObject()};
        if (status == u"CREATE_COMPLETE")
            continue;
        allComplete = false;
        if (status == u"CREATE_IN_PROGRESS") {
            const heat::Outcome outcome = heat::checkCreated(call);
            if (outcome.state == heat::Outcome::State::Failed) {
                failCreate(region, stack, name, outcome.reason);
                return false;
            }
            resource.insert(QStringLiteral("attributes"), outcome.attributes);
            if (outcome.state == heat::Outcome::State::Complete) {
                resource.insert(QStringLiteral("status"), QStringLiteral("CREATE_COMPLETE"));
                setResource(stack, name, resource);
                addEvent(region, stack, name, QStringLiteral("CREATE_COMPLETE"), kChanged);
            }
            setResource(stack, name, resource);
            continue;
        }
        bool ready = true;
        for (const QJsonValue& dependency : resource.value(u"depends").toArray()) {
            ready = ready && statusOf(stack.value(u"resources").toObject().value(dependency.toString()).toObject()) ==
                                 u"CREATE_COMPLETE";
        }
        if (!ready)
            continue;
        QString error;
        call.properties =
            heat::resolve(definitions.value(name).toObject().value(u"properties"), contextOf(stack), &error).toObject();
        const heat::Outcome outcome = error.isEmpty() ? heat::create(call) : heat::Outcome::failed(error);
        resource.insert(QStringLiteral("status"), QStringLiteral("CREATE_IN_PROGRESS"));
        resource.insert(QStringLiteral("physical_resource_id"), outcome.physicalId);
        resource.insert(QStringLiteral("attributes"), outcome.attributes);
        setResource(stack, name, resource);
        addEvent(region, stack, name, QStringLiteral("CREATE_IN_PROGRESS"), kChanged);
        if (outcome.state == heat::Outcome::State::Failed) {
            failCreate(region, stack, name, outcome.reason);
            return false;
        }
    }
    if (!allComplete)
        return true;
    finishCreate(region, stack);
    return false;
}

void DemoHeatEngine::failCreate(const QString& region, QJsonObject& stack, const QString& name, const QString& reason)
{
    QJsonObject resource = stack.value(u"resources").toObject().value(name).toObject();
    resource.insert(QStringLiteral("status"), QStringLiteral("CREATE_FAILED"));
    resource.insert(QStringLiteral("reason"), reason);
    setResource(stack, name, resource);
    addEvent(region, stack, name, QStringLiteral("CREATE_FAILED"), reason);
    const QString stackReason = QStringLiteral("Resource CREATE failed: ") + reason;
    stack.insert(QStringLiteral("stack_status"), QStringLiteral("CREATE_FAILED"));
    stack.insert(QStringLiteral("stack_status_reason"), stackReason);
    addEvent(region, stack, {}, QStringLiteral("CREATE_FAILED"), stackReason);
}

void DemoHeatEngine::finishCreate(const QString& region, QJsonObject& stack)
{
    const heat::FunctionContext context = contextOf(stack);
    QJsonArray outputs;
    const QJsonObject definitions = stack.value(u"template").toObject().value(u"outputs").toObject();
    for (auto it = definitions.constBegin(); it != definitions.constEnd(); ++it) {
        QString error;
        const QJsonValue value = heat::resolve(it.value().toObject().value(u"value"), context, &error);
        QJsonObject output{
            {QStringLiteral("output_key"), it.key()},
            {QStringLiteral("description"),
             it.value().toObject().value(u"description").toString(QStringLiteral("No description given"))},
            {QStringLiteral("output_value"), value}};
        if (!error.isEmpty())
            output.insert(QStringLiteral("output_error"), error);
        outputs.append(output);
    }
    stack.insert(QStringLiteral("outputs"), outputs);
    stack.insert(QStringLiteral("stack_status"), QStringLiteral("CREATE_COMPLETE"));
    stack.insert(QStringLiteral("stack_status_reason"), QStringLiteral("Stack CREATE completed successfully"));
    addEvent(region, stack, {}, QStringLiteral("CREATE_COMPLETE"),
             QStringLiteral("Stack CREATE completed successfully"));
}

bool DemoHeatEngine::stepDelete(const QString& region, QJsonObject& stack)
{
    const DemoHeatCalls calls(m_env, region, DemoHeatCalls::callerFromJson(stack.value(u"caller").toObject()));
    const QStringList names = stack.value(u"resources").toObject().keys();
    bool remaining = false;
    for (const QString& name : names) {
        const QJsonObject all = stack.value(u"resources").toObject();
        QJsonObject resource = all.value(name).toObject();
        if (!isLive(resource))
            continue;
        remaining = true;
        heat::ResourceCall call{calls,
                                stack.value(u"stack_name").toString(),
                                name,
                                resource.value(u"type").toString(),
                                {},
                                resource.value(u"physical_resource_id").toString(),
                                resource.value(u"attributes").toObject()};
        heat::Outcome outcome;
        if (statusOf(resource) == u"DELETE_IN_PROGRESS") {
            outcome = heat::checkDeleted(call);
        } else {
            // Only once nothing that still exists refers to it.
            bool needed = false;
            for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
                needed = needed || (isLive(it.value().toObject()) &&
                                    it.value().toObject().value(u"depends").toArray().contains(QJsonValue(name)));
            }
            if (needed)
                continue;
            outcome = heat::remove(call);
            if (outcome.state == heat::Outcome::State::Failed) {
                const int attempts = resource.value(u"delete_attempts").toInt() + 1;
                resource.insert(QStringLiteral("delete_attempts"), attempts);
                setResource(stack, name, resource);
                if (attempts < kDeleteAttempts)
                    continue;
                addEvent(region, stack, name, QStringLiteral("DELETE_FAILED"), outcome.reason);
                stack.insert(QStringLiteral("stack_status"), QStringLiteral("DELETE_FAILED"));
                const QString reason = QStringLiteral("Resource DELETE failed: ") + outcome.reason;
                stack.insert(QStringLiteral("stack_status_reason"), reason);
                addEvent(region, stack, {}, QStringLiteral("DELETE_FAILED"), reason);
                return false;
            }
            resource.insert(QStringLiteral("status"), QStringLiteral("DELETE_IN_PROGRESS"));
            setResource(stack, name, resource);
            addEvent(region, stack, name, QStringLiteral("DELETE_IN_PROGRESS"), kChanged);
            // Even what is gone at once completes on the next step, as Heat reports it.
            continue;
        }
        if (outcome.state == heat::Outcome::State::Complete) {
            resource.insert(QStringLiteral("status"), QStringLiteral("DELETE_COMPLETE"));
            setResource(stack, name, resource);
            addEvent(region, stack, name, QStringLiteral("DELETE_COMPLETE"), kChanged);
        }
    }
    if (remaining)
        return true;
    stack.insert(QStringLiteral("stack_status"), QStringLiteral("DELETE_COMPLETE"));
    stack.insert(QStringLiteral("stack_status_reason"), QStringLiteral("Stack DELETE completed successfully"));
    stack.insert(QStringLiteral("deletion_time"), DemoClock::isoSeconds());
    stack.remove(QStringLiteral("outputs"));
    addEvent(region, stack, {}, QStringLiteral("DELETE_COMPLETE"),
             QStringLiteral("Stack DELETE completed successfully"));
    return false;
}

} // namespace zenith::demo
