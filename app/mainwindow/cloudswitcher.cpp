#include "cloudswitcher.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace zenith {

namespace {

QComboBox* makeCombo(const QString& objectName, int minimumChars, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(minimumChars);
    return combo;
}

void selectData(QComboBox* combo, const QString& value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(value.isEmpty() ? -1 : combo->findData(value));
}

QString currentData(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

void setHelp(QLabel* label, QComboBox* combo, const QString& help)
{
    label->setToolTip(help);
    combo->setToolTip(help);
}

} // namespace

CloudSwitcher::CloudSwitcher(QWidget* parent)
    : QWidget(parent)
    , m_cloudLabel(new QLabel(this))
    , m_cloud(makeCombo(QStringLiteral("cloudCombo"), 16, this))
    , m_projectLabel(new QLabel(this))
    , m_project(makeCombo(QStringLiteral("projectCombo"), 14, this))
    , m_regionLabel(new QLabel(this))
    , m_region(makeCombo(QStringLiteral("regionCombo"), 6, this))
{
    m_cloudLabel->setBuddy(m_cloud);
    m_projectLabel->setBuddy(m_project);
    m_regionLabel->setBuddy(m_region);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);
    layout->addWidget(m_cloudLabel);
    layout->addWidget(m_cloud);
    layout->addSpacing(14);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_project);
    layout->addSpacing(14);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_region);

    // Setters block the combos' signals, so these only fire for a person's choice.
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT cloudSelected(m_cloud->itemData(index).toString());
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT projectSelected(m_project->itemData(index).toString());
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            Q_EMIT regionSelected(m_region->itemData(index).toString());
    });
    retranslateUi();
}

void CloudSwitcher::setClouds(const QList<CloudEntry>& clouds)
{
    m_clouds = clouds;
    fillClouds();
}

void CloudSwitcher::setCurrentCloud(const QString& name)
{
    selectData(m_cloud, name);
}

QString CloudSwitcher::currentCloud() const
{
    return currentData(m_cloud);
}

void CloudSwitcher::setProjects(const QList<ProjectEntry>& projects)
{
    const QString current = currentProject();
    {
        const QSignalBlocker blocker(m_project);
        m_project->clear();
        for (const ProjectEntry& project : projects) {
            m_project->addItem(project.name.isEmpty() ? project.id : project.name, project.id);
            m_project->setItemData(m_project->count() - 1, project.id, Qt::ToolTipRole);
        }
    }
    selectData(m_project, projects.size() == 1 ? projects.first().id : current);
    updateStates();
}

void CloudSwitcher::setCurrentProject(const QString& projectId)
{
    selectData(m_project, projectId);
}

QString CloudSwitcher::currentProject() const
{
    return currentData(m_project);
}

void CloudSwitcher::setRegions(const QStringList& regions)
{
    const QString current = currentRegion();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        for (const QString& region : regions)
            m_region->addItem(region, region);
    }
    selectData(m_region, regions.size() == 1 ? regions.first() : current);
    updateStates();
}

void CloudSwitcher::setCurrentRegion(const QString& region)
{
    selectData(m_region, region);
}

QString CloudSwitcher::currentRegion() const
{
    return currentData(m_region);
}

void CloudSwitcher::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CloudSwitcher::retranslateUi()
{
    m_cloudLabel->setText(tr("&Cloud:"));
    m_projectLabel->setText(tr("&Project:"));
    m_regionLabel->setText(tr("&Region:"));
    m_project->setPlaceholderText(tr("Not signed in"));
    m_region->setPlaceholderText(tr("Not signed in"));
    fillClouds();
}

void CloudSwitcher::fillClouds()
{
    const QString current = currentCloud();
    {
        const QSignalBlocker blocker(m_cloud);
        m_cloud->clear();
        for (const CloudEntry& cloud : std::as_const(m_clouds)) {
            if (cloud.simulated) {
                m_cloud->addItem(tr("Demo cloud (simulated)"), cloud.name);
                m_cloud->setItemData(m_cloud->count() - 1,
                                     tr("A simulated OpenStack running inside Zenith on this computer: nothing done "
                                        "here reaches a real cloud."),
                                     Qt::ToolTipRole);
                continue;
            }
            const QString origin = cloud.source.isEmpty() ? tr("environment") : QFileInfo(cloud.source).fileName();
            //: Cloud name, then where it is configured: "ovh-gra11 (clouds.yaml)"
            m_cloud->addItem(tr("%1 (%2)").arg(cloud.name, origin), cloud.name);
            const QString from = cloud.source.isEmpty()
                                     ? tr("Read from the OS_* environment variables")
                                     : tr("Read from %1").arg(QDir::toNativeSeparators(cloud.source));
            m_cloud->setItemData(m_cloud->count() - 1, from, Qt::ToolTipRole);
        }
    }
    m_cloud->setPlaceholderText(m_clouds.isEmpty() ? tr("No cloud configured") : tr("Choose a cloud"));
    selectData(m_cloud, current);
    updateStates();
}

void CloudSwitcher::updateStates()
{
    m_cloud->setEnabled(m_cloud->count() > 0);
    setHelp(m_cloudLabel, m_cloud,
            m_cloud->count() > 0
                ? tr("The cloud to work with, from clouds.yaml, an openrc file or the OS_* environment variables.")
                : tr("No cloud is configured yet: use File › Import openrc File… or File › Open clouds.yaml…"));

    m_project->setEnabled(m_project->count() > 1);
    setHelp(m_projectLabel, m_project,
            m_project->count() == 0   ? tr("Sign in to a cloud to choose one of your projects.")
            : m_project->count() == 1 ? tr("Your account has access to this project only.")
                                      : tr("The project whose resources are shown."));

    m_region->setEnabled(m_region->count() > 1);
    setHelp(m_regionLabel, m_region,
            m_region->count() == 0   ? tr("Sign in to a cloud to choose a region.")
            : m_region->count() == 1 ? tr("This cloud has a single region.")
                                     : tr("The region whose resources are shown."));
    m_projectLabel->setEnabled(m_project->isEnabled());
    m_regionLabel->setEnabled(m_region->isEnabled());
    m_cloudLabel->setEnabled(m_cloud->isEnabled());
}

} // namespace zenith
