#include "democloud.h"

#include "democinder.h"
#include "democloudprivate.h"
#include "demodesignate.h"
#include "demodiscovery.h"
#include "demoerrors.h"
#include "demoglance.h"
#include "demoheat.h"
#include "demokeystone.h"
#include "demoneutron.h"
#include "demonova.h"
#include "demonovaflavors.h"
#include "demoovh.h"
#include "demoovherrors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace zenith {

namespace demo {

DemoCloudPrivate::DemoCloudPrivate(const DemoCloud::Options& o, QObject* owner)
    : options(o)
    , clock(o.speed)
    , env{state, clock, lifetime, o.regions, QString(), {}, {}}
{
    Q_UNUSED(owner)
    auto keystoneService = std::make_unique<DemoKeystone>(env, [this] { return faults.tokenLifetimeSeconds; });
    keystone = keystoneService.get();
    services.push_back(std::move(keystoneService));
    services.push_back(std::make_unique<DemoDiscovery>(env));
    auto glanceService = std::make_unique<DemoGlance>(env);
    glance = glanceService.get();
    services.push_back(std::move(glanceService));
    auto neutronService = std::make_unique<DemoNeutron>(env);
    neutron = neutronService.get();
    services.push_back(std::move(neutronService));
    auto novaService = std::make_unique<DemoNova>(env);
    nova = novaService.get();
    services.push_back(std::move(novaService));
    services.push_back(std::make_unique<DemoCinder>(env));
    services.push_back(std::make_unique<DemoDesignate>(env));
    services.push_back(std::make_unique<DemoHeat>(env));
    services.push_back(std::make_unique<DemoOvh>(env));
    env.dispatch = [this](DemoRequest& request) { return dispatchInternal(request); };
    for (const auto& service : services)
        service->addRoutes(router);
}

DemoCloudPrivate::~DemoCloudPrivate() = default;

void DemoCloudPrivate::seed()
{
    for (const auto& service : services)
        service->seed();
    glance->seedImage(QStringLiteral("Debian 12"), QStringLiteral("debian"), 353435136, 2);
    glance->seedImage(QStringLiteral("Ubuntu 22.04"), QStringLiteral("ubuntu"), 675282944, 3);
    // The networks an admin made for everyone belong to the cloud's own project.
    const QString cloudProject = QStringLiteral("c10d0000000000000000000000000000");
    const bool devCloud = options.seed == DemoCloud::Seed::DevCloud;
    if (devCloud) {
        glance->seedImage(QStringLiteral("tiny"), QStringLiteral("cirros"), 4096, 0);
        nova->seedFlavors(nova::devCloudFlavors());
    }
    for (const QString& region : options.regions) {
        neutron->seedExternalNetwork(region, cloudProject, DemoNeutron::extNet());
        if (!devCloud)
            continue;
        DemoNeutron::ProjectNetwork privateNetwork;
        privateNetwork.externalNetworkId =
            neutron->seedExternalNetwork(region, cloudProject, DemoNeutron::publicNetwork());
        neutron->seedProjectNetwork(region, keystone->projectId(QStringLiteral("demo")), privateNetwork);
    }
}

DemoReply DemoCloudPrivate::serviceError(const QString& service, int status, const QString& message) const
{
    if (service == QStringLiteral("compute") || service == QStringLiteral("volume"))
        return errors::nova(status, message);
    if (service == QStringLiteral("network"))
        return errors::neutron(status, status == 404 ? QStringLiteral("HTTPNotFound") : QStringLiteral("HTTPError"),
                               message);
    if (service == QStringLiteral("dns"))
        return errors::designate(status, status == 404 ? QStringLiteral("not_found") : QStringLiteral("error"),
                                 message);
    if (service == QStringLiteral("image"))
        return errors::glance(status, message);
    if (service == QStringLiteral("orchestration"))
        return errors::heat(status, status == 404 ? QStringLiteral("HTTPNotFound") : QStringLiteral("HTTPError"),
                            message);
    if (service == QStringLiteral("ovh"))
        return errors::ovh(status, status == 404 ? QStringLiteral("Got an invalid (or empty) URL") : message);
    return errors::keystone(status, message);
}

std::optional<DemoReply> DemoCloudPrivate::injectedFault(const QString& service)
{
    auto* random = QRandomGenerator::global();
    if (faults.dropRate > 0 && random->generateDouble() < faults.dropRate) {
        DemoReply drop;
        drop.dropConnection = true;
        return drop;
    }
    if (faults.rateLimitBurst > 0) {
        --faults.rateLimitBurst;
        return serviceError(service, 429, QStringLiteral("This request was rate-limited."))
            .withHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(faults.retryAfterSeconds));
    }
    const double rate = faults.errorRate.value(service);
    if (rate > 0 && random->generateDouble() < rate)
        return serviceError(service, 503,
                            QStringLiteral("The server is currently unavailable. Please try again at a "
                                           "later time."));
    return std::nullopt;
}

