#include "../democloud/serverfixture.h"

#include "common/messagebanner.h"
#include "compute/attachservervolumerequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserversrequest.h"
#include "panes/sectionedpane.h"
#include "stores/volumesnapshotstore.h"
#include "stores/volumestore.h"
#include "volume/createvolumerequest.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/getvolumerequest.h"
#include "volume/listvolumesrequest.h"
#include "volume/snapshotsview.h"
#include "volume/volumeactions.h"
#include "volume/volumecontext.h"
#include "volume/volumecreatedialog.h"
#include "volume/volumecreateform.h"
#include "volume/volumerules.h"
#include "volume/volumesmodel.h"
#include "volume/volumesview.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

QStringList messages(const VolumeCreateForm& form)
{
    QStringList out;
    for (const VolumeProblem& problem : form.validate())
        out << problem.message;
    return out;
}

VolumeCreateForm goodForm()
{
    VolumeCreateForm form;
    form.name = QStringLiteral("db-data");
    form.size = 10;
    return form;
}

Volume volume(const QString& status, int size = 10)
{
    Volume v;
    v.id = QStringLiteral("vol-1");
    v.name = QStringLiteral("db-data");
    v.status = status;
    v.size = size;
    if (status == u"in-use") {
        VolumeAttachment attachment;
        attachment.serverId = QStringLiteral("srv-1");
        attachment.device = QStringLiteral("/dev/vdb");
        v.attachments << attachment;
    }
    return v;
}

void selectComboData(QComboBox* combo, const QVariant& data)
{
    combo->setCurrentIndex(combo->findData(data));
}

} // namespace

