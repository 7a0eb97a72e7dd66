#include "securitygroupsmodel.h"

#include "stores/securitygroupstore.h"

namespace zenith {

SecurityGroupsModel::SecurityGroupsModel(QObject* parent)
    : CollectionTableModel<SecurityGroup>(parent)
{}

void SecurityGroupsModel::setStore(SecurityGroupStore* store)
{
    followStore(m_store, store, &SecurityGroupStore::groupsAdded, &SecurityGroupStore::groupsChanged,
                &SecurityGroupStore::groupsRemoved, &SecurityGroupStore::groups);
}

int SecurityGroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecurityGroup& group = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return group.name.isEmpty() ? group.id : group.name;
        case Description: return group.description;
        case Rules: return QVariant::fromValue(group.rules.size());
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Rules ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole: return group.id;
    case SortRole:
        switch (index.column()) {
        // Names differing only by case stay apart, in a stable order.
        case Name: return QString(group.name.toLower() + u'\n' + group.name + u'\n' + group.id);
        case Description: return group.description.toLower();
        case Rules: return QVariant::fromValue(group.rules.size());
        default: return {};
        }
    case SearchRole: return QString(group.name + u' ' + group.description + u' ' + group.id).toLower();
    default: return {};
    }
}

QVariant SecurityGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Description: return tr("Description");
    case Rules:
        //: Column: how many rules a security group has
        return tr("Rules");
    default: return {};
    }
}

} // namespace zenith
