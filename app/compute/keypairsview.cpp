#include "keypairsview.h"

#include "keypairgeneratedialog.h"
#include "keypairimportdialog.h"
#include "keypairsmodel.h"
#include "publickeytext.h"

#include "cli/openstackcommand.h"
#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "stores/keypairstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

// A confirmation names every key pair, but a list longer than a screen helps nobody.
constexpr int namesListed = 15;

} // namespace

KeypairsSection::KeypairsSection(QWidget* parent)
    : PaneSection(parent)
    , m_store(new KeypairStore(this))
    , m_model(new KeypairsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("keypairsSection"));
    m_model->setStore(m_store);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KeypairsModel::SortRole);
    m_proxy->setFilterRole(KeypairsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    connect(m_store, &KeypairStore::failed, this, &KeypairsSection::showError);
    connect(m_store, &KeypairStore::loadingFinished, this, [this] {
        m_failed = false;
        if (m_banner->type() == MessageBanner::Type::Error && m_deleteErrors.isEmpty())
            m_banner->hide();
        updateState();
    });
    connect(m_store, &KeypairStore::deleteFailed, this, [this](const QString& name, const ApiError& error) {
        m_deleteErrors.append({name, error});
    });
    connect(m_store, &KeypairStore::deletionsFinished, this, &KeypairsSection::deletionsFinished);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &KeypairsSection::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &KeypairsSection::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &KeypairsSection::updateState);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeypairsSection::updateActions);
    retranslateUi();
}

KeypairsSection::~KeypairsSection()
{
    disconnectChildren();
}

void KeypairsSection::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("keypairSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_busy = new BusyIndicator(this);
    m_count = new QLabel(this);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importKeypair"));
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generateKeypair"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteKeypairs"));
    connect(m_import, &QPushButton::clicked, this, &KeypairsSection::importKeypair);
    connect(m_generate, &QPushButton::clicked, this, &KeypairsSection::generateKeypair);
    connect(m_delete, &QPushButton::clicked, this, &KeypairsSection::deleteSelected);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_import);
    bar->addWidget(m_generate);
    bar->addWidget(m_delete);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("keypairsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(KeypairsModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(KeypairsModel::Name, 240);
    m_view->setColumnWidth(KeypairsModel::Type, 90);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &KeypairsSection::deleteSelected);
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &KeypairsSection::copyPublicKey);
    m_view->addAction(m_copyAction);
    m_view->addAction(m_deleteAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_states = new CollectionStateView(m_view, QStringLiteral("keypairs"), this);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_store->load();
        updateState();
    });

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("keypairsMessage"));
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);
}

QString KeypairsSection::title() const
{
    //: Compute pane tab: the user's SSH key pairs
    return tr("Key Pairs");
}

void KeypairsSection::setSession(Session* session)
{
    m_session = session;
    m_failed = false;
    m_deleteErrors.clear();
    m_banner->hide();
    m_store->setSession(session);
    if (m_active)
        m_store->load();
    updateState();
}

void KeypairsSection::setActive(bool active)
{
    m_active = active;
    // Key pairs change only through this tab or another client: list each time the tab is shown.
    if (active)
        m_store->load();
    updateState();
}

KeypairStore* KeypairsSection::store() const
{
    return m_store;
}

KeypairsModel* KeypairsSection::model() const
{
    return m_model;
}

QTableView* KeypairsSection::view() const
{
    return m_view;
}

QLineEdit* KeypairsSection::searchField() const
{
    return m_search;
}

QStringList KeypairsSection::selectedNames() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(KeypairsModel::Name);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList names;
    for (const QModelIndex& index : std::as_const(rows))
        names << index.data(KeypairsModel::IdRole).toString();
    return names;
}

void KeypairsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void KeypairsSection::retranslateUi()
{
    //: Placeholder of the search box of the Key pairs tab
    m_search->setPlaceholderText(tr("Search key pairs by name, fingerprint or comment"));
    //: Button: upload an existing public key (opens a dialog)
    m_import->setText(tr("&Import…"));
    m_import->setToolTip(tr("Upload the public key of an SSH key you already have (a .pub file, or pasted)"));
    //: Button: make a new SSH key on this computer (opens a dialog)
    m_generate->setText(tr("&Generate…"));
    m_generate->setToolTip(tr("Make a new Ed25519 key on this computer with ssh-keygen and upload its public key"));
    m_delete->setText(tr("&Delete…"));
    m_deleteAction->setText(tr("Delete…"));
    //: Context menu: copy the selected key pair's public key (one line, for authorized_keys)
    m_copyAction->setText(tr("Copy Public Key"));
    m_states->setTexts(tr("Sign in to a cloud to see your key pairs."), tr("Loading key pairs…"),
                       tr("You have no key pairs yet.\nImport the public key of an SSH key you already have, "
                          "or generate a new one: instances launched with a key pair let you log in "
                          "with its private key."));
    updateState();
}