// The Volumes area's validation, create dialog, delete refusals and screenshots, against the demo cloud.
class TestVolumesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formAcceptsAGoodVolume()
    {
        QVERIFY(goodForm().validate().isEmpty());
        QCOMPARE(goodForm().command(), u"openstack volume create --size 10 db-data"_qs);
        const CreateVolumeRequest request = goodForm().toRequest();
        QCOMPARE(request.size, 10);
        QVERIFY(!request.imageRef && !request.snapshotId && !request.volumeType);
    }

    void formRefusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QString() << 1 << 0 << u"Give the volume a name"_qs;
        QTest::newRow("blank name") << u"   "_qs << 1 << 0 << u"Give the volume a name"_qs;
        QTest::newRow("trailing space") << u"db "_qs << 1 << 0 << u"starts or ends with a space"_qs;
        QTest::newRow("long name") << QString(256, u'a') << 1 << 0 << u"256 characters long"_qs;
        QTest::newRow("size 0") << u"db"_qs << 0 << 0 << u"at least 1 GiB"_qs;
        QTest::newRow("below image min disk") << u"db"_qs << 1 << 1 << u"needs a volume of at least 2 GiB"_qs;
        QTest::newRow("below snapshot") << u"db"_qs << 4 << 2 << u"taken of a 5 GiB volume"_qs;
    }

    void formRefusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(int, size);
        QFETCH(int, source);
        QFETCH(QString, expected);
        VolumeCreateForm form;
        form.name = name;
        form.size = size;
        form.source = VolumeCreateForm::Source(source);
        form.imageId = QStringLiteral("img");
        form.imageName = QStringLiteral("Debian 12");
        form.imageStatus = QStringLiteral("active");
        form.imageMinDisk = 2;
        form.imageSize = 353435136;
        form.snapshotId = QStringLiteral("snap");
        form.snapshotName = QStringLiteral("db-snap");
        form.snapshotStatus = QStringLiteral("available");
        form.snapshotSize = 5;
        const QStringList found = messages(form);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(expected), qPrintable(found.first()));
    }

    void imageSizeRoundsUp()
    {
        VolumeCreateForm form = goodForm();
        form.source = VolumeCreateForm::Source::Image;
        form.imageSize = (qint64(3) << 30) + 1; // a 3 GiB image plus a byte, min disk unset
        QCOMPARE(form.minimumSize(), 4);
    }

    void rulesExplainRefusals()
    {
        QVERIFY(VolumeRules::deleteProblem(volume(u"in-use"_qs), 0, u"db1"_qs)->contains(u"detach it first"));
        QVERIFY(VolumeRules::deleteProblem(volume(u"available"_qs), 2, {})->contains(u"2 snapshot"));
        QVERIFY(VolumeRules::deleteProblem(volume(u"creating"_qs), 0, {})->contains(u"once that is over"));
        QVERIFY(!VolumeRules::deleteProblem(volume(u"error"_qs), 0, {}));
        QVERIFY(VolumeRules::extendProblem(volume(u"available"_qs), 10, true)->contains(u"never shrink"));
        QVERIFY(!VolumeRules::extendProblem(volume(u"in-use"_qs), 20, true));
        QVERIFY(VolumeRules::extendProblem(volume(u"in-use"_qs), 20, false)->contains(u"detach it, extend it"));
        QVERIFY(VolumeRules::attachProblem(volume(u"in-use"_qs))->contains(u"already attached"));
        QVERIFY(VolumeRules::detachProblem(volume(u"available"_qs))->contains(u"not attached"));
        QVERIFY(VolumeRules::snapshotNeedsForce(volume(u"in-use"_qs)));
        ApiError refused;
        refused.kind = ApiError::Kind::BadRequest;
        refused.message = QStringLiteral(
            "Invalid volume: Volume status must be available or error or error_restoring or error_extending or "
            "error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a "
            "transfer, or be disassociated from snapshots after volume transfer.");
        QVERIFY(VolumeRules::explainRefusal(refused)->contains(u"attached to an instance, has snapshots"));
    }

    void createDialogSendsGoodInput()
    {
        ServerFixture fx(20);
        QVERIFY(fx.started);
        VolumeCreateDialog dialog(fx.session.get(), {});
        QSignalSpy ready(&dialog, &VolumeCreateDialog::ready);
        dialog.show();
        QVERIFY(dialog.isReady() || ready.wait(5000));
        QSignalSpy created(&dialog, &VolumeCreateDialog::created);
        QSignalSpy command(&dialog, &VolumeCreateDialog::commandIssued);
        dialog.findChild<QLineEdit*>(u"volumeName"_qs)->setText(u"boot disk"_qs);
        auto* source = dialog.findChild<QComboBox*>(u"volumeSource"_qs);
        selectComboData(source, int(VolumeCreateForm::Source::Image));
        auto* pick = dialog.findChild<QComboBox*>(u"volumeSourcePick"_qs);
        pick->setCurrentIndex(pick->findText(u"Debian 12"_qs));
        // Picking the image grew the size to its min disk.
        QCOMPARE(dialog.findChild<QSpinBox*>(u"volumeSize"_qs)->value(), 2);
        maybeShoot(&dialog, u"volume-create-dialog"_qs);
        dialog.accept();
        QVERIFY(created.wait(5000));
        const Volume volume = created.first().first().value<Volume>();
        QCOMPARE(volume.name, u"boot disk"_qs);
        QCOMPARE(volume.size, 2);
        QCOMPARE(command.first().first().toString(),
                 u"openstack volume create --size 2 --image \"Debian 12\" \"boot disk\""_qs);
    }

    void createDialogRefusesBadInputAndKeepsIt()
    {
        ServerFixture fx(20);
        QVERIFY(fx.started);
        VolumeCreateDialog dialog(fx.session.get(), {});
        QSignalSpy ready(&dialog, &VolumeCreateDialog::ready);
        dialog.show();
        QVERIFY(dialog.isReady() || ready.wait(5000));
        QSignalSpy created(&dialog, &VolumeCreateDialog::created);
        auto* size = dialog.findChild<QSpinBox*>(u"volumeSize"_qs);
        size->setValue(0);
        dialog.accept();
        QVERIFY(dialog.message().contains(u"Give the volume a name"));
        QVERIFY(dialog.message().contains(u"at least 1 GiB"));
        maybeShoot(&dialog, u"volume-create-refused"_qs);
        // Cinder's own refusal (over quota) is shown in the dialog; what was typed stays.
        dialog.findChild<QLineEdit*>(u"volumeName"_qs)->setText(u"huge"_qs);
        size->setValue(16000);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(u"Cinder refused"), 5000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLineEdit*>(u"volumeName"_qs)->text(), u"huge"_qs);
        QCOMPARE(size->value(), 16000);
        QCOMPARE(created.size(), 0);
        const auto listed = awaitResult(fx.session->send(ListVolumesRequest{}));
        QVERIFY(listed && listed->items.isEmpty());
    }

    void deleteIsRefusedWhileAttachedOrWithSnapshots()
    {
        ServerFixture fx(20);
        QVERIFY(fx.started);
        const QString server = activeServer(fx);
        QVERIFY(!server.isEmpty());
        const QString attached = availableVolume(fx, u"db-data"_qs);
        const QString snapped = availableVolume(fx, u"logs"_qs);
        QVERIFY(!attached.isEmpty() && !snapped.isEmpty());
        AttachServerVolumeRequest attach;
        attach.serverId = server;
        attach.volumeId = attached;
        QVERIFY(awaitResult(fx.session->send(attach)));
        CreateVolumeSnapshotRequest snap;
        snap.volumeId = snapped;
        snap.name = QStringLiteral("logs-snap");
        QVERIFY(awaitResult(fx.session->send(snap)));

        SectionedPane pane(Area::Volumes);
        auto* context = new VolumeContext(&pane);
        auto* section = new VolumesSection(context);
        pane.addSection(section);
        pane.addSection(new SnapshotsSection(context));
        pane.resize(1200, 700);
        pane.setSession(fx.session.get());
        pane.show();
        pane.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(section->model()->rowCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(context->snapshotCount(snapped) == 1 && !context->servers().isEmpty(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(context->volumes()->volume(attached)->status, u"in-use"_qs, 5000);

        QVERIFY(section->selectVolume(attached));
        QVERIFY(section->details()->text().contains(u"Attached to db1"));
        QVERIFY(!section->actions()->remove(section->selectedVolumes()));
        QVERIFY(section->banner()->isVisible());
        QVERIFY2(section->banner()->text().contains(u"db1") && section->banner()->text().contains(u"detach it first"),
                 qPrintable(section->banner()->text()));
        maybeShoot(&pane, u"volumes-delete-refused"_qs);

        QVERIFY(section->selectVolume(snapped));
        QVERIFY(!section->actions()->remove(section->selectedVolumes()));
        QVERIFY2(section->banner()->text().contains(u"has 1 snapshot"), qPrintable(section->banner()->text()));
        // Nothing was sent: both volumes are still there.
        QCOMPARE(awaitResult(fx.session->send(ListVolumesRequest{}))->items.size(), 2);

        // The other dialogs, for people to look at; the forced snapshot warns.
        QDialog* snapshotDialog = section->actions()->snapshot(*context->volumes()->volume(attached));
        QVERIFY(snapshotDialog->findChild<QLabel*>(u"note"_qs)->text().contains(u"--force"));
        maybeShoot(snapshotDialog, u"volume-snapshot-forced"_qs);
        snapshotDialog->close();
        QDialog* extendDialog = section->actions()->extend(*context->volumes()->volume(attached));
        QCOMPARE(extendDialog->findChild<QSpinBox*>(u"extendSize"_qs)->minimum(), 2);
        maybeShoot(extendDialog, u"volume-extend-attached"_qs);
        extendDialog->close();
        QDialog* attachDialog = section->actions()->attach(*context->volumes()->volume(snapped));
        QCOMPARE(attachDialog->findChild<QComboBox*>(u"attachServer"_qs)->currentText(), u"db1"_qs);
        maybeShoot(attachDialog, u"volume-attach"_qs);
        attachDialog->close();
        auto* tabs = pane.findChild<QTabWidget*>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        maybeShoot(&pane, u"volumes-snapshots-tab"_qs);
    }

private:
    static void maybeShoot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("ZENITH_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(50);
        widget->grab().save(QDir(dir).filePath(name + u".png"));
    }

    static QString availableVolume(ServerFixture& fx, const QString& name)
    {
        CreateVolumeRequest create;
        create.name = name;
        create.size = 1;
        const auto created = awaitResult(fx.session->send(create));
        if (!created)
            return {};
        const QString id = created->id;
        const bool ok = QTest::qWaitFor(
            [&] {
                const auto v = awaitResult(fx.session->send(GetVolumeRequest{id}));
                return v && v->status == u"available";
            },
            5000);
        return ok ? id : QString();
    }

    static QString activeServer(ServerFixture& fx)
    {
        if (!fx.create(QStringLiteral("db1"), 1).isEmpty())
            return {};
        const auto servers = awaitResult(fx.session->send(ListServersRequest{}));
        if (!servers || servers->items.isEmpty())
            return {};
        const QString id = servers->items.first().id;
        const bool ok = QTest::qWaitFor(
            [&] {
                const auto s = awaitResult(fx.session->send(GetServerRequest{id}));
                return s && s->status == u"ACTIVE";
            },
            10000);
        return ok ? id : QString();
    }
};

QTEST_MAIN(TestVolumesGui)
#include "tst_volumesgui.moc"
