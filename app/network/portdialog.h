#pragma once

#include "portform.h"

#include "network/network.h"
#include "network/port.h"
#include "network/securitygroup.h"
#include "network/subnet.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace zenith {

class AddressPairsEditor;
class BusyIndicator;
class FixedIpEditor;
class MessageBanner;
class PortStore;

//! Creates a port, or changes one: network, name, fixed IPs, port security, security groups and
//! allowed address pairs. Checks the form (PortForm::validate) before sending, keeps what was
//! typed when Neutron refuses, and says what turning port security off implies.
class PortDialog final : public QDialog
{
    Q_OBJECT

public:
    //! A dialog that creates a port through `store`.
    explicit PortDialog(PortStore* store, QWidget* parent = nullptr);

    //! What the pickers offer (the project's networks, their subnets, the security groups).
    void setChoices(const QList<Network>& networks, const QList<Subnet>& subnets, const QList<SecurityGroup>& groups);
    //! Turns the dialog into the editor of this port (its network cannot change).
    void editPort(const Port& port);
    //! Chooses the network of a new port.
    void setNetwork(const QString& networkId);

    //! The form as it is now.
    PortForm form() const;
    bool isEditing() const { return !m_port.id.isEmpty(); }

    QComboBox* networkField() const { return m_network; }
    QLineEdit* nameField() const { return m_name; }
    FixedIpEditor* fixedIpEditor() const { return m_fixedIps; }
    AddressPairsEditor* addressPairsEditor() const { return m_pairs; }
    QCheckBox* portSecurityField() const { return m_portSecurity; }
    QCheckBox* clearField() const { return m_clear; }
    QListWidget* groupsField() const { return m_groups; }
    MessageBanner* banner() const { return m_banner; }
    //! Checks the form and sends it (what the OK button does); false when refused before sending.
    bool submit();

Q_SIGNALS:
    //! The port was created or changed; `command` is its `openstack` command.
    void saved(const zenith::Port& port, const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void networkChanged();
    void updatePortSecurity();
    void setBusy(bool busy);
    void refuse(const QString& message);
    void grow();
    void finish(const Result<Port>& result, const QString& command);

    PortStore* m_store;
    Port m_port; //!< the port edited (empty id: a new one)
    QList<Subnet> m_subnets;
    QHash<QString, QString> m_subnetNames;
    QHash<QString, QString> m_groupNames;
    QLabel* m_networkLabel = nullptr;
    QComboBox* m_network = nullptr;
    QLineEdit* m_name = nullptr;
    FixedIpEditor* m_fixedIps = nullptr;
    QCheckBox* m_portSecurity = nullptr;
    QLabel* m_portSecurityText = nullptr;
    QCheckBox* m_clear = nullptr;
    QListWidget* m_groups = nullptr;
    AddressPairsEditor* m_pairs = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_labels[5] = {};
};

} // namespace zenith
