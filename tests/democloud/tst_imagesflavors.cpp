// Issue 5, images and flavors: the stores, the models (under QAbstractItemModelTester) and the
// sections against an in-process demo cloud (seeds "Debian 12", "Ubuntu 22.04", d2-2, d2-4, b2-7).

#include "serverfixture.h"

#include "compute/createserverimagerequest.h"
#include "compute/flavorsmodel.h"
#include "compute/flavorsview.h"
#include "compute/getserverrequest.h"
#include "compute/imagesmodel.h"
#include "compute/imagesview.h"
#include "compute/listserversrequest.h"
#include "image/deleteimagerequest.h"
#include "stores/flavorstore.h"
#include "stores/imagestore.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>

using namespace zenith;
using namespace zenith::test;

class TestImagesFlavors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void imagesArriveByPage();
    void imageColumns();
    void imageRemovedOnRefresh();
    void imageDiffs();
    void imageErrorKeepsRows();
    void sessionChangeEmptiesModel();
    void flavors();
    void imagesSectionSearchesAndSorts();
    void flavorsSectionLoadsWhenActive();

private:
    int rowNamed(const QAbstractItemModel& model, const QString& name) const;

    std::unique_ptr<ServerFixture> m_fixture;
    std::unique_ptr<ImageStore> m_images;
    std::unique_ptr<ImagesModel> m_imagesModel;
    std::unique_ptr<QAbstractItemModelTester> m_imagesTester;
    std::unique_ptr<FlavorStore> m_flavors;
    std::unique_ptr<FlavorsModel> m_flavorsModel;
    std::unique_ptr<QAbstractItemModelTester> m_flavorsTester;
};

void TestImagesFlavors::initTestCase()
{
    // The texts checked below are the English ones, with English number formats.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestImagesFlavors::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY(m_fixture->started);
    m_images = std::make_unique<ImageStore>();
    m_images->setSession(m_fixture->session.get());
    m_imagesModel = std::make_unique<ImagesModel>();
    m_imagesTester = std::make_unique<QAbstractItemModelTester>(m_imagesModel.get(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_imagesModel->setStore(m_images.get());
    m_flavors = std::make_unique<FlavorStore>();
    m_flavors->setSession(m_fixture->session.get());
    m_flavorsModel = std::make_unique<FlavorsModel>();
    m_flavorsTester = std::make_unique<QAbstractItemModelTester>(
        m_flavorsModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_flavorsModel->setStore(m_flavors.get());
}

void TestImagesFlavors::cleanup()
{
    m_flavorsTester.reset();
    m_flavorsModel.reset();
    m_flavors.reset();
    m_imagesTester.reset();
    m_imagesModel.reset();
    m_images.reset();
    m_fixture.reset();
}

int TestImagesFlavors::rowNamed(const QAbstractItemModel& model, const QString& name) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void TestImagesFlavors::imagesArriveByPage()
{
    m_images->setPageSize(1);
    QSignalSpy added(m_images.get(), &ImageStore::imagesAdded);
    QSignalSpy finished(m_images.get(), &ImageStore::loadingFinished);
    m_images->load();
    QVERIFY(m_images->isLoading());
    QVERIFY(finished.wait(10000));
    QVERIFY2(added.count() >= 2, "one signal per page");
    QCOMPARE(added.first().first().value<QList<Image>>().size(), 1);
    QVERIFY(m_images->isLoaded());
    QVERIFY(!m_images->isLoading());
    QCOMPARE(m_imagesModel->rowCount(), 2);
    QVERIFY(rowNamed(*m_imagesModel, u"Debian 12"_qs) >= 0);
    QVERIFY(rowNamed(*m_imagesModel, u"Ubuntu 22.04"_qs) >= 0);
}

void TestImagesFlavors::imageColumns()
{
    QSignalSpy finished(m_images.get(), &ImageStore::loadingFinished);
    m_images->load();
    QVERIFY(finished.wait(10000));
    const int row = rowNamed(*m_imagesModel, u"Debian 12"_qs);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return m_imagesModel->index(row, column).data(role); };
    QCOMPARE(cell(ImagesModel::Status).toString(), u"Active"_qs);
    QCOMPARE(cell(ImagesModel::Size).toString(), u"337.1 MiB"_qs); // 353,435,136 bytes, in 1024s
    QCOMPARE(cell(ImagesModel::Size, ImagesModel::SortRole).toLongLong(), 353435136LL);
    QCOMPARE(cell(ImagesModel::MinDisk).toString(), u"2 GiB"_qs);
    QCOMPARE(cell(ImagesModel::Visibility).toString(), u"Public"_qs);
    QCOMPARE(cell(ImagesModel::OsDistro).toString(), u"debian"_qs);
    const QString id = cell(0, ImagesModel::IdRole).toString();
    QCOMPARE(m_imagesModel->rowOf(id), row);
    QVERIFY(cell(0, ImagesModel::SearchRole).toString().contains(u"debian 12"));
    QCOMPARE(m_imagesModel->headerData(ImagesModel::MinRam, Qt::Horizontal).toString(), u"Min. RAM"_qs);
}

// Glance lets a project delete only its own images (403 on the public ones, as on the dev cloud):
// the image that goes away is a snapshot of one of the project's servers.
void TestImagesFlavors::imageRemovedOnRefresh()
{
    QCOMPARE(m_fixture->create(u"snap-src"_qs, 1), QString());
    ListServersRequest list;
    list.name = u"snap-src"_qs;
    const auto servers = awaitResult(m_fixture->session->send(list));
    QVERIFY(servers && servers->items.size() == 1);
    const QString serverId = servers->items.first().id;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto server = awaitResult(m_fixture->session->send(GetServerRequest{serverId}));
            return server && server->status == u"ACTIVE" && server->taskState.isEmpty();
        },
        10000));
    CreateServerImageRequest snapshot;
    snapshot.id = serverId;
    snapshot.name = u"snap-1"_qs;
    const auto snapped = awaitResult(m_fixture->session->send(snapshot));
    QVERIFY(snapped && snapped->imageId);
    const QString snap = *snapped->imageId;

    QSignalSpy finished(m_images.get(), &ImageStore::loadingFinished);
    m_images->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_imagesModel->rowCount(), 3);
    QVERIFY(m_imagesModel->rowOf(snap) >= 0);
    const QString debian = m_imagesModel->imageAt(rowNamed(*m_imagesModel, u"Debian 12"_qs)).id;
    const QString ubuntu = m_imagesModel->imageAt(rowNamed(*m_imagesModel, u"Ubuntu 22.04"_qs)).id;
    const auto refused = awaitResult(m_fixture->session->send(DeleteImageRequest{ubuntu}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().httpStatus, 403);
    QVERIFY(awaitResult(m_fixture->session->send(DeleteImageRequest{snap})).ok());

    QSignalSpy removed(m_images.get(), &ImageStore::imagesRemoved);
    QSignalSpy added(m_images.get(), &ImageStore::imagesAdded);
    QSignalSpy reset(m_imagesModel.get(), &QAbstractItemModel::modelReset);
    m_images->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toStringList(), QStringList{snap});
    QCOMPARE(added.count(), 0); // the public rows are known and unchanged: no signal at all
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_imagesModel->rowCount(), 2);
    QVERIFY(m_imagesModel->rowOf(debian) >= 0);
    QCOMPARE(m_imagesModel->rowOf(snap), -1);
}

