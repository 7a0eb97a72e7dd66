#pragma once

#include "panes/tablesection.h"

#include "core/apierror.h"
#include "network/port.h"

class QDialog;
class QInputDialog;
class QMessageBox;
class QPushButton;

namespace zenith {

class MessageBanner;
class NetworkStore;
class RouterStore;
class RoutersModel;
class SubnetStore;
struct Network;
struct Router;

//! The Routers tab: the project's routers with their external gateway and the subnets they join.
//! Creates a router (with an optional gateway on an external network), sets or clears the
//! gateway, adds or removes an interface on a subnet, deletes a router (a refusal because it
//! still has interfaces is explained).
class RoutersSection final : public TableSection
{
    Q_OBJECT

public:
    explicit RoutersSection(QWidget* parent = nullptr);
    ~RoutersSection() override;

    QString title() const override;
    //! Selects a router's row (the topology diagram's click-through).
    RouterStore* store() const;
    NetworkStore* networkStore() const;
    SubnetStore* subnetStore() const;
    RoutersModel* model() const;
    const Router* selectedRouter() const;

    //! The actions' dialogs, opened window-modal and returned (nullptr when they cannot apply).
    QDialog* createRouter();
    QInputDialog* setGateway();
    void clearGateway();
    QInputDialog* addInterface();
    QInputDialog* removeInterface();
    QMessageBox* deleteRouter();
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
    RoutersSection(RoutersModel* model, QWidget* parent);
    void buildUi();
    void updateActions();
    void loadInterfaces();
    void report(bool error, const QString& text);
    //! The request went: report its command and list again; or say why it failed.
    void finished(const ApiError* error, const QString& command, const QString& what, const QString& failure);
    QList<Network> externalNetworks() const;
    QString routerLabel(const Router& router) const;

    RouterStore* m_store;
    NetworkStore* m_networks;
    SubnetStore* m_subnets;
    RoutersModel* m_model;
    QList<Port> m_interfacePorts;
    bool m_interfacesLoading = false;
    MessageBanner* m_actionBanner = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_setGateway = nullptr;
    QPushButton* m_clearGateway = nullptr;
    QPushButton* m_addInterface = nullptr;
    QPushButton* m_removeInterface = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace zenith
