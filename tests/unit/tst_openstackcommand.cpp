#include "cli/openstackcommand.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace zenith;

class TestOpenstackCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quote_data();
    void quote();
    void quoteSurvivesShell_data();
    void quoteSurvivesShell();
    void serverCreate();
    void serverCreateEverything();
    void serverCreatePortBeforeNetwork();
    void serverActions_data();
    void serverActions();
    void keypairsImagesFlavors();
    void pathsUnderHome();
};

void TestOpenstackCommand::quote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"d2-2"_qs << u"d2-2"_qs;
    QTest::newRow("path") << u"/home/ann/.ssh/id_ed25519.pub"_qs << u"/home/ann/.ssh/id_ed25519.pub"_qs;
    QTest::newRow("key=value") << u"group=abc-123"_qs << u"group=abc-123"_qs;
    QTest::newRow("space") << u"Debian 12"_qs << u"\"Debian 12\""_qs;
    QTest::newRow("empty") << QString() << u"\"\""_qs;
    QTest::newRow("single quote") << u"O'Neil box"_qs << u"\"O'Neil box\""_qs;
    QTest::newRow("double quote") << u"say \"hi\""_qs << u"'say \"hi\"'"_qs;
    QTest::newRow("both quotes") << u"it's \"x\""_qs << u"'it'\\''s \"x\"'"_qs;
    QTest::newRow("dollar") << u"$HOME"_qs << u"'$HOME'"_qs;
    QTest::newRow("backtick") << u"`id`"_qs << u"'`id`'"_qs;
    QTest::newRow("backslash") << u"a\\b"_qs << u"'a\\b'"_qs;
    QTest::newRow("bang") << u"wow!"_qs << u"'wow!'"_qs;
    QTest::newRow("newline") << u"two\nlines"_qs << u"'two\nlines'"_qs;
    QTest::newRow("glob") << u"web*"_qs << u"\"web*\""_qs;
    QTest::newRow("semicolon") << u"a;b"_qs << u"\"a;b\""_qs;
    QTest::newRow("leading tilde") << u"~/key.pub"_qs << u"\"~/key.pub\""_qs;
    QTest::newRow("leading hash") << u"#1"_qs << u"\"#1\""_qs;
    QTest::newRow("non-ASCII") << u"serveur-été"_qs << u"serveur-été"_qs;
    QTest::newRow("non-ASCII with space") << u"Ubuntu 22.04 — LTS"_qs << u"\"Ubuntu 22.04 — LTS\""_qs;
    QTest::newRow("no-break space") << u"a\u00a0b"_qs << u"\"a\u00a0b\""_qs;
}

void TestOpenstackCommand::quote()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(OpenstackCommand::quote(word), quoted);
}

void TestOpenstackCommand::quoteSurvivesShell_data()
{
    QTest::addColumn<QString>("word");
    for (const QString& word : {u"Debian 12"_qs, QString(), u"it's \"x\" $HOME `id` \\ !"_qs, u"two\nlines\n"_qs,
                                u"* ? [a] {b,c} ; & | < > ( ) # ~"_qs, u"été 日本"_qs, u"'"_qs, u"''"_qs})
        QTest::newRow(qPrintable(word)) << word;
}

// The real check: /bin/sh reads the quoted word back as exactly the original bytes.
void TestOpenstackCommand::quoteSurvivesShell()
{
    QFETCH(QString, word);
    const QString sh = QStandardPaths::findExecutable(u"sh"_qs);
    if (sh.isEmpty())
        QSKIP("no sh");
    QProcess shell;
    shell.start(sh, {u"-c"_qs, QString(u"printf '%s' " + OpenstackCommand::quote(word))});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), word);
}

void TestOpenstackCommand::serverCreate()
{
    ServerCreateOptions options;
    options.name = u"web1"_qs;
    options.image = u"Debian 12"_qs;
    options.flavor = u"d2-2"_qs;
    options.networks = {u"lab-net"_qs};
    options.keyName = u"mykey"_qs;
    options.userDataFile = u"post-install.sh"_qs;
    QCOMPARE(OpenstackCommand::serverCreate(options),
             u"openstack server create --image \"Debian 12\" --flavor d2-2 --network lab-net --key-name mykey "
             "--user-data post-install.sh web1"_qs);
}

