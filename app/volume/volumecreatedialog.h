#pragma once

#include "volumecreateform.h"

#include "image/image.h"
#include "volume/volume.h"
#include "volume/volumesnapshot.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace zenith {

class MessageBanner;
class Session;

//! Create a volume: name, size, type (Cinder's list), source (empty, a Glance image or one of the
//! project's snapshots) and availability zone. Checks the form before sending, shows Cinder's
//! refusal in the dialog and keeps what was typed; emits created() and closes on success.
class VolumeCreateDialog final : public QDialog
{
    Q_OBJECT

public:
    //! `snapshots`: the project's snapshots, to restore from.
    VolumeCreateDialog(Session* session, const QList<VolumeSnapshot>& snapshots, QWidget* parent = nullptr);

    //! Preselects a snapshot as the source (the Snapshots tab's "Create volume").
    void setSnapshot(const QString& snapshotId);
    //! What the form holds now.
    VolumeCreateForm form() const;
    //! The text of the message area (problems, refusals).
    QString message() const;
    //! True once the pickers' lists arrived (or failed).
    bool isReady() const;

    void accept() override;

Q_SIGNALS:
    void created(const zenith::Volume& volume);
    void commandIssued(const QString& command, const QString& what);
    //! The types, zones and images lists arrived.
    void ready();

private:
    void buildUi();
    void load();
    void sourceChanged();
    void pickedChanged();
    void setBusy(bool busy);

    QPointer<Session> m_session;
    QList<VolumeSnapshot> m_snapshots;
    QList<Image> m_images;
    QLineEdit* m_name;
    QSpinBox* m_size;
    QComboBox* m_type;
    QComboBox* m_source;
    QLabel* m_pickLabel;
    QComboBox* m_pick;
    QLabel* m_hint;
    QComboBox* m_zone;
    MessageBanner* m_banner;
    QDialogButtonBox* m_buttons;
    int m_pending = 0;
    bool m_sending = false;
};

} // namespace zenith
