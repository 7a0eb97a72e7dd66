#include "securitygroupsview.h"

#include "securitygrouprulesmodel.h"
#include "securitygroupsmodel.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/columnwidths.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "stores/securitygroupstore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SecurityGroupsSection::SecurityGroupsSection(QWidget* parent)
    : PaneSection(parent)
    , m_store(new SecurityGroupStore(this))
    , m_groups(new SecurityGroupsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_rules(new SecurityGroupRulesModel(this))
    , m_rulesProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("securityGroupsSection"));
    m_groups->setStore(m_store);
    m_rules->setStore(m_store);
    m_proxy->setSourceModel(m_groups);
    m_proxy->setSortRole(SecurityGroupsModel::SortRole);
    m_proxy->setFilterRole(SecurityGroupsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_rulesProxy->setSourceModel(m_rules);
    m_rulesProxy->setSortRole(SecurityGroupRulesModel::SortRole);
    buildUi();

    connect(m_store, &SecurityGroupStore::failed, this, &SecurityGroupsSection::showListError);
    connect(m_store, &SecurityGroupStore::loadingFinished, this, [this] {
        if (m_failed && m_banner->type() == MessageBanner::Type::Error)
            m_banner->hide();
        m_failed = false;
        updateState();
    });
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_groups), static_cast<QAbstractItemModel*>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SecurityGroupsSection::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SecurityGroupsSection::updateState);
    }
    connect(m_groups, &QAbstractItemModel::dataChanged, this, &SecurityGroupsSection::groupSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityGroupsSection::groupSelected);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecurityGroupsSection::updateActions);
    connect(m_rules, &QAbstractItemModel::rowsRemoved, this, &SecurityGroupsSection::updateActions);
    retranslateUi();
}

SecurityGroupsSection::~SecurityGroupsSection()
{
    disconnectChildren();
}

void SecurityGroupsSection::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("securityGroupSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_busy = new BusyIndicator(this);
    m_count = new QLabel(this);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newSecurityGroup"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editSecurityGroup"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteSecurityGroup"));
    connect(m_new, &QPushButton::clicked, this, &SecurityGroupsSection::newGroup);
    connect(m_edit, &QPushButton::clicked, this, &SecurityGroupsSection::editGroup);
    connect(m_delete, &QPushButton::clicked, this, &SecurityGroupsSection::deleteGroup);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_view = makeTable(m_splitter, QStringLiteral("securityGroupsTable"), m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(SecurityGroupsModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SecurityGroupsModel::Description, QHeaderView::Stretch);
    m_view->setColumnWidth(SecurityGroupsModel::Name, 240);
    m_view->setColumnWidth(SecurityGroupsModel::Rules, 90);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &SecurityGroupsSection::deleteGroup);
    m_view->addAction(m_deleteAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_states = new CollectionStateView(m_view, QStringLiteral("securityGroups"), m_splitter);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_store->load();
        updateState();
    });
    m_splitter->addWidget(m_states);
    m_splitter->addWidget(buildRulesPanel());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The rules panel's size hint is far taller than the groups table's: without sizes the
    // groups get two rows. Scaled to the splitter's height when it is first shown.
    m_splitter->setSizes({400, 600});

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("securityGroupsMessage"));
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
}

QWidget* SecurityGroupsSection::buildRulesPanel()
{
    auto* panel = new QWidget(m_splitter);
    m_rulesTitle = new QLabel(panel);
    m_rulesTitle->setObjectName(QStringLiteral("rulesTitle"));
    QFont bold = m_rulesTitle->font();
    bold.setBold(true);
    m_rulesTitle->setFont(bold);
    m_addRule = new QPushButton(panel);
    m_addRule->setObjectName(QStringLiteral("addSecurityRule"));
    m_deleteRules = new QPushButton(panel);
    m_deleteRules->setObjectName(QStringLiteral("deleteSecurityRules"));
    connect(m_addRule, &QPushButton::clicked, this, &SecurityGroupsSection::addRule);
    connect(m_deleteRules, &QPushButton::clicked, this, &SecurityGroupsSection::deleteRules);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_rulesTitle, 1);
    bar->addWidget(m_addRule);
    bar->addWidget(m_deleteRules);
    m_rulesView = makeTable(panel, QStringLiteral("securityRulesTable"), m_rulesProxy);
    m_rulesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Meaning, 380);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Direction, 110);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Ethertype, 80);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Protocol, 80);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Ports, 110);
    m_rulesView->setColumnWidth(SecurityGroupRulesModel::Remote, 150);
    m_deleteRuleAction = new QAction(this);
    m_deleteRuleAction->setShortcut(QKeySequence::Delete);
    m_deleteRuleAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteRuleAction, &QAction::triggered, this, &SecurityGroupsSection::deleteRules);
    m_rulesView->addAction(m_deleteRuleAction);
    m_rulesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_rulesView, 1);
    return panel;
}

