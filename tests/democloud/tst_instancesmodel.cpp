#include "serverfixture.h"

#include "compute/instancesmodel.h"
#include "compute/instancessortfilter.h"
#include "stores/serverstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

Server makeServer(const QString& id, const QString& name, const QString& status, const QString& ip,
                  const QDateTime& created)
{
    Server s;
    s.id = id;
    s.name = name;
    s.status = status;
    s.created = created;
    s.imageId = QStringLiteral("img-1");
    s.flavor.originalName = QStringLiteral("d2-2");
    s.keyName = QStringLiteral("mykey");
    s.availabilityZone = QStringLiteral("nova");
    ServerAddress address;
    address.addr = ip;
    s.addresses.insert(QStringLiteral("lab-net"), {address});
    return s;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 1, d), QTime(12, 0), Qt::UTC);
}

QStringList column(const QAbstractItemModel& model, int col)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, col).data().toString());
    return out;
}

} // namespace

// InstancesModel and its proxy under QAbstractItemModelTester, fed directly and through a store.
class TestInstancesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<InstancesModel>();
        m_proxy = std::make_unique<InstancesSortFilter>();
        m_proxy->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_tester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void addsRowsWithTheirColumns()
    {
        Server building = makeServer(QStringLiteral("id-b"), QStringLiteral("web1"), QStringLiteral("BUILD"),
                                     QStringLiteral("10.0.0.5"), day(2));
        building.taskState = QStringLiteral("spawning");
        m_model->addItems({makeServer(QStringLiteral("id-a"), QStringLiteral("db"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("10.0.0.4"), day(1)),
                           building});
        m_model->setImageNames({{QStringLiteral("img-1"), QStringLiteral("Debian 12")}});
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->columnCount(), int(InstancesModel::ColumnCount));
        const int row = m_model->rowOf(QStringLiteral("id-b"));
        QCOMPARE(row, 1);
        auto cell = [&](int col) { return m_model->index(row, col); };
        QCOMPARE(cell(InstancesModel::Name).data().toString(), QStringLiteral("web1"));
        QCOMPARE(cell(InstancesModel::Status).data().toString(), QStringLiteral("Build (spawning)"));
        QVERIFY(!cell(InstancesModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(InstancesModel::Image).data().toString(), QStringLiteral("Debian 12"));
        QCOMPARE(cell(InstancesModel::Flavor).data().toString(), QStringLiteral("d2-2"));
        QCOMPARE(cell(InstancesModel::Addresses).data().toString(), QStringLiteral("lab-net: 10.0.0.5"));
        QCOMPARE(cell(InstancesModel::KeyPair).data().toString(), QStringLiteral("mykey"));
        QCOMPARE(cell(InstancesModel::AvailabilityZone).data().toString(), QStringLiteral("nova"));
        QCOMPARE(cell(InstancesModel::Created).data(InstancesModel::SortRole).toDateTime(), day(2));
        QCOMPARE(cell(InstancesModel::Name).data(InstancesModel::IdRole).toString(), QStringLiteral("id-b"));
        QCOMPARE(m_model->index(0, InstancesModel::Status).data().toString(), QStringLiteral("Active"));
        QVERIFY(!m_model->headerData(InstancesModel::Addresses, Qt::Horizontal).toString().isEmpty());
    }

    void updatesInPlace()
    {
        addThree();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        Server s = m_model->serverAt(1);
        s.status = QStringLiteral("SHUTOFF");
        m_model->changeItems({s});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(m_model->index(1, InstancesModel::Status).data().toString(), QStringLiteral("Shut off"));
        // A duplicate add is an update; an update of an unknown server is an add.
        m_model->addItems({s});
        QCOMPARE(inserted.count(), 0);
        m_model->changeItems({makeServer(QStringLiteral("id-4"), QStringLiteral("new"), QStringLiteral("ACTIVE"),
                                         QStringLiteral("10.0.0.9"), day(9))});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
    }

    void removesAnyRowsAndKeepsTheIndex()
    {
        addThree();
        m_model->addItems({makeServer(QStringLiteral("id-4"), QStringLiteral("d"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("10.0.0.14"), day(4)),
                           makeServer(QStringLiteral("id-5"), QStringLiteral("e"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("10.0.0.15"), day(5))});
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_model->removeItems({QStringLiteral("id-2"), QStringLiteral("id-4"), QStringLiteral("unknown")});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->rowOf(QStringLiteral("id-2")), -1);
        for (const QString& id : {QStringLiteral("id-1"), QStringLiteral("id-3"), QStringLiteral("id-5")})
            QCOMPARE(m_model->serverAt(m_model->rowOf(id)).id, id);
        m_model->removeItems({QStringLiteral("id-1"), QStringLiteral("id-3"), QStringLiteral("id-5")});
        QCOMPARE(m_model->rowCount(), 0);
        m_model->removeItems({QStringLiteral("id-1")}); // nothing left: no-op
    }

    void searchesNameIpStatusAndId()
    {
        addThree();
        m_proxy->setSearchText(QStringLiteral("WEB"));
        QCOMPARE(column(*m_proxy, InstancesModel::Name), QStringList{QStringLiteral("web")});
        m_proxy->setSearchText(QStringLiteral("10.0.0.3"));
        QCOMPARE(column(*m_proxy, InstancesModel::Name), QStringList{QStringLiteral("cache")});
        m_proxy->setSearchText(QStringLiteral("error"));
        QCOMPARE(column(*m_proxy, InstancesModel::Name), QStringList{QStringLiteral("db")});
        m_proxy->setSearchText(QStringLiteral("id-1"));
        QCOMPARE(m_proxy->rowCount(), 1);
        m_proxy->setSearchText(QStringLiteral("lab-net active"));
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setSearchText(QStringLiteral("nothing-like-this"));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText({});
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void sortsEveryColumnOnSortRole()
    {
        addThree();
        m_proxy->sort(InstancesModel::Name, Qt::AscendingOrder);
        QCOMPARE(column(*m_proxy, InstancesModel::Name),
                 (QStringList{QStringLiteral("cache"), QStringLiteral("db"), QStringLiteral("web")}));
        m_proxy->sort(InstancesModel::Created, Qt::DescendingOrder);
        QCOMPARE(column(*m_proxy, InstancesModel::Name),
                 (QStringList{QStringLiteral("cache"), QStringLiteral("db"), QStringLiteral("web")}));
        m_proxy->sort(InstancesModel::Status, Qt::AscendingOrder);
        QCOMPARE(column(*m_proxy, InstancesModel::Status).first(), QStringLiteral("Active"));
        QCOMPARE(column(*m_proxy, InstancesModel::Status).last(), QStringLiteral("Error"));
        for (int col = 0; col < InstancesModel::ColumnCount; ++col)
            m_proxy->sort(col, Qt::DescendingOrder); // the tester checks each
        // A change re-sorts the row and keeps the proxy consistent.
        m_proxy->sort(InstancesModel::Name, Qt::AscendingOrder);
        Server s = m_model->serverAt(m_model->rowOf(QStringLiteral("id-1")));
        s.name = QStringLiteral("aaa");
        m_model->changeItems({s});
        QCOMPARE(column(*m_proxy, InstancesModel::Name).first(), QStringLiteral("aaa"));
    }

    void followsAStorePageByPage()
    {
        ServerFixture fx;
        QVERIFY(fx.started);
        QCOMPARE(fx.create(QStringLiteral("vm"), 25), QString());
        ServerStore store;
        ServerStore::Timing timing;
        timing.pageSize = 10;
        store.setTiming(timing);
        store.setSession(fx.session.get());
        m_model->setStore(&store);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        QList<int> counts;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&] { counts.append(m_model->rowCount()); });
        store.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(counts, (QList<int>{10, 20, 25}));
        QCOMPARE(m_proxy->rowCount(), 25);
        // A new session empties the model, then fills it again.
        store.setSession(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        store.setSession(fx.session.get());
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_model->rowCount(), 25);
    }

    void storeErrorsAndLossLeaveAConsistentModel()
    {
        addThree();
        {
            ServerStore store;
            m_model->setStore(&store); // a new store: what it knows replaces the rows
            QCOMPARE(m_model->rowCount(), 0);
            m_model->addItems({makeServer(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("ACTIVE"),
                                          QStringLiteral("10.1.1.1"), day(3))});
            Q_EMIT store.failed(ApiError::local(ApiError::Kind::Network, QStringLiteral("down")));
            QCOMPARE(m_model->rowCount(), 1); // an error keeps what is shown
        }
        QCOMPARE(m_model->rowCount(), 0); // the store is gone, so are its rows
    }

private:
    void addThree()
    {
        m_model->addItems({makeServer(QStringLiteral("id-1"), QStringLiteral("web"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("10.0.0.1"), day(1)),
                           makeServer(QStringLiteral("id-2"), QStringLiteral("db"), QStringLiteral("ERROR"),
                                      QStringLiteral("10.0.0.2"), day(2)),
                           makeServer(QStringLiteral("id-3"), QStringLiteral("cache"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("10.0.0.3"), day(3))});
    }

    std::unique_ptr<InstancesModel> m_model;
    std::unique_ptr<InstancesSortFilter> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestInstancesModel)
#include "tst_instancesmodel.moc"
