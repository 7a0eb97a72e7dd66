#pragma once

#include "panes/tablesection.h"

#include "core/apierror.h"

class QInputDialog;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class MessageBanner;
class NetworkStore;
class NetworksModel;
class SubnetDialog;
class SubnetStore;
class SubnetsModel;
struct Network;
struct Subnet;

//! The Networks tab: the project's networks (name, status, subnets, shared, external) over the
//! subnets of the selected one (range, gateway, DHCP, pools, DNS, routes). Creates a network with
//! its subnet, adds, edits and deletes subnets, deletes networks; a deletion Neutron refuses
//! because ports still use the resource is explained with who uses it and what to do.
class NetworksSection final : public TableSection
{
    Q_OBJECT

public:
    explicit NetworksSection(QWidget* parent = nullptr);
    ~NetworksSection() override;

    QString title() const override;
    //! Selects a network's row (the topology diagram's click-through).
    NetworkStore* store() const;
    SubnetStore* subnetStore() const;
    NetworksModel* model() const;
    QTableView* subnetsView() const;

    //! The selected network (nullptr when none).
    const Network* selectedNetwork() const;
    //! The selected subnet (nullptr when none).
    const Subnet* selectedSubnet() const;

    //! Opens the dialogs (window-modal, not waited for) and returns them.
    SubnetDialog* createNetwork();
    SubnetDialog* addSubnet();
    SubnetDialog* editSubnet();
    //! Asks for the selected network's new name (window-modal) and returns the dialog.
    QInputDialog* renameNetwork();
    //! Asks to delete the selected network or subnet; returns the question (nullptr: nothing selected).
    QMessageBox* deleteNetwork();
    QMessageBox* deleteSubnet();
    //! The message of the last action (error or outcome), empty when none.
    QString actionMessage() const;

protected:
    void setStoreSession(Session* session) override;
    void load() override;
    bool isLoading() const override;
    QString countText(int rows, bool loading) const override;
    QString searchPlaceholder() const override;
    QString failureText(const QString& reason) const override;
    QString emptyText() const override;

private:
    NetworksSection(NetworksModel* model, QWidget* parent);
    void buildUi();
    void updateActions();
    void selectionChanged();
    SubnetDialog* openDialog();
    void deleted(bool network, const QString& id, const QString& name, const ApiError* error);
    void report(bool error, const QString& text);

    NetworkStore* m_store;
    SubnetStore* m_subnets;
    NetworksModel* m_model;
    SubnetsModel* m_subnetsModel;
    QSortFilterProxyModel* m_subnetsProxy = nullptr;
    QTableView* m_subnetsView = nullptr;
    MessageBanner* m_actionBanner = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_addSubnet = nullptr;
    QPushButton* m_editSubnet = nullptr;
    QPushButton* m_deleteSubnet = nullptr;
    QPushButton* m_deleteNetwork = nullptr;
    QPushButton* m_renameNetwork = nullptr;
};

} // namespace zenith
