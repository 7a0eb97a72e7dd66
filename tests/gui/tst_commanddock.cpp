#include "cli/openstackcommand.h"
#include "common/commanddock.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace zenith;

class TestCommandDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void showsAndCopies();
    void emptyCommandResets();
};

void TestCommandDock::startsEmpty()
{
    CommandDock dock;
    QCOMPARE(dock.windowTitle(), u"Equivalent command"_qs);
    QVERIFY(dock.command().isEmpty());
    QVERIFY(!dock.explanation().isEmpty());
    auto* copy = dock.findChild<QToolButton*>(u"copyCommand"_qs);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
}

void TestCommandDock::showsAndCopies()
{
    CommandDock dock;
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const QString command = OpenstackCommand::serverStop({u"web 1"_qs});
    dock.showCommand(command, u"Stops the server."_qs);
    auto* line = dock.findChild<QLineEdit*>(u"commandLine"_qs);
    QVERIFY(line);
    QVERIFY(line->isReadOnly());
    QCOMPARE(line->font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QCOMPARE(line->text(), u"openstack server stop \"web 1\""_qs);
    QCOMPARE(dock.explanation(), u"Stops the server."_qs);

    QSignalSpy copied(&dock, &CommandDock::copied);
    auto* copy = dock.findChild<QToolButton*>(u"copyCommand"_qs);
    QVERIFY(copy->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().first().toString(), command);
    QCOMPARE(QApplication::clipboard()->text(), command);
}

void TestCommandDock::emptyCommandResets()
{
    CommandDock dock;
    const QString initial = dock.explanation();
    dock.showCommand(u"openstack image list"_qs, u"Lists images."_qs);
    dock.showCommand(QString(), QString());
    QVERIFY(dock.command().isEmpty());
    QCOMPARE(dock.explanation(), initial);
    QVERIFY(!dock.findChild<QToolButton*>(u"copyCommand"_qs)->isEnabled());
}

QTEST_MAIN(TestCommandDock)
#include "tst_commanddock.moc"
