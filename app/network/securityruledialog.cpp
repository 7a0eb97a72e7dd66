#include "securityruledialog.h"

#include "common/dialogsize.h"
#include "securitygrouptexts.h"
#include "securityrulesentence.h"

#include "cli/securitygroupcommand.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "stores/securitygroupstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace zenith {

namespace {

using Preset = SecurityRuleInput::Preset;
constexpr Preset kPresets[] = {Preset::Ssh, Preset::Http, Preset::Https, Preset::Icmp, Preset::Mysql, Preset::Dns};

// The rule as the sentence builder sees it once sent.
SecurityGroupRule asRule(const CreateSecurityGroupRuleRequest& request)
{
    SecurityGroupRule rule;
    rule.securityGroupId = request.securityGroupId;
    rule.direction = request.direction;
    rule.ethertype = request.ethertype;
    rule.protocol = request.protocol;
    rule.portRangeMin = request.portRangeMin;
    rule.portRangeMax = request.portRangeMax;
    rule.remoteIpPrefix = request.remoteIpPrefix;
    rule.remoteGroupId = request.remoteGroupId;
    return rule;
}

} // namespace

SecurityRuleDialog::SecurityRuleDialog(SecurityGroupStore* store, const QString& groupId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_groupId(groupId)
{
    setObjectName(QStringLiteral("securityRuleDialog"));
    buildUi();
    retranslateUi();
    applyPreset(Preset::Ssh);
}

SecurityRuleDialog::~SecurityRuleDialog() = default;

void SecurityRuleDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    // Two rows of three: one row is too narrow for the French names.
    auto* presets = new QGridLayout;
    for (Preset preset : kPresets) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("preset%1").arg(int(preset)));
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
        presets->addWidget(button, int(m_presets.size()) / 3, int(m_presets.size()) % 3);
        m_presets << button;
    }

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("ruleDirection"));
    m_direction->addItem(QString(), QStringLiteral("ingress"));
    m_direction->addItem(QString(), QStringLiteral("egress"));
    m_ethertype = new QComboBox(this);
    m_ethertype->setObjectName(QStringLiteral("ruleEthertype"));
    m_ethertype->addItem(QStringLiteral("IPv4"), QStringLiteral("IPv4"));
    m_ethertype->addItem(QStringLiteral("IPv6"), QStringLiteral("IPv6"));
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("ruleProtocol"));
    m_protocol->setEditable(true);
    m_protocol->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& p : {QStringLiteral("tcp"), QStringLiteral("udp"), SecurityRuleInput::udpAndTcp.toString(),
                             QStringLiteral("icmp"), QStringLiteral("any")})
        m_protocol->addItem(QString(), p);
    m_portMin = new QLineEdit(this);
    m_portMin->setObjectName(QStringLiteral("rulePortMin"));
    m_portMax = new QLineEdit(this);
    m_portMax->setObjectName(QStringLiteral("rulePortMax"));
    m_remoteCidr = new QRadioButton(this);
    m_remoteCidr->setObjectName(QStringLiteral("ruleRemoteCidr"));
    m_remoteCidr->setChecked(true);
    m_remoteGroup = new QRadioButton(this);
    m_remoteGroup->setObjectName(QStringLiteral("ruleRemoteGroup"));
    auto* remoteKinds = new QButtonGroup(this);
    remoteKinds->addButton(m_remoteCidr);
    remoteKinds->addButton(m_remoteGroup);
    m_cidr = new QLineEdit(this);
    m_cidr->setObjectName(QStringLiteral("ruleCidr"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("ruleGroup"));
    if (m_store) {
        QList<SecurityGroup> groups = m_store->groups();
        std::sort(groups.begin(), groups.end(), [](const SecurityGroup& a, const SecurityGroup& b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const SecurityGroup& group : std::as_const(groups))
            m_group->addItem(group.name.isEmpty() ? group.id : group.name, group.id);
    }
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("ruleDescription"));
    m_description->setMaxLength(1000); // longer than Neutron's 255, so that the check can say so

    auto* cidrRow = new QHBoxLayout;
    cidrRow->addWidget(m_remoteCidr);
    cidrRow->addWidget(m_cidr, 1);
    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(m_remoteGroup);
    groupRow->addWidget(m_group, 1);
    m_form = new QFormLayout;
    // QFormLayout makes no label for an empty text: make them all, their texts come in retranslateUi().
    const auto row = [this](auto* field) {
        auto* label = new QLabel(this);
        m_labels << label;
        m_form->addRow(label, field);
        return label;
    };
    row(presets);
    row(m_direction);
    row(m_ethertype);
    row(m_protocol);
    m_portMinLabel = row(m_portMin);
    m_portMaxLabel = row(m_portMax);
    row(cidrRow);
    row(groupRow);
    row(m_description);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("rulePreview"));
    m_preview->setWordWrap(true);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("ruleMessage"));
    m_banner->hide();
    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_add->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecurityRuleDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecurityRuleDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addStretch();
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_preview);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addLayout(bottom);
    setDialogMinimumWidth(layout, 640);

    for (QComboBox* combo : {m_direction, m_ethertype, m_group})
        connect(combo, &QComboBox::currentIndexChanged, this, &SecurityRuleDialog::updateForm);
    connect(m_protocol, &QComboBox::currentTextChanged, this, &SecurityRuleDialog::updateForm);
    for (QLineEdit* edit : {m_portMin, m_portMax, m_cidr, m_description})
        connect(edit, &QLineEdit::textChanged, this, &SecurityRuleDialog::updateForm);
    connect(m_remoteCidr, &QRadioButton::toggled, this, &SecurityRuleDialog::updateForm);
    connect(m_cidr, &QLineEdit::textEdited, this, [this] { m_remoteCidr->setChecked(true); });
    connect(m_group, &QComboBox::activated, this, [this] { m_remoteGroup->setChecked(true); });
}

void SecurityRuleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SecurityRuleDialog::retranslateUi()
{
    //: Title of the rule editor; %1 is a security group name
    setWindowTitle(tr("Add a Rule to %1").arg(m_store ? m_store->nameOf(m_groupId) : m_groupId));
    m_intro->setText(tr("A rule lets traffic through the group's firewall: instances in the group accept what "
                        "a rule allows and drop the rest. Start from a common service or fill in the fields."));
    const QStringList presetNames{tr("SSH (22)"), tr("HTTP (80)"), tr("HTTPS (443)"),
                                  //: Preset: ICMP, which ping uses
                                  tr("ICMP (ping)"), tr("MySQL/MariaDB (3306)"),
                                  //: Preset: DNS on port 53, UDP and TCP (two rules)
                                  tr("DNS (53)")};
    for (qsizetype i = 0; i < m_presets.size(); ++i)
        m_presets[i]->setText(presetNames.value(i));
    m_presets.last()->setToolTip(tr("Two rules: DNS answers over UDP, and over TCP for large answers."));
    //: Rule direction: traffic that comes to the instances
    m_direction->setItemText(0, tr("Incoming (ingress)"));
    //: Rule direction: traffic that the instances send
    m_direction->setItemText(1, tr("Outgoing (egress)"));
    const QStringList protocols{QStringLiteral("TCP"), QStringLiteral("UDP"),
                                //: Protocol choice that adds two rules, one per protocol
                                tr("UDP and TCP (two rules)"), QStringLiteral("ICMP"),
                                //: Protocol choice: every protocol
                                tr("Any")};
    for (int i = 0; i < protocols.size(); ++i)
        m_protocol->setItemText(i, protocols.at(i));
    m_protocol->setToolTip(tr("Choose a protocol, or type its number from 0 to 255 (47 is GRE)."));
    m_cidr->setPlaceholderText(tr("Empty: anywhere (0.0.0.0/0 or ::/0)"));
    //: Remote choice: an address block in CIDR notation
    m_remoteCidr->setText(tr("Address block"));
    //: Remote choice: the instances that are in a security group
    m_remoteGroup->setText(tr("Members of group"));
    m_description->setPlaceholderText(tr("Optional: why the rule is there"));
    const auto setLabel = [this](int row, const QString& text) { m_labels.at(row)->setText(text); };
    //: Label of the preset buttons (SSH, HTTP...)
    setLabel(0, tr("Common:"));
    setLabel(1, tr("Direction:"));
    //: Label: IPv4 or IPv6
    setLabel(2, tr("Ethertype:"));
    setLabel(3, tr("Protocol:"));
    //: Label: where the traffic comes from (or goes to)
    setLabel(6, tr("Remote:"));
    setLabel(8, tr("Description:"));
    m_add->setText(tr("&Add Rule"));
    updateForm();
}

SecurityRuleInput SecurityRuleDialog::input() const
{
    SecurityRuleInput in;
    in.direction = m_direction->currentData().toString();
    in.ethertype = m_ethertype->currentData().toString();
    const int known = m_protocol->findText(m_protocol->currentText());
    in.protocol = known >= 0 ? m_protocol->itemData(known).toString() : m_protocol->currentText();
    in.portMin = m_portMin->text();
    in.portMax = m_portMax->text();
    in.remoteKind =
        m_remoteGroup->isChecked() ? SecurityRuleInput::RemoteKind::Group : SecurityRuleInput::RemoteKind::Cidr;
    in.remoteCidr = m_cidr->text();
    in.remoteGroupId = m_group->currentData().toString();
    in.description = m_description->text();
    return in;
}

void SecurityRuleDialog::setInput(const SecurityRuleInput& in)
{
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(in.direction)));
    m_ethertype->setCurrentIndex(qMax(0, m_ethertype->findData(in.ethertype)));
    const int known = m_protocol->findData(in.protocol.trimmed().toLower());
    if (known >= 0)
        m_protocol->setCurrentIndex(known);
    m_protocol->setCurrentText(known >= 0 ? m_protocol->itemText(known) : in.protocol);
    m_portMin->setText(in.portMin);
    m_portMax->setText(in.portMax);
    (in.remoteKind == SecurityRuleInput::RemoteKind::Group ? m_remoteGroup : m_remoteCidr)->setChecked(true);
    m_cidr->setText(in.remoteCidr);
    if (const int group = m_group->findData(in.remoteGroupId); group >= 0)
        m_group->setCurrentIndex(group);
    m_description->setText(in.description);
    updateForm();
}

