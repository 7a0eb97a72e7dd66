#pragma once

#include "panes/tablesection.h"

namespace zenith {

class FlavorStore;
class FlavorsModel;

//! The Flavors tab: a read-only, searchable, sortable table of the flavors (server sizes) the project may use.
//! Lists them page by page each time the tab becomes visible; only differences reach the table.
class FlavorsSection final : public TableSection
{
    Q_OBJECT

public:
    explicit FlavorsSection(QWidget* parent = nullptr);
    ~FlavorsSection() override;

    QString title() const override;
    //! The store behind the table.
    FlavorStore* store() const;

protected:
    void setStoreSession(Session* session) override;
    void load() override;
    bool isLoading() const override;
    QString countText(int rows, bool loading) const override;
    QString searchPlaceholder() const override;
    QString failureText(const QString& reason) const override;
    QString emptyText() const override;

private:
    FlavorsSection(FlavorsModel* model, QWidget* parent);

    FlavorStore* m_store;
    FlavorsModel* m_model;
};

} // namespace zenith
