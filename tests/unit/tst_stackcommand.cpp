#include "cli/stackcommand.h"

#include <QDir>
#include <QTest>

using namespace zenith;

// lib/cli (issue 7, Heat): the `openstack stack …` lines of "Deploy with Heat".
class TestStackCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createShowsPlaceholdersForSecrets()
    {
        const QString line =
            StackCommand::create(QStringLiteral("lab.yaml"), QStringLiteral("lab-stack"),
                                 {QStringLiteral("database_password")}, {QStringLiteral("zenith-lab:lab")}, 60);
        QCOMPARE(line, QStringLiteral("openstack stack create -t lab.yaml --parameter "
                                      "\"database_password=<database_password>\" --timeout 60 --tags "
                                      "zenith-lab:lab lab-stack"));
    }

    void createWithoutOptions()
    {
        QCOMPARE(StackCommand::create(QStringLiteral("/tmp/my lab.yaml"), QStringLiteral("s"), {}, {}),
                 QStringLiteral("openstack stack create -t \"/tmp/my lab.yaml\" s"));
        QCOMPARE(StackCommand::create(QDir::homePath() + QStringLiteral("/lab.yaml"), QStringLiteral("s"), {}, {}),
                 QStringLiteral("openstack stack create -t ~/lab.yaml s"));
    }

    void followAndDelete()
    {
        QCOMPARE(StackCommand::eventList(QStringLiteral("lab-stack")),
                 QStringLiteral("openstack stack event list lab-stack"));
        QCOMPARE(StackCommand::show(QStringLiteral("lab-stack")), QStringLiteral("openstack stack show lab-stack"));
        QCOMPARE(StackCommand::remove(QStringLiteral("lab-stack")),
                 QStringLiteral("openstack stack delete --yes --wait lab-stack"));
    }
};

QTEST_GUILESS_MAIN(TestStackCommand)
#include "tst_stackcommand.moc"
