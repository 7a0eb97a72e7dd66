#include "imagestore.h"

#include "core/session.h"
#include "image/listimagesrequest.h"

#include <QFutureWatcher>
#include <QSet>

#include <memory>

namespace zenith {

namespace {

using ListWatcher = QFutureWatcher<Result<Page<Image>>>;

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
{}

ImageStore::~ImageStore() = default;

void ImageStore::setSession(Session* session)
{
    ++m_generation; // answers to the old session's requests are dropped when they land
    const QStringList gone = m_images.keys();
    m_images.clear();
    m_loading = m_loaded = false;
    m_session = session;
    if (!gone.isEmpty())
        Q_EMIT imagesRemoved(gone);
}

Session* ImageStore::session() const
{
    return m_session;
}

void ImageStore::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

void ImageStore::load()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    ListImagesRequest request;
    request.limit = m_pageSize;
    const quint64 generation = m_generation;
    auto seen = std::make_shared<QSet<QString>>();
    auto broken = std::make_shared<bool>(false);
    auto* watcher = new ListWatcher(this);
    connect(watcher, &ListWatcher::resultsReadyAt, this, [=, this](int begin, int end) {
        if (generation != m_generation)
            return;
        for (int i = begin; i < end; ++i) {
            const Result<Page<Image>> page = watcher->future().resultAt(i);
            if (page) {
                applyPage(page->items, seen.get());
                continue;
            }
            // An error ends the sequence: the listing is over, and its handlers may load() again.
            *broken = true;
            m_loading = false;
            Q_EMIT failed(page.error());
        }
    });
    connect(watcher, &ListWatcher::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        // After an error the listing is incomplete: removing what was not seen would be wrong.
        if (*broken)
            return;
        m_loading = false;
        finishListing(*seen);
    });
    watcher->setFuture(m_session->sendPaged(request));
}

bool ImageStore::isLoading() const
{
    return m_loading;
}

bool ImageStore::isLoaded() const
{
    return m_loaded;
}

QList<Image> ImageStore::images() const
{
    return m_images.values();
}

const Image* ImageStore::image(const QString& id) const
{
    auto it = m_images.constFind(id);
    return it == m_images.constEnd() ? nullptr : &it.value();
}

void ImageStore::applyPage(const QList<Image>& page, QSet<QString>* seen)
{
    QList<Image> added;
    QList<Image> changed;
    for (const Image& image : page) {
        if (seen->contains(image.id))
            continue; // a page boundary that moved under us
        seen->insert(image.id);
        auto it = m_images.find(image.id);
        if (it == m_images.end()) {
            m_images.insert(image.id, image);
            added << image;
        } else if (!sameImage(*it, image)) {
            *it = image;
            changed << image;
        }
    }
    if (!added.isEmpty())
        Q_EMIT imagesAdded(added);
    if (!changed.isEmpty())
        Q_EMIT imagesChanged(changed);
}

void ImageStore::finishListing(const QSet<QString>& seen)
{
    QStringList gone;
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        gone << it.key();
        it = m_images.erase(it);
    }
    if (!gone.isEmpty())
        Q_EMIT imagesRemoved(gone);
    m_loaded = true;
    Q_EMIT loadingFinished();
}

} // namespace zenith