void KeypairsSection::updateState()
{
    const int rows = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading && rows > 0);
    //: Count next to the search box; or "%1 of %2" when it filters
    m_count->setText(shown == rows ? tr("%n key pair(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    m_count->setVisible(rows > 0);
    updateActions();
    m_states->setFacts({rows > 0, m_session != nullptr, m_failed, loading || (m_session && !m_store->isLoaded())},
                       m_banner->text());
}

void KeypairsSection::updateActions()
{
    const bool signedIn = m_session != nullptr;
    const bool selected = signedIn && m_view->selectionModel()->hasSelection();
    m_import->setEnabled(signedIn);
    m_generate->setEnabled(signedIn);
    m_delete->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
}

void KeypairsSection::showError(const ApiError& error)
{
    m_failed = true;
    //: Shown above (or instead of) the key pairs table when listing them failed
    m_banner->showMessage(MessageBanner::Type::Error,
                          QString(tr("The key pairs could not be listed.") % u'\n' % ErrorText::message(error)));
    m_banner->setVisible(m_model->rowCount() > 0);
    updateState();
}

KeypairImportDialog* KeypairsSection::importKeypair()
{
    auto* dialog = new KeypairImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeypairImportDialog::commandIssued, this, &KeypairsSection::commandIssued);
    connect(dialog, &KeypairImportDialog::imported, this, [this](const Keypair& keypair) {
        //: %1 is a key pair name
        added(keypair, tr("Key pair %1 imported.").arg(quoted(keypair.name)));
    });
    dialog->open();
    return dialog;
}

KeypairGenerateDialog* KeypairsSection::generateKeypair()
{
    auto* dialog = new KeypairGenerateDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const Keypair& keypair : m_store->keypairs())
        taken << keypair.name;
    dialog->setTakenNames(taken);
    connect(dialog, &KeypairGenerateDialog::commandIssued, this, &KeypairsSection::commandIssued);
    connect(dialog, &KeypairGenerateDialog::generated, this, [this](const Keypair& keypair, const QString& path) {
        const QString file = PublicKeyText::shownPath(path);
        //: %1 is a key pair name, %2 the private key file; the ssh command shows how to use it
        added(keypair, tr("Key pair %1 created. Its private key is %2: log in to an instance launched with it "
                          "with ssh -i %2 USER@ADDRESS.")
                           .arg(quoted(keypair.name), file));
    });
    dialog->open();
    return dialog;
}

void KeypairsSection::added(const Keypair& keypair, const QString& note)
{
    m_store->insert(keypair);
    m_banner->showMessage(MessageBanner::Type::Information, note);
    // Show the new row: the search may hide it, and the user looks for it.
    const int row = m_model->rowOf(keypair.name);
    QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) {
        m_search->clear();
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (shown.isValid()) {
        m_view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(shown);
    }
}

QMessageBox* KeypairsSection::deleteSelected()
{
    const QStringList names = selectedNames();
    return names.isEmpty() ? nullptr : confirmDelete(names);
}

QMessageBox* KeypairsSection::confirmDelete(const QStringList& names)
{
    QString text;
    if (names.size() == 1) {
        text = tr("Delete the key pair %1?").arg(quoted(names.first()));
    } else {
        QStringList lines{tr("Delete these %n key pairs?", nullptr, int(names.size())), QString()};
        for (const QString& name : names.first(qMin<qsizetype>(names.size(), namesListed)))
            lines << QString(u"• " + name);
        if (names.size() > namesListed)
            //: After a list of key pair names cut short
            lines << tr("and %n more", nullptr, int(names.size() - namesListed));
        text = lines.join(u'\n');
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Key Pairs"), text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteKeypairs"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Instances that already use them keep working, and your private keys stay on your "
                               "computer. You can import the same public keys again later."));
    //: Button of the confirmation: delete the key pairs
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, names] {
        if (box->clickedButton() != confirm)
            return;
        m_deleteErrors.clear();
        m_banner->hide();
        m_store->remove(names);
        Q_EMIT commandIssued(OpenstackCommand::keypairDelete(names),
                             tr("Deletes %n key pair(s).", nullptr, int(names.size())));
        updateActions();
    });
    box->open();
    return box;
}

void KeypairsSection::deletionsFinished()
{
    if (m_deleteErrors.isEmpty())
        return;
    QStringList lines;
    for (const auto& [name, error] : std::as_const(m_deleteErrors))
        //: %1 is a key pair name, %2 the reason (several lines)
        lines << tr("%1 could not be deleted. %2").arg(quoted(name), ErrorText::message(error));
    m_deleteErrors.clear();
    m_banner->showMessage(MessageBanner::Type::Error, lines.join(u"\n\n"));
}

void KeypairsSection::copyPublicKey()
{
    QStringList keys;
    for (const QString& name : selectedNames()) {
        if (const Keypair* keypair = m_store->keypair(name))
            keys << keypair->publicKey;
    }
    if (!keys.isEmpty())
        QApplication::clipboard()->setText(keys.join(u'\n') + u'\n');
}

} // namespace zenith
