// Issue 5, key pairs: the KeypairStore and the KeypairsModel (under QAbstractItemModelTester)
// against an in-process demo cloud; the keys are the real public keys of tests/data/keys.

#include "serverfixture.h"

#include "compute/createkeypairrequest.h"
#include "compute/deletekeypairrequest.h"
#include "compute/keypairsmodel.h"
#include "compute/listkeypairsrequest.h"
#include "compute/publickeyfile.h"
#include "stores/keypairstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>

using namespace zenith;
using namespace zenith::test;

namespace {

QString publicKey(const QString& file)
{
    QFile f(qEnvironmentVariable("ZENITH_TEST_DATA") + u"/keys/" + file);
    return f.open(QIODevice::ReadOnly) ? PublicKeyFile::parse(f.readAll()).key : QString();
}

} // namespace

class TestKeypairsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void arriveByPage();
    void columnsAndRoles();
    void removedOnRefresh();
    void diffsOnTheModel();
    void errorKeepsRows();
    void removeDeletesInParallel();
    void insertSurvivesRunningListing();
    void sessionChangeEmptiesModel();

private:
    bool importKey(const QString& name, const QString& file);
    QStringList cloudNames();
    bool loadAndWait();

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<KeypairStore> m_store;
    std::unique_ptr<KeypairsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestKeypairsModel::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
    m_store = std::make_unique<KeypairStore>();
    m_store->setSession(m_fixture->session.get());
    m_model = std::make_unique<KeypairsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setStore(m_store.get());
}

void TestKeypairsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_fixture.reset();
}

bool TestKeypairsModel::importKey(const QString& name, const QString& file)
{
    return awaitResult(m_fixture->session->send(CreateKeypairRequest{name, publicKey(file)})).ok();
}

QStringList TestKeypairsModel::cloudNames()
{
    QStringList names;
    const auto listed = awaitResult(m_fixture->session->send(ListKeypairsRequest{}));
    if (listed) {
        for (const Keypair& k : listed->items)
            names << k.name;
    }
    return names;
}

bool TestKeypairsModel::loadAndWait()
{
    QSignalSpy finished(m_store.get(), &KeypairStore::loadingFinished);
    m_store->load();
    return finished.wait(10000);
}

