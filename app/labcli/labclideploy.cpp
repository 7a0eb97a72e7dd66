// LabCliRun's deploy and teardown: the parts that change the cloud.
#include "labclirun.h"

#include "common/errortext.h"
#include "compute/createkeypairrequest.h"
#include "compute/publickeyfile.h"
#include "compute/publickeytext.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "lab/labdeployer.h"
#include "lab/labdnsrecords.h"
#include "lab/labjournal.h"
#include "lab/labplanner.h"
#include "lab/labplanvalidation.h"
#include "lab/labsecretvault.h"
#include "lab/labsteptext.h"
#include "lab/labteardown.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace zenith {

namespace {

QString secretErrorText(const SecretError& error)
{
    switch (error.kind) {
    case SecretError::Kind::Unavailable: return LabCliRun::tr("no system keyring answers");
    case SecretError::Kind::Timeout: return LabCliRun::tr("the keyring did not answer in time (locked?)");
    case SecretError::Kind::Denied: return LabCliRun::tr("the keyring refused access");
    default: return error.message;
    }
}

} // namespace

// A missing key pair is no conflict when --public-key brings it: it is imported once nothing else
// can stop the deployment (conflicts read, passwords kept), so a refused run leaves the project as it was.
QList<LabPlanIssue> LabCliRun::conflictsOf(const LabCloudState& state)
{
    QList<LabPlanIssue> issues = LabPlanValidation::conflicts(m_topology.plan, state);
    if (m_options.heat && m_options.command == LabCliOptions::Command::Deploy)
        issues += LabPlanValidation::heatConflicts(m_topology.plan, state);
    if (const auto keys = LabDnsRecords::credentialsIssue(m_topology.plan, m_dns != nullptr))
        issues.append(*keys);
    const auto missingKey = std::find_if(issues.cbegin(), issues.cend(), [](const LabPlanIssue& i) {
        return i.field == LabPlanIssue::Field::Keypair && i.problem == LabPlanIssue::Problem::NotFound;
    });
    const bool mayImport = m_options.command == LabCliOptions::Command::Deploy && !m_options.dryRun;
    if (missingKey != issues.cend() && !m_options.publicKey.isEmpty() && mayImport) {
        issues.erase(missingKey);
        m_importKey = true;
    }
    return issues;
}

void LabCliRun::importKey(std::function<void()> then)
{
    if (!m_importKey) {
        then();
        return;
    }
    QFile file(m_options.publicKey);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the public key %1: %2").arg(m_options.publicKey, file.errorString()), BadUsage);
        return;
    }
    // Only a public key leaves this machine: a private key chosen by mistake is refused here.
    const PublicKeyFile key = PublicKeyFile::parse(file.read(PublicKeyFile::maxBytes + 1));
    if (!key.isPublicKey()) {
        fail(PublicKeyText::refusal(key, QFileInfo(m_options.publicKey).fileName()), BadUsage);
        return;
    }
    CreateKeypairRequest request;
    request.name = m_topology.plan.keypair;
    request.publicKey = key.key;
    m_err << tr("Importing the key pair “%1” from %2…").arg(request.name, m_options.publicKey) << Qt::endl;
    whenFinished(m_session->send(request), this, [this, then](const Result<Keypair>& key) {
        if (!key) {
            fail(tr("The key pair could not be imported: %1").arg(ErrorText::message(key.error())), Failed);
            return;
        }
        then();
    });
}

// The passwords live in the keyring (LabSecretVault, the wizard's entry too) so that a resumed
// deployment renders the same user data; a run without a keyring keeps fresh ones in memory only,
// and says so.
void LabCliRun::withSecrets(std::function<void(const LabSecrets&)> then)
{
    SecretStore* store = keyring();
    if (!store) {
        m_err << tr("--no-keyring: the lab's passwords are kept in memory for this run only.") << Qt::endl;
        then(LabSecrets::generate());
        return;
    }
    whenFinished(LabSecretVault::obtain(*store, m_options.cloud, m_topology.plan.name), this,
                 [this, then](const LabSecretVault::SecretsResult& secrets) {
                     if (!secrets) {
                         fail(tr("The lab's passwords cannot be kept: %1. Run with --no-keyring to keep them in "
                                 "memory for this run only.")
                                  .arg(secretErrorText(secrets.error())),
                              BadUsage);
                         return;
                     }
                     then(secrets.value());
                 });
}

