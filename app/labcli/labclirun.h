#pragma once

#include "core/apierror.h"
#include "dns/dnsprovider.h"
#include "lab/labcloudstate.h"
#include "lab/labplanissue.h"
#include "lab/labsecrets.h"
#include "lab/labstep.h"
#include "lab/labtopology.h"
#include "labclioptions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace zenith {

class LabDeployer;
class LabHeatDeployment;
class LabTeardown;
class SecretStore;
class Session;

//! One `zenith lab` command on an open session: progress lines on stderr, the result on stdout
//! (text, or one JSON document with --json), then finished() with the exit code.
class LabCliRun final : public QObject
{
    Q_OBJECT

public:
    //! Exit codes, as the CLI documents them.
    enum Exit { Ok = 0, Failed = 1, BadUsage = 2, RedChecks = 3, Cancelled = 130 };

    LabCliRun(Session* session, LabTopology topology, LabCliOptions options, QObject* parent = nullptr);
    ~LabCliRun() override;

    void start();
    //! SIGINT: stops starting steps; running ones finish; then finished(Cancelled).
    void cancel();

Q_SIGNALS:
    void finished(int exitCode);

private:
    //! Runs the command once the OVHcloud keys are read (an OVHcloud plan only).
    void dispatch();
    void runPlan();
    void runDeploy();
    void deployWith(const LabSecrets& secrets);
    void runVerify();
    void runTeardown();
    //! Snapshots the lab's database volume and lists the lab's snapshots (labclisnapshot.cpp).
    void runSnapshot();
    //! --heat (labcliheat.cpp): the lab as a Heat stack, its events as progress lines.
    void deployWithHeat(const LabSecrets& secrets);
    LabHeatDeployment* newHeat();

    //! Lists the project and finds the plan's conflicts.
    void checkConflicts(std::function<void(const QList<LabPlanIssue>&)> then);
    //! The plan's quota lines, less what the lab has already (read by checkConflicts()).
    void printQuota(std::function<void()> finish, std::shared_ptr<bool> failed);
    QList<LabPlanIssue> conflictsOf(const LabCloudState& state);
    void importKey(std::function<void()> then);
    //! The system keyring, opened on first use for the whole run; nullptr with --no-keyring. Every
    //! secret the run reads or writes goes through it, so that --no-keyring holds everywhere.
    SecretStore* keyring();
    void withSecrets(std::function<void(const LabSecrets&)> then);
    void forgetSecrets(std::function<void()> then);

    void printSteps(const QList<LabStep>& steps);
    void printIssues(const QList<LabPlanIssue>& issues);
    void progress(const QString& stepId, LabStepState state, const QList<LabStep>& steps);
    void stepError(const QString& stepId, const ApiError& error);
    void printDeployed(bool succeeded, int apiCalls);
    void fail(const QString& message, int code);
    void done(int code);
    QString loginUser() const;
    //! --journal, else the window's (LabJournal::defaultPath()): both see the same deployment.
    QString journalPath() const;

    Session* m_session;
    LabTopology m_topology;
    LabCliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    QJsonObject m_json;
    QElapsedTimer m_clock;
    std::unique_ptr<SecretStore> m_keyring; //!< see keyring()
    QPointer<DnsProvider> m_dns; //!< OVHcloud's, on the keys the DNS pane stored (nullptr: the session's Designate)
    QPointer<LabDeployer> m_deployer;
    QPointer<LabTeardown> m_teardown;
    QPointer<LabHeatDeployment> m_heat;
    QString m_publicIp;
    int m_stepsDone = 0;
    QMap<QString, QString> m_existing; //!< the lab's resources the project holds (LabInventory ids)
    QList<Flavor> m_flavors;
    bool m_importKey = false; //!< --public-key brings the missing key pair
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace zenith
