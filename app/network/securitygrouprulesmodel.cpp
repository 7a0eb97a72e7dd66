#include "securitygrouprulesmodel.h"

#include "securityrulesentence.h"

#include "stores/securitygroupstore.h"

#include <QSet>

namespace zenith {

SecurityGroupRulesModel::SecurityGroupRulesModel(QObject* parent)
    : CollectionTableModel<SecurityGroupRule>(parent)
{}

void SecurityGroupRulesModel::setStore(SecurityGroupStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    clear();
    if (!store)
        return;
    connect(store, &SecurityGroupStore::groupsAdded, this, &SecurityGroupRulesModel::groupsChanged);
    connect(store, &SecurityGroupStore::groupsChanged, this, &SecurityGroupRulesModel::groupsChanged);
    connect(store, &SecurityGroupStore::groupsRemoved, this, &SecurityGroupRulesModel::groupsRemoved);
    if (const SecurityGroup* group = store->group(m_groupId))
        showRules(group->rules);
}

void SecurityGroupRulesModel::setGroupId(const QString& groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    clear();
    if (const SecurityGroup* group = m_store ? m_store->group(groupId) : nullptr)
        showRules(group->rules);
}

QString SecurityGroupRulesModel::groupId() const
{
    return m_groupId;
}

void SecurityGroupRulesModel::groupsChanged(const QList<SecurityGroup>& groups)
{
    bool renamed = false;
    for (const SecurityGroup& group : groups) {
        if (group.id == m_groupId)
            showRules(group.rules);
        else
            renamed = true; // perhaps a remote group of ours: its name may have changed
    }
    if (renamed) {
        refreshColumn(Remote);
        refreshColumn(Meaning);
    }
}

void SecurityGroupRulesModel::groupsRemoved(const QStringList& ids)
{
    if (ids.contains(m_groupId))
        clear();
}

// The group's rules now: removes the rules gone, changes the known ones, appends the new ones.
void SecurityGroupRulesModel::showRules(const QList<SecurityGroupRule>& rules)
{
    QSet<QString> now;
    for (const SecurityGroupRule& rule : rules)
        now.insert(rule.id);
    QStringList gone;
    for (int row = 0; row < rowCount(); ++row) {
        if (!now.contains(itemAt(row).id))
            gone << itemAt(row).id;
    }
    removeItems(gone);
    addItems(rules);
}

QString SecurityGroupRulesModel::remoteName(const SecurityGroupRule& rule) const
{
    if (!rule.remoteGroupId || !m_store)
        return {};
    return m_store->nameOf(*rule.remoteGroupId);
}

int SecurityGroupRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityGroupRulesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityGroupRule& rule = itemAt(index.row());
    if (role == IdRole)
        return rule.id;
    if (role == SortRole && index.column() == Ports)
        return rule.portRangeMin ? *rule.portRangeMin : -1;
    if (role == Qt::ToolTipRole && index.column() == Remote && rule.remoteGroupId)
        return *rule.remoteGroupId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Meaning: return SecurityRuleSentence::sentence(rule, remoteName(rule));
    case Direction: return SecurityRuleSentence::directionText(rule.direction);
    case Ethertype: return rule.ethertype;
    case Protocol: return SecurityRuleSentence::protocolText(rule.protocol);
    case Ports: return SecurityRuleSentence::portsText(rule);
    case Remote: return SecurityRuleSentence::remoteText(rule, remoteName(rule));
    case Description: return rule.description;
    default: return {};
    }
}

QVariant SecurityGroupRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Meaning:
        //: Column: what a security group rule allows, in one sentence
        return tr("Rule");
    case Direction:
        //: Column: incoming or outgoing traffic
        return tr("Direction");
    case Ethertype:
        //: Column: IPv4 or IPv6
        return tr("Ethertype");
    case Protocol: return tr("Protocol");
    case Ports:
        //: Column: the port range (or the ICMP type and code)
        return tr("Ports");
    case Remote:
        //: Column: where the traffic comes from (a CIDR or a security group)
        return tr("Remote");
    case Description: return tr("Description");
    default: return {};
    }
}

} // namespace zenith
