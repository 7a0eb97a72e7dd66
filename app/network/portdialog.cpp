#include "portdialog.h"

#include "addresspairseditor.h"
#include "common/dialogsize.h"
#include "fixedipeditor.h"
#include "porterrortext.h"
#include "portsmodel.h"

#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/whenfinished.h"
#include "stores/portstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

enum LabelIndex { NetworkLabel, NameLabel, FixedIpsLabel, GroupsLabel, PairsLabel };

} // namespace

PortDialog::PortDialog(PortStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("portDialog"));
    buildUi();
    retranslateUi();
    updatePortSecurity();
}

void PortDialog::buildUi()
{
    m_network = new QComboBox(this);
    m_network->setObjectName(QStringLiteral("portNetwork"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("portName"));
    m_fixedIps = new FixedIpEditor(this);
    m_portSecurity = new QCheckBox(this);
    m_portSecurity->setObjectName(QStringLiteral("portSecurity"));
    m_portSecurity->setChecked(true);
    m_portSecurityText = new QLabel(this);
    m_portSecurityText->setObjectName(QStringLiteral("portSecurityText"));
    m_portSecurityText->setWordWrap(true);
    m_clear = new QCheckBox(this);
    m_clear->setObjectName(QStringLiteral("clearForPortSecurity"));
    m_clear->setChecked(true);
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("portGroups"));
    m_groups->setMaximumHeight(110);
    m_pairs = new AddressPairsEditor(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("portDialogMessage"));
    m_banner->hide();
    m_busy = new BusyIndicator(this);
    m_busy->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { (void)submit(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_network, &QComboBox::currentIndexChanged, this, &PortDialog::networkChanged);
    connect(m_portSecurity, &QCheckBox::toggled, this, &PortDialog::updatePortSecurity);
    connect(m_pairs, &AddressPairsEditor::edited, this, &PortDialog::updatePortSecurity);
    connect(m_groups, &QListWidget::itemChanged, this, &PortDialog::updatePortSecurity);
    connect(m_clear, &QCheckBox::toggled, this, &PortDialog::updatePortSecurity);

    for (QLabel*& label : m_labels)
        label = new QLabel(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_labels[NetworkLabel], m_network);
    form->addRow(m_labels[NameLabel], m_name);
    form->addRow(m_labels[FixedIpsLabel], m_fixedIps);
    form->addRow(QString(), m_portSecurity);
    form->addRow(QString(), m_portSecurityText);
    form->addRow(QString(), m_clear);
    form->addRow(m_labels[GroupsLabel], m_groups);
    form->addRow(m_labels[PairsLabel], m_pairs);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_buttons, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);
    setDialogMinimumWidth(layout, 640);
    // Rows and the banner come and go: the dialog grows with them instead of squashing the rows.
    connect(m_fixedIps, &FixedIpEditor::edited, this, &PortDialog::grow);
    connect(m_pairs, &AddressPairsEditor::edited, this, &PortDialog::grow);
}

void PortDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PortDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Port %1").arg(PortsModel::label(m_port)) : tr("Create Port"));
    m_labels[NetworkLabel]->setText(tr("&Network:"));
    m_labels[NetworkLabel]->setBuddy(m_network);
    m_labels[NameLabel]->setText(tr("N&ame:"));
    m_labels[NameLabel]->setBuddy(m_name);
    m_name->setPlaceholderText(tr("optional, for example lb-private"));
    m_labels[FixedIpsLabel]->setText(tr("Fixed IPs:"));
    //: Label of the list of security groups to apply to a port (several may be checked)
    m_labels[GroupsLabel]->setText(tr("Security groups:"));
    //: Label of the allowed address pairs editor
    m_labels[PairsLabel]->setText(tr("Allowed addresses:"));
    m_portSecurity->setText(tr("&Port security (anti-spoofing and security groups)"));
    m_clear->setText(tr("Remove its security groups and allowed addresses in the same change"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEditing() ? tr("&Save") : tr("C&reate"));
    updatePortSecurity();
}

