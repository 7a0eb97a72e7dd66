#pragma once

#include "panes/panesection.h"

#include "core/apierror.h"
#include "volume/volumesnapshot.h"

class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class CollectionStateView;
class MessageBanner;
class SnapshotsModel;
class VolumeContext;
class VolumeCreateDialog;

//! The Snapshots tab: the project's volume snapshots kept live (creating -> available, deleting
//! -> gone), with "create a volume from it" and delete after a confirmation naming them.
class SnapshotsSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit SnapshotsSection(VolumeContext* context, QWidget* parent = nullptr);
    ~SnapshotsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    SnapshotsModel* model() const;
    QTableView* view() const;
    QList<VolumeSnapshot> selectedSnapshots() const;

    //! Opens the create volume dialog with the selected snapshot as its source.
    VolumeCreateDialog* createVolume();
    //! Asks to delete the selected snapshots, naming them.
    QMessageBox* deleteSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void updateVolumeNames();

    VolumeContext* m_context;
    SnapshotsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_createVolume = nullptr;
    QPushButton* m_delete = nullptr;
    MessageBanner* m_banner = nullptr;
    QTableView* m_view = nullptr;
    CollectionStateView* m_states = nullptr;
    bool m_failed = false;
};

} // namespace zenith
