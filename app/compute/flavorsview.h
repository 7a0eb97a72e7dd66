#pragma once

#include "computesection.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class FlavorStore;
class FlavorsModel;
class MessageBanner;
struct ApiError;

//! The Flavors tab: a read-only, searchable, sortable table of the flavors (server sizes) the project may use.
//! Lists them page by page each time the tab becomes visible; only differences reach the table.
class FlavorsSection final : public ComputeSection
{
    Q_OBJECT

public:
    explicit FlavorsSection(QWidget* parent = nullptr);
    ~FlavorsSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    //! The store behind the table (the launch dialog's picker reads it too).
    FlavorStore* store() const;
    QTableView* view() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void showError(const ApiError& error);

    FlavorStore* m_store;
    FlavorsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QLabel* m_count;
    BusyIndicator* m_busy;
    MessageBanner* m_banner;
    QTableView* m_view;
    bool m_active = false;
};

} // namespace zenith
