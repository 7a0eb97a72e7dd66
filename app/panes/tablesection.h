#pragma once

#include "panesection.h"

#include <optional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace zenith {

class BusyIndicator;
class CollectionStateView;
class MessageBanner;
class RowSelection;
struct ApiError;

//! A read-only tab over one store (images, flavors): a search box, a busy sign and a
//! count above a sortable table, and a banner when listing fails. The store is listed each time
//! the tab is shown; subclasses give the store and their words.
class TableSection : public PaneSection
{
    Q_OBJECT

public:
    QTableView* view() const;
    QLineEdit* searchField() const;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    //! Selects the row of `id` when `kind` is the kind set with setListedKind().
    bool selectResource(ResourceKind kind, const QString& id) override;

protected:
    //! `model` shows the rows; `sortRole` and `searchRole` are its roles for sorting and searching.
    TableSection(QAbstractItemModel* model, int sortRole, int searchRole, int stretchColumn, QWidget* parent);

    virtual void setStoreSession(Session* session) = 0;
    virtual void load() = 0;
    virtual bool isLoading() const = 0;
    //! "3 images", or "Loading…" while the first page is on its way.
    virtual QString countText(int rows, bool loading) const = 0;
    virtual QString searchPlaceholder() const = 0;
    //! "Could not list the images. <reason>"
    virtual QString failureText(const QString& reason) const = 0;
    //! What the tab says instead of an empty table: what the resource is for, how to make one.
    virtual QString emptyText() const = 0;

    //! Call from the subclass's constructor, once the store exists.
    void retranslateUi();
    void updateState();
    void showError(const ApiError& error);
    //! A complete listing arrived: the banner of an earlier failure goes.
    void listingFinished();
    //! The kind of resource the rows are, for click-through (selectResource()).
    void setListedKind(ResourceKind kind);
    void changeEvent(QEvent* event) override;

private:
    QAbstractItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QLabel* m_count;
    BusyIndicator* m_busy;
    MessageBanner* m_banner;
    QTableView* m_view;
    CollectionStateView* m_states;
    RowSelection* m_selection = nullptr;
    std::optional<ResourceKind> m_kind;
    bool m_active = false;
    bool m_signedIn = false;
    bool m_failed = false;
};

} // namespace zenith
