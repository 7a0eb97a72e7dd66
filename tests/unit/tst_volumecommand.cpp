#include "cli/openstackcommand.h"
#include "cli/volumecommand.h"

#include <QTest>

using namespace zenith;

class TestVolumeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_data();
    void create();
    void actions_data();
    void actions();
};

void TestVolumeCommand::create_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("snapshot");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("command");
    QTest::newRow("empty") << u"db-data"_qs << 10 << QString() << QString() << QString() << QString()
                           << u"openstack volume create --size 10 db-data"_qs;
    QTest::newRow("type and zone") << u"db-data"_qs << 20 << u"high-speed"_qs << QString() << QString() << u"nova"_qs
                                   << u"openstack volume create --size 20 --type high-speed --availability-zone nova "
                                      "db-data"_qs;
    QTest::newRow("image with a blank") << u"boot disk"_qs << 3 << QString() << u"Debian 12"_qs << QString()
                                        << QString()
                                        << u"openstack volume create --size 3 --image \"Debian 12\" \"boot disk\""_qs;
    QTest::newRow("snapshot, its size") << u"restored"_qs << 0 << QString() << QString() << u"db-snap"_qs << QString()
                                        << u"openstack volume create --snapshot db-snap restored"_qs;
    QTest::newRow("snapshot, bigger") << u"restored"_qs << 5 << QString() << QString() << u"db-snap"_qs << QString()
                                      << u"openstack volume create --size 5 --snapshot db-snap restored"_qs;
}

void TestVolumeCommand::create()
{
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(QString, type);
    QFETCH(QString, image);
    QFETCH(QString, snapshot);
    QFETCH(QString, zone);
    QFETCH(QString, command);
    VolumeCommand::CreateOptions options;
    options.name = name;
    options.size = size;
    options.type = type;
    options.image = image;
    options.snapshot = snapshot;
    options.availabilityZone = zone;
    QCOMPARE(VolumeCommand::create(options), command);
}

void TestVolumeCommand::actions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("attach") << OpenstackCommand::serverAddVolume(u"db1"_qs, u"db-data"_qs)
                            << u"openstack server add volume db1 db-data"_qs;
    QTest::newRow("attach, device") << OpenstackCommand::serverAddVolume(u"db1"_qs, u"db-data"_qs, u"/dev/vdc"_qs)
                                    << u"openstack server add volume --device /dev/vdc db1 db-data"_qs;
    QTest::newRow("detach") << OpenstackCommand::serverRemoveVolume(u"db1"_qs, u"db-data"_qs)
                            << u"openstack server remove volume db1 db-data"_qs;
    QTest::newRow("extend") << VolumeCommand::setSize(u"db-data"_qs, 20)
                            << u"openstack volume set --size 20 db-data"_qs;
    QTest::newRow("extend, attached") << VolumeCommand::setSize(u"db-data"_qs, 20, true)
                                      << u"openstack --os-volume-api-version 3.42 volume set --size 20 db-data"_qs;
    QTest::newRow("snapshot") << VolumeCommand::snapshotCreate(u"db-data"_qs, u"db-snap"_qs, false)
                              << u"openstack volume snapshot create --volume db-data db-snap"_qs;
    QTest::newRow("snapshot, forced") << VolumeCommand::snapshotCreate(u"db data"_qs, u"before upgrade"_qs, true)
                                      << u"openstack volume snapshot create --volume \"db data\" --force "
                                         "\"before upgrade\""_qs;
    QTest::newRow("delete one") << VolumeCommand::remove({u"db-data"_qs}) << u"openstack volume delete db-data"_qs;
    QTest::newRow("delete several") << VolumeCommand::remove({u"a"_qs, u"b c"_qs})
                                    << u"openstack volume delete a \"b c\""_qs;
    QTest::newRow("delete snapshots") << VolumeCommand::snapshotDelete({u"db-snap"_qs, u"$x"_qs})
                                      << u"openstack volume snapshot delete db-snap '$x'"_qs;
}

void TestVolumeCommand::actions()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

QTEST_GUILESS_MAIN(TestVolumeCommand)
#include "tst_volumecommand.moc"
