#pragma once

#include "panes/panesection.h"

#include "core/apierror.h"

#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class MessageBanner;
class SecurityGroupDialog;
class SecurityGroupRulesModel;
class SecurityGroupStore;
class SecurityGroupsModel;
class SecurityRuleDialog;

//! The Security groups tab of the Network area: the project's groups (name, description, number
//! of rules) and, below, the selected group's rules with what each allows in a sentence. Creates,
//! renames and deletes groups; adds rules (the rule editor, with presets) and deletes them. Every
//! action shows its `openstack` command; Neutron's refusals are explained in the banner.
class SecurityGroupsSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit SecurityGroupsSection(QWidget* parent = nullptr);
    ~SecurityGroupsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    SecurityGroupStore* store() const;
    SecurityGroupsModel* groupsModel() const;
    QSortFilterProxyModel* groupsProxy() const;
    SecurityGroupRulesModel* rulesModel() const;
    QTableView* groupsView() const;
    QTableView* rulesView() const;
    QLineEdit* searchField() const;
    MessageBanner* banner() const;

    //! Selects a group (and shows its rules); false when it is not shown.
    bool selectGroup(const QString& id);
    //! The selected group's id, empty when none.
    QString selectedGroupId() const;
    //! The ids of the selected rules.
    QStringList selectedRuleIds() const;

    //! Opens the new group dialog (window-modal, not waited for) and returns it.
    SecurityGroupDialog* newGroup();
    //! Opens the edit dialog of the selected group; nullptr when none is selected.
    SecurityGroupDialog* editGroup();
    //! Asks to delete the selected group; returns the question (nullptr when none is selected).
    QMessageBox* deleteGroup();
    //! Opens the rule editor for the selected group; nullptr when none is selected.
    SecurityRuleDialog* addRule();
    //! Asks to delete the selected rules; returns the question (nullptr when none is selected).
    QMessageBox* deleteRules();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QWidget* buildRulesPanel();
    void retranslateUi();
    void updateState();
    void updateActions();
    void showListError(const ApiError& error);
    void groupSelected();
    QMessageBox* confirm(const QString& title, const QString& text, const QString& informative);

    SecurityGroupStore* m_store;
    SecurityGroupsModel* m_groups;
    QSortFilterProxyModel* m_proxy;
    SecurityGroupRulesModel* m_rules;
    QSortFilterProxyModel* m_rulesProxy;
    QLineEdit* m_search = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    MessageBanner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    CollectionStateView* m_states = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_rulesTitle = nullptr;
    QPushButton* m_addRule = nullptr;
    QPushButton* m_deleteRules = nullptr;
    QTableView* m_rulesView = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_deleteRuleAction = nullptr;
    QPointer<Session> m_session;
    bool m_active = false;
    bool m_failed = false;
};

} // namespace zenith
