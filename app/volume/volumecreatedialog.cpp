#include "volumecreatedialog.h"

#include "common/dialogsize.h"
#include "common/errortext.h"
#include "common/loadallpages.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "image/listimagesrequest.h"
#include "volume/listvolumeavailabilityzonesrequest.h"
#include "volume/listvolumetypesrequest.h"
#include "volumerules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

VolumeCreateDialog::VolumeCreateDialog(Session* session, const QList<VolumeSnapshot>& snapshots, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_snapshots(snapshots)
{
    setObjectName(QStringLiteral("volumeCreateDialog"));
    setWindowTitle(tr("Create Volume"));
    buildUi();
    load();
}

void VolumeCreateDialog::buildUi()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_name->setMaxLength(VolumeCreateForm::maxNameLength + 1);
    //: Placeholder of the volume name field
    m_name->setPlaceholderText(tr("e.g. db-data"));
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("volumeSize"));
    m_size->setRange(0, 16384);
    m_size->setValue(1);
    //: Suffix of the size field: gibibytes
    m_size->setSuffix(tr(" GiB"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("volumeType"));
    //: Volume type choice: let Cinder use the cloud's default type
    m_type->addItem(tr("Default"), QString());
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("volumeSource"));
    //: Source of a new volume: nothing on it
    m_source->addItem(tr("Empty volume"), int(VolumeCreateForm::Source::Empty));
    //: Source of a new volume: a copy of a Glance image (bootable)
    m_source->addItem(tr("Image"), int(VolumeCreateForm::Source::Image));
    //: Source of a new volume: restore a snapshot
    m_source->addItem(tr("Snapshot"), int(VolumeCreateForm::Source::Snapshot));
    m_pickLabel = new QLabel(this);
    m_pick = new QComboBox(this);
    m_pick->setObjectName(QStringLiteral("volumeSourcePick"));
    m_pick->setMinimumContentsLength(28);
    m_pickLabel->setBuddy(m_pick);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("volumeZone"));
    //: Availability zone choice: let Cinder choose
    m_zone->addItem(tr("Default"), QString());

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(m_pickLabel, m_pick);
    form->addRow(tr("Si&ze:"), m_size);
    form->addRow(QString(), m_hint);
    //: Form label: the volume type (storage class)
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Availability &zone:"), m_zone);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("volumeCreateMessage"));
    m_banner->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: Button of the create volume dialog
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VolumeCreateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VolumeCreateDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setDialogMinimumWidth(layout, 520);

    connect(m_source, &QComboBox::currentIndexChanged, this, &VolumeCreateDialog::sourceChanged);
    connect(m_pick, &QComboBox::currentIndexChanged, this, &VolumeCreateDialog::pickedChanged);
    sourceChanged();
}

void VolumeCreateDialog::load()
{
    if (!m_session)
        return;
    m_pending = 3;
    auto arrived = [this] {
        if (--m_pending == 0)
            Q_EMIT ready();
    };
    // Three independent lists, asked for together.
    whenFinished(m_session->send(ListVolumeTypesRequest{}), this,
                 [this, arrived](const Result<QList<VolumeType>>& types) {
                     for (const VolumeType& type : types ? *types : QList<VolumeType>{})
                         m_type->addItem(type.name, type.name);
                     arrived();
                 });
    whenFinished(m_session->send(ListVolumeAvailabilityZonesRequest{}), this,
                 [this, arrived](const Result<QList<VolumeAvailabilityZone>>& zones) {
                     for (const VolumeAvailabilityZone& zone : zones ? *zones : QList<VolumeAvailabilityZone>{}) {
                         if (zone.available)
                             m_zone->addItem(zone.zoneName, zone.zoneName);
                     }
                     arrived();
                 });
    ListImagesRequest images;
    images.status = QStringLiteral("active");
    loadAllPages(m_session, images, this, [this, arrived](const Result<QList<Image>>& result) {
        if (result)
            m_images = *result;
        else
            m_banner->showMessage(MessageBanner::Type::Warning, QString(tr("The images could not be listed.") % u'\n' %
                                                                        ErrorText::message(result.error())));
        std::sort(m_images.begin(), m_images.end(),
                  [](const Image& a, const Image& b) { return a.name.localeAwareCompare(b.name) < 0; });
        sourceChanged();
        arrived();
    });
}

bool VolumeCreateDialog::isReady() const
{
    return m_pending == 0;
}

void VolumeCreateDialog::setSnapshot(const QString& snapshotId)
{
    m_source->setCurrentIndex(m_source->findData(int(VolumeCreateForm::Source::Snapshot)));
    m_pick->setCurrentIndex(std::max(0, m_pick->findData(snapshotId)));
}

