#pragma once

#include "subnetform.h"

#include "network/network.h"
#include "network/subnet.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace zenith {

class MessageBanner;
class NetworkStore;
class Session;
class SubnetStore;

//! Creates a network with its subnet, adds a subnet to a network, or edits a subnet. Everything
//! is checked (SubnetForm) before anything is sent; a refusal, local or from Neutron, shows in
//! the dialog and keeps what was typed. Each request sent is reported as its `openstack` command.
class SubnetDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NewNetwork, AddSubnet, EditSubnet };

    //! `subnets` and `networks` give the ranges to check overlaps against and the names to show.
    SubnetDialog(Session* session, SubnetStore* subnets, NetworkStore* networks, QWidget* parent = nullptr);
    ~SubnetDialog() override;

    //! A new network and its first subnet.
    void startNewNetwork();
    //! A subnet on `network`.
    void startAddSubnet(const Network& network);
    //! Edits `subnet` (its range cannot change).
    void startEdit(const Subnet& subnet);

    Mode mode() const { return m_mode; }
    //! The form as the fields hold it now.
    SubnetForm form() const;
    //! Fills the fields (tests, and the edit mode).
    void setForm(const SubnetForm& form);
    //! Checks the fields and, if they pass, sends the requests; the same as the OK button.
    void submit();
    //! The refusal or error shown, empty when none.
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    //! The equivalent `openstack` command of each request that succeeded.
    void commandIssued(const QString& command, const QString& what);
    //! Something was created or changed: the stores should list again.
    void changed();

private:
    void buildUi();
    void setMode(Mode mode);
    void setBusy(bool busy);
    void refuse(const QString& message, QWidget* focus = nullptr);
    void createNetwork(const SubnetForm& form);
    void createSubnet(const SubnetForm& form);
    void updateSubnet(const SubnetForm& form);
    QString networkLabel() const;

    QPointer<Session> m_session;
    QPointer<SubnetStore> m_subnets;
    QPointer<NetworkStore> m_networks;
    Mode m_mode = Mode::NewNetwork;
    Network m_network; //!< the network the subnet goes on (AddSubnet, and NewNetwork once created)
    Subnet m_subnet;   //!< the subnet edited
    bool m_busy = false;

    MessageBanner* m_banner = nullptr;
    QFormLayout* m_layout = nullptr;
    QLineEdit* m_networkName = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_cidr = nullptr;
    QRadioButton* m_gatewayDefault = nullptr;
    QRadioButton* m_gatewayAddress = nullptr;
    QRadioButton* m_gatewayNone = nullptr;
    QLineEdit* m_gateway = nullptr;
    QPlainTextEdit* m_pools = nullptr;
    QLineEdit* m_dns = nullptr;
    QPlainTextEdit* m_routes = nullptr;
    QCheckBox* m_dhcp = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace zenith
