#include "volumeactions.h"

#include "volumecontext.h"
#include "volumecreatedialog.h"
#include "volumerules.h"

#include "cli/openstackcommand.h"
#include "cli/volumecommand.h"
#include "common/errortext.h"
#include "common/quoted.h"
#include "compute/attachservervolumerequest.h"
#include "compute/detachservervolumerequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "stores/volumesnapshotstore.h"
#include "stores/volumestore.h"
#include "volume/createvolumesnapshotrequest.h"
#include "volume/deletevolumerequest.h"
#include "volume/extendvolumerequest.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

constexpr int namesListed = 15;

// A small window-modal dialog: a form, a note under it and OK/Cancel; `accepted` runs on OK.
QDialog* formDialog(QWidget* parent, const QString& title, const QString& objectName, QFormLayout* form, QLabel* note,
                    const QString& okText)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("note"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460);
    return dialog;
}

} // namespace

VolumeActions::VolumeActions(VolumeContext* context, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
{}

void VolumeActions::refuse(const QString& text)
{
    Q_EMIT message(MessageBanner::Type::Error, text);
}

void VolumeActions::failed(const QString& what, const ApiError& error)
{
    const auto plain = VolumeRules::explainRefusal(error);
    Q_EMIT message(MessageBanner::Type::Error,
                   QString(what % u'\n' % (plain ? QString(*plain + u'\n') : QString()) % ErrorText::message(error)));
}

QString VolumeActions::serverLabel(const Volume& volume) const
{
    if (volume.attachments.isEmpty())
        return {};
    const QString id = volume.attachments.first().serverId;
    return m_context->serverNames().value(id, id);
}

VolumeCreateDialog* VolumeActions::create()
{
    QList<VolumeSnapshot> snapshots = m_context->snapshots()->snapshots();
    std::sort(snapshots.begin(), snapshots.end(),
              [](const VolumeSnapshot& a, const VolumeSnapshot& b) { return a.name.localeAwareCompare(b.name) < 0; });
    auto* dialog = new VolumeCreateDialog(m_context->session(), snapshots, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VolumeCreateDialog::commandIssued, this, &VolumeActions::commandIssued);
    connect(dialog, &VolumeCreateDialog::created, this, [this](const Volume& volume) {
        m_context->volumes()->insert(volume);
        Q_EMIT created(volume.id);
    });
    dialog->open();
    return dialog;
}

QDialog* VolumeActions::attach(const Volume& volume)
{
    if (const auto problem = VolumeRules::attachProblem(volume)) {
        refuse(*problem);
        return nullptr;
    }
    QList<Server> servers = m_context->servers();
    std::sort(servers.begin(), servers.end(),
              [](const Server& a, const Server& b) { return a.name.localeAwareCompare(b.name) < 0; });
    auto* form = new QFormLayout;
    auto* server = new QComboBox;
    server->setObjectName(QStringLiteral("attachServer"));
    for (const Server& s : std::as_const(servers))
        server->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
    auto* device = new QLineEdit;
    device->setObjectName(QStringLiteral("attachDevice"));
    //: Placeholder of the optional device field of the attach dialog
    device->setPlaceholderText(tr("automatic, e.g. /dev/vdb"));
    form->addRow(tr("&Instance:"), server);
    form->addRow(tr("&Device (optional):"), device);
    auto* note = new QLabel(servers.isEmpty() ? tr("This project has no instances to attach the volume to.")
                                              : tr("The volume appears as a new disk in the instance; format and "
                                                   "mount it there the first time."));
    //: %1 is a volume name
    QDialog* dialog = formDialog(m_parent, tr("Attach %1").arg(VolumeRules::quotedLabel(volume)),
                                 QStringLiteral("attachVolumeDialog"), form, note, tr("Attach"));
    connect(dialog, &QDialog::accepted, this, [this, volume, server, device] {
        AttachServerVolumeRequest request;
        request.serverId = server->currentData().toString();
        request.volumeId = volume.id;
        if (!device->text().trimmed().isEmpty())
            request.device = device->text().trimmed();
        if (request.serverId.isEmpty() || !m_context->session())
            return;
        const QString serverName = server->currentText();
        Q_EMIT commandIssued(
            OpenstackCommand::serverAddVolume(serverName, VolumeRules::label(volume),
                                              request.device.value_or(QString())),
            tr("Attaches %1 to the instance %2.").arg(VolumeRules::quotedLabel(volume), quoted(serverName)));
        whenFinished(
            m_context->session()->send(request), this, [this, volume](const Result<ServerVolumeAttachment>& result) {
                if (!result)
                    failed(tr("%1 could not be attached.").arg(VolumeRules::quotedLabel(volume)), result.error());
                m_context->volumes()->watch(volume.id);
            });
    });
    dialog->open();
    return dialog;
}

bool VolumeActions::detach(const Volume& volume)
{
    if (const auto problem = VolumeRules::detachProblem(volume)) {
        refuse(*problem);
        return false;
    }
    if (!m_context->session())
        return false;
    const QString serverId = volume.attachments.first().serverId;
    const QString serverName = serverLabel(volume);
    Q_EMIT commandIssued(
        OpenstackCommand::serverRemoveVolume(serverName, VolumeRules::label(volume)),
        tr("Detaches %1 from the instance %2.").arg(VolumeRules::quotedLabel(volume), quoted(serverName)));
    whenFinished(m_context->session()->send(DetachServerVolumeRequest{serverId, volume.id}), this,
                 [this, volume](const Result<NoContent>& result) {
                     if (!result)
                         failed(tr("%1 could not be detached.").arg(VolumeRules::quotedLabel(volume)), result.error());
                     m_context->volumes()->watch(volume.id);
                 });
    return true;
}

QDialog* VolumeActions::extend(const Volume& volume)
{
    // The dev cloud (Cinder Zed) extends attached volumes at microversion 3.42; a cloud whose back
    // end cannot answers 400, worded by explainRefusal.
    if (const auto problem = VolumeRules::extendProblem(volume, volume.size + 1, true)) {
        refuse(*problem);
        return nullptr;
    }
    auto* form = new QFormLayout;
    auto* size = new QSpinBox;
    size->setObjectName(QStringLiteral("extendSize"));
    size->setRange(volume.size + 1, 16384);
    size->setSuffix(tr(" GiB"));
    form->addRow(tr("Current size:"), new QLabel(tr("%1 GiB").arg(volume.size)));
    form->addRow(tr("&New size:"), size);
    const bool attached = volume.status == u"in-use";
    // Checked on the dev cloud (Cinder Zed): at microversion 3.42 an in-use volume grows while
    // attached; the openstack client refuses it at its default 3.0 ("must be available").
    auto* note = new QLabel(attached ? tr("The volume is attached: Cinder grows it while the instance runs "
                                          "(microversion 3.42; a cloud whose storage cannot do that refuses, then "
                                          "detach it first). The openstack command needs --os-volume-api-version "
                                          "3.42 for this. Grow the file system inside the instance afterwards, "
                                          "e.g. with resize2fs.")
                                     : tr("A volume can grow, never shrink. Grow its file system after the next "
                                          "attach, e.g. with resize2fs."));
    QDialog* dialog = formDialog(m_parent, tr("Extend %1").arg(VolumeRules::quotedLabel(volume)),
                                 QStringLiteral("extendVolumeDialog"), form, note, tr("Extend"));
    connect(dialog, &QDialog::accepted, this, [this, volume, size, attached] {
        if (!m_context->session())
            return;
        if (const auto problem = VolumeRules::extendProblem(volume, size->value(), true)) {
            refuse(*problem);
            return;
        }
        Q_EMIT commandIssued(VolumeCommand::setSize(VolumeRules::label(volume), size->value(), attached),
                             tr("Extends %1 to %n GiB.", nullptr, size->value()).arg(VolumeRules::quotedLabel(volume)));
        whenFinished(m_context->session()->send(ExtendVolumeRequest{volume.id, size->value(), attached}), this,
                     [this, volume](const Result<NoContent>& result) {
                         if (!result)
                             failed(tr("%1 could not be extended.").arg(VolumeRules::quotedLabel(volume)),
                                    result.error());
                         m_context->volumes()->watch(volume.id);
                     });
    });
    dialog->open();
    return dialog;
}

QDialog* VolumeActions::snapshot(const Volume& volume)
{
    if (const auto problem = VolumeRules::snapshotProblem(volume)) {
        refuse(*problem);
        return nullptr;
    }
    const bool force = VolumeRules::snapshotNeedsForce(volume);
    auto* form = new QFormLayout;
    auto* name = new QLineEdit(QString(VolumeRules::label(volume) + u"-snap"));
    name->setObjectName(QStringLiteral("snapshotName"));
    form->addRow(tr("&Name:"), name);
    auto* note = new QLabel(force ? tr("Warning: the volume is attached and in use, so the snapshot is taken with "
                                       "--force: data the instance has not written to disk yet is missing from it. "
                                       "Stop the instance or unmount the volume first for a consistent copy.")
                                  : tr("A snapshot keeps the volume's data as it is now; create a volume from it to "
                                       "get the data back."));
    QDialog* dialog = formDialog(m_parent, tr("Snapshot %1").arg(VolumeRules::quotedLabel(volume)),
                                 QStringLiteral("snapshotVolumeDialog"), form, note, tr("Create Snapshot"));
    connect(dialog, &QDialog::accepted, this, [this, volume, name, force] {
        if (!m_context->session())
            return;
        CreateVolumeSnapshotRequest request;
        request.volumeId = volume.id;
        if (!name->text().trimmed().isEmpty())
            request.name = name->text().trimmed();
        request.force = force;
        Q_EMIT commandIssued(
            VolumeCommand::snapshotCreate(VolumeRules::label(volume), request.name.value_or(volume.id), force),
            tr("Takes a snapshot of %1.").arg(VolumeRules::quotedLabel(volume)));
        whenFinished(m_context->session()->send(request), this, [this, volume](const Result<VolumeSnapshot>& result) {
            if (!result) {
                failed(tr("No snapshot of %1 could be taken.").arg(VolumeRules::quotedLabel(volume)), result.error());
                return;
            }
            m_context->snapshots()->insert(*result);
            Q_EMIT message(MessageBanner::Type::Information,
                           tr("Snapshot %1 is being created: see the Snapshots tab.").arg(quoted(result->name)));
        });
    });
    dialog->open();
    return dialog;
}

QMessageBox* VolumeActions::remove(const QList<Volume>& volumes)
{
    QStringList problems;
    for (const Volume& volume : volumes) {
        if (const auto problem =
                VolumeRules::deleteProblem(volume, m_context->snapshotCount(volume.id), serverLabel(volume)))
            problems << *problem;
    }
    if (!problems.isEmpty()) {
        refuse(QString(tr("Nothing was deleted.") % u'\n' % problems.join(u'\n')));
        return nullptr;
    }
    QStringList names;
    for (const Volume& volume : volumes)
        names << VolumeRules::label(volume);
    QString text;
    if (names.size() == 1) {
        text = tr("Delete the volume %1 and all its data?").arg(quoted(names.first()));
    } else {
        QStringList lines{tr("Delete these %n volumes and all their data?", nullptr, int(names.size())), QString()};
        for (const QString& name : names.first(std::min<qsizetype>(names.size(), namesListed)))
            lines << QString(u"• " + name);
        if (names.size() > namesListed)
            lines << tr("and %n more", nullptr, int(names.size() - namesListed));
        text = lines.join(u'\n');
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Volumes"), text, QMessageBox::NoButton, m_parent);
    box->setObjectName(QStringLiteral("confirmDeleteVolumes"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("This cannot be undone: the data is gone for good."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, volumes, names] {
        if (box->clickedButton() != confirm || !m_context->session())
            return;
        Q_EMIT commandIssued(VolumeCommand::remove(names), tr("Deletes %n volume(s).", nullptr, int(names.size())));
        for (const Volume& volume : volumes) {
            whenFinished(m_context->session()->send(DeleteVolumeRequest{volume.id}), this,
                         [this, volume](const Result<NoContent>& result) {
                             if (!result)
                                 failed(tr("%1 could not be deleted.").arg(VolumeRules::quotedLabel(volume)),
                                        result.error());
                             m_context->volumes()->watch(volume.id);
                         });
        }
    });
    box->open();
    return box;
}

} // namespace zenith
