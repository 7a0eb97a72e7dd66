#include "imagestore.h"

namespace zenith {

namespace {

// What the table and the pickers show; updatedAt alone misses nothing Glance changes, but compare
// the shown fields too so that a cloud with a coarse clock still refreshes.
bool sameImage(const Image& a, const Image& b)
{
    return a.updatedAt == b.updatedAt && a.name == b.name && a.status == b.status && a.visibility == b.visibility &&
           a.size == b.size && a.minDisk == b.minDisk && a.minRam == b.minRam && a.osDistro == b.osDistro &&
           a.tags == b.tags && a.isProtected == b.isProtected;
}

} // namespace

ImageStore::ImageStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameImage,
                {[this](const QList<Image>& items) { Q_EMIT imagesAdded(items); },
                 [this](const QList<Image>& items) { Q_EMIT imagesChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT imagesRemoved(ids); }, [this] { Q_EMIT loadingFinished(); },
                 [this](const ApiError& error) { Q_EMIT failed(error); }})
{}

ImageStore::~ImageStore() = default;

void ImageStore::setSession(Session* session)
{
    m_listing.setSession(session);
}

Session* ImageStore::session() const
{
    return m_listing.session();
}

void ImageStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void ImageStore::load()
{
    m_listing.load();
}

bool ImageStore::isLoading() const
{
    return m_listing.isLoading();
}

bool ImageStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Image> ImageStore::images() const
{
    return m_listing.items();
}

const Image* ImageStore::image(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
