#pragma once

#include "common/collectiontablemodel.h"
#include "image/image.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace zenith {

class ImageStore;

//! The Images table: one row per image, fed by an ImageStore's signals and updated by diffs
//! (inserted, removed and changed rows, never a reset).
class ImagesModel final : public CollectionTableModel<Image>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Size, MinDisk, MinRam, Visibility, OsDistro, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the image's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, id, distro and status, lower-case, for the search box
    };

    explicit ImagesModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(ImageStore* store);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Image& imageAt(int row) const { return itemAt(row); }

    //! "Active", "Queued"...: Glance's status in words.
    static QString statusText(const QString& status);
    //! "Public", "Private", "Shared", "Community".
    static QString visibilityText(const QString& visibility);

private:
    QVariant displayData(const Image& image, int column) const;
    QVariant sortData(const Image& image, int column) const;

    QPointer<ImageStore> m_store;
};

} // namespace zenith