void TestOpenstackCommand::serverCreateEverything()
{
    ServerCreateOptions options;
    options.name = u"web"_qs;
    options.image = u"Ubuntu 22.04"_qs;
    options.flavor = u"b2-7"_qs;
    options.networks = {u"lab-net"_qs, u"ext net"_qs};
    options.ports = {u"port-a"_qs};
    options.securityGroups = {u"default"_qs, u"ssh"_qs};
    options.availabilityZone = u"nova"_qs;
    options.serverGroup = u"0b5c"_qs;
    options.configDrive = true;
    options.count = 3;
    QCOMPARE(OpenstackCommand::serverCreate(options),
             u"openstack server create --image \"Ubuntu 22.04\" --flavor b2-7 --network lab-net --network \"ext net\" "
             "--port port-a --security-group default --security-group ssh --availability-zone nova --hint group=0b5c "
             "--config-drive True --min 3 --max 3 web"_qs);
}

void TestOpenstackCommand::serverCreatePortBeforeNetwork()
{
    // The client attaches --port and --network in command-line order: a port first stays first (eth0).
    ServerCreateOptions options;
    options.name = u"gw"_qs;
    options.image = u"Debian 12"_qs;
    options.flavor = u"d2-2"_qs;
    options.interfaces = {{true, u"gw-port"_qs}, {false, u"Ext-Net"_qs}, {false, u"lab net"_qs}};
    options.keyName = u"mykey"_qs;
    QCOMPARE(OpenstackCommand::serverCreate(options),
             u"openstack server create --image \"Debian 12\" --flavor d2-2 --port gw-port --network Ext-Net "
             "--network \"lab net\" --key-name mykey gw"_qs);
}

void TestOpenstackCommand::serverActions_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    using C = OpenstackCommand;
    const QStringList two{u"web1"_qs, u"my web"_qs};
    QTest::newRow("start") << C::serverStart(two) << u"openstack server start web1 \"my web\""_qs;
    QTest::newRow("stop") << C::serverStop({u"web1"_qs}) << u"openstack server stop web1"_qs;
    QTest::newRow("soft reboot") << C::serverReboot({u"web1"_qs}, false) << u"openstack server reboot web1"_qs;
    QTest::newRow("hard reboot") << C::serverReboot(two, true) << u"openstack server reboot --hard web1 \"my web\""_qs;
    QTest::newRow("delete") << C::serverDelete(two) << u"openstack server delete web1 \"my web\""_qs;
    QTest::newRow("shelve") << C::serverShelve({u"web1"_qs}) << u"openstack server shelve web1"_qs;
    QTest::newRow("unshelve") << C::serverUnshelve({u"web1"_qs}) << u"openstack server unshelve web1"_qs;
    QTest::newRow("lock") << C::serverLock({u"web1"_qs}) << u"openstack server lock web1"_qs;
    QTest::newRow("unlock") << C::serverUnlock({u"web1"_qs}) << u"openstack server unlock web1"_qs;
    QTest::newRow("rescue") << C::serverRescue(u"web1"_qs) << u"openstack server rescue web1"_qs;
    QTest::newRow("rescue image") << C::serverRescue(u"web1"_qs, u"Debian 12"_qs)
                                  << u"openstack server rescue --image \"Debian 12\" web1"_qs;
    QTest::newRow("unrescue") << C::serverUnrescue(u"web1"_qs) << u"openstack server unrescue web1"_qs;
    QTest::newRow("resize") << C::serverResize(u"web1"_qs, u"d2-4"_qs)
                            << u"openstack server resize --flavor d2-4 web1"_qs;
    QTest::newRow("confirm") << C::serverResizeConfirm(u"web1"_qs) << u"openstack server resize confirm web1"_qs;
    QTest::newRow("revert") << C::serverResizeRevert(u"web1"_qs) << u"openstack server resize revert web1"_qs;
    QTest::newRow("snapshot") << C::serverImageCreate(u"web1"_qs, u"web1 before upgrade"_qs)
                              << u"openstack server image create --name \"web1 before upgrade\" web1"_qs;
    QTest::newRow("add port") << C::serverAddPort(u"web1"_qs, u"p1"_qs) << u"openstack server add port web1 p1"_qs;
    QTest::newRow("remove port") << C::serverRemovePort(u"web1"_qs, u"p1"_qs)
                                 << u"openstack server remove port web1 p1"_qs;
    QTest::newRow("add network") << C::serverAddNetwork(u"web1"_qs, u"lab-net"_qs)
                                 << u"openstack server add network web1 lab-net"_qs;
    QTest::newRow("remove network") << C::serverRemoveNetwork(u"web1"_qs, u"lab-net"_qs)
                                    << u"openstack server remove network web1 lab-net"_qs;
    QTest::newRow("add volume") << C::serverAddVolume(u"web1"_qs, u"data"_qs)
                                << u"openstack server add volume web1 data"_qs;
    QTest::newRow("add volume device") << C::serverAddVolume(u"web1"_qs, u"data"_qs, u"/dev/vdb"_qs)
                                       << u"openstack server add volume --device /dev/vdb web1 data"_qs;
    QTest::newRow("remove volume") << C::serverRemoveVolume(u"web1"_qs, u"data"_qs)
                                   << u"openstack server remove volume web1 data"_qs;
    QTest::newRow("add fip") << C::serverAddFloatingIp(u"web1"_qs, u"203.0.113.7"_qs)
                             << u"openstack server add floating ip web1 203.0.113.7"_qs;
    QTest::newRow("remove fip") << C::serverRemoveFloatingIp(u"web1"_qs, u"203.0.113.7"_qs)
                                << u"openstack server remove floating ip web1 203.0.113.7"_qs;
    QTest::newRow("fip create") << C::floatingIpCreate(u"public"_qs, u"web1-port"_qs)
                                << u"openstack floating ip create --port web1-port public"_qs;
    QTest::newRow("fip delete") << C::floatingIpDelete({u"203.0.113.7"_qs, u"203.0.113.8"_qs})
                                << u"openstack floating ip delete 203.0.113.7 203.0.113.8"_qs;
    QTest::newRow("console") << C::consoleUrlShow(u"web1"_qs) << u"openstack console url show web1"_qs;
}

