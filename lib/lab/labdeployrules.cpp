// The deployer's security group rules: one bulk create per group rather than one call per rule.
// Neutron's API worker is the lab's bottleneck on a small cloud, and on a remote one each call
// costs a round trip; a group's rules go together, each step still completed with its own rule.
#include "labdeployerprivate.h"

#include "network/createsecuritygrouprulesrequest.h"

#include <memory>

namespace zenith {

namespace {

// "rule:<group>:<index>"
QString groupKeyOf(const QString& stepId)
{
    return stepId.section(u':', 1, 1);
}

} // namespace

std::optional<CreateSecurityGroupRuleRequest> LabDeployerPrivate::ruleRequest(const LabStep& s) const
{
    const LabSecurityGroup* group = topology.securityGroup(groupKeyOf(s.id));
    const qsizetype index = s.id.section(u':', 2, 2).toInt();
    if (!group || index >= group->rules.size())
        return std::nullopt;
    const LabSecurityRule& rule = group->rules.at(index);
    CreateSecurityGroupRuleRequest create;
    create.securityGroupId = ids.value(QStringLiteral("group:") + group->key);
    if (!rule.protocol.isEmpty())
        create.protocol = rule.protocol;
    if (rule.portMin != 0 || rule.portMax != 0) {
        create.portRangeMin = rule.portMin;
        create.portRangeMax = rule.portMax;
    }
    if (!rule.remoteGroup.isEmpty())
        create.remoteGroupId = ids.value(QStringLiteral("group:") + rule.remoteGroup);
    else
        create.remoteIpPrefix = rule.remoteCidr;
    return create;
}

// The rule steps of a group that can start go in one call: those ready now, and those that become
// ready while the call waits for a Neutron slot (rules come last in the queue: their height is 1).
// A rule whose remote group does not exist yet is not ready: it waits for a later call.
void LabDeployerPrivate::runRule(const LabStep& s)
{
    if (!ruleRequest(s))
        return fail(s.id, ApiError::local(ApiError::Kind::Config, QStringLiteral("No such rule: ") + s.id));
    const QString group = groupKeyOf(s.id);
    if (ruleBatches.contains(group)) {
        ruleBatches[group].append(s.id);
        return;
    }
    QStringList batch{s.id};
    for (const LabStep& other : std::as_const(steps)) {
        if (other.kind != LabStepKind::SecurityGroupRule || groupKeyOf(other.id) != group || !ready(other) ||
            !ruleRequest(other))
            continue;
        begin(other);
        batch.append(other.id);
    }
    ruleBatches.insert(group, batch);
    auto sent = std::make_shared<QStringList>();
    sendMade(
        heights.value(s.id), ServiceType::Network,
        [this, group, sent] {
            *sent = ruleBatches.take(group);
            CreateSecurityGroupRulesRequest bulk;
            for (const QString& id : std::as_const(*sent))
                bulk.rules.append(*ruleRequest(*step(id)));
            return bulk;
        },
        [this, group, sent](const Result<QList<SecurityGroupRule>>& created) { runRules(group, *sent, created); });
}

void LabDeployerPrivate::runRules(const QString& group, const QStringList& stepIds,
                                  const Result<QList<SecurityGroupRule>>& created)
{
    if (created && created->size() == stepIds.size()) {
        for (qsizetype i = 0; i < stepIds.size(); ++i)
            complete(stepIds.at(i), LabStepState::Done, created->at(i).id);
        return;
    }
    if (!created && created.error().kind == ApiError::Kind::Conflict) {
        // Some rule exists already (a resumed run whose group the inventory did not list): the
        // bulk created none, so each rule goes alone and the existing ones count as AlreadyThere.
        if (stepIds.size() == 1)
            return complete(stepIds.first(), LabStepState::AlreadyThere);
        for (const QString& id : stepIds)
            createRule(*step(id));
        return;
    }
    const ApiError error = created ? ApiError::local(ApiError::Kind::Server,
                                                     QStringLiteral("%1 rules asked for the group %2, %3 created")
                                                         .arg(stepIds.size())
                                                         .arg(group)
                                                         .arg(created->size()),
                                                     QStringLiteral("network"))
                                   : created.error();
    for (const QString& id : stepIds)
        fail(id, error);
}

void LabDeployerPrivate::createRule(const LabStep& s)
{
    send(heights.value(s.id), *ruleRequest(s), [this, s](const Result<SecurityGroupRule>& created) {
        // The rule exists already (a run stopped between its create and the journal): fine.
        if (!created && created.error().kind == ApiError::Kind::Conflict)
            return complete(s.id, LabStepState::AlreadyThere);
        if (!created)
            return fail(s.id, created.error());
        complete(s.id, LabStepState::Done, created->id);
    });
}

} // namespace zenith
