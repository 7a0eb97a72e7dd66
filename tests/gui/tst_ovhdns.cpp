// Issue 6, OVHcloud DNS: the DNS tab with OVHcloud's domain API, offscreen against the demo cloud's
// signed simulation: choosing the provider, the credentials dialog (demo keys offered, wrong keys
// said in words and kept), a record added and published with the HTTP calls shown, the choice and
// keys remembered, forgetting them. With ZENITH_SHOTS_DIR set, renders the tab and the dialog to PNG.

#include "../democloud/serverfixture.h"

#include "dns/dnserrortext.h"
#include "dns/dnsproviderbar.h"
#include "dns/dnsrecorddialog.h"
#include "dns/dnsrecordsmodel.h"
#include "dns/dnsrecordspanel.h"
#include "dns/dnssection.h"
#include "dns/dnszonesmodel.h"
#include "dns/ovhcredentialsdialog.h"
#include "dns/ovherrortext.h"
#include "ovh/ovhcredentialstore.h"
#include "ovh/ovherror.h"
#include "secrets/memorysecretstore.h"
#include "stores/dnsrecordstore.h"
#include "stores/dnszonestore.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace zenith;
using namespace zenith::test;

class TestOvhDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void choosesOvhAddsAndPublishesARecord();
    void remembersTheChoiceAndTheKeys();
    void wrongCredentialsSaySoAndKeepWhatWasTyped();
    void forgetsTheKeys();
    void editAndDeleteShowTheirCalls();
    void errorsInWords_data();
    void errorsInWords();
    void renders();

private:
    //! A section on the demo cloud, shown and active, using m_secrets.
    std::unique_ptr<DnsSection> makeSection();
    //! Chooses OVHcloud in `section` and returns the credentials dialog it opens.
    OvhCredentialsDialog* chooseOvh(DnsSection& section);
    //! Chooses OVHcloud and connects with the demo keys; the zone is then listed.
    bool connectDemo(DnsSection& section);

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestOvhDns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ZenithTests"));
}

void TestOvhDns::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestOvhDns::cleanup()
{
    m_fixture.reset();
    m_secrets.reset();
    QSettings().clear();
}

std::unique_ptr<DnsSection> TestOvhDns::makeSection()
{
    auto section = std::make_unique<DnsSection>();
    section->resize(1100, 720);
    section->setSecretStore(m_secrets.get());
    section->setSession(m_fixture->session.get());
    section->show();
    section->setActive(true);
    return section;
}

OvhCredentialsDialog* TestOvhDns::chooseOvh(DnsSection& section)
{
    if (section.providerBar()->kind() == DnsProviderBar::Kind::Ovh)
        return section.providerBar()->changeCredentials(); // already chosen: the button
    section.providerBar()->choose(DnsProviderBar::Kind::Ovh);
    return section.findChild<OvhCredentialsDialog*>();
}

bool TestOvhDns::connectDemo(DnsSection& section)
{
    QPointer<OvhCredentialsDialog> dialog = chooseOvh(section);
    if (!dialog)
        return false;
    dialog->submit();
    if (!QTest::qWaitFor([&] { return dialog.isNull(); }, 5000))
        return false;
    return QTest::qWaitFor([&] { return section.zonesModel()->rowCount() == 1; }, 5000);
}