void TestKeypairsModel::arriveByPage()
{
    QVERIFY(importKey(u"alpha"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(importKey(u"bravo"_qs, u"id_rsa.pub"_qs));
    QVERIFY(importKey(u"charlie"_qs, u"id_ecdsa_256.pub"_qs));
    m_store->setPageSize(1);
    QSignalSpy added(m_store.get(), &KeypairStore::keypairsAdded);
    QSignalSpy finished(m_store.get(), &KeypairStore::loadingFinished);
    m_store->load();
    QVERIFY(m_store->isLoading());
    QVERIFY(finished.wait(10000));
    QCOMPARE(added.count(), 3); // one page each; Nova's empty last page adds nothing
    QCOMPARE(added.first().first().value<QList<Keypair>>().size(), 1);
    QVERIFY(m_store->isLoaded());
    QVERIFY(!m_store->isLoading());
    QCOMPARE(m_model->rowCount(), 3);
    for (const QString& name : {u"alpha"_qs, u"bravo"_qs, u"charlie"_qs})
        QVERIFY(m_model->rowOf(name) >= 0);

    QSignalSpy changed(m_store.get(), &KeypairStore::keypairsChanged);
    QVERIFY(loadAndWait()); // nothing changed: no diff at all
    QCOMPARE(added.count(), 3);
    QCOMPARE(changed.count(), 0);
}

void TestKeypairsModel::columnsAndRoles()
{
    QVERIFY(importKey(u"lab key"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(loadAndWait());
    const int row = m_model->rowOf(u"lab key"_qs);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
    QCOMPARE(cell(KeypairsModel::Name).toString(), u"lab key"_qs);
    QCOMPARE(cell(KeypairsModel::Type).toString(), u"SSH"_qs);
    const QString fingerprint = cell(KeypairsModel::Fingerprint).toString();
    QCOMPARE(fingerprint.count(u':'), 15); // MD5, as Nova shows it
    QCOMPARE(cell(KeypairsModel::Name, KeypairsModel::IdRole).toString(), u"lab key"_qs);
    QCOMPARE(cell(KeypairsModel::Name, Qt::ToolTipRole).toString(), publicKey(u"id_ed25519.pub"_qs));
    const QString search = cell(0, KeypairsModel::SearchRole).toString();
    QVERIFY(search.contains(u"lab key"));
    QVERIFY(search.contains(fingerprint));
    QVERIFY(search.contains(u"student@lab")); // the key's comment
    QCOMPARE(m_model->headerData(KeypairsModel::Fingerprint, Qt::Horizontal).toString(), u"Fingerprint (MD5)"_qs);
    QCOMPARE(KeypairsModel::typeText(u"x509"_qs), u"X.509"_qs);
    QCOMPARE(KeypairsModel::typeText(QString()), u"SSH"_qs);
}

void TestKeypairsModel::removedOnRefresh()
{
    QVERIFY(importKey(u"keep"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(importKey(u"gone"_qs, u"id_rsa.pub"_qs));
    QVERIFY(loadAndWait());
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(awaitResult(m_fixture->session->send(DeleteKeypairRequest{u"gone"_qs})).ok());
    QSignalSpy removed(m_store.get(), &KeypairStore::keypairsRemoved);
    QSignalSpy added(m_store.get(), &KeypairStore::keypairsAdded);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(loadAndWait());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{u"gone"_qs});
    QCOMPARE(added.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(u"keep"_qs), 0);
    QCOMPARE(m_model->rowOf(u"gone"_qs), -1);
}

// The paths the demo cloud cannot provoke in one listing (a key replaced under its name), on the model.
void TestKeypairsModel::diffsOnTheModel()
{
    m_model->setStore(nullptr);
    auto keypair = [](const QString& name, const QString& fingerprint) {
        Keypair k;
        k.name = name;
        k.fingerprint = fingerprint;
        k.type = u"ssh"_qs;
        return k;
    };
    m_model->addKeypairs({keypair(u"a"_qs, u"aa"_qs), keypair(u"b"_qs, u"bb"_qs), keypair(u"c"_qs, u"cc"_qs)});
    QCOMPARE(m_model->rowCount(), 3);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->changeKeypairs({keypair(u"b"_qs, u"b2"_qs)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(1, KeypairsModel::Fingerprint).data().toString(), u"b2"_qs);
    m_model->addKeypairs({keypair(u"a"_qs, u"a2"_qs)}); // a known name: a change, not a row
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, KeypairsModel::Fingerprint).data().toString(), u"a2"_qs);
    m_model->removeKeypairs({u"a"_qs, u"c"_qs, u"a"_qs, u"unknown"_qs});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(u"b"_qs), 0);
    m_model->setStore(m_store.get()); // the store knows nothing yet: the rows go
    QCOMPARE(m_model->rowCount(), 0);
}

void TestKeypairsModel::errorKeepsRows()
{
    QVERIFY(importKey(u"alpha"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(loadAndWait());
    demo::DemoFaults faults;
    faults.errorRate.insert(u"compute"_qs, 1.0);
    m_fixture->cloud->setFaults(faults);
    QSignalSpy failed(m_store.get(), &KeypairStore::failed);
    QSignalSpy removed(m_store.get(), &KeypairStore::keypairsRemoved);
    m_store->load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 503);
    QVERIFY(!m_store->isLoading());
    QTest::qWait(50); // the watcher's finished() must not remove the rows the failed listing did not see
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);

    m_fixture->cloud->setFaults({});
    QVERIFY(loadAndWait()); // a retry after an error works
    QCOMPARE(m_model->rowCount(), 1);
}

void TestKeypairsModel::removeDeletesInParallel()
{
    QVERIFY(importKey(u"a"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(importKey(u"b"_qs, u"id_rsa.pub"_qs));
    QVERIFY(importKey(u"c"_qs, u"id_ecdsa_384.pub"_qs));
    QVERIFY(loadAndWait());
    QVERIFY(awaitResult(m_fixture->session->send(DeleteKeypairRequest{u"b"_qs})).ok()); // deleted elsewhere
    QSignalSpy finished(m_store.get(), &KeypairStore::deletionsFinished);
    QSignalSpy failed(m_store.get(), &KeypairStore::deleteFailed);
    m_store->remove({u"a"_qs, u"b"_qs});
    QVERIFY(m_store->isDeleting());
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_store->isDeleting());
    QCOMPARE(failed.count(), 0); // a 404 is what was wanted
    QStringList deleted = finished.first().first().toStringList();
    deleted.sort();
    QCOMPARE(deleted, (QStringList{u"a"_qs, u"b"_qs}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(u"c"_qs), 0);
    QCOMPARE(cloudNames(), QStringList{u"c"_qs});

    demo::DemoFaults faults;
    faults.errorRate.insert(u"compute"_qs, 1.0);
    m_fixture->cloud->setFaults(faults);
    m_store->remove({u"c"_qs});
    QVERIFY(finished.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"c"_qs);
    QCOMPARE(failed.first().at(1).value<ApiError>().httpStatus, 503);
    QCOMPARE(finished.last().first().toStringList(), QStringList());
    QCOMPARE(m_model->rowCount(), 1); // a failed deletion keeps the row
}

void TestKeypairsModel::insertSurvivesRunningListing()
{
    QVERIFY(importKey(u"old"_qs, u"id_ed25519.pub"_qs));
    m_fixture->cloud->setFaults([] {
        demo::DemoFaults f;
        f.latencyMs = 150; // the listing is still under way when the import lands
        return f;
    }());
    QSignalSpy finished(m_store.get(), &KeypairStore::loadingFinished);
    m_store->load();
    Keypair imported;
    imported.name = u"new"_qs;
    imported.fingerprint = u"00"_qs;
    imported.publicKey = publicKey(u"id_rsa.pub"_qs);
    m_store->insert(imported);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(finished.wait(10000));
    // The listing started before "new" existed in the cloud (it never does here): it must stay.
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->rowOf(u"new"_qs) >= 0);
    QVERIFY(m_store->keypair(u"old"_qs));
}

void TestKeypairsModel::sessionChangeEmptiesModel()
{
    QVERIFY(importKey(u"alpha"_qs, u"id_ed25519.pub"_qs));
    QVERIFY(loadAndWait());
    QCOMPARE(m_model->rowCount(), 1);
    m_store->load(); // still under way when the session goes: its answer must be dropped
    m_store->setSession(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_store->isLoaded());
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), 0);
    m_store->load(); // no session: nothing happens
    QVERIFY(!m_store->isLoading());
    m_store->remove({u"alpha"_qs}); // nor here
    QVERIFY(!m_store->isDeleting());
}

QTEST_MAIN(TestKeypairsModel)
#include "tst_keypairsmodel.moc"
