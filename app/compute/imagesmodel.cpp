#include "imagesmodel.h"

#include "stores/imagestore.h"

#include <QLocale>

#include <algorithm>

namespace zenith {

ImagesModel::ImagesModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void ImagesModel::setStore(ImageStore* store)
{
    followStore(m_store, store, &ImageStore::imagesAdded, &ImageStore::imagesChanged, &ImageStore::imagesRemoved,
                &ImageStore::images);
}

int ImagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Image& image = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(image, index.column());
    case Qt::ToolTipRole: return index.column() == Name ? QVariant(image.id) : displayData(image, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == MinDisk || index.column() == MinRam)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return image.id;
    case SortRole: return sortData(image, index.column());
    case SearchRole: return QStringList{image.name, image.id, image.osDistro, image.status}.join(u' ').toLower();
    default: return {};
    }
}

QVariant ImagesModel::displayData(const Image& image, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name: return image.name.isEmpty() ? image.id : image.name;
    case Status: return statusText(image.status);
    case Size:
        // Glance leaves size null until the data is uploaded.
        return image.size ? locale.formattedDataSize(*image.size, 1, QLocale::DataSizeIecFormat) : QString();
    case MinDisk:
        //: A size in gibibytes, e.g. "10 GiB"
        return image.minDisk > 0 ? tr("%1 GiB").arg(image.minDisk) : QString();
    case MinRam:
        //: A size in mebibytes, e.g. "512 MiB"
        return image.minRam > 0 ? tr("%1 MiB").arg(image.minRam) : QString();
    case Visibility: return visibilityText(image.visibility);
    case OsDistro: return image.osDistro;
    default: return {};
    }
}

QVariant ImagesModel::sortData(const Image& image, int column) const
{
    switch (column) {
    case Size: return image.size.value_or(-1);
    case MinDisk: return image.minDisk;
    case MinRam: return image.minRam;
    default: return displayData(image, column).toString().toLower();
    }
}

QVariant ImagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Size: return tr("Size");
    case MinDisk:
        //: Column: the smallest root disk an image boots from
        return tr("Min. disk");
    case MinRam:
        //: Column: the least RAM an image needs
        return tr("Min. RAM");
    case Visibility: return tr("Visibility");
    case OsDistro:
        //: Column: the image's operating system distribution (os_distro property)
        return tr("OS distribution");
    default: return {};
    }
}

QString ImagesModel::statusText(const QString& status)
{
    if (status == u"active")
        //: Image status
        return tr("Active");
    if (status == u"queued")
        //: Image status: created, no data uploaded yet
        return tr("Queued");
    if (status == u"saving")
        //: Image status: data being uploaded
        return tr("Saving");
    if (status == u"uploading")
        return tr("Uploading");
    if (status == u"importing")
        return tr("Importing");
    if (status == u"killed")
        //: Image status: the upload failed
        return tr("Failed");
    if (status == u"deactivated")
        return tr("Deactivated");
    if (status == u"deleted" || status == u"pending_delete")
        //: Image status
        return tr("Deleted");
    return status;
}

QString ImagesModel::visibilityText(const QString& visibility)
{
    if (visibility == u"public")
        //: Image visibility: every project can use it
        return tr("Public");
    if (visibility == u"private")
        //: Image visibility: only its project can use it
        return tr("Private");
    if (visibility == u"shared")
        //: Image visibility: shared with chosen projects
        return tr("Shared");
    if (visibility == u"community")
        //: Image visibility: any project can use it, not listed by default
        return tr("Community");
    return visibility;
}

} // namespace zenith
