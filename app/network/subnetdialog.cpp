#include "subnetdialog.h"

#include "cli/networkcommand.h"
#include "common/dialogsize.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/createnetworkrequest.h"
#include "network/createsubnetrequest.h"
#include "network/updatesubnetrequest.h"
#include "stores/networkstore.h"
#include "stores/subnetstore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace zenith {

SubnetDialog::SubnetDialog(Session* session, SubnetStore* subnets, NetworkStore* networks, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_subnets(subnets)
    , m_networks(networks)
{
    buildUi();
    setMode(Mode::NewNetwork);
}

SubnetDialog::~SubnetDialog() = default;

void SubnetDialog::buildUi()
{
    m_banner = new MessageBanner;
    m_banner->hide();
    m_networkName = new QLineEdit;
    m_networkName->setObjectName(QStringLiteral("networkName"));
    //: Placeholder of the network name field
    m_networkName->setPlaceholderText(tr("e.g. lab-net"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("subnetName"));
    m_name->setPlaceholderText(tr("e.g. lab-subnet"));
    m_cidr = new QLineEdit;
    m_cidr->setObjectName(QStringLiteral("cidr"));
    m_cidr->setPlaceholderText(QStringLiteral("10.12.0.0/16"));

    //: Gateway choice: Neutron picks the first address of the range
    m_gatewayDefault = new QRadioButton(tr("First address"));
    //: Gateway choice: the address typed next to it
    m_gatewayAddress = new QRadioButton(tr("Address:"));
    //: Gateway choice: the subnet has no gateway
    m_gatewayNone = new QRadioButton(tr("No gateway"));
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : {m_gatewayDefault, m_gatewayAddress, m_gatewayNone})
        group->addButton(b);
    m_gatewayDefault->setChecked(true);
    m_gateway = new QLineEdit;
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_gateway->setPlaceholderText(QStringLiteral("10.12.0.1"));
    m_gateway->setEnabled(false);
    connect(m_gatewayAddress, &QRadioButton::toggled, m_gateway, &QLineEdit::setEnabled);
    auto* gatewayRow = new QHBoxLayout;
    gatewayRow->addWidget(m_gatewayDefault);
    gatewayRow->addWidget(m_gatewayAddress);
    gatewayRow->addWidget(m_gateway, 1);
    gatewayRow->addWidget(m_gatewayNone);

    m_pools = new QPlainTextEdit;
    m_pools->setObjectName(QStringLiteral("pools"));
    m_pools->setTabChangesFocus(true);
    //: Placeholder: one allocation pool a line
    m_pools->setPlaceholderText(tr("One range a line, e.g. 10.12.0.10 - 10.12.0.200. Empty: the whole range."));
    m_pools->setFixedHeight(m_pools->fontMetrics().lineSpacing() * 4);
    m_dns = new QLineEdit;
    m_dns->setObjectName(QStringLiteral("dns"));
    m_dns->setPlaceholderText(tr("e.g. 1.1.1.1, 9.9.9.9"));
    m_routes = new QPlainTextEdit;
    m_routes->setObjectName(QStringLiteral("routes"));
    m_routes->setTabChangesFocus(true);
    m_routes->setPlaceholderText(tr("One route a line, e.g. 192.168.0.0/24 via 10.12.0.254"));
    m_routes->setFixedHeight(m_routes->fontMetrics().lineSpacing() * 3);
    //: Checkbox: DHCP hands out addresses on the subnet
    m_dhcp = new QCheckBox(tr("Hand out addresses with DHCP"));
    m_dhcp->setChecked(true);

    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_layout->addRow(tr("Network name:"), m_networkName);
    m_layout->addRow(tr("Subnet name:"), m_name);
    //: Form label: the subnet's address range in CIDR notation
    m_layout->addRow(tr("Range (CIDR):"), m_cidr);
    m_layout->addRow(tr("Gateway:"), gatewayRow);
    m_layout->addRow(tr("Allocation pools:"), m_pools);
    m_layout->addRow(tr("DNS name servers:"), m_dns);
    m_layout->addRow(tr("Host routes:"), m_routes);
    m_layout->addRow(QString(), m_dhcp);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("submit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubnetDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubnetDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_layout);
    layout->addWidget(m_buttons);
    setDialogMinimumWidth(layout, 640); // room for French labels and the gateway row
}

void SubnetDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_layout->setRowVisible(m_networkName, mode == Mode::NewNetwork);
    m_cidr->setReadOnly(mode == Mode::EditSubnet);
    // Neutron's default gateway is only meaningful for a new subnet.
    m_gatewayDefault->setVisible(mode != Mode::EditSubnet);
    switch (mode) {
    case Mode::NewNetwork:
        setWindowTitle(tr("Create network"));
        m_ok->setText(tr("Create"));
        break;
    case Mode::AddSubnet:
        //: Dialog title: %1 is the network's name
        setWindowTitle(tr("Add a subnet to “%1”").arg(networkLabel()));
        m_ok->setText(tr("Create"));
        break;
    case Mode::EditSubnet:
        //: Dialog title: %1 is the subnet's name
        setWindowTitle(tr("Edit subnet “%1”").arg(m_subnet.name.isEmpty() ? m_subnet.id : m_subnet.name));
        m_ok->setText(tr("Save"));
        break;
    }
}

void SubnetDialog::startNewNetwork()
{
    setMode(Mode::NewNetwork);
    m_networkName->setFocus();
}

void SubnetDialog::startAddSubnet(const Network& network)
{
    m_network = network;
    setMode(Mode::AddSubnet);
    m_name->setFocus();
}

void SubnetDialog::startEdit(const Subnet& subnet)
{
    m_subnet = subnet;
    setForm(SubnetForm::fromSubnet(subnet));
    setMode(Mode::EditSubnet);
    m_name->setFocus();
}

QString SubnetDialog::networkLabel() const
{
    return m_network.name.isEmpty() ? m_network.id : m_network.name;
}

SubnetForm SubnetDialog::form() const
{
    SubnetForm f;
    f.newNetwork = m_mode == Mode::NewNetwork;
    f.networkName = m_networkName->text();
    f.name = m_name->text();
    f.cidr = m_cidr->text();
    f.gateway = m_gatewayNone->isChecked()      ? SubnetForm::Gateway::None
                : m_gatewayAddress->isChecked() ? SubnetForm::Gateway::Address
                                                : SubnetForm::Gateway::Default;
    f.gatewayAddress = m_gateway->text();
    f.pools = m_pools->toPlainText();
    f.dns = m_dns->text();
    f.routes = m_routes->toPlainText();
    f.dhcp = m_dhcp->isChecked();
    return f;
}

void SubnetDialog::setForm(const SubnetForm& f)
{
    m_networkName->setText(f.networkName);
    m_name->setText(f.name);
    m_cidr->setText(f.cidr);
    m_gatewayNone->setChecked(f.gateway == SubnetForm::Gateway::None);
    m_gatewayAddress->setChecked(f.gateway == SubnetForm::Gateway::Address);
    m_gatewayDefault->setChecked(f.gateway == SubnetForm::Gateway::Default);
    m_gateway->setText(f.gatewayAddress);
    m_pools->setPlainText(f.pools);
    m_dns->setText(QStringList(f.dns.split(u'\n', Qt::SkipEmptyParts)).join(QStringLiteral(", ")));
    m_routes->setPlainText(f.routes);
    m_dhcp->setChecked(f.dhcp);
}

QString SubnetDialog::message() const
{
    return !m_banner->isHidden() ? m_banner->text() : QString();
}

void SubnetDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ok->setEnabled(!busy);
    if (busy)
        m_banner->hide();
}

