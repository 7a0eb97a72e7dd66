#pragma once

#include "instanceaction.h"

#include "common/messagebanner.h"
#include "compute/server.h"
#include "core/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>

class QAction;
class QMenu;
class QTableView;
class QToolBar;

namespace zenith {

class InstanceAttachments;
class InstancesModel;
class ServerStore;
class Session;

//! The Instances pane's actions on the selected servers: one QAction each, enabled from the
//! selection's states (InstanceActionRules), sent through the store's Session in parallel, with
//! the equivalent `openstack` command, and failures or faults reported in plain words.
class InstanceActions final : public QObject
{
    Q_OBJECT

public:
    //! Dialogs open over `dialogParent`; requests go through `store`'s session, and each server
    //! acted upon is watched there so that its transition shows at once.
    InstanceActions(ServerStore* store, QWidget* dialogParent);
    ~InstanceActions() override;

    //! Follows the selection of `view`, whose model is a proxy over `model`.
    void attach(QTableView* view, InstancesModel* model);
    //! The servers acted upon: the selected ones (tests may set it directly).
    void setSelection(const QList<Server>& servers);
    QList<Server> selection() const;

    QAction* action(InstanceAction action) const;
    //! Every action, grouped: the table's context menu.
    QMenu* contextMenu() const;
    //! The most used actions, then a "More" menu with the rest.
    QToolBar* toolBar() const;

Q_SIGNALS:
    //! See PaneSection::commandIssued.
    void commandIssued(const QString& command, const QString& what);
    //! Something to show in the pane's banner: a failure (with the server's message and request
    //! id), a fault of a selected server, or the outcome of a request.
    void reported(zenith::MessageBanner::Type type, const QString& text);
    //! The fault or message reported earlier no longer applies (the selection changed).
    void reportCleared();

private:
    void createActions();
    void retranslate();
    void updateEnabled();
    void updateFault();
    void trigger(InstanceAction action);
    QList<Server> allowed(InstanceAction action) const;
    template <typename R, typename Make>
    void sendEach(InstanceAction action, const QList<Server>& servers, Make make, const QString& command);
    //! sendEach() for the requests that only need the server's id.
    template <typename R> void sendById(InstanceAction action, const QList<Server>& servers, const QString& command);
    void confirmDelete(const QList<Server>& servers);
    void promptSnapshot(const Server& server, const QString& name, const QString& problem);
    void pickFlavor(const Server& server);
    void openConsole(const Server& server);
    void rescue(const Server& server);
    bool eventFilter(QObject* watched, QEvent* event) override;

    QPointer<ServerStore> m_store;
    QWidget* m_dialogParent;
    InstanceAttachments* m_attachments;
    std::array<QAction*, instanceActionCount> m_actions{};
    QMenu* m_contextMenu;
    QMenu* m_rebootMenu;
    QMenu* m_moreMenu;
    QToolBar* m_toolBar;
    QAction* m_rebootAction = nullptr;
    QAction* m_moreAction = nullptr;
    QPointer<QTableView> m_view;
    InstancesModel* m_model = nullptr;
    QList<Server> m_selection;
    bool m_showingFault = false;
};

} // namespace zenith
