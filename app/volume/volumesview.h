#pragma once

#include "panes/panesection.h"

#include "core/apierror.h"
#include "volume/volume.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class MessageBanner;
class VolumeActions;
class VolumeContext;
class VolumesModel;

//! The Volumes tab: a searchable, sortable, multi-select table of the project's volumes kept live
//! by the store (creating -> available, attaching -> in-use... without a refresh button), a
//! details line with the attachments, and the actions: create, attach, detach, extend, snapshot, delete.
class VolumesSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit VolumesSection(VolumeContext* context, QWidget* parent = nullptr);
    ~VolumesSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    VolumesModel* model() const;
    QTableView* view() const;
    QLineEdit* searchField() const;
    MessageBanner* banner() const;
    VolumeActions* actions() const;
    //! The details under the table (the current volume's attachments).
    QLabel* details() const;
    //! The selected volumes, in the order shown.
    QList<Volume> selectedVolumes() const;
    //! Selects one volume by id (false if not shown).
    bool selectVolume(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateState();
    void updateActions();
    void updateDetails();
    void showError(const ApiError& error);
    void showMessage(int type, const QString& text);

    VolumeContext* m_context;
    VolumesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    VolumeActions* m_actions;
    QLineEdit* m_search = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_detach = nullptr;
    QPushButton* m_extend = nullptr;
    QPushButton* m_snapshot = nullptr;
    QPushButton* m_delete = nullptr;
    MessageBanner* m_banner = nullptr;
    CollectionStateView* m_states = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_details = nullptr;
    bool m_failed = false;
};

} // namespace zenith
