#pragma once

#include "securityruleinput.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace zenith {

class BusyIndicator;
class MessageBanner;
class SecurityGroupStore;

//! The rule editor: adds a rule (or two, for "UDP and TCP") to a security group. Presets fill in
//! the common services; every field is checked before anything is sent and each mistake gets its
//! own message; what the rule will allow is said in a sentence as the user types. What the user
//! typed stays when something is refused, by the dialog or by Neutron.
class SecurityRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    SecurityRuleDialog(SecurityGroupStore* store, const QString& groupId, QWidget* parent = nullptr);
    ~SecurityRuleDialog() override;

    //! The form as typed.
    SecurityRuleInput input() const;
    //! Fills the form (as if typed).
    void setInput(const SecurityRuleInput& input);
    //! Fills in a preset's protocol and ports, as its button does.
    void applyPreset(SecurityRuleInput::Preset preset);
    //! Checks the fields and, if they pass, sends the rules; the same as the Add button.
    void submit();

    //! The message shown (refusal or server error), empty when none.
    QString message() const;
    //! What the rules will allow, one sentence per line (empty while the form is wrong).
    QString preview() const;
    bool isBusy() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    //! The equivalent `openstack` command of each rule added.
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateForm();
    void setBusy(bool busy);
    QWidget* fieldWidget(SecurityRuleInput::Field field) const;

    QPointer<SecurityGroupStore> m_store;
    QString m_groupId;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_labels; //!< one per form row
    QLabel* m_portMinLabel = nullptr;
    QLabel* m_portMaxLabel = nullptr;
    QLabel* m_intro = nullptr;
    QList<QPushButton*> m_presets;
    QComboBox* m_direction = nullptr;
    QComboBox* m_ethertype = nullptr;
    QComboBox* m_protocol = nullptr;
    QLineEdit* m_portMin = nullptr;
    QLineEdit* m_portMax = nullptr;
    QRadioButton* m_remoteCidr = nullptr;
    QRadioButton* m_remoteGroup = nullptr;
    QLineEdit* m_cidr = nullptr;
    QComboBox* m_group = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_preview = nullptr;
    MessageBanner* m_banner = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_add = nullptr;
    bool m_busy = false;
};

} // namespace zenith
