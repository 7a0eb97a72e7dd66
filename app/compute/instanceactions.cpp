#include "instanceactions.h"

#include "instanceactionrules.h"
#include "instanceactiontexts.h"
#include "instanceattachments.h"
#include "instancesmodel.h"

#include "cli/openstackcommand.h"
#include "common/errortext.h"
#include "compute/confirmserverresizerequest.h"
#include "compute/createserverimagerequest.h"
#include "compute/createserverremoteconsolerequest.h"
#include "compute/deleteserverrequest.h"
#include "compute/listflavorsrequest.h"
#include "compute/lockserverrequest.h"
#include "compute/rebootserverrequest.h"
#include "compute/rescueserverrequest.h"
#include "compute/resizeserverrequest.h"
#include "compute/revertserverresizerequest.h"
#include "compute/shelveserverrequest.h"
#include "compute/startserverrequest.h"
#include "compute/stopserverrequest.h"
#include "compute/unlockserverrequest.h"
#include "compute/unrescueserverrequest.h"
#include "compute/unshelveserverrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "stores/serverstore.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QDate>
#include <QDesktopServices>
#include <QEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <tuple>

namespace zenith {

namespace {

QStringList namesOf(const QList<Server>& servers)
{
    QStringList names;
    for (const Server& s : servers)
        names.append(s.name.isEmpty() ? s.id : s.name);
    return names;
}

QString nameOf(const Server& server)
{
    return server.name.isEmpty() ? server.id : server.name;
}

// Above this many, a confirmation counts the servers instead of naming them in its question.
constexpr int namedInQuestion = 5;

} // namespace

InstanceActions::InstanceActions(ServerStore* store, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_dialogParent(dialogParent)
    , m_attachments(new InstanceAttachments(store, dialogParent, this))
    , m_contextMenu(new QMenu(dialogParent))
    , m_rebootMenu(new QMenu(dialogParent))
    , m_moreMenu(new QMenu(dialogParent))
    , m_toolBar(new QToolBar(dialogParent))
{
    connect(m_attachments, &InstanceAttachments::commandIssued, this, &InstanceActions::commandIssued);
    connect(m_attachments, &InstanceAttachments::reported, this, &InstanceActions::reported);
    createActions();
    dialogParent->installEventFilter(this);
    retranslate();
    updateEnabled();
}

InstanceActions::~InstanceActions() = default;

void InstanceActions::createActions()
{
    for (int i = 0; i < instanceActionCount; ++i) {
        auto* a = new QAction(this);
        const auto which = static_cast<InstanceAction>(i);
        connect(a, &QAction::triggered, this, [this, which] { trigger(which); });
        m_actions[static_cast<std::size_t>(i)] = a;
    }
    using A = InstanceAction;
    const QList<QList<A>> groups{
        {A::Start, A::Stop, A::SoftReboot, A::HardReboot},
        {A::Shelve, A::Unshelve, A::Lock, A::Unlock, A::Rescue, A::Unrescue},
        {A::Snapshot, A::Resize, A::ConfirmResize, A::RevertResize},
        {A::Console},
        {A::AttachInterface, A::DetachInterface, A::AssociateFloatingIp, A::ReleaseFloatingIp},
        {A::AttachVolume, A::DetachVolume},
        {A::Delete},
    };
    for (const QList<A>& group : groups) {
        if (!m_contextMenu->isEmpty())
            m_contextMenu->addSeparator();
        for (A a : group)
            m_contextMenu->addAction(action(a));
    }
    m_contextMenu->setObjectName(QStringLiteral("instanceContextMenu"));

    // The toolbar keeps the everyday actions in sight; the rest wait in "More".
    m_toolBar->setObjectName(QStringLiteral("instanceToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(action(A::Start));
    m_toolBar->addAction(action(A::Stop));
    m_rebootMenu->addAction(action(A::SoftReboot));
    m_rebootMenu->addAction(action(A::HardReboot));
    m_rebootAction = m_rebootMenu->menuAction();
    m_toolBar->addAction(m_rebootAction);
    m_toolBar->addAction(action(A::Console));
    m_toolBar->addAction(action(A::Delete));
    for (const QList<A>& group : groups.mid(1, 5)) {
        if (!m_moreMenu->isEmpty())
            m_moreMenu->addSeparator();
        for (A a : group) {
            if (a != A::Console)
                m_moreMenu->addAction(action(a));
        }
    }
    m_moreAction = m_moreMenu->menuAction();
    m_toolBar->addAction(m_moreAction);
    for (QAction* menuAction : {m_rebootAction, m_moreAction}) {
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(menuAction)))
            button->setPopupMode(QToolButton::InstantPopup);
    }
    m_toolBar->widgetForAction(m_rebootAction)->setObjectName(QStringLiteral("rebootButton"));
    m_toolBar->widgetForAction(m_moreAction)->setObjectName(QStringLiteral("moreActionsButton"));
}

void InstanceActions::retranslate()
{
    for (int i = 0; i < instanceActionCount; ++i) {
        const auto which = static_cast<InstanceAction>(i);
        action(which)->setText(InstanceActionTexts::label(which));
        action(which)->setToolTip(InstanceActionTexts::InstanceActionTexts::explanation(which));
    }
    //: toolbar button with the soft and hard reboot actions
    m_rebootMenu->setTitle(tr("Reboot"));
    //: toolbar button with the less frequent instance actions
    m_moreMenu->setTitle(tr("More"));
}

bool InstanceActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void InstanceActions::attach(QTableView* view, InstancesModel* model)
{
    m_view = view;
    m_model = model;
    const auto refresh = [this] {
        QList<Server> servers;
        if (m_view && m_view->selectionModel()) {
            auto* proxy = qobject_cast<QAbstractProxyModel*>(m_view->model());
            for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
                const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
                if (source.isValid())
                    servers.append(m_model->serverAt(source.row()));
            }
        }
        setSelection(servers);
    };
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    // The selected servers change state under the selection: polling updates rows in place.
    connect(model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(model, &QAbstractItemModel::modelReset, this, refresh);
}

void InstanceActions::setSelection(const QList<Server>& servers)
{
    m_selection = servers;
    updateEnabled();
    updateFault();
}

QList<Server> InstanceActions::selection() const
{
    return m_selection;
}

QAction* InstanceActions::action(InstanceAction action) const
{
    return m_actions[static_cast<std::size_t>(action)];
}

QMenu* InstanceActions::contextMenu() const
{
    return m_contextMenu;
}

QToolBar* InstanceActions::toolBar() const
{
    return m_toolBar;
}

QList<Server> InstanceActions::allowed(InstanceAction action) const
{
    QList<Server> out;
    if (!InstanceActionRules::isBulk(action) && m_selection.size() != 1)
        return out;
    for (const Server& s : m_selection) {
        if (InstanceActionRules::allows(action, s))
            out.append(s);
    }
    return out;
}

void InstanceActions::updateEnabled()
{
    const bool connected = m_store && m_store->session();
    for (int i = 0; i < instanceActionCount; ++i)
        m_actions[static_cast<std::size_t>(i)]->setEnabled(connected &&
                                                           !allowed(static_cast<InstanceAction>(i)).isEmpty());
    m_rebootAction->setEnabled(action(InstanceAction::SoftReboot)->isEnabled() ||
                               action(InstanceAction::HardReboot)->isEnabled());
}

void InstanceActions::updateFault()
{
    QStringList faults;
    for (const Server& s : m_selection) {
        if (s.status == u"ERROR" && s.fault && !s.fault->message.isEmpty())
            faults.append(m_selection.size() == 1 ? s.fault->message : QString(nameOf(s) % u": " % s.fault->message));
    }
    if (!faults.isEmpty()) {
        const QString head = m_selection.size() == 1
                                 //: banner over the instances when the selected one is in ERROR; its fault follows
                                 ? tr("%1 is in error:").arg(nameOf(m_selection.constFirst()))
                                 : tr("These instances are in error:");
        m_showingFault = true;
        Q_EMIT reported(MessageBanner::Type::Error, QString(head % u'\n' % faults.join(u'\n')));
    } else if (m_showingFault) {
        m_showingFault = false;
        Q_EMIT reportCleared();
    }
}

template <typename R, typename Make>
void InstanceActions::sendEach(InstanceAction action, const QList<Server>& servers, Make make, const QString& command)
{
    Session* session = m_store ? m_store->session() : nullptr;
    if (!session || servers.isEmpty())
        return;
    struct Batch
    {
        int pending = 0;
        QStringList failedNames;
        QStringList messages;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = static_cast<int>(servers.size());
    m_showingFault = false;
    Q_EMIT reportCleared();
    // All at once: the Session queues what exceeds its connection and rate limits.
    for (const Server& server : servers) {
        whenFinished(session->send(make(server)), this,
                     [this, action, batch, id = server.id, name = nameOf(server),
                      total = servers.size()](const Result<typename R::Response>& result) {
                         if (!result) {
                             batch->failedNames.append(name);
                             batch->messages.append(total == 1
                                                        ? ErrorText::message(result.error())
                                                        : QString(name % u": " % ErrorText::message(result.error())));
                         }
                         if (m_store)
                             m_store->watch(id);
                         if (--batch->pending > 0 || batch->failedNames.isEmpty())
                             return;
                         Q_EMIT reported(MessageBanner::Type::Error,
                                         QString(InstanceActionTexts::failure(action, batch->failedNames) % u'\n' %
                                                 batch->messages.join(QStringLiteral("\n\n"))));
                     });
        if (m_store)
            m_store->watch(server.id);
    }
    Q_EMIT commandIssued(command, InstanceActionTexts::explanation(action));
}

template <typename R>
void InstanceActions::sendById(InstanceAction action, const QList<Server>& servers, const QString& command)
{
    sendEach<R>(
        action, servers,
        [](const Server& s) {
            R request;
            request.id = s.id;
            return request;
        },
        command);
}

void InstanceActions::trigger(InstanceAction which)
{
    using A = InstanceAction;
    const QList<Server> servers = allowed(which);
    if (servers.isEmpty())
        return;
    const QStringList names = namesOf(servers);
    const Server& one = servers.constFirst();
    switch (which) {
    case A::Start: sendById<StartServerRequest>(which, servers, OpenstackCommand::serverStart(names)); return;
    case A::Stop: sendById<StopServerRequest>(which, servers, OpenstackCommand::serverStop(names)); return;
    case A::SoftReboot:
    case A::HardReboot: {
        const bool hard = which == A::HardReboot;
        const auto type = hard ? RebootServerRequest::Type::Hard : RebootServerRequest::Type::Soft;
        sendEach<RebootServerRequest>(
            which, servers,
            [type](const Server& s) {
                return RebootServerRequest{s.id, type};
            },
            OpenstackCommand::serverReboot(names, hard));
        return;
    }
    case A::Delete: confirmDelete(servers); return;
    case A::Shelve: sendById<ShelveServerRequest>(which, servers, OpenstackCommand::serverShelve(names)); return;
    case A::Unshelve: sendById<UnshelveServerRequest>(which, servers, OpenstackCommand::serverUnshelve(names)); return;
    case A::Lock: sendById<LockServerRequest>(which, servers, OpenstackCommand::serverLock(names)); return;
    case A::Unlock: sendById<UnlockServerRequest>(which, servers, OpenstackCommand::serverUnlock(names)); return;
    case A::Rescue: rescue(one); return;
    case A::Unrescue:
        sendById<UnrescueServerRequest>(which, servers, OpenstackCommand::serverUnrescue(names.constFirst()));
        return;
    case A::Snapshot:
        //: default name of a snapshot image: %1 the instance, %2 today's date
        promptSnapshot(one, tr("%1-snapshot-%2").arg(names.constFirst(), QDate::currentDate().toString(Qt::ISODate)),
                       {});
        return;
    case A::Resize: pickFlavor(one); return;
    case A::ConfirmResize:
        sendById<ConfirmServerResizeRequest>(which, servers, OpenstackCommand::serverResizeConfirm(names.constFirst()));
        return;
    case A::RevertResize:
        sendById<RevertServerResizeRequest>(which, servers, OpenstackCommand::serverResizeRevert(names.constFirst()));
        return;
    case A::Console: openConsole(one); return;
    case A::AttachInterface: m_attachments->attachInterface(one); return;
    case A::DetachInterface: m_attachments->detachInterface(one); return;
    case A::AttachVolume: m_attachments->attachVolume(one); return;
    case A::DetachVolume: m_attachments->detachVolume(one); return;
    case A::AssociateFloatingIp: m_attachments->associateFloatingIp(one); return;
    case A::ReleaseFloatingIp: m_attachments->releaseFloatingIp(one); return;
    }
}

void InstanceActions::confirmDelete(const QList<Server>& servers)
{
    const QStringList names = namesOf(servers);
    auto* box = new QMessageBox(m_dialogParent);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete instances"));
    if (names.size() <= namedInQuestion) {
        //: %1: "web-1", "web-1 and db" or "web-1, web-2 and db"
        box->setText(tr("Delete %1?").arg(InstanceActionTexts::nameList(names)));
        box->setInformativeText(tr("This cannot be undone. Attached volumes are detached and kept."));
    } else {
        box->setText(tr("Delete %n instance(s)?", nullptr, static_cast<int>(names.size())));
        box->setInformativeText(QString(InstanceActionTexts::nameList(names) % u"\n\n" %
                                        tr("This cannot be undone. Attached volumes are detached and kept.")));
    }
    //: the confirmation's button; %n instances are deleted
    QPushButton* remove =
        box->addButton(tr("Delete %n instance(s)", nullptr, static_cast<int>(names.size())), QMessageBox::AcceptRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, servers, names] {
        if (box->clickedButton() != remove)
            return;
        sendEach<DeleteServerRequest>(
            InstanceAction::Delete, servers, [](const Server& s) { return DeleteServerRequest{s.id}; },
            OpenstackCommand::serverDelete(names));
    });
    box->open();
}

void InstanceActions::promptSnapshot(const Server& server, const QString& name, const QString& problem)
{
    auto* dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("snapshotDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create snapshot"));
    const QString label = tr("Name of the image made from %1:").arg(nameOf(server));
    dialog->setLabelText(problem.isEmpty() ? label : QString(problem % u'\n' % label));
    dialog->setTextValue(name);
    dialog->setOkButtonText(tr("Create snapshot"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, server](const QString& text) {
        const QString imageName = text.trimmed();
        if (imageName.isEmpty()) {
            promptSnapshot(server, text, tr("The image needs a name."));
            return;
        }
        Session* session = m_store ? m_store->session() : nullptr;
        if (!session)
            return;
        CreateServerImageRequest request;
        request.id = server.id;
        request.name = imageName;
        whenFinished(session->send(request), this,
                     [this, id = server.id, name = nameOf(server), imageName](const Result<CreatedServerImage>& r) {
                         if (m_store)
                             m_store->watch(id);
                         if (!r) {
                             Q_EMIT reported(MessageBanner::Type::Error,
                                             QString(tr("Could not snapshot %1.").arg(name) % u'\n' %
                                                     ErrorText::message(r.error())));
                             return;
                         }
                         Q_EMIT reported(MessageBanner::Type::Information,
                                         tr("Nova is saving %1 as the image \"%2\"; it appears under Images once "
                                            "uploaded.")
                                             .arg(name, imageName));
                     });
        if (m_store)
            m_store->watch(server.id);
        Q_EMIT commandIssued(OpenstackCommand::serverImageCreate(nameOf(server), imageName),
                             InstanceActionTexts::explanation(InstanceAction::Snapshot));
    });
    dialog->open();
}

void InstanceActions::pickFlavor(const Server& server)
{
    Session* session = m_store ? m_store->session() : nullptr;
    if (!session)
        return;
    whenFinished(session->send(ListFlavorsRequest{}), this, [this, server](const Result<Page<Flavor>>& flavors) {
        if (!flavors) {
            Q_EMIT reported(MessageBanner::Type::Error, QString(tr("The flavors could not be listed.") % u'\n' %
                                                                ErrorText::message(flavors.error())));
            return;
        }
        QList<Flavor> choices;
        for (const Flavor& f : flavors->items) {
            if (!f.disabled && f.id != server.flavor.id && f.name != server.flavor.originalName)
                choices.append(f);
        }
        // Smallest first, as a student compares them.
        std::sort(choices.begin(), choices.end(), [](const Flavor& a, const Flavor& b) {
            return std::tie(a.vcpus, a.ram, a.disk, a.name) < std::tie(b.vcpus, b.ram, b.disk, b.name);
        });
        QStringList labels;
        for (const Flavor& f : choices) {
            const QString ram = f.ram % 1024 == 0 ? tr("%1 GiB RAM").arg(f.ram / 1024) : tr("%1 MiB RAM").arg(f.ram);
            //: a flavor in the resize picker: name, vCPUs, RAM ("4 GiB RAM"), root disk in GiB
            labels.append(tr("%1 — %2 vCPU, %3, %4 GiB disk").arg(f.name).arg(f.vcpus).arg(ram).arg(f.disk));
        }
        if (choices.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning,
                            tr("There is no other flavor to resize %1 to.").arg(nameOf(server)));
            return;
        }
        auto* dialog = new QInputDialog(m_dialogParent);
        dialog->setObjectName(QStringLiteral("resizeDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Resize instance"));
        const QString current = server.flavor.originalName.isEmpty() ? server.flavor.id : server.flavor.originalName;
        dialog->setLabelText(tr("New flavor for %1 (now %2). It restarts; then confirm or revert the resize.")
                                 .arg(nameOf(server), current));
        dialog->setComboBoxItems(labels);
        dialog->setOkButtonText(tr("Resize"));
        connect(dialog, &QInputDialog::textValueSelected, this, [this, server, labels, choices](const QString& text) {
            const qsizetype index = labels.indexOf(text);
            Session* session = m_store ? m_store->session() : nullptr;
            if (index < 0 || !session)
                return;
            const Flavor& flavor = choices.at(index);
            sendEach<ResizeServerRequest>(
                InstanceAction::Resize, {server},
                [&](const Server& s) {
                    return ResizeServerRequest{s.id, flavor.id};
                },
                OpenstackCommand::serverResize(nameOf(server), flavor.name));
        });
        dialog->open();
    });
}

