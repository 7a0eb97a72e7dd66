#include "tst_configdata.h"

#include "config/cloudconfigloader.h"
#include "config/cloudentryparser.h"
#include "config/yamlreader.h"

#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

using Method = AuthSettings::Method;

// Parses one cloud entry written as YAML (the value under `clouds: <name>:`).
Result<CloudConfig, ConfigError> entry(const char* yaml, const ConfigEnvironment& env = {})
{
    const Result<YamlNode, ConfigError> doc = YamlReader::parse(QByteArray(yaml), QStringLiteral("clouds.yaml"));
    if (!doc)
        return doc.error();
    return CloudEntryParser::parse(QStringLiteral("test"), *doc, QStringLiteral("clouds.yaml"), env);
}

CloudConfig good(const char* yaml, const ConfigEnvironment& env = {})
{
    Result<CloudConfig, ConfigError> cloud = entry(yaml, env);
    if (!cloud) {
        qWarning("unexpected error: %s", qPrintable(cloud.error().toString()));
        return {};
    }
    return *cloud;
}

ConfigError bad(const char* yaml)
{
    Result<CloudConfig, ConfigError> cloud = entry(yaml);
    return cloud ? ConfigError{} : cloud.error();
}

constexpr const char* kUrl = "auth:\n  auth_url: https://keystone.example.org/v3\n";

QByteArray withUrl(const char* rest)
{
    return QByteArray(kUrl) + rest;
}

} // namespace