// The diff paths the demo cloud cannot easily provoke (a new image, a changed one), on the model alone.
void TestImagesFlavors::imageDiffs()
{
    m_imagesModel->setStore(nullptr);
    auto image = [](const QString& id, const QString& name, const QString& status) {
        Image i;
        i.id = id;
        i.name = name;
        i.status = status;
        i.visibility = u"private"_qs;
        return i;
    };
    m_imagesModel->addItems({image(u"a"_qs, u"snap-a"_qs, u"queued"_qs), image(u"b"_qs, u"snap-b"_qs, u"saving"_qs),
                             image(u"c"_qs, u"snap-c"_qs, u"active"_qs)});
    QCOMPARE(m_imagesModel->rowCount(), 3);
    QCOMPARE(m_imagesModel->index(0, ImagesModel::Size).data().toString(), QString()); // size null until uploaded
    QSignalSpy changed(m_imagesModel.get(), &QAbstractItemModel::dataChanged);
    Image b = image(u"b"_qs, u"snap-b"_qs, u"active"_qs);
    b.size = 1536;
    m_imagesModel->changeItems({b});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_imagesModel->index(1, ImagesModel::Status).data().toString(), u"Active"_qs);
    QCOMPARE(m_imagesModel->index(1, ImagesModel::Size).data().toString(), u"1.5 KiB"_qs);
    m_imagesModel->addItems({image(u"a"_qs, u"renamed"_qs, u"active"_qs)}); // known id: a change, not a row
    QCOMPARE(m_imagesModel->rowCount(), 3);
    QCOMPARE(m_imagesModel->index(0, 0).data().toString(), u"renamed"_qs);
    m_imagesModel->removeItems({u"a"_qs, u"c"_qs, u"unknown"_qs});
    QCOMPARE(m_imagesModel->rowCount(), 1);
    QCOMPARE(m_imagesModel->rowOf(u"b"_qs), 0);
    QCOMPARE(m_imagesModel->index(0, ImagesModel::Visibility).data().toString(), u"Private"_qs);
}

