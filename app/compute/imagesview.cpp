#include "imagesview.h"

#include "imagesmodel.h"

#include "stores/imagestore.h"

#include <QLineEdit>
#include <QTableView>

namespace zenith {

ImagesSection::ImagesSection(QWidget* parent)
    : ImagesSection(new ImagesModel, parent)
{}

ImagesSection::ImagesSection(ImagesModel* model, QWidget* parent)
    : TableSection(model, ImagesModel::SortRole, ImagesModel::SearchRole, ImagesModel::Name, parent)
    , m_store(new ImageStore(this))
    , m_model(model)
{
    m_model->setParent(this);
    m_model->setStore(m_store);
    searchField()->setObjectName(QStringLiteral("imageSearch"));
    view()->setObjectName(QStringLiteral("imagesView"));
    connect(m_store, &ImageStore::imagesAdded, this, &ImagesSection::updateState);
    connect(m_store, &ImageStore::imagesRemoved, this, &ImagesSection::updateState);
    connect(m_store, &ImageStore::loadingFinished, this, &ImagesSection::listingFinished);
    connect(m_store, &ImageStore::failed, this, &ImagesSection::showError);
    retranslateUi();
}

ImagesSection::~ImagesSection()
{
    disconnectChildren();
}

QString ImagesSection::title() const
{
    //: Compute pane tab: the images servers boot from
    return tr("Images");
}

ImageStore* ImagesSection::store() const
{
    return m_store;
}

void ImagesSection::setStoreSession(Session* session)
{
    m_store->setSession(session);
}

void ImagesSection::load()
{
    m_store->load();
}

bool ImagesSection::isLoading() const
{
    return m_store->isLoading();
}

QString ImagesSection::countText(int rows, bool loading) const
{
    //: Number of images listed in the Images tab
    return loading ? tr("Loading…") : tr("%n image(s)", "", rows);
}

QString ImagesSection::searchPlaceholder() const
{
    //: Placeholder of the search box of the Images tab
    return tr("Search images by name, distribution or id");
}

QString ImagesSection::failureText(const QString& reason) const
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    return tr("Could not list the images. %1").arg(reason);
}

QString ImagesSection::emptyText() const
{
    return tr("The project sees no images: instances start from an image, so ask the cloud's administrators, or upload "
              "one with openstack image create.");
}

} // namespace zenith
