#include "securitygroupdialog.h"

#include "common/dialogsize.h"
#include "securitygrouptexts.h"

#include "cli/securitygroupcommand.h"
#include "common/busyindicator.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "stores/securitygroupstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

SecurityGroupDialog::SecurityGroupDialog(SecurityGroupStore* store, const QString& groupId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_groupId(groupId)
{
    setObjectName(QStringLiteral("securityGroupDialog"));
    const SecurityGroup* group = store && !groupId.isEmpty() ? store->group(groupId) : nullptr;
    m_oldName = group ? group->name : QString();
    //: Title of the dialog that makes a new security group
    setWindowTitle(groupId.isEmpty() ? tr("New Security Group")
                                     //: Title; %1 is a security group name
                                     : tr("Edit Security Group %1").arg(quoted(m_oldName)));
    auto* intro = new QLabel(groupId.isEmpty() ? tr("A security group is a firewall for the instances in it. A new "
                                                    "group lets every outgoing connection out and nothing in: add "
                                                    "rules for what should come in.")
                                               : tr("Instances keep the group under its new name."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setMaxLength(1000);
    m_name->setPlaceholderText(tr("web, database…"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("groupDescription"));
    m_description->setPlaceholderText(tr("Optional: what the group is for"));
    if (group) {
        m_name->setText(group->name);
        m_description->setText(group->description);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("groupMessage"));
    m_banner->hide();
    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok =
        m_buttons->addButton(groupId.isEmpty() ? tr("&Create") : tr("&Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveGroup"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecurityGroupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecurityGroupDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addStretch();
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addLayout(bottom);
    setDialogMinimumWidth(layout, 520);
}

SecurityGroupDialog::~SecurityGroupDialog() = default;

void SecurityGroupDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void SecurityGroupDialog::setDescription(const QString& description)
{
    m_description->setText(description);
}

QString SecurityGroupDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Type a name: commands and the instance launcher show groups by name.");
    if (name.size() > 255)
        return tr("The name is %1 characters long: Neutron keeps 255 at most.").arg(name.size());
    if (name.compare(u"default", Qt::CaseInsensitive) == 0 && name != m_oldName)
        return tr("“default” is the name of the group Neutron makes for every project: choose another name.");
    if (m_description->text().size() > 255)
        return tr("The description is %1 characters long: Neutron keeps 255 at most.")
            .arg(m_description->text().size());
    if (m_store && name != m_oldName) {
        for (const SecurityGroup& other : m_store->groups()) {
            if (other.name == name)
                //: %1 is a security group name
                return tr("A group is already called %1: two groups with one name can only be told apart by "
                          "their ids. Choose another name.")
                    .arg(quoted(name));
        }
    }
    return {};
}

void SecurityGroupDialog::submit()
{
    if (m_busy || !m_store)
        return;
    if (const QString refused = problem(); !refused.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, refused);
        m_name->setFocus();
        return;
    }
    const QString name = m_name->text().trimmed();
    const QString description = m_description->text().trimmed();
    setBusy(true);
    const auto done = [this, name, description](const Result<SecurityGroup>& result) {
        setBusy(false);
        if (!result) {
            m_banner->showMessage(MessageBanner::Type::Error, SecurityGroupTexts::saveGroupFailed(result.error()));
            return;
        }
        if (m_groupId.isEmpty())
            Q_EMIT commandIssued(SecurityGroupCommand::groupCreate(name, description),
                                 //: %1 is a security group name
                                 tr("Creates the security group %1.").arg(quoted(name)));
        else
            Q_EMIT commandIssued(
                SecurityGroupCommand::groupSet(m_oldName.isEmpty() ? m_groupId : m_oldName, name, description),
                tr("Renames the security group and sets its description."));
        Q_EMIT saved(result->id);
        accept();
    };
    if (m_groupId.isEmpty())
        m_store->createGroup(name, description, this, done);
    else
        m_store->updateGroup(m_groupId, name, description, this, done);
}

QString SecurityGroupDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool SecurityGroupDialog::isBusy() const
{
    return m_busy;
}

void SecurityGroupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_name->setReadOnly(busy);
    m_description->setReadOnly(busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_banner->hide();
}

void SecurityGroupDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace zenith
