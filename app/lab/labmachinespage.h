#pragma once

#include "labwizardpage.h"

#include <array>

class QGridLayout;
class QLabel;
class QSpinBox;

namespace zenith {

class FlavorStore;
class ImageStore;
class LabChoiceCombo;
class LabFieldMessage;

//! The wizard's "Machines" page: an image and a flavor per role (load balancer, web, database,
//! name server), proposed from what the cloud lists (a Debian 12 image, the smallest flavor with
//! 1 GiB of RAM), and the size of the database's data volume.
class LabMachinesPage final : public LabWizardPage
{
    Q_OBJECT

public:
    explicit LabMachinesPage(QWidget* parent = nullptr);
    ~LabMachinesPage() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    void readPlan(const LabPlan& plan) override;
    void writePlan(LabPlan* plan) const override;
    int showIssues(const QList<LabPlanIssue>& issues) override;

    //! The role keys, in display order: "lb", "web", "db", "ns".
    static QStringList roles();

private:
    struct Row
    {
        QString role;
        QLabel* label = nullptr;
        LabChoiceCombo* image = nullptr;
        LabChoiceCombo* flavor = nullptr;
        LabFieldMessage* message = nullptr;
    };

    void buildUi();
    void retranslateUi() override;
    void fillImages();
    void fillFlavors();

    ImageStore* m_images;
    FlavorStore* m_flavors;
    QLabel* m_intro = nullptr;
    QLabel* m_imageHeader = nullptr;
    QLabel* m_flavorHeader = nullptr;
    std::array<Row, 4> m_rows;
    QLabel* m_volumeLabel = nullptr;
    QSpinBox* m_volume = nullptr;
    QLabel* m_volumeHint = nullptr;
    LabFieldMessage* m_volumeMessage = nullptr;
};

} // namespace zenith
