#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zenith {

class BusyIndicator;
class MessageBanner;
class SecurityGroupStore;

//! Creates a security group, or renames one and changes its description. The name is checked
//! before anything is sent (needed, not "default", not taken by another group); Neutron's
//! refusals are shown in the dialog, which keeps what the user typed.
class SecurityGroupDialog final : public QDialog
{
    Q_OBJECT

public:
    //! A new group when `groupId` is empty, else the group to rename.
    SecurityGroupDialog(SecurityGroupStore* store, const QString& groupId, QWidget* parent = nullptr);
    ~SecurityGroupDialog() override;

    void setName(const QString& name);
    void setDescription(const QString& description);
    //! Checks the fields and, if they pass, saves; the same as the Create/Save button.
    void submit();
    //! The message shown (refusal or server error), empty when none.
    QString message() const;
    bool isBusy() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    //! The group was created or saved (the dialog then closes as accepted).
    void saved(const QString& groupId);
    //! The equivalent `openstack` command.
    void commandIssued(const QString& command, const QString& what);

private:
    void setBusy(bool busy);
    QString problem() const;

    QPointer<SecurityGroupStore> m_store;
    QString m_groupId;
    QString m_oldName;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_description = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace zenith