void PortDialog::setChoices(const QList<Network>& networks, const QList<Subnet>& subnets,
                            const QList<SecurityGroup>& groups)
{
    m_subnets = subnets;
    m_subnetNames.clear();
    for (const Subnet& subnet : subnets)
        m_subnetNames.insert(subnet.id, subnet.name);
    const QString keep = m_network->currentData().toString();
    {
        const QSignalBlocker blocker(m_network);
        m_network->clear();
        for (const Network& network : networks)
            m_network->addItem(network.name.isEmpty() ? network.id : network.name, network.id);
        // Ports a student makes by hand go on a private network (the gateway's 10.12.0.1):
        // start there rather than on the external network listed first.
        int at = m_network->findData(keep);
        for (qsizetype i = 0; at < 0 && i < networks.size(); ++i) {
            if (!networks.at(i).routerExternal)
                at = int(i);
        }
        m_network->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_groups->clear();
    m_groupNames.clear();
    for (const SecurityGroup& group : groups) {
        m_groupNames.insert(group.id, group.name);
        auto* item = new QListWidgetItem(group.name.isEmpty() ? group.id : group.name, m_groups);
        item->setData(Qt::UserRole, group.id);
        item->setToolTip(group.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // A new port gets the project's default group unless told otherwise, as Neutron does.
        item->setCheckState(group.name == u"default" ? Qt::Checked : Qt::Unchecked);
    }
    networkChanged();
}

void PortDialog::setNetwork(const QString& networkId)
{
    const int at = m_network->findData(networkId);
    if (at >= 0)
        m_network->setCurrentIndex(at);
}

void PortDialog::networkChanged()
{
    const QString networkId = m_network->currentData().toString();
    QList<Subnet> subnets;
    for (const Subnet& subnet : std::as_const(m_subnets)) {
        if (subnet.networkId == networkId)
            subnets.append(subnet);
    }
    m_fixedIps->setSubnets(subnets);
}

void PortDialog::editPort(const Port& port)
{
    m_port = port;
    setNetwork(port.networkId);
    m_network->setEnabled(false);
    m_name->setText(port.name);
    m_fixedIps->setFixedIps(port.fixedIps);
    m_portSecurity->setChecked(port.portSecurityEnabled.value_or(true));
    m_portSecurity->setEnabled(port.portSecurityEnabled.has_value());
    for (int i = 0; i < m_groups->count(); ++i) {
        QListWidgetItem* item = m_groups->item(i);
        item->setCheckState(port.securityGroups.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    m_pairs->setPairs(port.allowedAddressPairs);
    retranslateUi();
    grow();
}

PortForm PortDialog::form() const
{
    PortForm form;
    form.portId = m_port.id;
    form.portLabel = m_port.name.isEmpty() ? m_port.id : m_port.name;
    form.networkId = m_network->currentData().toString();
    form.networkName = m_network->currentText();
    form.name = m_name->text();
    form.fixedIps = m_fixedIps->fixedIps();
    form.portSecurity = m_portSecurity->isChecked();
    for (int i = 0; i < m_groups->count(); ++i) {
        const QListWidgetItem* item = m_groups->item(i);
        if (item->checkState() == Qt::Checked) {
            form.securityGroupIds << item->data(Qt::UserRole).toString();
            form.securityGroupNames << item->text();
        }
    }
    form.allowedAddressPairs = m_pairs->pairs();
    form.clearForPortSecurityOff = m_clear->isChecked();
    return form;
}

void PortDialog::updatePortSecurity()
{
    const bool on = m_portSecurity->isChecked();
    const PortForm now = form();
    const bool hasSome = !now.securityGroupIds.isEmpty() || !now.allowedAddressPairs.isEmpty();
    m_clear->setVisible(!on && hasSome);
    m_groups->setEnabled(on || !m_clear->isChecked());
    m_pairs->setEnabled(on || !m_clear->isChecked());
    if (on) {
        m_portSecurityText->setText(tr("The port only sends from its own addresses (and its allowed addresses), and "
                                       "its security groups filter what comes in and goes out."));
        m_portSecurityText->setStyleSheet(QString());
    } else {
        m_portSecurityText->setText(tr("With port security off the port accepts and sends all traffic: no security "
                                       "group filters it and no address is checked. Neutron needs the port's "
                                       "security groups and allowed addresses removed first."));
        m_portSecurityText->setStyleSheet(QStringLiteral("color: #b35900;"));
    }
}

bool PortDialog::submit()
{
    const PortForm now = form();
    m_fixedIps->clearProblems();
    m_pairs->clearProblems();
    const QList<PortProblem> problems = now.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const PortProblem& problem : problems) {
            lines << problem.message;
            if (problem.field == PortProblem::Field::FixedIps)
                m_fixedIps->setRowProblem(problem.row, problem.message);
            else if (problem.field == PortProblem::Field::AddressPairs)
                m_pairs->setRowProblem(problem.row, problem.message);
        }
        refuse(lines.join(u'\n'));
        return false;
    }
    if (!m_store || !m_store->session()) {
        refuse(tr("Sign in to a cloud first."));
        return false;
    }
    setBusy(true);
    if (isEditing()) {
        const QString command = now.setCommand(m_port, m_subnetNames, m_groupNames);
        if (command.isEmpty()) { // nothing changed: nothing to send
            setBusy(false);
            accept();
            return true;
        }
        const UpdatePortRequest request = now.updateRequest(m_port);
        whenFinished(m_store->update(request), this,
                     [this, command](const Result<Port>& result) { finish(result, command); });
    } else {
        const QString command = now.createCommand();
        whenFinished(m_store->create(now.createRequest()), this,
                     [this, command](const Result<Port>& result) { finish(result, command); });
    }
    return true;
}

void PortDialog::finish(const Result<Port>& result, const QString& command)
{
    setBusy(false);
    if (!result) {
        refuse(PortErrorText::saveFailed(result.error()));
        return;
    }
    const QString label = quoted(PortsModel::label(*result));
    //: %1 a port's name
    Q_EMIT saved(*result, command,
                 isEditing() ? tr("Changes the port %1.").arg(label) : tr("Creates the port %1.").arg(label));
    accept();
}

void PortDialog::refuse(const QString& message)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    m_banner->show();
    grow();
}

void PortDialog::grow()
{
    layout()->activate();
    const QSize wanted = sizeHint().expandedTo(minimumSizeHint());
    resize(qMax(width(), wanted.width()), qMax(height(), wanted.height()));
}

void PortDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_banner->hide();
}

} // namespace zenith
