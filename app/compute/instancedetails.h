#pragma once

#include "compute/server.h"
#include "stores/serverdetailsstore.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace zenith {

class DetailsTable;
class ImageStore;
class InstanceConsoleTab;
class InstanceMetadataTab;
class InstanceOverviewTab;
class ServerStore;
class Session;

//! The details panel under the instances table, for the current server: overview, interfaces,
//! volumes, console log, action log, metadata and tags. A tab fetches when it is shown (only for
//! the current server), and again when the server store reports that server changed.
class InstanceDetails final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { OverviewTab, InterfacesTab, VolumesTab, ConsoleTab, ActionsTab, MetadataTab, TabCount };

    explicit InstanceDetails(QWidget* parent = nullptr);
    ~InstanceDetails() override;

    //! Where the servers (and the image names of the overview) come from.
    void setStores(ServerStore* servers, ImageStore* images);
    void setSession(Session* session);
    //! The server to show (empty: none); what other servers' requests bring back is ignored.
    void setServerId(const QString& id);
    QString serverId() const;

    ServerDetailsStore* store() const;
    QTabWidget* tabs() const;
    InstanceOverviewTab* overview() const;
    DetailsTable* interfaces() const;
    DetailsTable* volumes() const;
    InstanceConsoleTab* console() const;
    DetailsTable* actions() const;
    InstanceMetadataTab* metadata() const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showServer();
    void serversChanged(const QList<Server>& servers);
    void serversRemoved(const QStringList& ids);
    //! Loads the shown tab if it has nothing current for this server.
    void loadShownTab();
    void load(int tab);
    void showFailure(ServerDetailsStore::Part part, const ApiError& error);
    void showInterfaces(const QList<ServerInterfaceDetails>& interfaces);
    void showVolumes(const QList<ServerVolumeDetails>& volumes);
    void showActions(const QList<ServerAction>& actions);

    ServerDetailsStore* m_store;
    QPointer<ServerStore> m_servers;
    QPointer<ImageStore> m_images;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTabWidget* m_tabs;
    InstanceOverviewTab* m_overview;
    DetailsTable* m_interfaces;
    DetailsTable* m_volumes;
    InstanceConsoleTab* m_console;
    DetailsTable* m_actions;
    InstanceMetadataTab* m_metadata;
    //! Which tabs show data that is current for this server (cleared when it changes).
    std::array<bool, TabCount> m_fresh{};
};

} // namespace zenith