class TestConfigClouds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- Real files, found where openstacksdk looks -------------------------------------------

    void horizonCloudsYaml()
    {
        ConfigSandbox box;
        const QString path =
            box.copy(QStringLiteral("horizon-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->cloudsFile, path);
        QVERIFY(set->secureFile.isEmpty());
        QVERIFY(set->problems.isEmpty());
        QCOMPARE(set->names(), QStringList{QStringLiteral("openstack")});
        QCOMPARE(set->defaultCloud, QStringLiteral("openstack"));
        const CloudConfig& c = set->clouds.first();
        QCOMPARE(c.source, path);
        QCOMPARE(c.auth.method, Method::Password);
        QCOMPARE(c.auth.authUrl, QUrl(QStringLiteral("http://203.0.113.10/identity")));
        QCOMPARE(c.auth.username, QStringLiteral("demo"));
        QCOMPARE(c.auth.projectId, QStringLiteral("8f0d7e6c5b4a49281706f5e4d3c2b1a0"));
        QCOMPARE(c.auth.projectName, QStringLiteral("demo"));
        QCOMPARE(c.auth.userDomainName, QStringLiteral("Default"));
        QVERIFY(!c.auth.hasSecret());
        QCOMPARE(c.regionName, QStringLiteral("RegionOne"));
        QCOMPARE(c.regions, QStringList{QStringLiteral("RegionOne")});
        QCOMPARE(c.interface, QStringLiteral("public"));
        QVERIFY(c.verifyTls);
        QCOMPARE(c.rateLimits.requestsPerSecond, 0.0);
        QCOMPARE(c.rateLimits.tokenRequestsPerMinute, 0.0);
    }

    void horizonRegionsList()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("horizon-regions-clouds.yaml"), box.env.currentDir, QStringLiteral("clouds.yaml"));
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->regions, (QStringList{QStringLiteral("RegionOne"), QStringLiteral("RegionTwo")}));
        QCOMPARE(c->regionName, QStringLiteral("RegionOne"));
        QCOMPARE(c->auth.authUrl.port(), 5000);
    }

    void horizonApplicationCredential()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("horizon-appcred-clouds.yaml"), box.siteConfigDir(), QStringLiteral("clouds.yaml"));
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud(QStringLiteral("openstack"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->auth.method, Method::ApplicationCredential);
        QCOMPARE(c->auth.applicationCredentialId, QStringLiteral("4f1c2a9be0d34c6f8a7b5e3d2c1b0a99"));
        QCOMPARE(c->auth.applicationCredentialSecret, QStringLiteral("Xq9-fake-secret_for-tests-only_7Lr2"));
        QVERIFY(c->auth.hasSecret());
        QCOMPARE(c->regionName, QStringLiteral("RegionOne"));
    }

    void ovhCloudsWithSecureYaml()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("ovh-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        const QString secure =
            box.copy(QStringLiteral("ovh-secure.yaml"), box.userConfigDir(), QStringLiteral("secure.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->secureFile, secure);
        const CloudConfig* c = set->find(QStringLiteral("ovh-gra11"));
        QVERIFY(c);
        QCOMPARE(c->auth.password, QStringLiteral("p@ss: \"w0rd\" # not a comment"));
        QVERIFY(c->auth.hasSecret());
        QCOMPARE(c->auth.username, QStringLiteral("user-Ab3dEf6hIj9k")); // clouds.yaml's auth survives the merge
        QCOMPARE(c->auth.projectName, QStringLiteral("8012345678901234"));
        QCOMPARE(c->auth.projectDomainName, QStringLiteral("Default"));
        QCOMPARE(c->regions, (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5"), QStringLiteral("BHS5")}));
        QCOMPARE(c->regionName, QStringLiteral("GRA11"));
        // OVHcloud's documented limits apply when the file sets no rate_limit.
        QCOMPARE(c->rateLimits.requestsPerSecond, 20.0);
        QCOMPARE(c->rateLimits.tokenRequestsPerMinute, 60.0);
    }

    void secureYamlIsSearchedOnItsOwn()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("ovh-clouds.yaml"), box.env.currentDir, QStringLiteral("clouds.yaml"));
        box.copy(QStringLiteral("ovh-secure.yaml"), box.siteConfigDir(), QStringLiteral("secure.yml"));
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QVERIFY(c->auth.hasSecret());
    }

    void jsonConfigAndRateLimitMap()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("ovh-clouds.json"), box.userConfigDir(), QStringLiteral("clouds.json"));
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->name, QStringLiteral("ovh-json"));
        QCOMPARE(c->auth.password, QStringLiteral("from-json"));
        QCOMPARE(c->rateLimits.perService.value(QStringLiteral("compute")), 5.0);
        QCOMPARE(c->rateLimits.perService.value(QStringLiteral("block-storage")), 2.0);
        QCOMPARE(c->rateLimits.requestsPerSecond, 0.0); // the file's rate_limit replaces OVHcloud's default
        QCOMPARE(c->rateLimits.tokenRequestsPerMinute, 60.0);
    }

    void invalidJsonNamesTheLine()
    {
        ConfigSandbox box;
        const QString path =
            box.write(box.env.currentDir, QStringLiteral("clouds.json"), "{\n  \"clouds\": {\n    \"a\": ,\n  }\n}\n");
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(!set);
        QCOMPARE(set.error().file, path);
        QCOMPARE(set.error().line, 3);
        QVERIFY(set.error().message.startsWith(QStringLiteral("invalid JSON: ")));
    }

    void searchOrder_data()
    {
        QTest::addColumn<QStringList>("files"); // where clouds files exist, as "<dir>/<name>"
        QTest::addColumn<QString>("winner");
        QTest::newRow("current dir first")
            << QStringList{QStringLiteral("work/clouds.yaml"), QStringLiteral("user/clouds.yaml"),
                           QStringLiteral("site/clouds.yaml")}
            << QStringLiteral("work/clouds.yaml");
        QTest::newRow("then ~/.config/openstack")
            << QStringList{QStringLiteral("user/clouds.yaml"), QStringLiteral("site/clouds.yaml")}
            << QStringLiteral("user/clouds.yaml");
        QTest::newRow("then /etc/openstack")
            << QStringList{QStringLiteral("site/clouds.yaml")} << QStringLiteral("site/clouds.yaml");
        QTest::newRow(".yaml before .yml before .json")
            << QStringList{QStringLiteral("user/clouds.json"), QStringLiteral("user/clouds.yml"),
                           QStringLiteral("user/clouds.yaml")}
            << QStringLiteral("user/clouds.yaml");
        QTest::newRow(".yml before .json")
            << QStringList{QStringLiteral("user/clouds.json"), QStringLiteral("user/clouds.yml")}
            << QStringLiteral("user/clouds.yml");
        QTest::newRow("any suffix in a nearer dir wins")
            << QStringList{QStringLiteral("work/clouds.json"), QStringLiteral("user/clouds.yaml")}
            << QStringLiteral("work/clouds.json");
        QTest::newRow("OS_CLIENT_CONFIG_FILE first")
            << QStringList{QStringLiteral("work/clouds.yaml"), QStringLiteral("other/mine.yaml")}
            << QStringLiteral("other/mine.yaml");
    }
    void searchOrder()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, winner);
        ConfigSandbox box;
        auto place = [&box](const QString& spec) {
            const QString dir = spec.section(u'/', 0, 0);
            const QString name = spec.section(u'/', 1);
            const QString where = dir == u"work"   ? box.env.currentDir
                                  : dir == u"user" ? box.userConfigDir()
                                  : dir == u"site" ? box.siteConfigDir()
                                                   : box.mkdir(dir);
            const QByteArray body = "clouds:\n  " + spec.toUtf8().replace('/', '-').replace('.', '-') +
                                    ":\n    auth:\n      auth_url: https://k.example.org/v3\n";
            const QByteArray json = "{\"clouds\": {\"" + spec.toUtf8().replace('/', '-').replace('.', '-') +
                                    "\": {\"auth\": {\"auth_url\": \"https://k.example.org/v3\"}}}}";
            return box.write(where, name, name.endsWith(QStringLiteral(".json")) ? json : body);
        };
        QString expected;
        for (const QString& spec : std::as_const(files)) {
            const QString path = place(spec);
            if (spec == winner)
                expected = path;
            if (spec.startsWith(QStringLiteral("other/")))
                box.env.variables.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), path);
        }
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QCOMPARE(set->cloudsFile, expected);
        QCOMPARE(set->names(), QStringList{QString(winner).replace(u'/', u'-').replace(u'.', u'-')});
    }

    void xdgConfigHomeIsSearched()
    {
        ConfigSandbox box;
        const QString xdg = box.mkdir(QStringLiteral("xdg"));
        box.env.variables.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg);
        const QString path = box.copy(QStringLiteral("horizon-clouds.yaml"), xdg + QStringLiteral("/openstack"),
                                      QStringLiteral("clouds.yaml"));
        box.copy(QStringLiteral("ovh-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        const QStringList candidates = CloudConfigLoader(box.env).cloudsFileCandidates();
        QCOMPARE(candidates.at(3), xdg + QStringLiteral("/openstack/clouds.yaml"));
        QCOMPARE(CloudConfigLoader::firstExisting(candidates), path);
    }

    void missingOverrideFileIsReported()
    {
        ConfigSandbox box;
        const QString fallback =
            box.copy(QStringLiteral("horizon-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        box.env.variables.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), QStringLiteral("~/missing.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QCOMPARE(set->cloudsFile, fallback); // openstacksdk moves on to the usual places…
        QCOMPARE(set->problems.size(), 1);   // …and we say so
        QCOMPARE(set->problems.first().file, box.env.homeDir + QStringLiteral("/missing.yaml"));
        QVERIFY(set->problems.first().message.contains(QStringLiteral("OS_CLIENT_CONFIG_FILE")));
    }

    void secureFileOverride()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("ovh-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        box.write(box.userConfigDir(), QStringLiteral("secure.yaml"),
                  "clouds:\n  ovh-gra11:\n    auth:\n      password: wrong\n");
        const QString secure =
            box.copy(QStringLiteral("ovh-secure.yaml"), box.mkdir(QStringLiteral("vault")), QStringLiteral("s.yaml"));
        box.env.variables.insert(QStringLiteral("OS_CLIENT_SECURE_FILE"), secure);
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY(c);
        QCOMPARE(c->auth.password, QStringLiteral("p@ss: \"w0rd\" # not a comment"));
    }

    void loadFilesReadsOnlyWhatItIsGiven()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("horizon-clouds.yaml"), box.env.currentDir, QStringLiteral("clouds.yaml"));
        box.env.variables.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://env.example.org/v3"));
        box.env.variables.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("envvars"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).loadFiles(
            configDataFile(QStringLiteral("ovh-clouds.yaml")), configDataFile(QStringLiteral("ovh-secure.yaml")));
        QVERIFY(set);
        QCOMPARE(set->names(), QStringList{QStringLiteral("ovh-gra11")});
        QCOMPARE(set->defaultCloud, QStringLiteral("ovh-gra11"));
        QVERIFY(set->find(QStringLiteral("ovh-gra11"))->auth.hasSecret());
    }

    // ---- Environment variables and selection ----------------------------------------------------

    void environmentCloud()
    {
        ConfigSandbox box;
        const QHash<QString, QString> vars = {
            {QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://auth.cloud.ovh.net/v3")},
            {QStringLiteral("OS_USERNAME"), QStringLiteral("user-env")},
            {QStringLiteral("OS_PASSWORD"), QStringLiteral("env-secret")},
            {QStringLiteral("OS_TENANT_NAME"), QStringLiteral("8012345678901234")},
            {QStringLiteral("OS_TENANT_ID"), QStringLiteral("0a1b2c")},
            {QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default")},
            {QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default")},
            {QStringLiteral("OS_REGION_NAME"), QStringLiteral("GRA11")},
            {QStringLiteral("OS_INTERFACE"), QStringLiteral("internal")},
            {QStringLiteral("OS_IDENTITY_API_VERSION"), QStringLiteral("3")},
            {QStringLiteral("OS_INSECURE"), QStringLiteral("true")},
            {QStringLiteral("OS_CACERT"), QStringLiteral("~/ca.pem")},
            {QStringLiteral("OS_TEST_TIMEOUT"), QStringLiteral("60")},
        };
        box.env.variables = vars;
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY2(set, set ? "" : qPrintable(set.error().toString()));
        QVERIFY(set->problems.isEmpty());
        QCOMPARE(set->defaultCloud, QStringLiteral("envvars"));
        const CloudConfig* c = set->find(QStringLiteral("envvars"));
        QVERIFY(c);
        QVERIFY(c->source.isEmpty());
        QCOMPARE(c->auth.username, QStringLiteral("user-env"));
        QCOMPARE(c->auth.password, QStringLiteral("env-secret"));
        QCOMPARE(c->auth.projectName, QStringLiteral("8012345678901234"));
        QCOMPARE(c->auth.projectId, QStringLiteral("0a1b2c"));
        QCOMPARE(c->regionName, QStringLiteral("GRA11"));
        QCOMPARE(c->interface, QStringLiteral("internal"));
        QVERIFY(!c->verifyTls);
        QCOMPARE(c->caCertFile, box.env.homeDir + QStringLiteral("/ca.pem"));
        QCOMPARE(c->rateLimits.requestsPerSecond, 20.0);
    }

    void environmentCloudNeedsAuthUrl()
    {
        ConfigSandbox box;
        box.env.variables.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("for --os-cloud"));
        box.env.variables.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("GRA11"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QVERIFY(set->clouds.isEmpty());
        QVERIFY(set->problems.isEmpty());
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY(!c);
        QVERIFY2(c.error().message.startsWith(QStringLiteral("no cloud configuration found: no clouds.yaml in ")),
                 qPrintable(c.error().message));
        QVERIFY(c.error().message.contains(box.userConfigDir()));
    }

    void environmentCloudNameAndClash()
    {
        ConfigSandbox box;
        box.write(box.env.currentDir, QStringLiteral("clouds.yaml"),
                  QByteArray("clouds:\n  envvars:\n") + "    auth:\n      auth_url: https://f.example.org/v3\n");
        box.env.variables.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("https://env.example.org/v3"));
        Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QCOMPARE(set->clouds.size(), 1);
        QCOMPARE(set->clouds.first().auth.authUrl.host(), QStringLiteral("f.example.org"));
        QCOMPARE(set->problems.size(), 1);
        QCOMPARE(set->problems.first().cloud, QStringLiteral("envvars"));
        QVERIFY(set->problems.first().message.contains(QStringLiteral("OS_CLOUD_NAME")));

        box.env.variables.insert(QStringLiteral("OS_CLOUD_NAME"), QStringLiteral("from-env"));
        set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QCOMPARE(set->names(), (QStringList{QStringLiteral("envvars"), QStringLiteral("from-env")}));
        QCOMPARE(set->defaultCloud, QStringLiteral("from-env"));
    }

    void osCloudSelects()
    {
        ConfigSandbox box;
        box.copy(QStringLiteral("mixed-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY(!c);
        QVERIFY2(c.error().message.startsWith(QStringLiteral("several clouds are configured (good-first, good-last, ")),
                 qPrintable(c.error().message));
        box.env.variables.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("good-last"));
        c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("good-last"));
        QCOMPARE(c->auth.method, Method::Token);
        c = CloudConfigLoader(box.env).loadCloud(QStringLiteral("good-first"));
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("good-first"));
    }

    void unknownCloudName()
    {
        ConfigSandbox box;
        const QString path =
            box.copy(QStringLiteral("horizon-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        box.env.variables.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("prod"));
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
        QVERIFY(!c);
        QCOMPARE(c.error().toString(),
                 path + QStringLiteral(": cloud 'prod': no cloud of this name is configured; known clouds: openstack"));
    }

    // ---- Broken files and entries -------------------------------------------------------------

    void brokenEntriesDoNotHideGoodOnes()
    {
        ConfigSandbox box;
        const QString path =
            box.copy(QStringLiteral("mixed-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QCOMPARE(set->names(), (QStringList{QStringLiteral("good-first"), QStringLiteral("good-last")}));
        QCOMPARE(set->problems.size(), 3);
        const ConfigError* noUrl = set->problemOf(QStringLiteral("no-auth-url"));
        QVERIFY(noUrl);
        QCOMPARE(noUrl->toString(), path + QStringLiteral(":11: cloud 'no-auth-url': auth_url is missing"));
        const ConfigError* oidc = set->problemOf(QStringLiteral("oidc"));
        QVERIFY(oidc);
        QCOMPARE(oidc->line, 15);
        QVERIFY(oidc->message.contains(QStringLiteral("auth_type 'v3oidcpassword' is not supported")));
        const ConfigError* legacy = set->problemOf(QStringLiteral("legacy"));
        QVERIFY(legacy);
        QCOMPARE(legacy->line, 19);
        QVERIFY(legacy->message.startsWith(QStringLiteral("identity_api_version 2 (Keystone v2.0) is not supported")));
        // Asking for a broken cloud by name gives its problem.
        const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud(QStringLiteral("oidc"));
        QVERIFY(!c);
        QCOMPARE(c.error().line, 15);
    }

    void brokenFilesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("tab") << QStringLiteral("broken-tab.yaml") << 4
                             << QStringLiteral("tab characters are not allowed for indentation");
        QTest::newRow("indentation") << QStringLiteral("broken-indent.yaml") << 6
                                     << QStringLiteral("bad indentation: this line is indented deeper than line 5");
        QTest::newRow("quote") << QStringLiteral("broken-quote.yaml") << 5
                               << QStringLiteral("unterminated double-quoted string");
        QTest::newRow("duplicate") << QStringLiteral("broken-duplicate.yaml") << 7
                                   << QStringLiteral("duplicate key 'auth' (first defined on line 3)");
        QTest::newRow("no clouds") << QStringLiteral("no-clouds.yaml") << 0
                                   << QStringLiteral("has no 'clouds:' mapping at the top level");
    }
    void brokenFilesNameFileAndLine()
    {
        QFETCH(QString, fixture);
        QFETCH(int, line);
        QFETCH(QString, message);
        ConfigSandbox box;
        const QString path = box.copy(fixture, box.userConfigDir(), QStringLiteral("clouds.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(!set);
        QCOMPARE(set.error().file, path);
        QCOMPARE(set.error().line, line);
        QVERIFY2(set.error().message.startsWith(message), qPrintable(set.error().message));
    }

    void fileShapeErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("# nothing yet\n")
                               << QStringLiteral("is empty; it should hold a 'clouds:' mapping");
        QTest::newRow("a list") << QByteArray("- clouds\n")
                                << QStringLiteral("should be a mapping with a 'clouds:' key at the top, not a list");
        QTest::newRow("clouds is a list")
            << QByteArray("clouds:\n  - a\n")
            << QStringLiteral("'clouds' should map cloud names to their settings, but it is a list");
    }
    void fileShapeErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        ConfigSandbox box;
        const QString path = box.write(box.env.currentDir, QStringLiteral("secure.yaml"), content);
        box.copy(QStringLiteral("horizon-clouds.yaml"), box.env.currentDir, QStringLiteral("clouds.yaml"));
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(!set);
        QCOMPARE(set.error().file, path);
        QCOMPARE(set.error().message, message);
    }

    void cloudEntryThatIsNotAMapping()
    {
        ConfigSandbox box;
        box.write(box.env.currentDir, QStringLiteral("clouds.yaml"),
                  "clouds:\n  a: just text\n  b:\n    auth: {auth_url: 'https://b.example.org'}\n");
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(set);
        QCOMPARE(set->names(), QStringList{QStringLiteral("b")});
        QCOMPARE(set->problemOf(QStringLiteral("a"))->message,
                 QStringLiteral("its settings must be a mapping of keys to values, not a string"));
        QCOMPARE(set->problemOf(QStringLiteral("a"))->line, 2);
    }

    void unknownAuthTypeAndKeystoneV2Fixtures()
    {
        for (const auto& [fixture, cloud, line, text] :
             {std::tuple{
                  QStringLiteral("unknown-auth-type.yaml"), QStringLiteral("sso"), 3,
                  QStringLiteral("auth_type 'v3oidcpassword' is not supported; use one of: password, v3password, "
                                 "v3applicationcredential, token, v3token")},
              std::tuple{
                  QStringLiteral("identity-v2.yaml"), QStringLiteral("old"), 8,
                  QStringLiteral("identity_api_version 2 (Keystone v2.0) is not supported; Zenith needs Keystone v3: "
                                 "set it to 3")}}) {
            ConfigSandbox box;
            const QString path = box.copy(fixture, box.userConfigDir(), QStringLiteral("clouds.yaml"));
            const Result<CloudConfig, ConfigError> c = CloudConfigLoader(box.env).loadCloud();
            QVERIFY(!c);
            QCOMPARE(c.error().toString(), path + u':' + QString::number(line) + QStringLiteral(": cloud '") + cloud +
                                               QStringLiteral("': ") + text);
        }
    }

    void unreadableFileGivesTheReason()
    {
        ConfigSandbox box;
        const QString path =
            box.copy(QStringLiteral("horizon-clouds.yaml"), box.userConfigDir(), QStringLiteral("clouds.yaml"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions (root): cannot test an unreadable file");
        const Result<CloudConfigSet, ConfigError> set = CloudConfigLoader(box.env).load();
        QVERIFY(!set);
        QCOMPARE(set.error().toString(), path + QStringLiteral(": cannot be read: Permission denied"));
    }

    // ---- openstacksdk's rules for one entry -----------------------------------------------------

    void legacyTenantAliases()
    {
        CloudConfig c = good("auth:\n  auth_url: https://k.example.org/v3\n  tenant_name: old\n  tenant-id: t1\n");
        QCOMPARE(c.auth.projectName, QStringLiteral("old"));
        QCOMPARE(c.auth.projectId, QStringLiteral("t1"));
        c = good("auth:\n  auth_url: https://k.example.org/v3\n  tenant_name: old\n  project_name: new\n");
        QCOMPARE(c.auth.projectName, QStringLiteral("new"));
        // A value beside `auth:` wins over one inside it for these keys (openstacksdk story 2010784).
        c = good("project_name: outside\nauth:\n  auth_url: https://k.example.org/v3\n  project_name: inside\n");
        QCOMPARE(c.auth.projectName, QStringLiteral("outside"));
    }

    void authKeysBesideTheAuthSection()
    {
        const CloudConfig c = good("auth_url: https://flat.example.org/v3\nusername: flat\npassword: pw\n"
                                   "auth:\n  username: nested\n");
        QCOMPARE(c.auth.authUrl.host(), QStringLiteral("flat.example.org"));
        QCOMPARE(c.auth.username, QStringLiteral("nested")); // keystoneauth options: `auth:` wins
        QCOMPARE(c.auth.password, QStringLiteral("pw"));
    }

    void hyphenatedKeysAreNormalised()
    {
        const CloudConfig c = good("auth:\n  auth-url: https://k.example.org/v3\n  project-name: p\n"
                                   "  user-domain-name: D\nregion-name: R\n");
        QCOMPARE(c.auth.projectName, QStringLiteral("p"));
        QCOMPARE(c.auth.userDomainName, QStringLiteral("D"));
        QCOMPARE(c.regionName, QStringLiteral("R"));
    }

    void domainIdFillsUserAndProjectDomainsWhenProjectScoped()
    {
        CloudConfig c = good("auth:\n  auth_url: https://k.example.org/v3\n  project_name: p\n  domain_id: d1\n"
                             "  user_domain_name: Users\n");
        QCOMPARE(c.auth.projectDomainId, QStringLiteral("d1"));
        QVERIFY(c.auth.userDomainId.isEmpty()); // the user's domain was already named
        QCOMPARE(c.auth.userDomainName, QStringLiteral("Users"));
        QVERIFY(c.auth.domainId.isEmpty()); // not a domain scope
        c = good("auth:\n  auth_url: https://k.example.org/v3\n  domain_name: admins\n");
        QCOMPARE(c.auth.domainName, QStringLiteral("admins")); // no project: a domain-scoped token
        QVERIFY(c.auth.userDomainName.isEmpty());
    }

    void defaultDomain()
    {
        CloudConfig c = good("default_domain: dflt\nauth:\n  auth_url: https://k.example.org/v3\n  project_name: p\n");
        QCOMPARE(c.auth.projectDomainId, QStringLiteral("dflt"));
        QCOMPARE(c.auth.userDomainId, QStringLiteral("dflt"));
        c = good("default_domain: dflt\nauth:\n  auth_url: https://k.example.org/v3\n  project_domain_name: P\n"
                 "  user_domain_id: u\n");
        QVERIFY(c.auth.projectDomainId.isEmpty());
        QCOMPARE(c.auth.userDomainId, QStringLiteral("u"));
        c = good("default_domain: dflt\nauth_type: v3applicationcredential\n"
                 "auth:\n  auth_url: https://k.example.org/v3\n  application_credential_id: a\n");
        QVERIFY(c.auth.userDomainId.isEmpty()); // osc-lib only does this for password logins
    }

    void authTypes_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("method");
        auto row = [](const char* name, const char* outside, const char* inAuth, Method method) {
            QTest::newRow(name) << QByteArray(QByteArray(outside) + "auth:\n  auth_url: https://k.example.org/v3\n" +
                                              inAuth)
                                << int(method);
        };
        row("default", "", "", Method::Password);
        row("password", "auth_type: password\n", "", Method::Password);
        row("v3password", "auth_type: v3password\n", "", Method::Password);
        row("v3applicationcredential", "auth_type: v3applicationcredential\n", "  application_credential_id: x\n",
            Method::ApplicationCredential);
        row("applicationcredential", "auth_type: applicationcredential\n", "  application_credential_id: x\n",
            Method::ApplicationCredential);
        row("token", "auth_type: token\n", "", Method::Token);
        row("v3token in capitals", "auth_type: V3Token\n", "", Method::Token);
        row("legacy auth_plugin", "auth_plugin: v3token\n", "", Method::Token);
        row("auth_type beats auth_plugin", "auth_plugin: v3token\nauth_type: password\n", "", Method::Password);
        row("inferred application credential", "",
            "  application_credential_id: x\n  application_credential_secret: s\n", Method::ApplicationCredential);
        row("inferred token", "", "  token: abc\n", Method::Token);
        row("token beside a password", "", "  token: abc\n  password: pw\n", Method::Password);
    }
    void authTypes()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, method);
        const Result<CloudConfig, ConfigError> c = entry(yaml.constData());
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(int(c->auth.method), method);
    }

    void tokenAliases()
    {
        CloudConfig c = good("auth_type: token\nauth:\n  auth_url: https://k.example.org/v3\n  auth-token: t1\n");
        QCOMPARE(c.auth.token, QStringLiteral("t1"));
        QVERIFY(c.auth.hasSecret());
    }

    void entryErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        auto row = [](const char* name, const QByteArray& yaml, int line, const char* message) {
            QTest::newRow(name) << yaml << line << QString::fromUtf8(message);
        };
        row("v2password", withUrl("auth_type: v2password\n"), 3,
            "auth_type 'v2password' is for Keystone v2.0, which Zenith does not support; use 'password' (Keystone v3)");
        row("identity 2.0", withUrl("identity_api_version: '2.0'\n"), 3,
            "identity_api_version 2.0 (Keystone v2.0) is not supported");
        row("identity 4", withUrl("identity_api_version: 4\n"), 3,
            "identity_api_version '4' is not valid; only 3 is supported");
        row("no auth section", "region_name: R\n", 1, "auth_url is missing");
        row("auth not a mapping", "auth: https://k.example.org\n", 1,
            "auth must be a mapping of authentication settings, not a string");
        row("bad auth_url", "auth:\n  auth_url: keystone.example.org/v3\n", 2,
            "auth_url 'keystone.example.org/v3' is not an http:// or https:// URL");
        row("ftp auth_url", "auth:\n  auth_url: ftp://k.example.org/v3\n", 2,
            "auth_url 'ftp://k.example.org/v3' is not an http");
        row("username is a list", withUrl("  username: [a, b]\n"), 3, "username must be a single value, not a list");
        row("app credential without id", withUrl("auth_type: v3applicationcredential\n"), 1,
            "an application credential needs application_credential_id (or application_credential_name with the user's "
            "name or id)");
        row("app credential name without user",
            withUrl("  application_credential_name: ci\nauth_type: v3applicationcredential\n"), 1,
            "application_credential_name needs username or user_id");
        row("interface", withUrl("interface: external\n"), 3,
            "interface 'external' is not valid; use public, internal or admin");
        row("insecure", withUrl("insecure: maybe\n"), 3, "insecure must be true or false, not 'maybe'");
        row("verify list", withUrl("verify: [a]\n"), 3, "verify must be true or false, not a list");
        row("negative rate", withUrl("rate_limit: -1\n"), 3,
            "rate_limit must be a number of requests per second (0 means unlimited), not '-1'");
        row("rate text", withUrl("rate_limit: {compute: fast}\n"), 3,
            "rate_limit must be a number of requests per second");
        row("rate bool", withUrl("rate_limit: true\n"), 3, "rate_limit must be a number of requests per second");
        row("regions text", withUrl("regions: GRA11\n"), 3, "regions must be a list of region names");
        row("region entry", withUrl("regions:\n- {id: GRA11}\n"), 4,
            "each entry of regions must be a region name, or a mapping with 'name' (and optionally 'values')");
        row("region_name outside regions", withUrl("regions: [A, B]\nregion_name: C\n"), 4,
            "region_name 'C' is not one of the regions listed in regions: A, B");
    }
    void entryErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const ConfigError e = bad(yaml.constData());
        QVERIFY2(e.message.startsWith(message),
                 qPrintable(e.message.isEmpty() ? QStringLiteral("accepted") : e.message));
        QCOMPARE(e.line, line);
        QCOMPARE(e.cloud, QStringLiteral("test"));
        QCOMPARE(e.file, QStringLiteral("clouds.yaml"));
    }

    void errorsNeverQuoteSecrets()
    {
        for (const char* yaml :
             {"auth_type: magic\nauth:\n  auth_url: https://k.example.org\n  password: hunter2\n",
              "auth:\n  auth_url: https://k.example.org\n  password: [hunter2]\n",
              "auth:\n  auth_url: https://k.example.org\n  application_credential_secret: {s: hunter2}\n",
              "auth:\n  auth_url: https://k.example.org\n  token: [hunter2]\n"}) {
            const ConfigError e = bad(yaml);
            QVERIFY(!e.message.isEmpty());
            QVERIFY2(!e.toString().contains(QStringLiteral("hunter2")), qPrintable(e.toString()));
        }
    }

    void tlsSettings_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("verify");
        QTest::addColumn<QString>("caCert");
        QTest::newRow("default on") << withUrl("") << true << QString();
        QTest::newRow("verify false") << withUrl("verify: false\n") << false << QString();
        QTest::newRow("insecure true") << withUrl("insecure: true\n") << false << QString();
        QTest::newRow("insecure wins") << withUrl("insecure: true\nverify: true\n") << false << QString();
        QTest::newRow("insecure false") << withUrl("insecure: false\n") << true << QString();
        QTest::newRow("PyYAML's no") << withUrl("verify: no\n") << false << QString();
        QTest::newRow("string 'False'") << withUrl("verify: 'False'\n") << false << QString();
        QTest::newRow("insecure 1") << withUrl("insecure: 1\n") << false << QString();
        QTest::newRow("verify is a CA path")
            << withUrl("verify: ~/certs/ca.pem\n") << true << QStringLiteral("/home/student/certs/ca.pem");
        QTest::newRow("cacert") << withUrl("cacert: /etc/ssl/lab.pem\n") << true << QStringLiteral("/etc/ssl/lab.pem");
        QTest::newRow("cacert beats verify path")
            << withUrl("cacert: ~/a.pem\nverify: /b.pem\n") << true << QStringLiteral("/home/student/a.pem");
    }
    void tlsSettings()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, verify);
        QFETCH(QString, caCert);
        ConfigEnvironment env;
        env.homeDir = QStringLiteral("/home/student");
        const Result<CloudConfig, ConfigError> c = entry(yaml.constData(), env);
        QVERIFY2(c, c ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->verifyTls, verify);
        QCOMPARE(c->caCertFile, caCert);
    }

    void clientCertificate()
    {
        ConfigEnvironment env;
        env.homeDir = QStringLiteral("/home/student");
        const CloudConfig c =
            good("auth:\n  auth_url: https://k.example.org/v3\ncert: ~/tls/me.crt\nkey: /keys/me.key\n", env);
        QCOMPARE(c.clientCertFile, QStringLiteral("/home/student/tls/me.crt"));
        QCOMPARE(c.clientKeyFile, QStringLiteral("/keys/me.key"));
    }

    void interfaces()
    {
        QCOMPARE(good(withUrl("interface: publicURL\n").constData()).interface, QStringLiteral("public"));
        QCOMPARE(good(withUrl("interface: Admin\n").constData()).interface, QStringLiteral("admin"));
        QCOMPARE(good(withUrl("endpoint_type: internalURL\n").constData()).interface, QStringLiteral("internal"));
        QCOMPARE(good(withUrl("").constData()).interface, QStringLiteral("public"));
    }

    void regions()
    {
        CloudConfig c = good(withUrl("region_name: 'GRA11, SBG5'\n").constData());
        QCOMPARE(c.regions, (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
        QCOMPARE(c.regionName, QStringLiteral("GRA11"));
        c = good(
            withUrl("regions:\n  - name: GRA11\n    values:\n      interface: internal\n  - SBG5\nregion_name: SBG5\n")
                .constData());
        QCOMPARE(c.regions, (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
        QCOMPARE(c.regionName, QStringLiteral("SBG5"));
        c = good(withUrl("").constData());
        QVERIFY(c.regions.isEmpty());
        QVERIFY(c.regionName.isEmpty());
    }

    void rateLimits()
    {
        CloudConfig c = good(withUrl("rate_limit: 2.5\n").constData());
        QCOMPARE(c.rateLimits.requestsPerSecond, 2.5);
        QVERIFY(c.rateLimits.perService.isEmpty());
        QCOMPARE(c.rateLimits.tokenRequestsPerMinute, 0.0);
        c = good(withUrl("rate_limit:\n  compute: 3\n  volumev3: 1\n  network: '4'\n").constData());
        QCOMPARE(c.rateLimits.perService.value(QStringLiteral("compute")), 3.0);
        QCOMPARE(c.rateLimits.perService.value(QStringLiteral("block-storage")), 1.0);
        QCOMPARE(c.rateLimits.perService.value(QStringLiteral("network")), 4.0);
        QCOMPARE(c.rateLimits.requestsPerSecond, 0.0);
        c = good("auth:\n  auth_url: https://auth.cloud.ovh.net/v3\nrate_limit: 0\n");
        QCOMPARE(c.rateLimits.requestsPerSecond, 0.0); // explicitly unlimited, even on OVHcloud
        QCOMPARE(c.rateLimits.tokenRequestsPerMinute, 60.0);
    }

    void ovhHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ovh");
        QTest::newRow("ovh.net") << QStringLiteral("https://auth.cloud.ovh.net/v3") << true;
        QTest::newRow("ovh.us") << QStringLiteral("https://auth.cloud.ovh.us/v3") << true;
        QTest::newRow("ovhcloud.com") << QStringLiteral("https://keystone.gra.ovhcloud.com/v3") << true;
        QTest::newRow("upper case") << QStringLiteral("https://AUTH.CLOUD.OVH.NET/v3") << true;
        QTest::newRow("look-alike suffix") << QStringLiteral("https://auth.cloud.ovh.net.example.org/v3") << false;
        QTest::newRow("look-alike prefix") << QStringLiteral("https://notovh.net/v3") << false;
        QTest::newRow("other cloud") << QStringLiteral("https://keystone.example.org/v3") << false;
    }
    void ovhHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, ovh);
        QCOMPARE(CloudEntryParser::isOvhCloud(QUrl(url)), ovh);
    }
};

QTEST_GUILESS_MAIN(TestConfigClouds)
#include "tst_configclouds.moc"