DemoReply DemoCloudPrivate::dispatchInternal(DemoRequest& request)
{
    request.baseUrl = env.baseUrl + u'/' + request.region.toLower() + u'/' + request.service;
    request.headers.insert(QByteArrayLiteral("x-openstack-request-id"), DemoEnv::newRequestId().toLatin1());
    const auto match = router.match(request);
    if (!match)
        return serviceError(request.service, 404, QStringLiteral("The resource could not be found."));
    if (!match->handler)
        return serviceError(request.service, 405, QStringLiteral("The method is not allowed for the requested URL."));
    return (*match->handler)(request);
}

DemoReply DemoCloudPrivate::handle(DemoRequest& request)
{
    // /identity/... for Keystone, /<region>/<service>/... for the others.
    QStringList path = request.path;
    if (!path.isEmpty() && path.first() == QStringLiteral("identity")) {
        request.service = path.takeFirst();
        request.baseUrl = env.baseUrl + QStringLiteral("/identity");
    } else if (!path.isEmpty() && path.first() == QStringLiteral("ovh")) {
        // OVHcloud's own API, beside the OpenStack services of its Public Cloud.
        request.service = path.takeFirst();
        request.baseUrl = env.baseUrl + QStringLiteral("/ovh");
    } else {
        for (const QString& region : options.regions) {
            if (path.size() >= 2 && path.first() == region.toLower()) {
                request.region = region;
                request.baseUrl = env.baseUrl + u'/' + path.takeFirst();
                request.service = path.takeFirst();
                request.baseUrl += u'/' + request.service;
                break;
            }
        }
    }
    request.path = path;
    const QString requestId = DemoEnv::newRequestId();
    // Handlers that record the request id (Nova's action log) read the one the reply will carry.
    request.headers.insert(QByteArrayLiteral("x-openstack-request-id"), requestId.toLatin1());
    DemoReply reply = [&] {
        if (request.service.isEmpty())
            return errors::keystone(404, QStringLiteral("The resource could not be found."));
        if (auto fault = injectedFault(request.service))
            return *fault;
        const auto match = router.match(request);
        if (!match)
            return serviceError(request.service, 404, QStringLiteral("The resource could not be found."));
        if (!match->handler)
            return serviceError(request.service, 405,
                                QStringLiteral("The method is not allowed for the requested URL."));
        if (match->access == DemoRouter::Access::Token) {
            const auto caller = keystone->validate(QString::fromLatin1(request.header("x-auth-token")));
            if (!caller)
                return errors::unauthorized();
            request.caller = *caller;
        }
        return (*match->handler)(request);
    }();
    if (request.service == QStringLiteral("ovh"))
        reply.headers.append({QByteArrayLiteral("X-Ovh-QueryId"), QByteArray("EU.demo." + requestId.toLatin1())});
    else
        reply.headers.append({QByteArrayLiteral("X-OpenStack-Request-Id"), requestId.toLatin1()});
    if (request.service == QStringLiteral("compute"))
        reply.headers.append({QByteArrayLiteral("X-Compute-Request-Id"), requestId.toLatin1()});
    return reply;
}

} // namespace demo

DemoCloud::DemoCloud(const Options& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<demo::DemoCloudPrivate>(options, this))
{
    d->seed();
}

DemoCloud::DemoCloud(QObject* parent)
    : DemoCloud(Options{}, parent)
{}

DemoCloud::~DemoCloud() = default;

bool DemoCloud::start(quint16 port, QString* error)
{
    d->server = std::make_unique<demo::DemoHttpServer>(
        [this](demo::DemoRequest& request) { return d->handle(request); }, [this] { return d->faults.latencyMs; });
    d->port = d->server->listen(QHostAddress::LocalHost, port);
    if (d->port == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        d->server.reset();
        return false;
    }
    d->env.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(d->port);
    return true;
}

quint16 DemoCloud::port() const
{
    return d->port;
}

QUrl DemoCloud::authUrl() const
{
    return QUrl(d->env.baseUrl + QStringLiteral("/identity/v3"));
}

CloudConfig DemoCloud::cloudConfig() const
{
    CloudConfig config;
    config.name = QStringLiteral("demo");
    config.source = QStringLiteral("built-in");
    config.auth.authUrl = authUrl();
    config.auth.username = QStringLiteral("demo");
    config.auth.password = demo::DemoKeystone::demoPassword();
    config.auth.projectName = QStringLiteral("demo");
    config.auth.userDomainName = QStringLiteral("Default");
    config.auth.projectDomainName = QStringLiteral("Default");
    config.regionName = d->options.regions.value(0);
    config.regions = d->options.regions;
    return config;
}

