#pragma once

#include "dns/dnsprovider.h"
#include "labwizardpage.h"

#include "lab/labcheck.h"
#include "lab/labdeployment.h"
#include "lab/labtopology.h"

#include <QPointer>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace zenith {

class LabSnapshotBox;
class LabVerifier;
class MessageBanner;

//! The wizard's "Result" page: the lab's public address and URL, the SSH commands (the gateway
//! directly, the private servers through it as a jump host), each with a copy button, and the
//! checklist (LabVerifier: green or red per check, with why it matters and the fix), verified
//! again on demand and exportable as Markdown or JSON; the database's snapshots (LabSnapshotBox).
//! "Tear down…" asks the wizard.
class LabResultPage final : public LabWizardPage
{
    Q_OBJECT

public:
    explicit LabResultPage(QWidget* parent = nullptr);
    ~LabResultPage() override;

    QString title() const override;
    //! Shows the deployed lab and verifies it (`checkReadiness`: look for the ready markers).
    //! Where the lab's records are when it is not the session's Designate (OVHcloud).
    void setDnsProvider(DnsProvider* provider);
    void showResult(Session* session, const LabTopology& topology, const LabDeployment& deployment,
                    bool checkReadiness);
    //! Forgets the last result (a new deployment starts).
    void clear();
    //! Runs the checklist again ("Verify again").
    void verify();
    bool isVerifying() const { return m_verifying; }
    QList<LabCheck> checks() const { return m_checks; }
    //! "http://<public ip>/" or the domain's URL.
    QString url() const;
    //! The SSH command of each server, gateway first.
    QStringList sshCommands() const;
    //! Writes the checklist to `path`: JSON when it ends in .json, Markdown otherwise.
    bool exportChecklist(const QString& path);

Q_SIGNALS:
    //! The user asked to tear the lab down.
    void teardownRequested();
    //! A verification ended.
    void verified(bool allPassed);

private:
    void buildUi();
    void retranslateUi() override;
    void fillAccess();
    void fillChecks();
    void chooseExportFile();
    void addCopyRow(int row, const QString& label, const QString& text);

    QPointer<Session> m_session;
    LabTopology m_topology;
    LabDeployment m_deployment;
    bool m_checkReadiness = true;
    bool m_verifying = false;
    QList<LabCheck> m_checks;
    QPointer<LabVerifier> m_verifier;
    QPointer<DnsProvider> m_dnsProvider;
    QLabel* m_headline = nullptr;
    QGroupBox* m_accessBox = nullptr;
    QGridLayout* m_accessGrid = nullptr;
    QScrollArea* m_accessScroll = nullptr;
    QGroupBox* m_checkBox = nullptr;
    QLabel* m_checkSummary = nullptr;
    MessageBanner* m_banner = nullptr;
    QTreeWidget* m_checkTree = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_teardown = nullptr;
    LabSnapshotBox* m_snapshots = nullptr;
};

} // namespace zenith
