#include "lab/labplanfile.h"
#include "lab/labplanvalidation.h"
#include "testdata.h"

#include <QTest>

using namespace zenith;

using Problem = LabPlanFileError::Problem;

Q_DECLARE_METATYPE(zenith::LabPlanFileError::Problem)

class TestLabPlanFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDocumentedExampleReads()
    {
        QByteArray data;
        QString why;
        QVERIFY2(test::loadFixture(QStringLiteral("lab/lab.yaml"), data, why), qPrintable(why));
        const auto plan = LabPlanFile::parse(data, QStringLiteral("lab.yaml"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().key + u' ' + plan.error().detail));
        QCOMPARE(plan->name, QStringLiteral("lab"));
        QCOMPARE(plan->cidr, QStringLiteral("10.12.0.0/16"));
        QCOMPARE(plan->publicNetwork, QStringLiteral("Ext-Net"));
        QCOMPARE(plan->keypair, QStringLiteral("lab-key"));
        QCOMPARE(plan->web, (LabMachine{QStringLiteral("Debian 12"), QStringLiteral("d2-2")}));
        // A role's own key wins; what it leaves out comes from the top-level image and flavor.
        QCOMPARE(plan->database, (LabMachine{QStringLiteral("Debian 12"), QStringLiteral("d2-4")}));
        QCOMPARE(plan->webCount, 2);
        QCOMPARE(plan->databaseVolumeGb, 10);
        QCOMPARE(plan->webPolicy, LabServerGroupPolicy::SoftAntiAffinity);
        QCOMPARE(plan->gatewaySpoofing, LabGatewaySpoofing::AllowedAddressPair);
        QCOMPARE(plan->dnsProvider, LabDnsProvider::None);
        QVERIFY(plan->domain.isEmpty());
        QVERIFY(plan->tlsStaging);
        QCOMPARE(LabPlanValidation::validate(*plan), QList<LabPlanIssue>{});
    }

    void theDevCloudExampleIsValid()
    {
        QByteArray data;
        QString why;
        QVERIFY2(test::loadFixture(QStringLiteral("lab/lab-devcloud.yaml"), data, why), qPrintable(why));
        const auto plan = LabPlanFile::parse(data, QStringLiteral("lab-devcloud.yaml"));
        QVERIFY(plan);
        QCOMPARE(plan->nameServer, (LabMachine{QStringLiteral("tiny"), QStringLiteral("m1.nano")}));
        QCOMPARE(LabPlanValidation::validate(*plan), QList<LabPlanIssue>{});
    }

    void writeThenReadGivesThePlanBack()
    {
        LabPlan plan;
        plan.name = QStringLiteral("tp-2b");
        plan.cloud = QStringLiteral("ovh-gra");
        plan.region = QStringLiteral("GRA11");
        plan.cidr = QStringLiteral("192.168.8.0/25");
        plan.loadBalancer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        plan.web = {QStringLiteral("Ubuntu 22.04"), QStringLiteral("d2-4")};
        plan.database = {QStringLiteral("Debian 12"), QStringLiteral("b2-7")};
        plan.nameServer = {QStringLiteral("true"), QStringLiteral("1.5")}; // names YAML would read as other types
        plan.webCount = 3;
        plan.databaseVolumeGb = 50;
        plan.keypair = QStringLiteral("prof \"key\"");
        plan.domain = QStringLiteral("zenith-lab.example");
        plan.dnsProvider = LabDnsProvider::Ovh;
        plan.tlsEmail = QStringLiteral("prof@univ.example");
        plan.tlsStaging = false;
        plan.webPolicy = LabServerGroupPolicy::AntiAffinity;
        plan.gatewaySpoofing = LabGatewaySpoofing::PortSecurityOff;
        plan.internalZone = QStringLiteral("tp.internal");
        const QByteArray text = LabPlanFile::write(plan);
        const auto back = LabPlanFile::parse(text, QStringLiteral("saved.yaml"));
        QVERIFY2(back, text.constData());
        QCOMPARE(*back, plan);
        const auto defaults = LabPlanFile::parse(LabPlanFile::write(LabPlan{}), QStringLiteral("defaults.yaml"));
        QVERIFY(defaults);
        QCOMPARE(*defaults, LabPlan{});
    }

    void errorsNameTheLineAndKey_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("detail");
        QTest::newRow("unknown key") << QByteArray("name: lab\nweb_cuont: 3\n") << Problem::UnknownKey << 2
                                     << QStringLiteral("web_cuont") << QString();
        QTest::newRow("unknown role") << QByteArray("name: lab\nmachines:\n  proxy:\n    image: x\n")
                                      << Problem::UnknownKey << 3 << QStringLiteral("machines.proxy") << QString();
        QTest::newRow("unknown machine key") << QByteArray("machines:\n  web:\n    ram: 4\n") << Problem::UnknownKey
                                             << 3 << QStringLiteral("machines.web.ram") << QString();
        QTest::newRow("count as text") << QByteArray("web_count: two\n") << Problem::WrongType << 1
                                       << QStringLiteral("web_count") << QStringLiteral("integer");
        QTest::newRow("staging as text") << QByteArray("\n\ntls_staging: maybe\n") << Problem::WrongType << 3
                                         << QStringLiteral("tls_staging") << QStringLiteral("boolean");
        QTest::newRow("name as a list") << QByteArray("name:\n  - a\n") << Problem::WrongType << 1
                                        << QStringLiteral("name") << QStringLiteral("string");
        QTest::newRow("bad provider") << QByteArray("dns_provider: route53\n") << Problem::BadValue << 1
                                      << QStringLiteral("dns_provider") << QStringLiteral("none|designate|ovh");
        QTest::newRow("bad policy") << QByteArray("web_policy: affinity\n") << Problem::BadValue << 1
                                    << QStringLiteral("web_policy")
                                    << QStringLiteral("soft-anti-affinity|anti-affinity");
        QTest::newRow("machines not a mapping")
            << QByteArray("machines: web\n") << Problem::NotMapping << 1 << QStringLiteral("machines") << QString();
        QTest::newRow("a list document") << QByteArray("- name: lab\n") << Problem::NotMapping << 1 << QString()
                                         << QString();
        QTest::newRow("tab indent") << QByteArray("machines:\n\tweb: x\n") << Problem::Syntax << 2 << QString()
                                    << QString();
    }

    void errorsNameTheLineAndKey()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(Problem, problem);
        QFETCH(int, line);
        QFETCH(QString, key);
        QFETCH(QString, detail);
        const auto plan = LabPlanFile::parse(yaml, QStringLiteral("lab.yaml"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().problem, problem);
        QCOMPARE(plan.error().file, QStringLiteral("lab.yaml"));
        QCOMPARE(plan.error().line, line);
        QCOMPARE(plan.error().key, key);
        if (problem != Problem::Syntax)
            QCOMPARE(plan.error().detail, detail);
        else
            QVERIFY(!plan.error().detail.isEmpty());
    }

    void anUnreadableFileSaysWhy()
    {
        const auto plan = LabPlanFile::read(QStringLiteral("/nonexistent/lab.yaml"));
        QVERIFY(!plan);
        QCOMPARE(plan.error().problem, Problem::Unreadable);
        QCOMPARE(plan.error().file, QStringLiteral("/nonexistent/lab.yaml"));
        QVERIFY(!plan.error().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLabPlanFile)
#include "tst_labplanfile.moc"
