// The states of the collection tabs (Instances, Key pairs, Ports, Security groups, Volumes,
// Snapshots) when they have no rows: signed out, empty on the demo cloud, and failed when the cloud
// refuses every request (with "Try again", which lists again once it answers).
// CollectionStateView itself first: which state the facts call for, its buttons and signals.
// ZENITH_SHOTS_DIR=<dir> saves each tab in its empty and failed states as <tab>-<state>.png.

#include "../democloud/serverfixture.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "compute/instancesview.h"
#include "compute/keypairsview.h"
#include "democloud/demofaults.h"
#include "network/portsview.h"
#include "network/securitygroupsview.h"
#include "panes/panesection.h"
#include "volume/snapshotsview.h"
#include "volume/volumecontext.h"
#include "volume/volumesview.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>

#include <functional>

using namespace zenith;
using namespace zenith::test;

namespace {

struct Tab
{
    QString name; //!< the file names' prefix and the state label's object name's
    bool canBeEmpty = true;
    std::function<PaneSection*(QObject* owner)> make;
};

QList<Tab> tabs()
{
    return {
        {QStringLiteral("instances"), true, [](QObject*) -> PaneSection* { return new InstancesSection; }},
        {QStringLiteral("keypairs"), true, [](QObject*) -> PaneSection* { return new KeypairsSection; }},
        {QStringLiteral("ports"), true, [](QObject*) -> PaneSection* { return new PortsSection; }},
        // Listing the groups makes the project's "default" group: the tab is never empty.
        {QStringLiteral("securityGroups"), false, [](QObject*) -> PaneSection* { return new SecurityGroupsSection; }},
        {QStringLiteral("volumes"), true,
         [](QObject* owner) -> PaneSection* { return new VolumesSection(new VolumeContext(owner)); }},
        {QStringLiteral("snapshots"), true,
         [](QObject* owner) -> PaneSection* { return new SnapshotsSection(new VolumeContext(owner)); }},
    };
}

void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    widget->grab().save(dir + u'/' + name + u".png");
}

// The tab's message, once nothing is loading any more.
QLabel* settledMessage(QWidget* section, const QString& name)
{
    auto* label = section->findChild<QLabel*>(name + QStringLiteral("State"));
    if (!label)
        return nullptr;
    const auto settled = [&] { return label->isVisible() && !label->text().startsWith(u"Loading"); };
    if (!QTest::qWaitFor(settled, 15000))
        return nullptr;
    return label;
}

} // namespace

class TestTabStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stateView();
    void signedOut_data();
    void signedOut();
    void empty_data();
    void empty();
    void failed_data();
    void failed();

private:
    void addTabs(bool onlyEmptiable);
    std::unique_ptr<PaneSection> open(const QString& name, Session* session);

    std::unique_ptr<ServerFixture> m_fixture;
    QObject m_owner;
};

void TestTabStates::initTestCase()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
}

void TestTabStates::stateView()
{
    auto* table = new QTableView;
    CollectionStateView view(table, QStringLiteral("things"));
    view.setTexts(QStringLiteral("Sign in."), QStringLiteral("Loading things…"), QStringLiteral("No things."));
    view.resize(400, 300);
    view.show();
    QSignalSpy retried(&view, &CollectionStateView::retryRequested);
    QSignalSpy acted(&view, &CollectionStateView::emptyActionTriggered);
    auto* label = view.findChild<QLabel*>(QStringLiteral("thingsState"));
    QVERIFY(label);

    view.setFacts({false, false, false, false});
    QCOMPARE(view.state(), CollectionStateView::State::SignedOut);
    QCOMPARE(label->text(), QStringLiteral("Sign in."));
    QVERIFY(!view.retryButton()->isVisible());
    view.setFacts({false, true, false, true});
    QCOMPARE(view.state(), CollectionStateView::State::Loading);
    QVERIFY(view.findChild<BusyIndicator*>()->isVisible());
    view.setFacts({false, true, false, false});
    QCOMPARE(view.state(), CollectionStateView::State::Empty);
    QVERIFY(!view.emptyActionButton()->isVisible()); // none set
    view.setEmptyAction(QStringLiteral("Make a thing…"));
    QVERIFY(view.emptyActionButton()->isVisible());
    view.emptyActionButton()->click();
    QCOMPARE(acted.size(), 1);
    view.setFacts({false, true, true, true}, QStringLiteral("The things could not be listed."));
    QCOMPARE(view.state(), CollectionStateView::State::Error);
    QCOMPARE(view.text(), QStringLiteral("The things could not be listed."));
    QVERIFY(!view.findChild<BusyIndicator*>()->isVisible());
    QVERIFY(!view.emptyActionButton()->isVisible());
    QVERIFY(view.retryButton()->isVisible());
    view.retryButton()->click();
    QCOMPARE(retried.size(), 1);
    // Rows win over everything, a failure included: the banner says it above the table.
    view.setFacts({true, true, true, false});
    QCOMPARE(view.state(), CollectionStateView::State::Content);
    QCOMPARE(view.currentWidget(), table);
    QVERIFY(view.text().isEmpty());
}

