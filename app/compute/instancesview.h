#pragma once

#include "panes/panesection.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class InstanceActions;
class InstanceDetails;
class InstancesModel;
class InstancesSortFilter;
class MessageBanner;
class RowSelection;
class ImageStore;
class ServerStore;
struct ApiError;

//! The Instances tab: a searchable, sortable, multi-select table of the project's servers that
//! fills page by page and stays live (the store polls), with loading, empty and error states.
class InstancesSection final : public PaneSection
{
    Q_OBJECT

public:
    explicit InstancesSection(QWidget* parent = nullptr);
    ~InstancesSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    //! Selects a server's row (the topology diagram's click-through), clearing the search.
    bool selectResource(ResourceKind kind, const QString& id) override;

    ServerStore* store() const;
    InstancesModel* model() const;
    InstancesSortFilter* proxy() const;
    QTableView* view() const;
    QLineEdit* searchField() const;
    //! The details panel of the current server, under the table.
    InstanceDetails* details() const;

    //! The actions on the selected instances (toolbar, context menu) and the banner they report in.
    InstanceActions* actions() const;
    MessageBanner* actionBanner() const;

public Q_SLOTS:
    //! Opens the Launch instance dialog (non-modal; it deletes itself when closed).
    void openLaunchDialog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    //! Widens the columns whose title does not fit (French titles are longer).
    void widenColumnsToHeaders();
    void updateState();
    void showError(const ApiError& error);
    void updateImageNames();

    ServerStore* m_store;
    ImageStore* m_images;
    InstancesModel* m_model;
    InstancesSortFilter* m_proxy;
    QLineEdit* m_search;
    BusyIndicator* m_busy;
    QLabel* m_count;
    MessageBanner* m_banner;
    QTableView* m_view;
    CollectionStateView* m_states;
    QPushButton* m_launch;
    InstanceDetails* m_details = nullptr;
    RowSelection* m_selection = nullptr;
    QPointer<Session> m_session;
    bool m_failed = false;
    InstanceActions* m_actions = nullptr; // instance actions
    MessageBanner* m_actionBanner = nullptr;
};

} // namespace zenith
