#pragma once

#include "common/collectiontablemodel.h"
#include "network/securitygroup.h"

#include <QPointer>

namespace zenith {

class SecurityGroupStore;

//! The security groups table: one row per group (name, description, number of rules), fed by a
//! SecurityGroupStore's diffs.
class SecurityGroupsModel final : public CollectionTableModel<SecurityGroup>
{
    Q_OBJECT

public:
    enum Column { Name, Description, Rules, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the group's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, description and id, lower-case
    };

    explicit SecurityGroupsModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(SecurityGroupStore* store);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<SecurityGroupStore> m_store;
};

} // namespace zenith
