#include "lab/labconfigfiles.h"
#include "lab/labservicelayout.h"
#include "lab/labtemplate.h"
#include "lab/labuserdata.h"

#include <QRegularExpression>
#include <QTest>

using namespace zenith;

namespace {

const QString kVolumeId = QStringLiteral("0f6c2a58-9b1e-4f1c-a3d2-7c5e8b9d1a23");
const LabSecrets kSecrets{.databasePassword = QStringLiteral("WebPassword0123456789abc"),
                          .databaseRootPassword = QStringLiteral("RootPassword0123456789ab")};

LabTopology topologyOf(const LabPlan& plan = {})
{
    return *LabTopology::of(plan);
}

QByteArray fileOf(const LabTopology& t, const QString& server, const QString& name,
                  const std::optional<LabServiceLayout>& layout = std::nullopt)
{
    const LabServer* s = t.server(server);
    if (!s)
        return {};
    const QList<LabConfigFile> files =
        LabConfigFiles::of(t, *s, layout.value_or(LabServiceLayout::forLab(t)), kSecrets, kVolumeId);
    for (const LabConfigFile& file : files) {
        if (file.name == name)
            return file.content;
    }
    return {};
}

LabPlan tlsPlan()
{
    LabPlan plan;
    plan.domain = QStringLiteral("zenith-lab.example");
    plan.dnsProvider = LabDnsProvider::Designate;
    plan.tlsEmail = QStringLiteral("teacher@example.org");
    return plan;
}

} // namespace

