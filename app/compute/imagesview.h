#pragma once

#include "computesection.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class ImageStore;
class ImagesModel;
class MessageBanner;
struct ApiError;

//! The Images tab: a read-only, searchable, sortable table of the images the project can use.
//! Lists them page by page each time the tab becomes visible; only differences reach the table.
class ImagesSection final : public ComputeSection
{
    Q_OBJECT

public:
    explicit ImagesSection(QWidget* parent = nullptr);
    ~ImagesSection() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;

    //! The store behind the table (the launch dialog's picker reads it too).
    ImageStore* store() const;
    QTableView* view() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    void showError(const ApiError& error);

    ImageStore* m_store;
    ImagesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QLabel* m_count;
    BusyIndicator* m_busy;
    MessageBanner* m_banner;
    QTableView* m_view;
    bool m_active = false;
};

} // namespace zenith