void VolumeCreateDialog::sourceChanged()
{
    const auto source = VolumeCreateForm::Source(m_source->currentData().toInt());
    const QString kept = m_pick->currentData().toString();
    m_pick->blockSignals(true);
    m_pick->clear();
    if (source == VolumeCreateForm::Source::Image) {
        m_pickLabel->setText(tr("&Image:"));
        for (const Image& image : std::as_const(m_images))
            m_pick->addItem(image.name.isEmpty() ? image.id : image.name, image.id);
    } else if (source == VolumeCreateForm::Source::Snapshot) {
        m_pickLabel->setText(tr("Sna&pshot:"));
        for (const VolumeSnapshot& snapshot : std::as_const(m_snapshots))
            m_pick->addItem(snapshot.name.isEmpty() ? snapshot.id : snapshot.name, snapshot.id);
    }
    m_pick->setCurrentIndex(std::max(0, m_pick->findData(kept)));
    m_pick->blockSignals(false);
    m_pickLabel->setVisible(source != VolumeCreateForm::Source::Empty);
    m_pick->setVisible(source != VolumeCreateForm::Source::Empty);
    pickedChanged();
}

void VolumeCreateDialog::pickedChanged()
{
    const VolumeCreateForm f = form();
    const int least = f.minimumSize();
    // Grow the size to what the source needs, never shrink what the user chose.
    if (f.source != VolumeCreateForm::Source::Empty && m_size->value() < least)
        m_size->setValue(least);
    if (f.source == VolumeCreateForm::Source::Image && !f.imageId.isEmpty())
        m_hint->setText(tr("At least %n GiB for this image. The volume will be bootable.", nullptr, least));
    else if (f.source == VolumeCreateForm::Source::Snapshot && !f.snapshotId.isEmpty())
        m_hint->setText(tr("At least %n GiB: the size of the snapshot.", nullptr, least));
    else
        m_hint->setText(tr("Sizes are in GiB (1 GiB = 1024 MiB); the quota counts every GiB."));
}

VolumeCreateForm VolumeCreateDialog::form() const
{
    VolumeCreateForm f;
    f.name = m_name->text();
    f.size = m_size->value();
    f.volumeType = m_type->currentData().toString();
    f.availabilityZone = m_zone->currentData().toString();
    f.source = VolumeCreateForm::Source(m_source->currentData().toInt());
    const QString picked = m_pick->currentData().toString();
    if (f.source == VolumeCreateForm::Source::Image) {
        for (const Image& image : m_images) {
            if (image.id != picked)
                continue;
            f.imageId = image.id;
            f.imageName = image.name;
            f.imageStatus = image.status;
            f.imageMinDisk = image.minDisk;
            f.imageSize = image.size.value_or(0);
        }
    } else if (f.source == VolumeCreateForm::Source::Snapshot) {
        for (const VolumeSnapshot& snapshot : m_snapshots) {
            if (snapshot.id != picked)
                continue;
            f.snapshotId = snapshot.id;
            f.snapshotName = snapshot.name;
            f.snapshotStatus = snapshot.status;
            f.snapshotSize = snapshot.size;
        }
    }
    return f;
}

QString VolumeCreateDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void VolumeCreateDialog::setBusy(bool busy)
{
    m_sending = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void VolumeCreateDialog::accept()
{
    if (m_sending || !m_session)
        return;
    const VolumeCreateForm f = form();
    const QList<VolumeProblem> problems = f.validate();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const VolumeProblem& problem : problems)
            lines << problem.message;
        m_banner->showMessage(MessageBanner::Type::Error, lines.join(u'\n'));
        QWidget* field = problems.first().field == VolumeProblem::Field::Name   ? static_cast<QWidget*>(m_name)
                         : problems.first().field == VolumeProblem::Field::Size ? static_cast<QWidget*>(m_size)
                                                                                : static_cast<QWidget*>(m_pick);
        field->setFocus();
        return;
    }
    setBusy(true);
    m_banner->showMessage(MessageBanner::Type::Information, tr("Creating the volume…"));
    whenFinished(m_session->send(f.toRequest()), this, [this, f](const Result<Volume>& result) {
        setBusy(false);
        if (!result) {
            const auto plain = VolumeRules::explainRefusal(result.error());
            m_banner->showMessage(MessageBanner::Type::Error,
                                  QString(tr("Cinder refused to create the volume.") % u'\n' %
                                          (plain ? QString(*plain + u'\n') : QString()) %
                                          ErrorText::message(result.error())));
            return;
        }
        Q_EMIT commandIssued(f.command(),
                             //: %1 is a volume name
                             tr("Creates the volume %1.").arg(quoted(f.name)));
        Q_EMIT created(*result);
        QDialog::accept();
    });
}

} // namespace zenith
