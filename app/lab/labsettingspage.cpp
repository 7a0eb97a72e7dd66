#include "labsettingspage.h"

#include "labchoicecombo.h"
#include "labfieldmessage.h"
#include "labformrow.h"
#include "labplanissuetext.h"

#include "lab/labaddresses.h"
#include "lab/labplanvalidation.h"
#include "stores/networkstore.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <algorithm>

namespace zenith {

LabSettingsPage::LabSettingsPage(QWidget* parent)
    : LabWizardPage(parent)
    , m_networks(new NetworkStore(this))
{
    setObjectName(QStringLiteral("labSettingsPage"));
    buildUi();
    retranslateUi();
    connect(m_networks, &NetworkStore::networksAdded, this, &LabSettingsPage::fillNetworks);
    connect(m_networks, &NetworkStore::networksChanged, this, &LabSettingsPage::fillNetworks);
    connect(m_networks, &NetworkStore::networksRemoved, this, &LabSettingsPage::fillNetworks);
    connect(m_networks, &NetworkStore::loadingFinished, this, &LabSettingsPage::edited);
}

LabSettingsPage::~LabSettingsPage()
{
    disconnectChildren();
}

QString LabSettingsPage::title() const
{
    //: The first step of the lab wizard: the lab's name, network and shape
    return tr("Lab");
}

void LabSettingsPage::setSession(Session* session)
{
    m_networks->setSession(session);
    if (session && isVisible())
        m_networks->load();
}

void LabSettingsPage::setActive(bool active)
{
    if (active && !m_networks->isLoaded())
        m_networks->load();
}

void LabSettingsPage::buildUi()
{
    m_intro = new QLabel(this);
    QFormLayout* form = labPageForm(this, m_intro);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("labName"));
    m_name->setMaxLength(40); // past 20 a message says why; never cut what was typed silently
    m_nameMessage = new LabFieldMessage(this);
    m_nameMessage->setObjectName(QStringLiteral("labNameMessage"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, labFormField(this, {m_name, m_nameMessage}));

    m_cidr = new QLineEdit(this);
    m_cidr->setObjectName(QStringLiteral("labCidr"));
    m_cidrHint = new QLabel(this);
    m_cidrHint->setObjectName(QStringLiteral("labAddresses"));
    m_cidrHint->setWordWrap(true);
    m_cidrHint->setEnabled(false);
    m_cidrMessage = new LabFieldMessage(this);
    m_cidrMessage->setObjectName(QStringLiteral("labCidrMessage"));
    m_cidrLabel = new QLabel(this);
    m_cidrLabel->setBuddy(m_cidr);
    form->addRow(m_cidrLabel, labFormField(this, {m_cidr, m_cidrMessage, m_cidrHint}));

    m_public = new LabChoiceCombo(this);
    m_public->setObjectName(QStringLiteral("labPublicNetwork"));
    m_publicMessage = new LabFieldMessage(this);
    m_publicMessage->setObjectName(QStringLiteral("labPublicNetworkMessage"));
    m_publicLabel = new QLabel(this);
    m_publicLabel->setBuddy(m_public);
    form->addRow(m_publicLabel, labFormField(this, {m_public, m_publicMessage}));

    m_webCount = new QSpinBox(this);
    m_webCount->setObjectName(QStringLiteral("labWebCount"));
    m_webCount->setRange(1, LabAddresses::kMaxWebServers);
    m_webCountMessage = new LabFieldMessage(this);
    m_webCountLabel = new QLabel(this);
    m_webCountLabel->setBuddy(m_webCount);
    form->addRow(m_webCountLabel, labFormField(this, {m_webCount, m_webCountMessage}));

    m_policy = new QButtonGroup(this);
    m_softAntiAffinity = new QRadioButton(this);
    m_softAntiAffinity->setObjectName(QStringLiteral("labSoftAntiAffinity"));
    m_antiAffinity = new QRadioButton(this);
    m_antiAffinity->setObjectName(QStringLiteral("labAntiAffinity"));
    m_policy->addButton(m_softAntiAffinity);
    m_policy->addButton(m_antiAffinity);
    m_softAntiAffinityText = labExplanation(this);
    m_antiAffinityText = labExplanation(this);
    m_policyLabel = new QLabel(this);
    form->addRow(m_policyLabel,
                 labFormField(this, {m_softAntiAffinity, m_softAntiAffinityText, m_antiAffinity, m_antiAffinityText}));

    m_spoofing = new QButtonGroup(this);
    m_addressPair = new QRadioButton(this);
    m_addressPair->setObjectName(QStringLiteral("labAddressPair"));
    m_portSecurityOff = new QRadioButton(this);
    m_portSecurityOff->setObjectName(QStringLiteral("labPortSecurityOff"));
    m_spoofing->addButton(m_addressPair);
    m_spoofing->addButton(m_portSecurityOff);
    m_addressPairText = labExplanation(this);
    m_portSecurityOffText = labExplanation(this);
    m_spoofingLabel = new QLabel(this);
    form->addRow(m_spoofingLabel,
                 labFormField(this, {m_addressPair, m_addressPairText, m_portSecurityOff, m_portSecurityOffText}));

    connect(m_name, &QLineEdit::textEdited, this, &LabSettingsPage::edited);
    connect(m_cidr, &QLineEdit::textEdited, this, &LabSettingsPage::edited);
    connect(m_cidr, &QLineEdit::textChanged, this, &LabSettingsPage::showAddresses);
    connect(m_webCount, &QSpinBox::valueChanged, this, &LabSettingsPage::showAddresses);
    connect(m_public, &LabChoiceCombo::choiceEdited, this, &LabSettingsPage::edited);
    connect(m_webCount, &QSpinBox::valueChanged, this, &LabSettingsPage::edited);
    connect(m_policy, &QButtonGroup::buttonClicked, this, &LabSettingsPage::edited);
    connect(m_spoofing, &QButtonGroup::buttonClicked, this, &LabSettingsPage::edited);
}

void LabSettingsPage::retranslateUi()
{
    m_intro->setText(tr("A lab is a small web site the way an expert would build it: a gateway that is also the "
                        "load balancer, web servers, a database and a name server on a private network. "
                        "Nothing is created before the Plan step shows you everything."));
    m_nameLabel->setText(tr("Lab &name:"));
    m_name->setPlaceholderText(tr("e.g. lab or tp1-group2"));
    //: Tooltip of the lab name field
    m_name->setToolTip(tr("The prefix of every resource name, and the tag that finds them again to resume or "
                          "tear the lab down."));
    m_cidrLabel->setText(tr("Private &range:"));
    showAddresses();
    m_publicLabel->setText(tr("&Public network:"));
    //: Tooltip of the public network picker of the lab wizard
    m_public->setToolTip(tr("The external network the gateway's public port is on (Ext-Net on OVHcloud)."));
    m_webCountLabel->setText(tr("&Web servers:"));
    m_policyLabel->setText(tr("Spread of the web servers:"));
    //: A Nova server group policy
    m_softAntiAffinity->setText(tr("&Soft anti-affinity (recommended)"));
    m_softAntiAffinityText->setText(tr("Puts the web servers on different hosts when the cloud has several, and "
                                       "still deploys on a one-host cloud such as a small test cloud."));
    //: A Nova server group policy
    m_antiAffinity->setText(tr("&Anti-affinity"));
    m_antiAffinityText->setText(tr("Requires a different host for each web server: on a cloud with fewer hosts "
                                   "than web servers, the extra servers fail to be scheduled."));
    m_spoofingLabel->setText(tr("Gateway and anti-spoofing:"));
    m_addressPair->setText(tr("Allowed address &pair 0.0.0.0/0 (recommended)"));
    m_addressPairText->setText(tr("Keeps Neutron's port security and security groups on the gateway's private "
                                  "port, and lets it forward the private servers' traffic to and from the "
                                  "Internet."));
    m_portSecurityOff->setText(tr("Port security &off"));
    m_portSecurityOffText->setText(tr("Switches anti-spoofing off on that port altogether: it forwards anything, "
                                      "and no security group protects it."));
}

// The addresses themselves, for the range as typed: a student then knows 10.12.0.1 is the gateway
// before the Plan step, the very address the tutorial's `openstack port set --fixed-ip` asks for.
void LabSettingsPage::showAddresses()
{
    const std::optional<LabAddresses> addresses = LabAddresses::of(m_cidr->text().trimmed(), m_webCount->value());
    if (!addresses) {
        m_cidrHint->setText(tr("The gateway takes the range's first address, the name server the second, the "
                               "database the third, the web servers the eleventh onwards; DHCP hands out the rest."));
    } else if (addresses->web.size() == 1) {
        m_cidrHint->setText(tr("The gateway takes %1, the name server %2, the database %3 and the web server %4; "
                               "DHCP hands out %5 to %6.")
                                .arg(addresses->gateway, addresses->nameServer, addresses->database,
                                     addresses->web.constFirst(), addresses->poolStart, addresses->poolEnd));
    } else {
        m_cidrHint->setText(tr("The gateway takes %1, the name server %2, the database %3 and the web servers %4 "
                               "to %5; DHCP hands out %6 to %7.")
                                .arg(addresses->gateway, addresses->nameServer, addresses->database,
                                     addresses->web.constFirst(), addresses->web.constLast(), addresses->poolStart,
                                     addresses->poolEnd));
    }
}

void LabSettingsPage::fillNetworks()
{
    QStringList names;
    for (const Network& network : m_networks->networks()) {
        if (network.routerExternal && !names.contains(network.name))
            names.append(network.name);
    }
    std::sort(names.begin(), names.end());
    m_public->setChoices(names);
    // Ext-Net is the tutorial's; without it (another cloud) the first external network will do.
    if (m_public->currentIndex() < 0 && !m_public->isUserChoice() && !names.isEmpty()) {
        m_public->setChoice(names.contains(u"Ext-Net") ? QStringLiteral("Ext-Net") : names.first());
        Q_EMIT edited();
    }
}

QStringList LabSettingsPage::publicNetworks() const
{
    QStringList names;
    for (int i = 0; i < m_public->count(); ++i)
        names << m_public->itemText(i);
    return names;
}

void LabSettingsPage::readPlan(const LabPlan& plan)
{
    m_name->setText(plan.name);
    m_cidr->setText(plan.cidr);
    m_public->setChoice(plan.publicNetwork);
    const QSignalBlocker blocker(m_webCount);
    m_webCount->setValue(plan.webCount);
    (plan.webPolicy == LabServerGroupPolicy::AntiAffinity ? m_antiAffinity : m_softAntiAffinity)->setChecked(true);
    (plan.gatewaySpoofing == LabGatewaySpoofing::PortSecurityOff ? m_portSecurityOff : m_addressPair)->setChecked(true);
    showAddresses();
}

void LabSettingsPage::writePlan(LabPlan* plan) const
{
    plan->name = m_name->text().trimmed();
    plan->cidr = m_cidr->text().trimmed();
    plan->publicNetwork = m_public->choice();
    plan->webCount = m_webCount->value();
    plan->webPolicy =
        m_antiAffinity->isChecked() ? LabServerGroupPolicy::AntiAffinity : LabServerGroupPolicy::SoftAntiAffinity;
    plan->gatewaySpoofing =
        m_portSecurityOff->isChecked() ? LabGatewaySpoofing::PortSecurityOff : LabGatewaySpoofing::AllowedAddressPair;
}

int LabSettingsPage::showIssues(const QList<LabPlanIssue>& issues)
{
    using Field = LabPlanIssue::Field;
    const std::pair<Field, LabFieldMessage*> fields[] = {{Field::Name, m_nameMessage},
                                                         {Field::Cidr, m_cidrMessage},
                                                         {Field::PublicNetwork, m_publicMessage},
                                                         {Field::WebCount, m_webCountMessage}};
    int shown = 0;
    for (const auto& [field, message] : fields) {
        QStringList texts;
        for (const LabPlanIssue& issue : issues) {
            if (issue.field == field)
                texts << LabPlanIssueText::message(issue);
        }
        message->setMessage(texts.join(u'\n'));
        shown += int(texts.size());
    }
    return shown;
}

} // namespace zenith
