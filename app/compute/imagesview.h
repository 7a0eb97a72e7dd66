#pragma once

#include "panes/tablesection.h"

namespace zenith {

class ImageStore;
class ImagesModel;

//! The Images tab: a read-only, searchable, sortable table of the images the project can use.
//! Lists them page by page each time the tab becomes visible; only differences reach the table.
class ImagesSection final : public TableSection
{
    Q_OBJECT

public:
    explicit ImagesSection(QWidget* parent = nullptr);
    ~ImagesSection() override;

    QString title() const override;
    //! The store behind the table.
    ImageStore* store() const;

protected:
    void setStoreSession(Session* session) override;
    void load() override;
    bool isLoading() const override;
    QString countText(int rows, bool loading) const override;
    QString searchPlaceholder() const override;
    QString failureText(const QString& reason) const override;
    QString emptyText() const override;

private:
    ImagesSection(ImagesModel* model, QWidget* parent);

    ImageStore* m_store;
    ImagesModel* m_model;
};

} // namespace zenith