void TestTabStates::addTabs(bool onlyEmptiable)
{
    QTest::addColumn<QString>("name");
    for (const Tab& tab : tabs()) {
        if (!onlyEmptiable || tab.canBeEmpty)
            QTest::newRow(qPrintable(tab.name)) << tab.name;
    }
}

std::unique_ptr<PaneSection> TestTabStates::open(const QString& name, Session* session)
{
    for (const Tab& tab : tabs()) {
        if (tab.name != name)
            continue;
        std::unique_ptr<PaneSection> section(tab.make(&m_owner));
        section->resize(1000, 420);
        section->show();
        section->setSession(session);
        section->setActive(session != nullptr);
        return section;
    }
    return {};
}

void TestTabStates::signedOut_data()
{
    addTabs(false);
}

void TestTabStates::signedOut()
{
    QFETCH(QString, name);
    const auto section = open(name, nullptr);
    QLabel* message = settledMessage(section.get(), name);
    QVERIFY(message);
    QVERIFY2(message->text().startsWith(u"Sign in"), qPrintable(message->text()));
}

void TestTabStates::empty_data()
{
    addTabs(true);
}

void TestTabStates::empty()
{
    QFETCH(QString, name);
    const auto section = open(name, m_fixture->session.get());
    QLabel* message = settledMessage(section.get(), name);
    shoot(section.get(), name + QStringLiteral("-empty"));
    QVERIFY(message);
    QVERIFY(!message->text().isEmpty());
    QVERIFY2(!message->text().contains(u"could not"), qPrintable(message->text()));
}

void TestTabStates::failed_data()
{
    addTabs(false);
}

void TestTabStates::failed()
{
    QFETCH(QString, name);
    // Every request of the tab's services answered 503 (the session gives up after one retry).
    const demo::DemoFaults healthy = m_fixture->cloud->faults();
    demo::DemoFaults faults = healthy;
    for (const QString& service : {QStringLiteral("compute"), QStringLiteral("network"), QStringLiteral("volume")})
        faults.errorRate.insert(service, 1.0);
    m_fixture->cloud->setFaults(faults);
    auto restore = qScopeGuard([&] { m_fixture->cloud->setFaults(healthy); });
    const auto section = open(name, m_fixture->session.get());
    QLabel* message = nullptr;
    const bool failedShown = QTest::qWaitFor(
        [&] {
            message = section->findChild<QLabel*>(name + QStringLiteral("State"));
            return message && message->isVisible() && message->text().contains(u"could not be listed");
        },
        15000);
    shoot(section.get(), name + QStringLiteral("-failed"));
    QVERIFY(failedShown);
    QPushButton* retry = nullptr;
    for (QPushButton* button : message->parentWidget()->findChildren<QPushButton*>()) {
        if (button->isVisible() && button->text() == u"Try again")
            retry = button;
    }
    QVERIFY(retry);
    // The cloud answers again: "Try again" lists again, and the failure goes.
    m_fixture->cloud->setFaults(healthy);
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(!message->isVisible() || !message->text().contains(u"could not be listed"), 15000);
}

QTEST_MAIN(TestTabStates)
#include "tst_tabstates.moc"
