#pragma once

#include "cloudentry.h"
#include "projectentry.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace zenith {

//! The cloud, project and region choosers of the main toolbar. Setters never emit; the *Selected
//! signals fire only when the person picks another entry.
class CloudSwitcher final : public QWidget
{
    Q_OBJECT

public:
    explicit CloudSwitcher(QWidget* parent = nullptr);

    void setClouds(const QList<CloudEntry>& clouds);
    void setCurrentCloud(const QString& name);
    QString currentCloud() const;

    //! The projects of the signed-in user; empty when signed out.
    void setProjects(const QList<ProjectEntry>& projects);
    void setCurrentProject(const QString& projectId);
    QString currentProject() const;

    //! The regions of the current cloud's catalog; empty when signed out.
    void setRegions(const QStringList& regions);
    void setCurrentRegion(const QString& region);
    QString currentRegion() const;

Q_SIGNALS:
    void cloudSelected(const QString& name);
    void projectSelected(const QString& projectId);
    void regionSelected(const QString& region);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateStates();
    void fillClouds();

    QList<CloudEntry> m_clouds;
    QLabel* m_cloudLabel;
    QComboBox* m_cloud;
    QLabel* m_projectLabel;
    QComboBox* m_project;
    QLabel* m_regionLabel;
    QComboBox* m_region;
};

} // namespace zenith