void SubnetDialog::refuse(const QString& message, QWidget* focus)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    m_banner->show();
    // A word-wrapped banner's height depends on the width, which the minimum size ignores: grow to fit.
    layout()->activate();
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
    if (focus)
        focus->setFocus();
}

void SubnetDialog::submit()
{
    if (m_busy)
        return;
    const SubnetForm f = form();
    QHash<QString, QString> names;
    if (m_networks) {
        for (const Network& n : m_networks->networks())
            names.insert(n.id, n.name);
    }
    const QList<Subnet> others = m_subnets ? m_subnets->subnets() : QList<Subnet>{};
    const QList<SubnetProblem> problems =
        f.validate(others, m_mode == Mode::EditSubnet ? m_subnet.id : QString(), names);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const SubnetProblem& p : problems)
            lines << p.message;
        QWidget* focus = nullptr;
        switch (problems.first().field) {
        case SubnetProblem::Field::NetworkName: focus = m_networkName; break;
        case SubnetProblem::Field::Cidr: focus = m_cidr; break;
        case SubnetProblem::Field::Gateway: focus = m_gateway; break;
        case SubnetProblem::Field::Pools: focus = m_pools; break;
        case SubnetProblem::Field::Dns: focus = m_dns; break;
        case SubnetProblem::Field::Routes: focus = m_routes; break;
        }
        //: Shown above the problems of the subnet form
        refuse(tr("Nothing was sent:") + u'\n' + lines.join(u'\n'), focus);
        return;
    }
    if (!m_session) {
        refuse(tr("Not connected to a cloud."));
        return;
    }
    switch (m_mode) {
    case Mode::NewNetwork: createNetwork(f); break;
    case Mode::AddSubnet: createSubnet(f); break;
    case Mode::EditSubnet: updateSubnet(f); break;
    }
}