void TestOvhDns::choosesOvhAddsAndPublishesARecord()
{
    auto section = makeSection();
    QSignalSpy issued(section.get(), &DnsSection::commandIssued);
    QCOMPARE(section->providerBar()->kind(), DnsProviderBar::Kind::Designate);
    QPointer<OvhCredentialsDialog> dialog = chooseOvh(*section);
    QVERIFY2(dialog, "choosing OVHcloud without keys asks for them");
    QVERIFY(!section->provider());
    QVERIFY(section->findChild<QLabel*>(u"zonesState"_qs)->text().contains(u"Enter the keys"));
    // The demo cloud offers its simulated API, keys filled in, secrets masked.
    QVERIFY(dialog->endpointField()->currentText().contains(u"demo"));
    const OvhCredentials demo = m_fixture->cloud->ovhCredentials();
    QCOMPARE(dialog->credentials().endpoint, demo.endpoint);
    QCOMPARE(dialog->applicationKeyField()->text(), demo.applicationKey);
    QCOMPARE(dialog->applicationSecretField()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog->consumerKeyField()->echoMode(), QLineEdit::Password);
    // Switching to a real endpoint drops the demo keys and says where to create real ones.
    dialog->endpointField()->setCurrentIndex(0);
    QVERIFY(dialog->applicationKeyField()->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel*>(u"ovhHint"_qs)->text().contains(u"https://eu.api.ovh.com/createToken/"));
    dialog->endpointField()->setCurrentIndex(dialog->endpointField()->count() - 1);
    QCOMPARE(dialog->consumerKeyField()->text(), demo.consumerKey);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);
    QCOMPARE(issued.first().first().toString(), u"GET /domain/zone"_qs);
    QCOMPARE(m_secrets->keys(), QStringList{ovhSecretKey(demo.endpoint, demo.applicationKey)});

    // The zone list shows the account's zone; no zone creation, a Publish button instead.
    QTRY_COMPARE_WITH_TIMEOUT(section->zonesModel()->rowCount(), 1, 5000);
    QCOMPARE(section->zoneStore()->zones().first().name, u"zenith-lab.example."_qs);
    QVERIFY(section->findChild<QPushButton*>(u"newZone"_qs)->isHidden());
    QVERIFY(section->findChild<QPushButton*>(u"deleteZone"_qs)->isHidden());
    auto* publish = section->findChild<QPushButton*>(u"publishZone"_qs);
    QVERIFY(publish->isVisible());
    QVERIFY(!publish->isEnabled());
    section->selectZone(u"zenith-lab.example"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 3, 5000); // NS, NS, SPF
    QVERIFY(publish->isEnabled());

    // Two values at once: OVHcloud keeps one per record, said before sending.
    issued.clear();
    QPointer<DnsRecordDialog> editor = section->recordsPanel()->addRecord();
    editor->typeField()->setCurrentText(u"A"_qs);
    QTest::keyClicks(editor->nameField(), u"www"_qs);
    editor->valuesField()->setPlainText(u"203.0.113.10\n203.0.113.11"_qs);
    QTest::keyClicks(editor->ttlField(), u"3600"_qs);
    editor->submit();
    QVERIFY2(editor->message().contains(u"one value per record"), qPrintable(editor->message()));
    QVERIFY(!editor->isBusy());
    editor->valuesField()->setPlainText(u"203.0.113.10"_qs);
    editor->submit();
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.first().first().toString(),
             u"POST /domain/zone/zenith-lab.example/record "
             u"{\"fieldType\":\"A\",\"subDomain\":\"www\",\"target\":\"203.0.113.10\",\"ttl\":3600}"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(editor.isNull(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 4, 5000);

    issued.clear();
    section->publishSelectedZone();
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.first().first().toString(), u"POST /domain/zone/zenith-lab.example/refresh"_qs);

    // The record shows, read back from OVHcloud's API.
    QSignalSpy relisted(section->recordStore(), &DnsRecordStore::loadingFinished);
    section->recordStore()->load();
    QVERIFY(relisted.wait(5000));
    bool found = false;
    for (const DnsRecord& r : section->recordStore()->records())
        found = found || (r.name == u"www.zenith-lab.example." && r.values == QStringList{u"203.0.113.10"_qs} &&
                          r.ttl == 3600 && r.type == u"A");
    QVERIFY(found);
}

void TestOvhDns::remembersTheChoiceAndTheKeys()
{
    {
        auto first = makeSection();
        QVERIFY(connectDemo(*first));
    }
    auto again = makeSection();
    QCOMPARE(again->providerBar()->kind(), DnsProviderBar::Kind::Ovh);
    QTRY_COMPARE_WITH_TIMEOUT(again->zonesModel()->rowCount(), 1, 5000);
    QVERIFY2(!again->findChild<OvhCredentialsDialog*>(), "the stored keys serve without asking");
    QCOMPARE(again->findChild<QPushButton*>(u"ovhCredentials"_qs)->text().remove(u'&'), u"Change Credentials…"_qs);
}

