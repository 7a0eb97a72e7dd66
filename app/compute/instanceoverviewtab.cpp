#include "instanceoverviewtab.h"

#include "instancesmodel.h"

#include "common/messagebanner.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace zenith {

namespace {

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
}

QString sizeText(int mib)
{
    return mib % 1024 == 0 ? InstanceOverviewTab::tr("%1 GiB").arg(mib / 1024)
                           : InstanceOverviewTab::tr("%1 MiB").arg(mib);
}

} // namespace

InstanceOverviewTab::InstanceOverviewTab(QWidget* parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("instanceOverview"));
    auto* page = new QWidget;
    page->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    for (int field = 0; field < FieldCount; ++field) {
        auto* label = new QLabel(page);
        auto* value = new QLabel(page);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        // Ids, addresses and dates are what people copy into a terminal or a ticket.
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_form->addRow(label, value);
        m_labels << label;
        m_values << value;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    m_banner->hide();
    retranslateUi();
}

void InstanceOverviewTab::setServer(const Server& server, const QString& imageName)
{
    m_deleted = m_server && m_server->id == server.id && m_deleted;
    m_server = server;
    m_imageName = imageName;
    render();
}

void InstanceOverviewTab::showDeleted()
{
    m_deleted = true;
    render();
}

QString InstanceOverviewTab::fieldText(Field field) const
{
    return m_values.value(field) ? m_values[field]->text() : QString();
}

MessageBanner* InstanceOverviewTab::banner() const
{
    return m_banner;
}

void InstanceOverviewTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InstanceOverviewTab::retranslateUi()
{
    const QString labels[FieldCount] = {
        tr("Name:"),
        tr("ID:"),
        tr("Status:"),
        tr("Image:"),
        tr("Flavor:"),
        tr("Key pair:"),
        tr("Availability zone:"),
        tr("Security groups:"),
        tr("Created:"),
        tr("Updated:"),
        //: Nova's hostId: the compute host hashed per project; equal values mean the same host
        tr("Host ID:"),
        //: whether the instance is locked against actions
        tr("Locked:"),
        tr("Config drive:"),
    };
    for (int field = 0; field < FieldCount; ++field)
        m_labels[field]->setText(labels[field]);
    render();
}

QString InstanceOverviewTab::flavorText() const
{
    const ServerFlavor& f = m_server->flavor;
    if (!f.embedded)
        return f.id;
    //: an instance's flavor: its name, then vCPUs, RAM and root disk, e.g. "d2-2: 1 vCPU, 2 GiB RAM, 25 GiB disk"
    return tr("%1: %n vCPU(s), %2 RAM, %3 GiB disk", nullptr, f.vcpus).arg(f.originalName, sizeText(f.ram)).arg(f.disk);
}

void InstanceOverviewTab::render()
{
    if (!m_server)
        return;
    const Server& s = *m_server;
    const QString none = tr("None");
    const QString yes = tr("Yes");
    const QString no = tr("No");
    QString image = m_imageName.isEmpty() ? s.imageId : m_imageName;
    if (s.imageId.isEmpty())
        //: the image field of an instance that boots from a volume
        image = tr("Booted from a volume");
    QString locked = s.locked ? (*s.locked ? yes : no) : QString();
    if (s.locked.value_or(false) && !s.lockedReason.isEmpty())
        //: "Yes (reason given when locking)"
        locked = tr("Yes (%1)").arg(s.lockedReason);
    const QString values[FieldCount] = {
        s.name,
        s.id,
        InstancesModel::statusText(s),
        image,
        flavorText(),
        s.keyName.isEmpty() ? none : s.keyName,
        s.availabilityZone,
        s.securityGroups.isEmpty() ? none : s.securityGroups.join(QStringLiteral(", ")),
        dateText(s.created),
        dateText(s.updated),
        s.hostId,
        locked,
        s.configDrive ? yes : no,
    };
    for (int field = 0; field < FieldCount; ++field)
        m_values[field]->setText(values[field]);

    if (m_deleted) {
        //: the instance shown in the details panel was deleted (by someone else, or meanwhile)
        m_banner->showMessage(MessageBanner::Type::Warning, tr("This instance no longer exists: it was deleted."));
    } else if (s.fault) {
        //: %1: Nova's fault message, e.g. "No valid host was found."; %2: its code, e.g. 500
        m_banner->showMessage(
            MessageBanner::Type::Error,
            QString(tr("Nova reports a fault (code %2): %1").arg(s.fault->message).arg(s.fault->code) % u'\n' %
                    tr("The Action log tab gives the request ID to quote when asking for help.")));
    } else {
        m_banner->hide();
    }
}

} // namespace zenith