void InstanceActions::openConsole(const Server& server)
{
    Session* session = m_store ? m_store->session() : nullptr;
    if (!session)
        return;
    CreateServerRemoteConsoleRequest request;
    request.id = server.id;
    whenFinished(session->send(request), this, [this, name = nameOf(server)](const Result<RemoteConsole>& console) {
        if (!console) {
            Q_EMIT reported(MessageBanner::Type::Error, QString(tr("Could not open the console of %1.").arg(name) %
                                                                u'\n' % ErrorText::message(console.error())));
            return;
        }
        const QUrl url(console->url);
        if (console->url.isEmpty() || !url.isValid()) {
            Q_EMIT reported(
                MessageBanner::Type::Warning,
                tr("The cloud returned no console URL for %1: its noVNC console may be disabled.").arg(name));
            return;
        }
        if (!QDesktopServices::openUrl(url))
            Q_EMIT reported(MessageBanner::Type::Warning, tr("No web browser could open the console of %1.").arg(name));
    });
    Q_EMIT commandIssued(OpenstackCommand::consoleUrlShow(nameOf(server)),
                         InstanceActionTexts::explanation(InstanceAction::Console));
}

void InstanceActions::rescue(const Server& server)
{
    Session* session = m_store ? m_store->session() : nullptr;
    if (!session)
        return;
    RescueServerRequest request;
    request.id = server.id;
    whenFinished(session->send(request), this,
                 [this, id = server.id, name = nameOf(server)](const Result<RescuedServer>& r) {
                     if (m_store)
                         m_store->watch(id);
                     if (!r)
                         Q_EMIT reported(MessageBanner::Type::Error,
                                         QString(InstanceActionTexts::failure(InstanceAction::Rescue, {name}) % u'\n' %
                                                 ErrorText::message(r.error())));
                 });
    m_store->watch(server.id);
    Q_EMIT commandIssued(OpenstackCommand::serverRescue(nameOf(server)),
                         InstanceActionTexts::explanation(InstanceAction::Rescue));
}

} // namespace zenith
