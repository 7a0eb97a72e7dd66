// SecurityGroupsSection, second half: its actions on groups and rules (new, edit, delete a group;
// add and delete rules), each confirmed where it destroys and shown with its `openstack` command.

#include "securitygroupsview.h"

#include "securitygroupdialog.h"
#include "securitygrouptexts.h"
#include "securityruledialog.h"
#include "securityrulesentence.h"

#include "cli/securitygroupcommand.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/replyparser.h"
#include "stores/securitygroupstore.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace zenith {

SecurityGroupDialog* SecurityGroupsSection::newGroup()
{
    auto* dialog = new SecurityGroupDialog(m_store, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityGroupDialog::commandIssued, this, &SecurityGroupsSection::commandIssued);
    connect(dialog, &SecurityGroupDialog::saved, this, [this](const QString& id) {
        selectGroup(id);
        //: %1 is a security group name
        m_banner->showMessage(MessageBanner::Type::Information,
                              tr("Group %1 created: it lets every outgoing connection out and nothing in. Add rules "
                                 "for what should come in.")
                                  .arg(quoted(m_store->nameOf(id))));
    });
    dialog->open();
    return dialog;
}

SecurityGroupDialog* SecurityGroupsSection::editGroup()
{
    const QString id = selectedGroupId();
    if (id.isEmpty())
        return nullptr;
    auto* dialog = new SecurityGroupDialog(m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityGroupDialog::commandIssued, this, &SecurityGroupsSection::commandIssued);
    connect(dialog, &SecurityGroupDialog::saved, this, &SecurityGroupsSection::groupSelected);
    dialog->open();
    return dialog;
}

QMessageBox* SecurityGroupsSection::confirm(const QString& title, const QString& text, const QString& informative)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(informative);
    //: Button of a confirmation: delete
    QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

QMessageBox* SecurityGroupsSection::deleteGroup()
{
    const QString id = selectedGroupId();
    if (id.isEmpty())
        return nullptr;
    const QString name = m_store->nameOf(id);
    const QString typed = SecurityGroupTexts::commandName(m_store, id);
    QMessageBox* box = confirm(tr("Delete Security Group"),
                               //: %1 is a security group name
                               tr("Delete the security group %1 and its rules?").arg(quoted(name)),
                               tr("Neutron refuses while instances use it. Rules of other groups that let its "
                                  "members in go with it."));
    box->setObjectName(QStringLiteral("confirmDeleteSecurityGroup"));
    connect(box, &QMessageBox::finished, this, [this, box, id, name, typed] {
        if (box->clickedButton() != box->findChild<QPushButton*>(QStringLiteral("confirmDelete")))
            return;
        m_banner->hide();
        m_store->deleteGroup(id, this, [this, name, typed](const Result<NoContent>& result) {
            if (!result) {
                m_banner->showMessage(MessageBanner::Type::Error,
                                      SecurityGroupTexts::deleteGroupFailed(result.error(), name));
                return;
            }
            Q_EMIT commandIssued(SecurityGroupCommand::groupDelete({typed}),
                                 tr("Deletes the security group %1.").arg(quoted(name)));
        });
    });
    box->open();
    return box;
}

SecurityRuleDialog* SecurityGroupsSection::addRule()
{
    const QString id = selectedGroupId();
    if (id.isEmpty())
        return nullptr;
    auto* dialog = new SecurityRuleDialog(m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityRuleDialog::commandIssued, this, &SecurityGroupsSection::commandIssued);
    dialog->open();
    return dialog;
}

QMessageBox* SecurityGroupsSection::deleteRules()
{
    const QString groupId = selectedGroupId();
    const QStringList ids = selectedRuleIds();
    const SecurityGroup* group = m_store->group(groupId);
    if (ids.isEmpty() || !group)
        return nullptr;
    QStringList lines;
    for (const SecurityGroupRule& rule : group->rules) {
        if (ids.contains(rule.id))
            lines << QString(u"• " + SecurityRuleSentence::sentence(
                                         rule, rule.remoteGroupId ? m_store->nameOf(*rule.remoteGroupId) : QString()));
    }
    QMessageBox* box =
        confirm(tr("Delete Rules"),
                QString(tr("Delete these %n rule(s) of %1?", nullptr, int(ids.size())).arg(quoted(group->name)) %
                        u"\n\n" % lines.join(u'\n')),
                tr("Instances in the group stop accepting that traffic at once."));
    box->setObjectName(QStringLiteral("confirmDeleteSecurityRules"));
    connect(box, &QMessageBox::finished, this, [this, box, groupId, ids] {
        if (box->clickedButton() != box->findChild<QPushButton*>(QStringLiteral("confirmDelete")))
            return;
        m_banner->hide();
        auto pending = std::make_shared<int>(int(ids.size()));
        auto deleted = std::make_shared<QStringList>();
        auto errors = std::make_shared<QStringList>();
        for (const QString& ruleId : ids) {
            m_store->deleteRule(groupId, ruleId, this, [=, this](const Result<NoContent>& result) {
                if (result)
                    deleted->append(ruleId);
                else
                    //: %1 is a rule id, %2 the reason (several lines)
                    errors->append(
                        tr("Rule %1 could not be deleted. %2").arg(ruleId, ErrorText::message(result.error())));
                if (--*pending > 0)
                    return;
                if (!deleted->isEmpty())
                    Q_EMIT commandIssued(SecurityGroupCommand::ruleDelete(*deleted),
                                         tr("Deletes %n security group rule(s).", nullptr, int(deleted->size())));
                if (!errors->isEmpty())
                    m_banner->showMessage(MessageBanner::Type::Error, errors->join(u"\n\n"));
            });
        }
    });
    box->open();
    return box;
}

} // namespace zenith
