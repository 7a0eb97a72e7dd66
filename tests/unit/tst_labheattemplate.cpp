#include "config/yamlreader.h"
#include "lab/labheattemplate.h"
#include "lab/labuserdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace zenith;

// The lab's HOT export (issue 7): the same resources as the topology, and user data that Heat's
// str_replace turns into exactly what the deployer would send.
class TestLabHeatTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_plan.keypair = QStringLiteral("student key");
        m_plan.web.image = QStringLiteral("Debian 12");
        m_plan.web.flavor = QStringLiteral("d2-2");
        m_secrets = LabSecrets::generate();
        const auto topology = LabTopology::of(m_plan);
        QVERIFY(topology);
        m_topology = *topology;
        const auto parsed =
            YamlReader::parse(LabHeatTemplate::render(m_topology, m_secrets), QStringLiteral("lab.yaml"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        m_template = parsed->toJson().toObject();
    }

    void everyResourceOfTheTopology()
    {
        QCOMPARE(m_template.value(QStringLiteral("heat_template_version")).toString(), QStringLiteral("2018-08-31"));
        const QJsonObject resources = m_template.value(QStringLiteral("resources")).toObject();
        const auto typeOf = [&resources](const char* name) {
            return resources.value(QLatin1String(name)).toObject().value(QStringLiteral("type")).toString();
        };
        QCOMPARE(typeOf("net"), QStringLiteral("OS::Neutron::Net"));
        QCOMPARE(typeOf("subnet"), QStringLiteral("OS::Neutron::Subnet"));
        for (const LabSecurityGroup& g : m_topology.securityGroups)
            QCOMPARE(typeOf(qPrintable(QStringLiteral("sg_") + g.key)), QStringLiteral("OS::Neutron::SecurityGroup"));
        for (const LabPort& p : m_topology.ports) {
            const QString name = QStringLiteral("port_") + QString(p.key).replace(u'-', u'_');
            QCOMPARE(typeOf(qPrintable(name)), QStringLiteral("OS::Neutron::Port"));
        }
        for (const LabServer& s : m_topology.servers)
            QCOMPARE(typeOf(qPrintable(QStringLiteral("server_") + s.key)), QStringLiteral("OS::Nova::Server"));
        QCOMPARE(typeOf("server_group"), QStringLiteral("OS::Nova::ServerGroup"));
        QCOMPARE(typeOf("db_volume"), QStringLiteral("OS::Cinder::Volume"));
        QCOMPARE(typeOf("db_volume_attachment"), QStringLiteral("OS::Cinder::VolumeAttachment"));
        QCOMPARE(resources.size(),
                 2 + m_topology.securityGroups.size() + m_topology.ports.size() + m_topology.servers.size() + 3);

        const QJsonObject gateway = resources.value(QStringLiteral("port_lb_private"))
                                        .toObject()
                                        .value(QStringLiteral("properties"))
                                        .toObject();
        QCOMPARE(
            gateway.value(QStringLiteral("fixed_ips")).toArray().at(0).toObject().value(QStringLiteral("ip_address")),
            QJsonValue(QStringLiteral("10.12.0.1")));
        QCOMPARE(gateway.value(QStringLiteral("allowed_address_pairs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("ip_address")),
                 QJsonValue(QStringLiteral("0.0.0.0/0")));
        const QJsonObject parameters = m_template.value(QStringLiteral("parameters")).toObject();
        QCOMPARE(parameters.value(QStringLiteral("key_name")).toObject().value(QStringLiteral("default")),
                 QJsonValue(QStringLiteral("student key")));
        QCOMPARE(parameters.value(QStringLiteral("web_image")).toObject().value(QStringLiteral("default")),
                 QJsonValue(QStringLiteral("Debian 12")));
        QVERIFY(
            parameters.value(QStringLiteral("database_password")).toObject().value(QStringLiteral("hidden")).toBool());
    }

    // Heat's str_replace, done here: the result is the user data LabUserData gives the deployer.
    void userDataAfterStrReplaceIsTheDeployersOwn()
    {
        const QJsonObject resources = m_template.value(QStringLiteral("resources")).toObject();
        const QJsonObject parameters = m_template.value(QStringLiteral("parameters")).toObject();
        const QString volumeId = QStringLiteral("0f6c2a58-9b1e-4f1c-a3d2-7c5e8b9d1a23");
        for (const LabServer& s : m_topology.servers) {
            const QJsonObject replace = resources.value(QStringLiteral("server_") + s.key)
                                            .toObject()
                                            .value(QStringLiteral("properties"))
                                            .toObject()
                                            .value(QStringLiteral("user_data"))
                                            .toObject()
                                            .value(QStringLiteral("str_replace"))
                                            .toObject();
            QString text = replace.value(QStringLiteral("template")).toString();
            QVERIFY(!text.contains(m_secrets.databasePassword));
            const QJsonObject params = replace.value(QStringLiteral("params")).toObject();
            for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
                const QJsonObject function = it.value().toObject();
                QString value;
                if (function.contains(QStringLiteral("get_param")))
                    value = parameters.value(function.value(QStringLiteral("get_param")).toString())
                                .toObject()
                                .value(QStringLiteral("default"))
                                .toString();
                else
                    value = volumeId.left(20); // the yaql expression's result
                text.replace(it.key(), value);
            }
            QCOMPARE(text.toUtf8(), LabUserData::render(m_topology, s, m_secrets, volumeId));
        }
    }

private:
    LabPlan m_plan;
    LabSecrets m_secrets;
    LabTopology m_topology;
    QJsonObject m_template;
};

QTEST_GUILESS_MAIN(TestLabHeatTemplate)
#include "tst_labheattemplate.moc"