void TestOvhDns::wrongCredentialsSaySoAndKeepWhatWasTyped()
{
    auto section = makeSection();
    QPointer<OvhCredentialsDialog> dialog = chooseOvh(*section);
    QVERIFY(dialog);
    dialog->consumerKeyField()->setText(u"notMyConsumerKey"_qs);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 5000);
    QVERIFY2(dialog->message().contains(u"does not know this consumer key"), qPrintable(dialog->message()));
    QVERIFY2(dialog->message().contains(u"This credential is not valid"), qPrintable(dialog->message()));
    QCOMPARE(dialog->consumerKeyField()->text(), u"notMyConsumerKey"_qs);
    QVERIFY(dialog->consumerKeyField()->hasFocus() || !dialog->isActiveWindow());

    dialog->consumerKeyField()->setText(m_fixture->cloud->ovhCredentials().consumerKey);
    dialog->applicationSecretField()->setText(u"notMySecret"_qs);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 5000);
    QVERIFY2(dialog->message().contains(u"signature"), qPrintable(dialog->message()));
    QCOMPARE(dialog->applicationSecretField()->text(), u"notMySecret"_qs);

    dialog->applicationKeyField()->clear();
    dialog->submit();
    QVERIFY(dialog->message().contains(u"application key"));
    QVERIFY(!dialog->isBusy());
    QVERIFY2(m_secrets->keys().isEmpty(), "nothing kept before the keys work");
    QVERIFY(!QSettings().contains(u"dns/demo/ovhApplicationKey"_qs));
    dialog->reject();
    QVERIFY(!section->provider());
}

void TestOvhDns::forgetsTheKeys()
{
    auto section = makeSection();
    QVERIFY(connectDemo(*section));
    QVERIFY(!m_secrets->keys().isEmpty());
    section->providerBar()->forgetCredentials();
    QVERIFY(!section->provider());
    QTRY_VERIFY_WITH_TIMEOUT(m_secrets->keys().isEmpty(), 5000);
    QCOMPARE(section->zonesModel()->rowCount(), 0);
    QVERIFY(section->findChild<QLabel*>(u"zonesState"_qs)->text().contains(u"Enter the keys"));
    // Back to Designate: the cloud's own zones (none here).
    section->providerBar()->choose(DnsProviderBar::Kind::Designate);
    QVERIFY(section->provider());
    QVERIFY(section->findChild<QPushButton*>(u"newZone"_qs)->isVisible());
    QVERIFY(section->findChild<QPushButton*>(u"publishZone"_qs)->isHidden());
}

void TestOvhDns::editAndDeleteShowTheirCalls()
{
    auto section = makeSection();
    QVERIFY(connectDemo(*section));
    section->selectZone(u"zenith-lab.example"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 3, 5000);
    DnsRecord www;
    www.type = u"A"_qs;
    www.name = u"www.zenith-lab.example."_qs;
    www.values = {u"203.0.113.10"_qs};
    const auto created = awaitResult(section->recordStore()->create(www));
    QVERIFY(created);
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 4, 5000);
    QTableView* view = section->recordsPanel()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, DnsRecordsModel::Name).data().toString() == u"www")
            view->selectRow(row);
    }
    QCOMPARE(section->recordsPanel()->selectedRecord()->id, created->id);
    QSignalSpy issued(section.get(), &DnsSection::commandIssued);
    QPointer<DnsRecordDialog> editor = section->recordsPanel()->editSelected();
    QVERIFY(editor);
    editor->valuesField()->setPlainText(u"198.51.100.20"_qs);
    editor->submit();
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.last().first().toString(), QString(u"PUT /domain/zone/zenith-lab.example/record/" + created->id +
                                                       u" {\"target\":\"198.51.100.20\",\"ttl\":0}"));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isNull(), 5000);
    QMessageBox* box = section->recordsPanel()->deleteSelected();
    QVERIFY(box);
    box->findChild<QPushButton*>(u"confirmDelete"_qs)->click();
    QVERIFY(issued.wait(5000));
    QCOMPARE(issued.last().first().toString(),
             QString(u"DELETE /domain/zone/zenith-lab.example/record/" + created->id));
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 3, 5000);
}