void TestOpenstackCommand::serverActions()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QCOMPARE(command, expected);
}

void TestOpenstackCommand::keypairsImagesFlavors()
{
    using C = OpenstackCommand;
    QCOMPARE(C::keypairCreate(u"mykey"_qs, u"/home/ann/.ssh/id_ed25519.pub"_qs),
             u"openstack keypair create --public-key /home/ann/.ssh/id_ed25519.pub mykey"_qs);
    QCOMPARE(C::keypairCreate(u"ann's key"_qs, u"/home/ann/My Keys/k.pub"_qs),
             u"openstack keypair create --public-key \"/home/ann/My Keys/k.pub\" \"ann's key\""_qs);
    QCOMPARE(C::keypairDelete({u"a"_qs, u"b"_qs}), u"openstack keypair delete a b"_qs);
    QCOMPARE(C::imageList(), u"openstack image list"_qs);
    QCOMPARE(C::imageShow(u"Debian 12"_qs), u"openstack image show \"Debian 12\""_qs);
    QCOMPARE(C::flavorList(), u"openstack flavor list"_qs);
    QCOMPARE(C::flavorShow(u"d2-2"_qs), u"openstack flavor show d2-2"_qs);
}

// The GUI passes absolute paths; the command line shows "~/" as a student would type it, and the
// shell expands it back to the same file.
void TestOpenstackCommand::pathsUnderHome()
{
    using C = OpenstackCommand;
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("HOME", "/home/ann");
    const QString keyInHome = C::keypairCreate(u"mykey"_qs, u"/home/ann/.ssh/id_ed25519.pub"_qs);
    const QString spaced = C::path(u"/home/ann/My Keys/k.pub"_qs);
    const QString outside = C::path(u"/home/annette/k.pub"_qs);
    const QString homeItself = C::path(u"/home/ann/"_qs);
    QString expanded;
    if (const QString sh = QStandardPaths::findExecutable(u"sh"_qs); !sh.isEmpty()) {
        QProcess shell;
        shell.start(sh, {u"-c"_qs, QString(u"printf '%s' " + spaced)});
        if (shell.waitForFinished(10000))
            expanded = QString::fromUtf8(shell.readAllStandardOutput());
    }
    qputenv("HOME", savedHome);
    QCOMPARE(keyInHome, u"openstack keypair create --public-key ~/.ssh/id_ed25519.pub mykey"_qs);
    QCOMPARE(spaced, u"~/\"My Keys/k.pub\""_qs);
    QCOMPARE(outside, u"/home/annette/k.pub"_qs);
    QCOMPARE(homeItself, u"/home/ann/"_qs);
    QCOMPARE(C::path(u"/tmp/a b.pub"_qs), u"\"/tmp/a b.pub\""_qs);
    QCOMPARE(C::path(u"~/literal"_qs), u"\"~/literal\""_qs);
    QCOMPARE(expanded, u"/home/ann/My Keys/k.pub"_qs);
}

QTEST_GUILESS_MAIN(TestOpenstackCommand)
#include "tst_openstackcommand.moc"