void SubnetDialog::createNetwork(const SubnetForm& f)
{
    setBusy(true);
    CreateNetworkRequest request;
    request.name = f.networkName.trimmed();
    whenFinished(m_session->send(request), this, [this, f](const Result<Network>& created) {
        if (!created) {
            setBusy(false);
            refuse(tr("Could not create the network.") + u'\n' + ErrorText::message(created.error()));
            return;
        }
        Q_EMIT commandIssued(NetworkCommand::networkCreate(created->name), tr("Create network"));
        Q_EMIT changed();
        // From now on the dialog adds a subnet to this network: a retry must not create a second one.
        m_network = *created;
        setMode(Mode::AddSubnet);
        createSubnet(f);
    });
}

void SubnetDialog::createSubnet(const SubnetForm& f)
{
    setBusy(true);
    const CreateSubnetRequest request = f.createRequest(m_network.id);
    whenFinished(m_session->send(request), this, [this, request](const Result<Subnet>& created) {
        setBusy(false);
        if (!created) {
            //: %1 is the network's name
            refuse(tr("Could not create the subnet on “%1”.").arg(networkLabel()) + u'\n' +
                   ErrorText::message(created.error()));
            return;
        }
        Q_EMIT commandIssued(NetworkCommand::subnetCreate(request, networkLabel()), tr("Create subnet"));
        Q_EMIT changed();
        accept();
    });
}

void SubnetDialog::updateSubnet(const SubnetForm& f)
{
    const UpdateSubnetRequest request = f.updateRequest(m_subnet);
    const bool nothing = !request.name && !request.gatewayIp && !request.allocationPools && !request.dnsNameservers &&
                         !request.hostRoutes && !request.enableDhcp;
    if (nothing) {
        accept();
        return;
    }
    setBusy(true);
    const QString label = m_subnet.name.isEmpty() ? m_subnet.id : m_subnet.name;
    whenFinished(m_session->send(request), this, [this, request, label](const Result<Subnet>& updated) {
        setBusy(false);
        if (!updated) {
            refuse(tr("Could not change the subnet.") + u'\n' + ErrorText::message(updated.error()));
            return;
        }
        Q_EMIT commandIssued(NetworkCommand::subnetSet(request, label), tr("Edit subnet"));
        Q_EMIT changed();
        accept();
    });
}

} // namespace zenith