OvhCredentials DemoCloud::ovhCredentials(OvhAccess access) const
{
    OvhCredentials c;
    c.endpoint = QUrl(d->env.baseUrl + QStringLiteral("/ovh/1.0"));
    c.applicationKey = demo::DemoOvhAuth::applicationKey();
    c.applicationSecret = demo::DemoOvhAuth::applicationSecret();
    c.consumerKey =
        access == OvhAccess::ReadOnly ? demo::DemoOvhAuth::readOnlyConsumerKey() : demo::DemoOvhAuth::consumerKey();
    return c;
}

QString DemoCloud::ovhZoneName()
{
    return demo::DemoOvh::zoneName();
}

QString DemoCloud::cloudsYaml(const QString& name) const
{
    const QString url = authUrl().toString();
    const QString regions = d->options.regions.join(QStringLiteral(", "));
    return QStringLiteral("clouds:\n"
                          "  %1:\n"
                          "    auth:\n"
                          "      auth_url: %2\n"
                          "      username: demo\n"
                          "      password: %3\n"
                          "      project_name: demo\n"
                          "      user_domain_name: Default\n"
                          "      project_domain_name: Default\n"
                          "    region_name: %4\n"
                          "    regions: [%5]\n"
                          "    identity_api_version: 3\n"
                          "  %1-appcred:\n"
                          "    auth_type: v3applicationcredential\n"
                          "    auth:\n"
                          "      auth_url: %2\n"
                          "      application_credential_id: %6\n"
                          "      application_credential_secret: %7\n"
                          "    region_name: %4\n"
                          "    identity_api_version: 3\n")
        .arg(name, url, demo::DemoKeystone::demoPassword(), d->options.regions.value(0), regions,
             d->keystone->applicationCredentialId(), d->keystone->applicationCredentialSecret());
}

void DemoCloud::setComputeQuota(const QString& projectName, int instances, int cores, int ramMiB)
{
    // Nova reads "nova/<project_id>" in "<region>/quotas" (demonovalimits.h).
    const QString projectId = d->keystone->projectId(projectName);
    for (const QString& region : d->options.regions)
        d->state.put(demo::DemoState::key(region, QStringLiteral("quotas")),
                     QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("nova/") + projectId)},
                                 {QStringLiteral("instances"), instances},
                                 {QStringLiteral("cores"), cores},
                                 {QStringLiteral("ram"), ramMiB}});
}

void DemoCloud::setNetworkQuota(const QString& projectName, const QString& resource, int limit)
{
    // Neutron's quotas are "network:<project_id>" in "<region>/quotas" (demoneutronquotas.cpp).
    const QString projectId = d->keystone->projectId(projectName);
    for (const QString& region : d->options.regions) {
        const QString collection = demo::DemoState::key(region, QStringLiteral("quotas"));
        const QString id = QStringLiteral("network:") + projectId;
        QJsonObject quota{{QStringLiteral("id"), id}, {QStringLiteral("project_id"), projectId}};
        if (const QJsonObject* set = d->state.find(collection, id))
            quota = *set;
        quota.insert(resource, limit);
        d->state.put(collection, quota);
    }
}

demo::DemoFaults DemoCloud::faults() const
{
    return d->faults;
}

void DemoCloud::setFaults(const demo::DemoFaults& faults)
{
    d->faults = faults;
}

void DemoCloud::setSpeed(double speed)
{
    d->clock.setSpeed(speed);
}

bool DemoCloud::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    // The application credential's secret stays in memory: a new one is made after a load.
    QJsonObject saved = d->state.save();
    QJsonArray creds = saved.value(demo::DemoKeystone::applicationCredentials()).toArray();
    for (QJsonValueRef cred : creds) {
        QJsonObject withoutSecret = cred.toObject();
        withoutSecret.remove(QStringLiteral("secret"));
        cred = withoutSecret;
    }
    saved.insert(demo::DemoKeystone::applicationCredentials(), creds);
    const QJsonObject document{{QStringLiteral("zenith-demo-cloud"), 1}, {QStringLiteral("state"), saved}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool DemoCloud::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject() || doc.object().value(u"zenith-demo-cloud").toInt() != 1) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("not a saved demo cloud");
        return false;
    }
    d->state.load(doc.object().value(u"state").toObject());
    for (const auto& service : d->services)
        service->settleLoaded();
    return true;
}

} // namespace zenith
