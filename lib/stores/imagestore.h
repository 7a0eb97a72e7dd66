#pragma once

#include "image/image.h"
#include "image/listimagesrequest.h"
#include "stores/collectionlisting.h"

#include <QObject>
#include <QStringList>

namespace zenith {

class Session;

//! The images the project can use, for the Images tab and the launch dialog's picker. Lists
//! /v2/images page by page on load(); a later load() refreshes and emits only the differences.
class ImageStore final : public QObject
{
    Q_OBJECT

public:
    explicit ImageStore(QObject* parent = nullptr);
    ~ImageStore() override;

    //! The session to follow (nullptr: none). Drops every image (imagesRemoved) and ignores
    //! answers to the old session's requests.
    void setSession(Session* session);
    Session* session() const;
    //! Images per listing page.
    void setPageSize(int pageSize);

    //! Lists the images (again); does nothing while a listing runs or without a session.
    void load();
    //! True while a listing runs.
    bool isLoading() const;
    //! True once a complete listing arrived for this session.
    bool isLoaded() const;

    //! The images known now, in no particular order.
    QList<Image> images() const;
    //! One image by id (nullptr if unknown); valid until the next signal.
    const Image* image(const QString& id) const;

Q_SIGNALS:
    //! New images (one signal per listing page).
    void imagesAdded(const QList<zenith::Image>& images);
    //! Known images whose fields changed.
    void imagesChanged(const QList<zenith::Image>& images);
    //! Images gone (deleted, or the session changed).
    void imagesRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    CollectionListing<ListImagesRequest> m_listing;
};

} // namespace zenith
