#include "labclirun.h"

#include "common/errortext.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "dns/ovhdnsprovider.h"
#include "dns/ovhstoredkeys.h"
#include "lab/labcheck.h"
#include "lab/labchecktext.h"
#include "lab/labcloudreader.h"
#include "lab/labdeployer.h"
#include "lab/labheatdeployment.h"
#include "lab/labinventory.h"
#include "lab/labplanissuetext.h"
#include "lab/labplanner.h"
#include "lab/labplanvalidation.h"
#include "lab/labquota.h"
#include "lab/labteardown.h"
#include "lab/labtext.h"
#include "lab/labverifier.h"
#include "secrets/keychainsecretstore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace zenith {

namespace {

QJsonArray stepsJson(const QList<LabStep>& steps)
{
    QJsonArray list;
    for (const LabStep& step : steps) {
        list.append(QJsonObject{{QStringLiteral("id"), step.id},
                                {QStringLiteral("kind"), labStepKindName(step.kind)},
                                {QStringLiteral("name"), step.name},
                                {QStringLiteral("dependsOn"), QJsonArray::fromStringList(step.dependsOn)},
                                {QStringLiteral("command"), step.command}});
    }
    return list;
}

} // namespace

LabCliRun::LabCliRun(Session* session, LabTopology topology, LabCliOptions options, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_topology(std::move(topology))
    , m_options(std::move(options))
    , m_out(stdout)
    , m_err(stderr)
{}

LabCliRun::~LabCliRun() = default;

void LabCliRun::start()
{
    m_clock.start();
    m_json.insert(QStringLiteral("lab"), m_topology.plan.name);
    m_json.insert(QStringLiteral("cloud"), m_options.cloud);
    const LabPlan& plan = m_topology.plan;
    if (plan.dnsProvider != LabDnsProvider::Ovh || plan.domain.isEmpty())
        return dispatch();
    // The keys the window's DNS pane stored for this cloud (the demo cloud's own otherwise).
    whenFinished(storedOvhKeys(*m_session, keyring()), this, [this](const std::optional<OvhCredentials>& keys) {
        if (keys)
            m_dns = new OvhDnsProvider(m_session, *keys, this);
        dispatch();
    });
}

SecretStore* LabCliRun::keyring()
{
    if (m_options.keyring && !m_keyring)
        m_keyring = std::make_unique<KeychainSecretStore>();
    return m_keyring.get();
}

void LabCliRun::dispatch()
{
    switch (m_options.command) {
    case LabCliOptions::Command::Plan: runPlan(); break;
    case LabCliOptions::Command::Deploy: m_options.dryRun ? runPlan() : runDeploy(); break;
    case LabCliOptions::Command::Verify: runVerify(); break;
    case LabCliOptions::Command::Teardown: runTeardown(); break;
    case LabCliOptions::Command::Snapshot: runSnapshot(); break;
    }
}

void LabCliRun::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_err << tr("Cancelling: running steps finish, no new one starts…") << Qt::endl;
    if (m_heat) {
        // Heat goes on by itself: stop following, say how to see or delete the stack.
        m_heat->stop();
        m_err << tr("Heat goes on with the stack %1: `openstack stack event list %1` follows it, "
                    "`zenith lab teardown` deletes it.")
                     .arg(m_topology.plan.name + QStringLiteral("-stack"))
              << Qt::endl;
        done(Cancelled);
    } else if (m_deployer)
        m_deployer->cancel();
    else if (m_teardown)
        m_teardown->cancel();
    else
        done(Cancelled);
}

void LabCliRun::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_options.json) {
        m_json.insert(QStringLiteral("exitCode"), code);
        m_json.insert(QStringLiteral("seconds"), double(m_clock.elapsed()) / 1000.0);
        m_out << QJsonDocument(m_json).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(m_cancelled && code != Ok ? int(Cancelled) : code);
}

void LabCliRun::fail(const QString& message, int code)
{
    m_err << message << Qt::endl;
    m_json.insert(QStringLiteral("error"), message);
    done(code);
}

void LabCliRun::printIssues(const QList<LabPlanIssue>& issues)
{
    QJsonArray list;
    for (const LabPlanIssue& issue : issues) {
        const QString text = LabPlanIssueText::message(issue);
        list.append(text);
        if (!m_options.json)
            m_out << QStringLiteral("  ✘ ") << text << Qt::endl;
    }
    m_json.insert(QStringLiteral("conflicts"), list);
}

void LabCliRun::printSteps(const QList<LabStep>& steps)
{
    m_json.insert(QStringLiteral("steps"), stepsJson(steps));
    m_json.insert(QStringLiteral("criticalPath"), LabPlanner::criticalPathLength(steps));
    if (m_options.json)
        return;
    //: %1 lab name, %2 number of steps, %3 length of the longest chain of dependent steps
    m_out << tr("Lab “%1”: %2 steps, the longest chain of dependent steps is %3.")
                 .arg(m_topology.plan.name)
                 .arg(steps.size())
                 .arg(LabPlanner::criticalPathLength(steps))
          << Qt::endl;
    for (const LabStep& step : steps)
        m_out << QStringLiteral("  %1  %2").arg(step.id, -28).arg(step.command) << Qt::endl;
}

