#pragma once

#include "portnames.h"

#include "panes/panesection.h"

#include "network/network.h"
#include "network/securitygroup.h"
#include "network/subnet.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class MessageBanner;
class PortDialog;
class PortStore;
class PortsModel;
class PortsSortFilter;
class RowSelection;
struct ApiError;
struct Port;

//! The Ports tab of the Network area: every port of the project with its network, addresses,
//! MAC, status, device, port security, allowed addresses and security groups (names from one
//! listing of each collection), filtered by network, device and search; create, edit (fixed IPs,
//! port security, groups, allowed addresses) and delete, each with its `openstack` command.
class PortsSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit PortsSection(QWidget* parent = nullptr);
    ~PortsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    //! Selects a port's row (the topology diagram's click-through), clearing the filters.
    bool selectResource(ResourceKind kind, const QString& id) override;

    PortStore* store() const { return m_store; }
    PortsModel* model() const { return m_model; }
    PortsSortFilter* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* networkFilter() const { return m_networkFilter; }
    QComboBox* deviceFilter() const { return m_deviceFilter; }
    MessageBanner* banner() const { return m_banner; }
    //! True once the networks, subnets, servers, routers and groups were listed for this session.
    bool namesLoaded() const { return m_namesPending == 0 && m_namesLoaded; }

    //! The id of the current row ("" when none).
    QString currentPortId() const;
    //! Opens the create dialog (window-modal, not waited for) and returns it.
    PortDialog* createPort();
    //! Opens the editor of the current port (nullptr when none is current).
    PortDialog* editCurrent();
    //! Asks to delete the current port: a question naming it, or nullptr when there is none or
    //! when a router owns it (refused, with the reason in the banner).
    QMessageBox* deleteCurrent();

Q_SIGNALS:
    //! The names listing finished (successfully or not).
    void namesFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void updateActions();
    void showError(const ApiError& error);
    void loadNames();
    void applyNames();
    void fillFilters();
    void prepare(PortDialog* dialog);
    void saved(const Port& port, const QString& command, const QString& what);

    PortStore* m_store;
    PortsModel* m_model;
    PortsSortFilter* m_proxy;
    QLineEdit* m_search = nullptr;
    QComboBox* m_networkFilter = nullptr;
    QComboBox* m_deviceFilter = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    MessageBanner* m_banner = nullptr;
    CollectionStateView* m_states = nullptr;
    QTableView* m_view = nullptr;
    QPointer<Session> m_session;
    RowSelection* m_selection = nullptr;
    QList<Network> m_networks;
    QList<Subnet> m_subnets;
    QList<SecurityGroup> m_groups;
    PortNames m_names;
    quint64 m_namesGeneration = 0;
    int m_namesPending = 0;
    bool m_namesLoaded = false;
    bool m_active = false;
    bool m_failed = false;
};

} // namespace zenith