void TestImagesFlavors::imageErrorKeepsRows()
{
    QSignalSpy finished(m_images.get(), &ImageStore::loadingFinished);
    m_images->load();
    QVERIFY(finished.wait(10000));
    demo::DemoFaults faults;
    faults.errorRate.insert(u"image"_qs, 1.0);
    m_fixture->cloud->setFaults(faults);
    QSignalSpy failed(m_images.get(), &ImageStore::failed);
    QSignalSpy removed(m_images.get(), &ImageStore::imagesRemoved);
    m_images->load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus, 503);
    QVERIFY(!m_images->isLoading());
    QTest::qWait(50); // the watcher's finished() must not remove the rows the failed listing did not see
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_imagesModel->rowCount(), 2);

    m_fixture->cloud->setFaults({});
    m_images->load(); // a retry after an error works
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_imagesModel->rowCount(), 2);
}

void TestImagesFlavors::sessionChangeEmptiesModel()
{
    QSignalSpy finished(m_images.get(), &ImageStore::loadingFinished);
    m_images->load();
    QVERIFY(finished.wait(10000));
    m_images->load(); // still under way when the session goes: its answer must be dropped
    m_images->setSession(nullptr);
    QCOMPARE(m_imagesModel->rowCount(), 0);
    QVERIFY(!m_images->isLoaded());
    QTest::qWait(200);
    QCOMPARE(m_imagesModel->rowCount(), 0);
    m_images->load(); // no session: nothing happens
    QVERIFY(!m_images->isLoading());
}

void TestImagesFlavors::flavors()
{
    m_flavors->setPageSize(2);
    QSignalSpy added(m_flavors.get(), &FlavorStore::flavorsAdded);
    QSignalSpy finished(m_flavors.get(), &FlavorStore::loadingFinished);
    m_flavors->load();
    QVERIFY(finished.wait(10000));
    QCOMPARE(added.count(), 2); // pages of 2 and 1
    QCOMPARE(m_flavorsModel->rowCount(), 3);
    const int row = rowNamed(*m_flavorsModel, u"b2-7"_qs);
    QVERIFY(row >= 0);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return m_flavorsModel->index(row, column).data(role); };
    QCOMPARE(cell(FlavorsModel::Vcpus).toInt(), 2);
    QCOMPARE(cell(FlavorsModel::Ram).toString(), u"7 GiB"_qs);
    QCOMPARE(cell(FlavorsModel::Ram, FlavorsModel::SortRole).toInt(), 7168);
    QCOMPARE(cell(FlavorsModel::Disk).toString(), u"50 GiB"_qs);
    QCOMPARE(cell(FlavorsModel::IsPublic).toString(), u"Yes"_qs);
    QCOMPARE(FlavorsModel::ramText(512), u"512 MiB"_qs);
    QCOMPARE(FlavorsModel::ramText(1536), u"1.5 GiB"_qs);
    QCOMPARE(FlavorsModel::ramText(1000), u"1,000 MiB"_qs);

    QSignalSpy changed(m_flavors.get(), &FlavorStore::flavorsChanged);
    m_flavors->load(); // nothing changed: no diff at all
    QVERIFY(finished.wait(10000));
    QCOMPARE(added.count(), 2);
    QCOMPARE(changed.count(), 0);
}

void TestImagesFlavors::imagesSectionSearchesAndSorts()
{
    ImagesSection section;
    QCOMPARE(section.title(), u"Images"_qs);
    section.setSession(m_fixture->session.get());
    QSignalSpy finished(section.store(), &ImageStore::loadingFinished);
    section.setActive(true);
    QVERIFY(finished.wait(10000));
    QAbstractItemModel* shown = section.view()->model();
    QCOMPARE(shown->rowCount(), 2);
    section.view()->sortByColumn(ImagesModel::Size, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Ubuntu 22.04"_qs);
    section.view()->sortByColumn(ImagesModel::Name, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Debian 12"_qs);
    auto* search = section.findChild<QLineEdit*>(u"imageSearch"_qs);
    QVERIFY(search);
    search->setText(u"UBUNTU"_qs);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"Ubuntu 22.04"_qs);
    search->clear();
    QCOMPARE(shown->rowCount(), 2);
    section.setSession(nullptr);
    QCOMPARE(shown->rowCount(), 0);
}

void TestImagesFlavors::flavorsSectionLoadsWhenActive()
{
    FlavorsSection section;
    QCOMPARE(section.title(), u"Flavors"_qs);
    section.setSession(m_fixture->session.get());
    QAbstractItemModel* shown = section.view()->model();
    QTest::qWait(100);
    QCOMPARE(shown->rowCount(), 0); // an inactive tab sends nothing
    QSignalSpy finished(section.store(), &FlavorStore::loadingFinished);
    section.setActive(true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(shown->rowCount(), 3);
    section.view()->sortByColumn(FlavorsModel::Ram, Qt::DescendingOrder);
    QCOMPARE(shown->index(0, 0).data().toString(), u"b2-7"_qs);
    QCOMPARE(shown->index(2, 0).data().toString(), u"d2-2"_qs);
}

QTEST_MAIN(TestImagesFlavors)
#include "tst_imagesflavors.moc"
