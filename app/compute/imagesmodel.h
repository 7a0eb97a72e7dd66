#pragma once

#include "image/image.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace zenith {

class ImageStore;

//! The Images table: one row per image, fed by an ImageStore's signals and updated by diffs
//! (inserted, removed and changed rows, never a reset).
class ImagesModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The row of an image, -1 if absent.
    int rowOf(const QString& id) const;
    const Image& imageAt(int row) const;

    //! "Active", "Queued"...: Glance's status in words.
    static QString statusText(const QString& status);
    //! "Public", "Private", "Shared", "Community".
    static QString visibilityText(const QString& visibility);

    void addImages(const QList<zenith::Image>& images);
    void changeImages(const QList<zenith::Image>& images);
    void removeImages(const QStringList& ids);

private:
    QVariant displayData(const Image& image, int column) const;
    QVariant sortData(const Image& image, int column) const;
    void clear();

    QList<Image> m_rows;
    QHash<QString, int> m_rowOf;
    QPointer<ImageStore> m_store;
};

} // namespace zenith
