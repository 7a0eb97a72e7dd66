#pragma once

#include "common/collectiontablemodel.h"
#include "network/securitygroup.h"

#include <QPointer>

namespace zenith {

class SecurityGroupStore;

//! The rules of one security group: direction, ethertype, protocol, ports, remote, description
//! and the rule's meaning in a sentence. Follows the group in a SecurityGroupStore and applies
//! each change of its rules as a diff (rules added and removed in place, never a reset).
class SecurityGroupRulesModel final : public CollectionTableModel<SecurityGroupRule>
{
    Q_OBJECT

public:
    enum Column { Meaning, Direction, Ethertype, Protocol, Ports, Remote, Description, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the rule's id
        SortRole,                  //!< the value to sort a column on
    };

    explicit SecurityGroupRulesModel(QObject* parent = nullptr);

    //! The store holding the groups (nullptr: none); it also names the remote groups.
    void setStore(SecurityGroupStore* store);
    //! The group whose rules to show (empty: none).
    void setGroupId(const QString& groupId);
    QString groupId() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void groupsChanged(const QList<zenith::SecurityGroup>& groups);
    void groupsRemoved(const QStringList& ids);
    void showRules(const QList<SecurityGroupRule>& rules);
    QString remoteName(const SecurityGroupRule& rule) const;

    QPointer<SecurityGroupStore> m_store;
    QString m_groupId;
};

} // namespace zenith
