#pragma once

#include "labwizardpage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zenith {

class KeypairGenerateDialog;
class KeypairImportDialog;
class KeypairStore;
class LabChoiceCombo;
class LabFieldMessage;

//! The wizard's "Access" page: the key pair the servers accept (picked, imported from a file or
//! generated, as in the Key pairs tab), the lab's domain and the DNS service that publishes it,
//! and the Let's Encrypt account for HTTPS (staging by default).
class LabAccessPage final : public LabWizardPage
{
    Q_OBJECT

public:
    explicit LabAccessPage(QWidget* parent = nullptr);
    ~LabAccessPage() override;

    QString title() const override;
    void setSession(Session* session) override;
    void setActive(bool active) override;
    void readPlan(const LabPlan& plan) override;
    void writePlan(LabPlan* plan) const override;
    int showIssues(const QList<LabPlanIssue>& issues) override;

    //! Opens the import dialog (as "Import…" does) and returns it.
    KeypairImportDialog* importKeypair();
    //! Opens the generate dialog (as "Generate…" does) and returns it.
    KeypairGenerateDialog* generateKeypair();

private:
    void buildUi();
    void retranslateUi() override;
    void fillKeypairs();
    void choose(const QString& keypair);

    QPointer<Session> m_session;
    KeypairStore* m_keypairs;
    QLabel* m_intro = nullptr;
    QLabel* m_keypairLabel = nullptr;
    LabChoiceCombo* m_keypair = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_generate = nullptr;
    LabFieldMessage* m_keypairMessage = nullptr;
    QLabel* m_keypairNote = nullptr;
    QLabel* m_domainLabel = nullptr;
    QLineEdit* m_domain = nullptr;
    LabFieldMessage* m_domainMessage = nullptr;
    QLabel* m_providerLabel = nullptr;
    QComboBox* m_provider = nullptr;
    QLabel* m_providerHint = nullptr;
    QLabel* m_emailLabel = nullptr;
    QLineEdit* m_email = nullptr;
    LabFieldMessage* m_emailMessage = nullptr;
    QCheckBox* m_staging = nullptr;
    QLabel* m_stagingText = nullptr;
};

} // namespace zenith