void SecurityRuleDialog::applyPreset(SecurityRuleInput::Preset preset)
{
    SecurityRuleInput in = input();
    in.applyPreset(preset);
    setInput(in);
}

// Port labels follow the protocol (ICMP has a type and a code); the preview follows everything.
void SecurityRuleDialog::updateForm()
{
    const SecurityRuleInput in = input();
    const QString p = in.protocol.trimmed().toLower();
    const bool icmp = SecurityRuleSentence::isIcmp(p.isEmpty() ? std::nullopt : std::optional<QString>(p));
    //: Label: first port of a range; for ICMP rules the ICMP type instead
    m_portMinLabel->setText(icmp ? tr("ICMP type:") : tr("First port:"));
    m_portMaxLabel->setText(icmp ? tr("ICMP code:") : tr("Last port:"));
    m_portMin->setPlaceholderText(icmp ? tr("Empty: every type (8 is ping)") : tr("Empty: every port"));
    m_portMax->setPlaceholderText(icmp ? tr("Empty: every code") : tr("Empty: the first port only"));
    m_cidr->setEnabled(!m_busy);
    m_group->setEnabled(!m_busy && m_group->count() > 0);
    m_remoteGroup->setEnabled(!m_busy && m_group->count() > 0);
    QList<SecurityRuleInput::Problem> problems;
    const QList<CreateSecurityGroupRuleRequest> rules = in.rules(m_groupId, &problems);
    QStringList sentences;
    for (const CreateSecurityGroupRuleRequest& rule : rules)
        sentences << SecurityRuleSentence::sentence(
            asRule(rule), rule.remoteGroupId && m_store ? m_store->nameOf(*rule.remoteGroupId) : QString());
    m_preview->setText(sentences.join(u'\n'));
}

QString SecurityRuleDialog::preview() const
{
    return m_preview->text();
}

QWidget* SecurityRuleDialog::fieldWidget(SecurityRuleInput::Field field) const
{
    switch (field) {
    case SecurityRuleInput::Field::Protocol: return m_protocol;
    case SecurityRuleInput::Field::PortMin: return m_portMin;
    case SecurityRuleInput::Field::PortMax: return m_portMax;
    case SecurityRuleInput::Field::Remote:
        return m_remoteGroup->isChecked() ? static_cast<QWidget*>(m_group) : static_cast<QWidget*>(m_cidr);
    case SecurityRuleInput::Field::Description: return m_description;
    }
    return nullptr;
}

void SecurityRuleDialog::submit()
{
    if (m_busy || !m_store)
        return;
    QList<SecurityRuleInput::Problem> problems;
    const QList<CreateSecurityGroupRuleRequest> rules = input().rules(m_groupId, &problems);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& problem : std::as_const(problems))
            lines << problem.message;
        m_banner->showMessage(MessageBanner::Type::Error, lines.join(u'\n'));
        if (QWidget* first = fieldWidget(problems.first().field))
            first->setFocus();
        return;
    }
    setBusy(true);
    auto pending = std::make_shared<int>(int(rules.size()));
    auto errors = std::make_shared<QStringList>();
    for (const CreateSecurityGroupRuleRequest& rule : rules) {
        const QString remote = rule.remoteGroupId ? *rule.remoteGroupId : QString();
        const QString sentence =
            SecurityRuleSentence::sentence(asRule(rule), remote.isEmpty() ? QString() : m_store->nameOf(remote));
        const QString command = SecurityGroupCommand::ruleCreate(
            rule, SecurityGroupTexts::commandName(m_store, m_groupId),
            remote.isEmpty() ? QString() : SecurityGroupTexts::commandName(m_store, remote));
        m_store->createRule(rule, this, [=, this](const Result<SecurityGroupRule>& created) {
            if (created)
                Q_EMIT commandIssued(command, sentence);
            else if (rules.size() > 1)
                //: %1 is what the rule allows, %2 why it failed (several lines)
                errors->append(tr("%1: %2").arg(sentence, SecurityGroupTexts::createRuleFailed(created.error())));
            else
                errors->append(SecurityGroupTexts::createRuleFailed(created.error()));
            if (--*pending > 0)
                return;
            setBusy(false);
            if (errors->isEmpty())
                accept();
            else
                m_banner->showMessage(MessageBanner::Type::Error, errors->join(u"\n\n"));
        });
    }
}

QString SecurityRuleDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool SecurityRuleDialog::isBusy() const
{
    return m_busy;
}

void SecurityRuleDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_direction, m_ethertype, m_protocol, m_portMin, m_portMax,
                                                      m_remoteCidr, m_remoteGroup, m_description})
        w->setEnabled(!busy);
    for (QPushButton* preset : std::as_const(m_presets))
        preset->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_banner->hide();
    updateForm();
}

void SecurityRuleDialog::reject()
{
    // The requests are short: closing now would hide their outcome.
    if (!m_busy)
        QDialog::reject();
}

} // namespace zenith
