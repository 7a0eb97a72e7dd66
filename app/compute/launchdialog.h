#pragma once

#include "launchrequest.h"

#include "compute/keypair.h"
#include "core/apierror.h"
#include "network/network.h"
#include "network/port.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace zenith {

class BusyIndicator;
class FlavorStore;
class ImageStore;
class MessageBanner;
class ServerStore;
class Session;

//! Launch instance: Horizon's wizard on three tabs with good defaults. Its lists load in parallel
//! when it opens; every field is checked (LaunchRequest::validate) before anything is sent; Nova's
//! refusal is shown in the dialog, which stays open with everything typed.
class LaunchDialog final : public QDialog
{
    Q_OBJECT

public:
    //! `servers` (may be null) is told to watch the new instances.
    LaunchDialog(Session* session, ServerStore* servers, QWidget* parent = nullptr);
    ~LaunchDialog() override;

    //! What the fields hold now.
    LaunchRequest request() const;
    //! True while one of the lists is still loading.
    bool isLoading() const;
    //! True while the creation request is on its way.
    bool isLaunching() const;
    //! Loads a post-install script into the editor; false (with a message) when it cannot be read.
    bool loadUserDataFile(const QString& path);
    //! Lists the key pairs again (after an import) and selects `select` when given.
    void reloadKeypairs(const QString& select = {});

public Q_SLOTS:
    //! Checks every field, then sends the request; does nothing while a launch is on its way.
    void launch();

Q_SIGNALS:
    //! "Import…" next to the key pairs: the owner opens the key pair import dialog, then calls reloadKeypairs().
    void importKeypairRequested();
    //! Nova accepted the request: the new instances' ids (with several, the first one's only).
    void launched(const QStringList& ids);
    //! See PaneSection::commandIssued.
    void commandIssued(const QString& command, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Tab { SourceTab, NetworkTab, AccessTab };
    //! What the list items carry besides their texts.
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,  //!< images: Glance status
        SizeRole,    //!< images: bytes
        MinDiskRole, //!< images: GiB; flavors: the disk in GiB
        MinRamRole,  //!< images: MiB; flavors: the RAM in MiB
        KindRole,    //!< NICs: LaunchNic::Kind
        LabelRole,   //!< NICs: the name given to `openstack`; flavors and images: the name
    };

    QWidget* buildSourceTab();
    QWidget* buildNetworkTab();
    QWidget* buildAccessTab();
    void retranslateUi();
    void startLoading();
    void loadFinished();
    void listFailed(const QString& what, const ApiError& error);
    void fillNics();
    void fillKeypairs(const QList<Keypair>& keypairs);
    void fillImages();
    void fillFlavors();
    void filterImages(const QString& text);
    void moveNic(int delta);
    void updateNamesHint();
    void updateUserDataSize();
    void updateFlavorFit();
    void showProblems(const QList<LaunchProblem>& problems);
    void landCreated(const LaunchRequest& sent, const QStringList& ids);
    QTreeWidgetItem* currentImage() const;
    QTreeWidgetItem* currentFlavor() const;

    QPointer<Session> m_session;
    QPointer<ServerStore> m_servers;
    ImageStore* m_images;
    FlavorStore* m_flavors;
    QTabWidget* m_tabs;
    MessageBanner* m_banner;
    QLineEdit* m_name;
    QSpinBox* m_count;
    QLabel* m_namesHint;
    QLineEdit* m_imageSearch;
    QTreeWidget* m_imageList;
    QTreeWidget* m_flavorList;
    QComboBox* m_zone;
    QTreeWidget* m_nicList;
    QPushButton* m_nicUp;
    QPushButton* m_nicDown;
    QListWidget* m_securityGroups;
    QComboBox* m_keypair;
    QPushButton* m_importKeypair;
    QPlainTextEdit* m_userData;
    QPushButton* m_loadUserData;
    QLabel* m_userDataHint;
    QLabel* m_userDataSize;
    QCheckBox* m_configDrive;
    QComboBox* m_serverGroup;
    BusyIndicator* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_launch;
    QList<QPair<QLabel*, QString (*)()>> m_labels; //!< form labels and their texts, for retranslateUi()
    QList<Network> m_networks;
    QList<Port> m_ports;
    int m_nicListsPending = 2; //!< networks and ports: the NIC list is filled once both are there
    QStringList m_loadErrors;
    bool m_flavorDefaulted = false;
    QString m_userDataFile;
    QString m_keypairToSelect;
    int m_usableNetworks = 0;
    std::optional<LaunchNic> m_onlyNetwork;
    int m_loading = 0;
    bool m_launching = false;
};

} // namespace zenith