void TestOvhDns::errorsInWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown consumer key")
        << 403 << u"{\"class\":\"Client::Forbidden\",\"message\":\"This credential does not exist\"}"_qs
        << u"does not know this consumer key"_qs << u"consumerKey"_qs;
    QTest::newRow("bad signature")
        << 400
        << u"{\"errorCode\":\"INVALID_SIGNATURE\",\"httpCode\":\"400 Bad Request\",\"message\":\"Invalid signature\"}"_qs
        << u"application secret does not go with"_qs << u"applicationSecret"_qs;
    QTest::newRow("clock skew") << 400 << u"{\"message\":\"Query out of time\"}"_qs << u"clock"_qs << QString();
    QTest::newRow("zone not found") << 404 << u"{\"message\":\"This service does not exist\"}"_qs << u"has no zone"_qs
                                    << QString();
    QTest::newRow("record exists") << 409
                                   << u"{\"class\":\"Client::Conflict::RecordAlreadyExists\",\"message\":\"A "
                                      u"record with the same value already exists\"}"_qs
                                   << u"already exists in the zone"_qs << QString();
    QTest::newRow("not granted") << 403 << u"{\"message\":\"This call has not been granted\"}"_qs
                                 << u"rights lack this call"_qs << QString();
}

void TestOvhDns::errorsInWords()
{
    QFETCH(int, status);
    QFETCH(QString, body);
    QFETCH(QString, words);
    QFETCH(QString, field);
    const ApiError error = ovhError(status, body.toUtf8(), u"EU.ext-1.abc"_qs);
    const QString text = OvhErrorText::message(error, u"zenith-lab.example"_qs);
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(text.contains(u"EU.ext-1.abc"), qPrintable(text)); // the query id, for OVHcloud's support
    QCOMPARE(OvhErrorText::faultyField(error), field);
    // The DNS tab's own texts route OVHcloud's errors here.
    QCOMPARE(DnsErrorText::listing(error, true), OvhErrorText::message(error));
}

void TestOvhDns::renders()
{
    const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set ZENITH_SHOTS_DIR to render the DNS tab with OVHcloud and its credentials dialog");
    QDir().mkpath(dir);
    auto section = makeSection();
    OvhCredentialsDialog* dialog = chooseOvh(*section);
    QVERIFY(dialog);
    dialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(dir + u"/dns-ovh-credentials.png"));
    dialog->endpointField()->setCurrentIndex(0);
    QTest::keyClicks(dialog->applicationKeyField(), u"7kbG7Bk7S9Nt7ZSV"_qs);
    QTest::keyClicks(dialog->applicationSecretField(), u"wrongSecret"_qs);
    QTest::keyClicks(dialog->consumerKeyField(), u"wrongConsumer"_qs);
    dialog->endpointField()->setCurrentIndex(dialog->endpointField()->count() - 1);
    dialog->applicationSecretField()->setText(u"wrongSecret"_qs);
    dialog->submit();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 5000);
    dialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(dir + u"/dns-ovh-credentials-refused.png"));
    dialog->reject();
    QTRY_VERIFY(!section->findChild<OvhCredentialsDialog*>());
    QVERIFY(connectDemo(*section));
    section->selectZone(u"zenith-lab.example"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 3, 5000);
    DnsRecord www;
    www.type = u"A"_qs;
    www.name = u"www.zenith-lab.example."_qs;
    www.values = {u"203.0.113.10"_qs};
    www.ttl = 3600;
    QVERIFY(awaitResult(section->recordStore()->create(www)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(section->recordsPanel()->model()->rowCount(), 4, 5000);
    QTest::qWait(100);
    QVERIFY(section->grab().save(dir + u"/dns-ovh-section.png"));
}

QTEST_MAIN(TestOvhDns)
#include "tst_ovhdns.moc"