void LabCliRun::forgetSecrets(std::function<void()> then)
{
    SecretStore* store = keyring();
    if (!store) {
        then();
        return;
    }
    whenFinished(LabSecretVault::forget(*store, m_options.cloud, m_topology.plan.name), this,
                 [then](const Result<void, SecretError>&) { then(); });
}

void LabCliRun::runDeploy()
{
    checkConflicts([this](const QList<LabPlanIssue>& issues) {
        if (!issues.isEmpty()) {
            m_out << tr("Nothing was created: the plan conflicts with the project.") << Qt::endl;
            printIssues(issues);
            done(Failed);
            return;
        }
        if (m_cancelled) {
            done(Cancelled);
            return;
        }
        withSecrets([this](const LabSecrets& secrets) {
            importKey([this, secrets] { m_options.heat ? deployWithHeat(secrets) : deployWith(secrets); });
        });
    });
}

QString LabCliRun::journalPath() const
{
    return m_options.journal.isEmpty() ? LabJournal::defaultPath(m_options.cloud, m_topology.plan.name)
                                       : m_options.journal;
}

void LabCliRun::deployWith(const LabSecrets& secrets)
{
    const QString journal = journalPath();
    auto* deployer = new LabDeployer(m_session, m_topology, secrets, journal, this);
    m_deployer = deployer;
    deployer->setWaitForReadiness(m_options.waitReady);
    if (m_dns)
        deployer->setDnsProvider(m_dns);
    const QList<LabStep> steps = deployer->steps();
    m_err << tr("Deploying lab “%1” (%2 steps; journal %3)…").arg(m_topology.plan.name).arg(steps.size()).arg(journal)
          << Qt::endl;
    connect(deployer, &LabDeployer::stepChanged, this,
            [this, steps](const QString& id, LabStepState state) { progress(id, state, steps); });
    connect(deployer, &LabDeployer::stepFailed, this, &LabCliRun::stepError);
    connect(deployer, &LabDeployer::finished, this, [this, deployer, steps](bool succeeded) {
        QJsonArray states;
        for (const LabStep& step : steps) {
            states.append(QJsonObject{{QStringLiteral("id"), step.id},
                                      {QStringLiteral("state"), labStepStateName(deployer->state(step.id))}});
        }
        m_json.insert(QStringLiteral("steps"), states);
        m_publicIp = deployer->deployment().publicIp;
        printDeployed(succeeded, deployer->apiCalls());
        deployer->deleteLater();
        done(succeeded ? Ok : Failed);
    });
    deployer->start();
}

void LabCliRun::progress(const QString& stepId, LabStepState state, const QList<LabStep>& steps)
{
    if (state == LabStepState::Pending || state == LabStepState::Running)
        return;
    ++m_stepsDone;
    QString name;
    for (const LabStep& step : steps) {
        if (step.id == stepId)
            name = step.name;
    }
    m_err << QStringLiteral("[%1/%2] %3 %4 %5")
                 .arg(m_stepsDone, 3)
                 .arg(steps.size())
                 .arg(LabStepText::state(state), -14)
                 .arg(stepId, -26)
                 .arg(name)
          << Qt::endl;
}

void LabCliRun::stepError(const QString& stepId, const ApiError& error)
{
    m_err << tr("  %1 failed: %2").arg(stepId, ErrorText::message(error)) << Qt::endl;
    QJsonArray errors = m_json.value(u"errors").toArray();
    errors.append(QJsonObject{{QStringLiteral("step"), stepId},
                              {QStringLiteral("kind"), kindName(error.kind)},
                              {QStringLiteral("message"), error.message},
                              {QStringLiteral("requestId"), error.requestId}});
    m_json.insert(QStringLiteral("errors"), errors);
}

