#pragma once

#include "labwizardpage.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace zenith {

class LabChoiceCombo;
class LabFieldMessage;
class NetworkStore;

//! The wizard's first page, "Lab": the lab's name, its private range, the public network the
//! gateway sits on, how many web servers, how they are spread, and how the gateway gets past
//! Neutron's anti-spoofing. Each choice is explained in a sentence; issues show under the fields.
class LabSettingsPage final : public LabWizardPage
{
    Q_OBJECT

public:
    explicit LabSettingsPage(QWidget* parent = nullptr);
    ~LabSettingsPage() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    void readPlan(const LabPlan& plan) override;
    void writePlan(LabPlan* plan) const override;
    int showIssues(const QList<LabPlanIssue>& issues) override;

    //! The external networks listed, for tests.
    QStringList publicNetworks() const;

private:
    void buildUi();
    void retranslateUi() override;
    void fillNetworks();
    void showAddresses();

    NetworkStore* m_networks;
    QLabel* m_intro = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    LabFieldMessage* m_nameMessage = nullptr;
    QLabel* m_cidrLabel = nullptr;
    QLineEdit* m_cidr = nullptr;
    QLabel* m_cidrHint = nullptr;
    LabFieldMessage* m_cidrMessage = nullptr;
    QLabel* m_publicLabel = nullptr;
    LabChoiceCombo* m_public = nullptr;
    LabFieldMessage* m_publicMessage = nullptr;
    QLabel* m_webCountLabel = nullptr;
    QSpinBox* m_webCount = nullptr;
    LabFieldMessage* m_webCountMessage = nullptr;
    QLabel* m_policyLabel = nullptr;
    QButtonGroup* m_policy = nullptr;
    QRadioButton* m_softAntiAffinity = nullptr;
    QLabel* m_softAntiAffinityText = nullptr;
    QRadioButton* m_antiAffinity = nullptr;
    QLabel* m_antiAffinityText = nullptr;
    QLabel* m_spoofingLabel = nullptr;
    QButtonGroup* m_spoofing = nullptr;
    QRadioButton* m_addressPair = nullptr;
    QLabel* m_addressPairText = nullptr;
    QRadioButton* m_portSecurityOff = nullptr;
    QLabel* m_portSecurityOffText = nullptr;
};

} // namespace zenith