class TestLabUserData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsAreLongRandomAndNeedNoQuoting()
    {
        const LabSecrets a = LabSecrets::generate();
        const LabSecrets b = LabSecrets::generate();
        const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9]{24}$"));
        for (const QString& p : {a.databasePassword, a.databaseRootPassword, b.databasePassword})
            QVERIFY2(safe.match(p).hasMatch(), qPrintable(p));
        QVERIFY(a.databasePassword != a.databaseRootPassword);
        QVERIFY(a.databasePassword != b.databasePassword);
    }

    void templateFillsPlaceholdersAndKeepsUnknownOnes()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no value for.*b")));
        QCOMPARE(LabTemplate::fill("x {{a}} {{b}} { c } {{a}}", {{QStringLiteral("a"), QStringLiteral("1")}}),
                 QByteArray("x 1 {{b}} { c } 1"));
    }

    void everyServerHasACloudConfigEndingWithItsMarker()
    {
        const LabTopology t = topologyOf(tlsPlan());
        QCOMPARE(t.servers.size(), 5);
        for (const LabServer& server : t.servers) {
            const QByteArray data = LabUserData::render(t, server, kSecrets, kVolumeId);
            QVERIFY(data.startsWith("#cloud-config\n"));
            QVERIFY2(!data.contains("{{"), qPrintable(server.key));
            QVERIFY(data.contains("runcmd:\n  - [sh, /etc/zenith-lab/setup.sh]\n"));
            const QByteArray marker = "final_message: \"" + LabUserData::readyMarker(server).toUtf8() + "\"\n";
            QVERIFY2(data.endsWith(marker), data.right(80).constData());
            QVERIFY(data.contains(LabUserData::failureMarkerPrefix(server).toUtf8()));
        }
        QCOMPARE(LabUserData::readyMarker(*t.server(QStringLiteral("web1"))), QStringLiteral("zenith-lab: web1 ready"));
    }

    void passwordsOnlyWhereTheyAreNeeded()
    {
        const LabTopology t = topologyOf();
        const auto data = [&t](const char* key) {
            return LabUserData::render(t, *t.server(QString::fromLatin1(key)), kSecrets, kVolumeId);
        };
        const QByteArray web = kSecrets.databasePassword.toUtf8();
        const QByteArray root = kSecrets.databaseRootPassword.toUtf8();
        QVERIFY(!data("lb").contains(web) && !data("lb").contains(root));
        QVERIFY(!data("ns").contains(web) && !data("ns").contains(root));
        QVERIFY(data("web1").contains(web) && !data("web1").contains(root));
        QVERIFY(data("db").contains(web) && data("db").contains(root));
        // The files that hold them are root's only.
        QVERIFY(data("db").contains("path: /etc/zenith-lab/seed.sql\n    owner: root:root\n    permissions: '0600'"));
        QVERIFY(data("web1").contains(
            "path: /etc/zenith-lab/php-pool.conf\n    owner: root:root\n    permissions: '0600'"));
    }

    void gatewayBalancesOverTheWebServersFixedAddresses()
    {
        const QByteArray cfg = fileOf(topologyOf(), QStringLiteral("lb"), QStringLiteral("haproxy.cfg"));
        QVERIFY(cfg.contains("    bind :80\n"));
        QVERIFY(cfg.contains("    server web1 10.12.0.11:80 check"));
        QVERIFY(cfg.contains("    server web2 10.12.0.12:80 check"));
        QVERIFY(cfg.contains("use_backend certbot if acme_challenge"));
        QVERIFY(cfg.contains("server certbot 127.0.0.1:8888"));
        QVERIFY(!cfg.contains("443"));
        const QByteArray nft = fileOf(topologyOf(), QStringLiteral("lb"), QStringLiteral("nftables.conf"));
        QVERIFY(nft.contains("ip saddr 10.12.0.0/16 ip daddr != 10.12.0.0/16 masquerade"));
        const QByteArray setup = fileOf(topologyOf(), QStringLiteral("lb"), QStringLiteral("setup.sh"));
        QVERIFY(setup.contains("ip -o -4 addr show to 10.12.0.1/32"));
        QVERIFY(!setup.contains("tls.sh"));
    }

    void certificateOnlyWithADomainAndAnEmail()
    {
        LabPlan plan = tlsPlan();
        const LabTopology staging = topologyOf(plan);
        QVERIFY(fileOf(staging, QStringLiteral("lb"), QStringLiteral("haproxy.cfg"))
                    .contains("    #zenith-tls# bind :443 ssl crt /etc/haproxy/certs/zenith-lab.pem\n"));
        QVERIFY(fileOf(staging, QStringLiteral("lb"), QStringLiteral("setup.sh")).contains("/etc/zenith-lab/tls.sh"));
        const QByteArray tls = fileOf(staging, QStringLiteral("lb"), QStringLiteral("tls.sh"));
        QVERIFY(tls.contains("--email 'teacher@example.org' --staging"));
        QVERIFY(tls.contains("-d 'zenith-lab.example' -d 'www.zenith-lab.example'"));
        QVERIFY(tls.contains("--http-01-address 127.0.0.1 --http-01-port 8888"));
        plan.tlsStaging = false;
        QVERIFY(!fileOf(topologyOf(plan), QStringLiteral("lb"), QStringLiteral("tls.sh")).contains("--staging"));
        plan.tlsEmail.clear();
        QVERIFY(fileOf(topologyOf(plan), QStringLiteral("lb"), QStringLiteral("tls.sh")).isEmpty());
    }

    void webServerPageAndPool()
    {
        const LabTopology t = topologyOf();
        QVERIFY(fileOf(t, QStringLiteral("web2"), QStringLiteral("nginx-site.conf")).contains("listen 10.12.0.12:80;"));
        const QByteArray pool = fileOf(t, QStringLiteral("web2"), QStringLiteral("php-pool.conf"));
        QVERIFY(pool.contains("env[ZENITH_WEB_SERVER] = web2\n"));
        QVERIFY(pool.contains("env[ZENITH_DB_HOST] = 10.12.0.3\n"));
        QVERIFY(pool.contains(QByteArray("env[ZENITH_DB_PASSWORD] = " + kSecrets.databasePassword.toUtf8())));
        QVERIFY(fileOf(t, QStringLiteral("web2"), QStringLiteral("index.php")).startsWith("<?php\n"));
    }

    void databaseOnItsVolumeAndPrivateAddress()
    {
        LabPlan plan;
        plan.cidr = QStringLiteral("172.20.0.0/20");
        const LabTopology t = topologyOf(plan);
        QVERIFY(fileOf(t, QStringLiteral("db"), QStringLiteral("mariadb.cnf")).contains("bind-address = 172.20.0.3\n"));
        const QByteArray seed = fileOf(t, QStringLiteral("db"), QStringLiteral("seed.sql"));
        QVERIFY(seed.contains(
            QByteArray("'web'@'172.20.0.0/255.255.240.0' IDENTIFIED BY '" + kSecrets.databasePassword.toUtf8())));
        QVERIFY(seed.contains("GRANT SELECT ON lab.* TO 'web'@'172.20.0.0/255.255.240.0';"));
        QVERIFY(seed.contains(QByteArray("USING PASSWORD('" + kSecrets.databaseRootPassword.toUtf8() + "')")));
        const QByteArray setup = fileOf(t, QStringLiteral("db"), QStringLiteral("setup.sh"));
        QVERIFY(setup.contains("disk=/dev/disk/by-id/virtio-0f6c2a58-9b1e-4f1c-a\n"));
        QVERIFY(setup.contains("/var/lib/mysql ext4 defaults,nofail 0 2"));
    }

    void nameServerZoneAndRecursionForTheRangeOnly()
    {
        const LabTopology t = topologyOf();
        const QByteArray options = fileOf(t, QStringLiteral("ns"), QStringLiteral("named-options.conf"));
        QVERIFY(options.contains("listen-on port 53 { 10.12.0.2; };"));
        QVERIFY(options.contains("allow-recursion { 10.12.0.0/16; };"));
        QVERIFY(fileOf(t, QStringLiteral("ns"), QStringLiteral("named-zone.conf"))
                    .contains("zone \"lab.internal\" {\n    type primary;\n    file \"/etc/bind/db.lab.internal\";"));
        const QByteArray zone = fileOf(t, QStringLiteral("ns"), QStringLiteral("zone.db"));
        for (const char* record : {"lb\tIN\tA\t10.12.0.1\n", "ns\tIN\tA\t10.12.0.2\n", "db\tIN\tA\t10.12.0.3\n",
                                   "web1\tIN\tA\t10.12.0.11\n", "web2\tIN\tA\t10.12.0.12"})
            QVERIFY2(zone.contains(record), record);
    }

    void loopbackLayoutMovesEveryServiceToLocalPorts()
    {
        const LabTopology t = topologyOf();
        const LabServiceLayout layout = LabServiceLayout::loopback(t, QStringLiteral("/tmp/x"), 18080);
        QVERIFY(fileOf(t, QStringLiteral("lb"), QStringLiteral("haproxy.cfg"), layout)
                    .contains("    server web2 127.0.0.1:18082 check"));
        QVERIFY(fileOf(t, QStringLiteral("web1"), QStringLiteral("nginx-site.conf"), layout)
                    .contains("fastcgi_pass unix:/tmp/x/run/web1-fpm.sock;"));
        QVERIFY(fileOf(t, QStringLiteral("db"), QStringLiteral("mariadb.cnf"), layout).contains("port = 18131\n"));
        QVERIFY(fileOf(t, QStringLiteral("ns"), QStringLiteral("named-options.conf"), layout)
                    .contains("listen-on port 18132 { 127.0.0.1; };"));
        // The zone still holds the lab's own addresses.
        QVERIFY(fileOf(t, QStringLiteral("ns"), QStringLiteral("zone.db"), layout).contains("web1\tIN\tA\t10.12.0.11"));
    }
};

QTEST_GUILESS_MAIN(TestLabUserData)
#include "tst_labuserdata.moc"