QString SecurityGroupsSection::title() const
{
    //: Network pane tab: the project's security groups (firewalls of instances)
    return tr("Security Groups");
}

void SecurityGroupsSection::setSession(Session* session)
{
    m_session = session;
    m_failed = false;
    m_banner->hide();
    m_store->setSession(session);
    if (m_active)
        m_store->load();
    updateState();
}

void SecurityGroupsSection::setActive(bool active)
{
    m_active = active;
    // Groups change only through this tab or another client: list each time the tab is shown.
    if (active)
        m_store->load();
    updateState();
}

SecurityGroupStore* SecurityGroupsSection::store() const
{
    return m_store;
}
SecurityGroupsModel* SecurityGroupsSection::groupsModel() const
{
    return m_groups;
}
QSortFilterProxyModel* SecurityGroupsSection::groupsProxy() const
{
    return m_proxy;
}
SecurityGroupRulesModel* SecurityGroupsSection::rulesModel() const
{
    return m_rules;
}
QTableView* SecurityGroupsSection::groupsView() const
{
    return m_view;
}
QTableView* SecurityGroupsSection::rulesView() const
{
    return m_rulesView;
}
QLineEdit* SecurityGroupsSection::searchField() const
{
    return m_search;
}
MessageBanner* SecurityGroupsSection::banner() const
{
    return m_banner;
}

bool SecurityGroupsSection::selectGroup(const QString& id)
{
    QModelIndex shown = m_proxy->mapFromSource(m_groups->index(m_groups->rowOf(id), 0));
    if (!shown.isValid() && m_groups->rowOf(id) >= 0) {
        m_search->clear(); // the search hides it, and the user looks for it
        shown = m_proxy->mapFromSource(m_groups->index(m_groups->rowOf(id), 0));
    }
    if (!shown.isValid())
        return false;
    m_view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(shown);
    return true;
}

QString SecurityGroupsSection::selectedGroupId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SecurityGroupsModel::IdRole).toString();
}

QStringList SecurityGroupsSection::selectedRuleIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_rulesView->selectionModel()->selectedRows())
        ids << index.data(SecurityGroupRulesModel::IdRole).toString();
    return ids;
}

void SecurityGroupsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void SecurityGroupsSection::retranslateUi()
{
    //: Placeholder of the search box of the Security groups tab
    m_search->setPlaceholderText(tr("Search groups by name or description"));
    //: Button: make a new security group (opens a dialog)
    m_new->setText(tr("&New Group…"));
    //: Button: rename the selected security group or change its description
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete…"));
    m_deleteAction->setText(tr("Delete Group…"));
    //: Button: add a rule to the selected security group (opens the rule editor)
    m_addRule->setText(tr("&Add Rule…"));
    m_deleteRules->setText(tr("Delete R&ules…"));
    m_deleteRuleAction->setText(tr("Delete Rules…"));
    m_states->setTexts(tr("Sign in to a cloud to see your security groups."), tr("Loading security groups…"),
                       tr("No security groups yet."));
    groupSelected();
    updateState();
}

void SecurityGroupsSection::groupSelected()
{
    const QString id = selectedGroupId();
    m_rules->setGroupId(id);
    const SecurityGroup* group = m_store->group(id);
    m_rulesTitle->setText(group ?
                                //: Title above the rules table; %1 is a security group name
                              tr("Rules of %1").arg(quoted(m_store->nameOf(id)))
                                : tr("Select a group to see its rules."));
    updateActions();
}

void SecurityGroupsSection::updateState()
{
    const int rows = m_groups->rowCount();
    const int shown = m_proxy->rowCount();
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading && rows > 0);
    //: Count next to the search box; or "%1 of %2" when it filters
    m_count->setText(shown == rows ? tr("%n group(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    m_count->setVisible(rows > 0);
    updateActions();
    m_states->setFacts({rows > 0, m_session != nullptr, m_failed, loading || (m_session && !m_store->isLoaded())},
                       m_banner->text());
}

void SecurityGroupsSection::updateActions()
{
    const bool signedIn = m_session != nullptr;
    const bool selected = signedIn && !selectedGroupId().isEmpty();
    const bool rulesSelected = selected && m_rulesView->selectionModel()->hasSelection();
    m_new->setEnabled(signedIn);
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_addRule->setEnabled(selected);
    m_deleteRules->setEnabled(rulesSelected);
    m_deleteRuleAction->setEnabled(rulesSelected);
}

void SecurityGroupsSection::showListError(const ApiError& error)
{
    m_failed = true;
    //: Shown above (or instead of) the groups table when listing them failed
    m_banner->showMessage(MessageBanner::Type::Error,
                          QString(tr("The security groups could not be listed.") % u'\n' % ErrorText::message(error)));
    m_banner->setVisible(m_groups->rowCount() > 0);
    updateState();
}

} // namespace zenith