void LabCliRun::runPlan()
{
    printSteps(LabPlanner::deploySteps(m_topology));
    auto failed = std::make_shared<bool>(false);
    const auto finish = [this, failed]() { done(*failed ? Failed : Ok); };
    // The conflicts' read comes first: what the lab has already is not needed again (a resume).
    checkConflicts([this, finish, failed](const QList<LabPlanIssue>& issues) {
        if (!m_options.json)
            m_out << (issues.isEmpty() ? tr("No conflict with what the project holds.") : tr("Conflicts:")) << Qt::endl;
        printIssues(issues);
        *failed = *failed || !issues.isEmpty();
        printQuota(finish, failed);
    });
}

void LabCliRun::printQuota(std::function<void()> finish, std::shared_ptr<bool> failed)
{
    auto* quota = new LabQuotaCheck(m_session, m_topology, this);
    connect(quota, &LabQuotaCheck::finished, this,
            [this, quota, finish, failed](const QList<LabQuotaLine>& needs, const std::optional<ApiError>& error) {
                quota->deleteLater();
                const QList<LabQuotaLine> lines = LabQuotaLine::lessExisting(needs, m_topology, m_existing, m_flavors);
                QJsonArray list;
                if (!m_options.json)
                    m_out << tr("Quota (needed, used, limit):") << Qt::endl;
                for (const LabQuotaLine& line : lines) {
                    list.append(QJsonObject{{QStringLiteral("resource"), LabQuotaLine::resourceName(line.resource)},
                                            {QStringLiteral("needed"), line.needed},
                                            {QStringLiteral("used"), line.used},
                                            {QStringLiteral("limit"), line.limit},
                                            {QStringLiteral("fits"), line.fits()}});
                    *failed = *failed || !line.fits();
                    if (!m_options.json) {
                        const QString limit = line.limit < 0 ? tr("unlimited") : QString::number(line.limit);
                        m_out << QStringLiteral("  %1 %2 %3 %4 %5")
                                     .arg(line.fits() ? QStringLiteral("✔") : QStringLiteral("✘"))
                                     .arg(LabText::quotaResource(line.resource), -22)
                                     .arg(line.needed, 7)
                                     .arg(line.used, 7)
                                     .arg(limit, 10)
                              << Qt::endl;
                    }
                }
                m_json.insert(QStringLiteral("quota"), list);
                if (error) {
                    m_err << tr("The quota could not be read entirely: %1").arg(ErrorText::message(*error)) << Qt::endl;
                    *failed = true;
                }
                finish();
            });
    quota->start();
}

void LabCliRun::checkConflicts(std::function<void(const QList<LabPlanIssue>&)> then)
{
    LabCloudReader::Scope scope;
    scope.flavorsAndImages = true;
    scope.stack = true;
    scope.records = true; // the zone the domain's records go into
    auto* reader = new LabCloudReader(m_session, m_topology, scope, this);
    connect(reader, &LabCloudReader::finished, this,
            [this, reader, then](const LabCloudState& state, const std::optional<ApiError>& error) {
                reader->deleteLater();
                if (error) {
                    fail(tr("Cannot read the project: %1").arg(ErrorText::message(*error)), Failed);
                    return;
                }
                m_existing = LabInventory::of(state, m_topology).ids;
                m_flavors = state.flavors;
                then(conflictsOf(state));
            });
    reader->start();
}

void LabCliRun::runVerify()
{
    auto* verifier = new LabVerifier(m_session, m_topology, this);
    verifier->setCheckReadiness(m_options.waitReady);
    if (m_dns)
        verifier->setDnsProvider(m_dns);
    connect(verifier, &LabVerifier::failed, this, [this](const ApiError& error) {
        fail(tr("Cannot read the lab: %1").arg(ErrorText::message(error)), Failed);
    });
    connect(verifier, &LabVerifier::finished, this, [this, verifier](const QList<LabCheck>& checks) {
        verifier->deleteLater();
        if (m_finished)
            return;
        m_json.insert(QStringLiteral("checks"),
                      QJsonDocument::fromJson(LabCheck::toJson(checks)).object().value(u"checks"));
        m_json.insert(QStringLiteral("passed"), LabCheck::allPassed(checks));
        m_json.insert(QStringLiteral("apiCalls"), verifier->apiCalls());
        if (!m_options.json) {
            for (const LabCheck& check : checks) {
                const QString mark =
                    check.skipped ? QStringLiteral("–") : (check.passed ? QStringLiteral("✔") : QStringLiteral("✘"));
                m_out << mark << u' ' << LabCheckText::title(check.kind);
                const QString detail = check.skipped ? LabText::checkSkipped(check.detail) : check.detail;
                if (!detail.isEmpty())
                    m_out << QStringLiteral(" (") << detail << u')';
                m_out << Qt::endl;
                if (!check.passed)
                    m_out << QStringLiteral("    ") << LabCheckText::fix(check.kind, m_topology.plan.name) << Qt::endl;
            }
        }
        done(LabCheck::allPassed(checks) ? Ok : RedChecks);
    });
    verifier->start();
}

QString LabCliRun::loginUser() const
{
    const QString image = m_topology.plan.loadBalancer.image.toLower();
    for (const QString& distro : {QStringLiteral("debian"), QStringLiteral("ubuntu"), QStringLiteral("cirros"),
                                  QStringLiteral("fedora"), QStringLiteral("rocky"), QStringLiteral("almalinux")}) {
        if (image.contains(distro))
            return distro;
    }
    return QStringLiteral("<user>");
}

} // namespace zenith
