#pragma once

#include "common/messagebanner.h"
#include "volume/volume.h"

#include <QList>
#include <QObject>

class QDialog;
class QMessageBox;
class QWidget;

namespace zenith {

class VolumeContext;
class VolumeCreateDialog;
struct ApiError;

//! The Volumes tab's actions: each checks VolumeRules first (a refusal in plain words, nothing
//! sent), asks what it needs in a small window-modal dialog, sends the request, has the store
//! poll the volume until it is stable, and emits the equivalent `openstack` command.
class VolumeActions final : public QObject
{
    Q_OBJECT

public:
    VolumeActions(VolumeContext* context, QWidget* parent);

    //! Each opens its dialog (not waited for) and returns it; nullptr when refused at once.
    VolumeCreateDialog* create();
    QDialog* attach(const Volume& volume);
    QDialog* extend(const Volume& volume);
    QDialog* snapshot(const Volume& volume);
    //! Detaches at once (nothing is lost: the data stays on the volume); false when refused.
    bool detach(const Volume& volume);
    //! Asks to delete the volumes, naming them; nullptr when one of them cannot be deleted.
    QMessageBox* remove(const QList<Volume>& volumes);

Q_SIGNALS:
    void commandIssued(const QString& command, const QString& what);
    //! A refusal, a failure or a note for the tab's banner.
    void message(zenith::MessageBanner::Type type, const QString& text);
    //! A volume was created (to select it).
    void created(const QString& volumeId);

private:
    void refuse(const QString& text);
    void failed(const QString& what, const ApiError& error);
    QString serverLabel(const Volume& volume) const;

    VolumeContext* m_context;
    QWidget* m_parent;
};

} // namespace zenith