void LabCliRun::printDeployed(bool succeeded, int apiCalls)
{
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    m_json.insert(QStringLiteral("succeeded"), succeeded);
    m_json.insert(QStringLiteral("publicIp"), m_publicIp);
    m_json.insert(QStringLiteral("apiCalls"), apiCalls);
    if (m_options.json)
        return;
    if (!succeeded && m_options.heat) {
        // A stack is not resumed: what it made goes with it, then it is submitted again.
        m_out << tr("Deployment with Heat failed after %1 s: fix the cause above, delete the stack with `zenith lab "
                    "teardown`, then deploy again.")
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
        return;
    }
    if (!succeeded) {
        m_out << (m_cancelled ? tr("Deployment cancelled after %1 s: run the same command again to resume.")
                              : tr("Deployment failed after %1 s: fix the cause above, then run the same command again "
                                   "to resume."))
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
        return;
    }
    m_out << tr("Lab “%1” deployed in %2 s (%3 API calls).")
                 .arg(m_topology.plan.name)
                 .arg(seconds, 0, 'f', 1)
                 .arg(apiCalls)
          << Qt::endl;
    if (m_publicIp.isEmpty())
        return;
    const QString user = loginUser();
    m_out << tr("Public address: %1").arg(m_publicIp) << Qt::endl;
    m_out << tr("Web site: http://%1/").arg(m_publicIp) << Qt::endl;
    m_out << tr("SSH to the gateway: ssh %1@%2").arg(user, m_publicIp) << Qt::endl;
    //: the gateway is the jump host (ssh -J) to reach private servers
    m_out << tr("SSH to a private server through the gateway: ssh -J %1@%2 %1@%3")
                 .arg(user, m_publicIp, m_topology.addresses.web.value(0))
          << Qt::endl;
}

void LabCliRun::runTeardown()
{
    auto* teardown = new LabTeardown(m_session, m_topology, this);
    m_teardown = teardown;
    if (m_dns) {
        // OVHcloud's records carry no tag: the journal says which ones the lab made.
        LabJournal journal(journalPath());
        (void)journal.load();
        teardown->setDnsProvider(m_dns, journal.resourceIds(QStringLiteral("record:")));
    }
    auto steps = std::make_shared<QList<LabStep>>();
    connect(teardown, &LabTeardown::planned, this, [this, steps](const QList<LabStep>& planned) {
        *steps = planned;
        if (m_options.dryRun || m_options.json) {
            m_json.insert(QStringLiteral("planned"), QJsonArray::fromStringList([&planned] {
                              QStringList ids;
                              for (const LabStep& s : planned)
                                  ids.append(s.id);
                              return ids;
                          }()));
        }
        if (!m_options.json) {
            m_out << (planned.isEmpty()
                          ? tr("Nothing of lab “%1” exists.").arg(m_topology.plan.name)
                          : tr("%1 resources of lab “%2” to delete:").arg(planned.size()).arg(m_topology.plan.name))
                  << Qt::endl;
            if (m_options.dryRun) {
                for (const LabStep& step : planned)
                    m_out << QStringLiteral("  %1  %2").arg(step.id, -28).arg(step.command) << Qt::endl;
            }
        }
    });
    connect(teardown, &LabTeardown::stepChanged, this,
            [this, steps](const QString& id, LabStepState state) { progress(id, state, *steps); });
    connect(teardown, &LabTeardown::stepFailed, this, &LabCliRun::stepError);
    connect(teardown, &LabTeardown::finished, this, [this, teardown](bool succeeded) {
        m_json.insert(QStringLiteral("succeeded"), succeeded);
        m_json.insert(QStringLiteral("apiCalls"), teardown->apiCalls());
        if (!m_options.json && !m_options.dryRun) {
            m_out << (succeeded ? tr("Lab “%1” torn down in %2 s (%3 API calls).")
                                : tr("Teardown of lab “%1” incomplete after %2 s (%3 API calls): see the errors above, "
                                     "then run it again."))
                         .arg(m_topology.plan.name)
                         .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(teardown->apiCalls())
                  << Qt::endl;
        }
        teardown->deleteLater();
        if (succeeded && !m_options.dryRun) {
            // Nothing of the lab remains: its journal would only hold ids of deleted resources.
            QFile::remove(journalPath());
            forgetSecrets([this] { done(Ok); });
        } else {
            done(succeeded ? Ok : Failed);
        }
    });
    teardown->start(m_options.dryRun);
}

} // namespace zenith
