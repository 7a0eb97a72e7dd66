#pragma once

#include "common/messagebanner.h"
#include "core/session.h"
#include "lab/labtopology.h"
#include "volume/volumesnapshot.h"

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zenith {

class LabDatabaseSnapshot;

//! The Result page's "Database snapshots" box: why a snapshot (the cloud's own backup of the data
//! volume; restore = a new volume from it), "Snapshot the database" (LabDatabaseSnapshot) and the
//! lab's snapshots with their date and status. Progress and errors go to the page's banner.
class LabSnapshotBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit LabSnapshotBox(QWidget* parent = nullptr);
    ~LabSnapshotBox() override;

    //! The deployed lab whose snapshots to show: lists them.
    void setLab(Session* session, const LabTopology& topology);
    //! Forgets the lab (not deployed any more).
    void clear();
    //! "Snapshot the database": one at a time.
    void takeSnapshot();
    bool isTaking() const;
    //! The lab's snapshots as last listed, newest first.
    QList<VolumeSnapshot> snapshots() const { return m_snapshots; }

Q_SIGNALS:
    //! See PaneSection::commandIssued.
    void commandIssued(const QString& command, const QString& what);
    //! Progress or an error for the page's banner.
    void messageShown(zenith::MessageBanner::Type type, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    LabDatabaseSnapshot* newJob();

    QPointer<Session> m_session;
    LabTopology m_topology;
    QPointer<LabDatabaseSnapshot> m_job;
    QList<VolumeSnapshot> m_snapshots;
    QString m_taking; //!< the name of the snapshot being taken
    QLabel* m_why = nullptr;
    QPushButton* m_take = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace zenith
