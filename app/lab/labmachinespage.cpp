#include "labmachinespage.h"

#include "labchoicecombo.h"
#include "labfieldmessage.h"
#include "labmachinedefaults.h"
#include "labplanissuetext.h"

#include "lab/labplanvalidation.h"
#include "stores/flavorstore.h"
#include "stores/imagestore.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace zenith {

namespace {

LabMachine* machineOf(LabPlan* plan, const QString& role)
{
    if (role == u"lb")
        return &plan->loadBalancer;
    if (role == u"db")
        return &plan->database;
    if (role == u"ns")
        return &plan->nameServer;
    return &plan->web;
}

const LabMachine& machineOf(const LabPlan& plan, const QString& role)
{
    return *machineOf(const_cast<LabPlan*>(&plan), role);
}

} // namespace

LabMachinesPage::LabMachinesPage(QWidget* parent)
    : LabWizardPage(parent)
    , m_images(new ImageStore(this))
    , m_flavors(new FlavorStore(this))
{
    setObjectName(QStringLiteral("labMachinesPage"));
    buildUi();
    retranslateUi();
    connect(m_images, &ImageStore::imagesAdded, this, &LabMachinesPage::fillImages);
    connect(m_images, &ImageStore::imagesRemoved, this, &LabMachinesPage::fillImages);
    connect(m_images, &ImageStore::loadingFinished, this, &LabMachinesPage::fillImages);
    connect(m_flavors, &FlavorStore::flavorsAdded, this, &LabMachinesPage::fillFlavors);
    connect(m_flavors, &FlavorStore::flavorsRemoved, this, &LabMachinesPage::fillFlavors);
    connect(m_flavors, &FlavorStore::loadingFinished, this, &LabMachinesPage::fillFlavors);
}

LabMachinesPage::~LabMachinesPage()
{
    disconnectChildren();
}

QStringList LabMachinesPage::roles()
{
    return {QStringLiteral("lb"), QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("ns")};
}

QString LabMachinesPage::title() const
{
    //: A step of the lab wizard: images and flavors of the servers
    return tr("Machines");
}

void LabMachinesPage::setSession(Session* session)
{
    m_images->setSession(session);
    m_flavors->setSession(session);
}

void LabMachinesPage::setActive(bool active)
{
    if (!active)
        return;
    if (!m_images->isLoaded())
        m_images->load();
    if (!m_flavors->isLoaded())
        m_flavors->load();
}

void LabMachinesPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    m_imageHeader = new QLabel(this);
    m_flavorHeader = new QLabel(this);
    grid->addWidget(m_imageHeader, 0, 1);
    grid->addWidget(m_flavorHeader, 0, 2);
    const QStringList keys = roles();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row& row = m_rows[size_t(i)];
        row.role = keys.at(i);
        row.label = new QLabel(this);
        row.image = new LabChoiceCombo(this);
        row.image->setObjectName(row.role + QStringLiteral("Image"));
        row.flavor = new LabChoiceCombo(this);
        row.flavor->setObjectName(row.role + QStringLiteral("Flavor"));
        row.flavor->setMinimumContentsLength(22);
        row.message = new LabFieldMessage(this);
        row.label->setBuddy(row.image);
        grid->addWidget(row.label, 1 + 2 * i, 0);
        grid->addWidget(row.image, 1 + 2 * i, 1);
        grid->addWidget(row.flavor, 1 + 2 * i, 2);
        grid->addWidget(row.message, 2 + 2 * i, 1, 1, 2);
        connect(row.image, &LabChoiceCombo::choiceEdited, this, &LabMachinesPage::edited);
        connect(row.flavor, &LabChoiceCombo::choiceEdited, this, &LabMachinesPage::edited);
    }
    m_volumeLabel = new QLabel(this);
    m_volume = new QSpinBox(this);
    m_volume->setObjectName(QStringLiteral("labVolumeSize"));
    m_volume->setRange(1, 1000);
    m_volumeLabel->setBuddy(m_volume);
    const int volumeRow = 1 + 2 * int(m_rows.size());
    grid->addWidget(m_volumeLabel, volumeRow, 0);
    grid->addWidget(m_volume, volumeRow, 1, Qt::AlignLeft);
    m_volumeMessage = new LabFieldMessage(this);
    m_volumeHint = new QLabel(this);
    m_volumeHint->setWordWrap(true);
    m_volumeHint->setEnabled(false);
    grid->addWidget(m_volumeMessage, volumeRow + 1, 1, 1, 2);
    grid->addWidget(m_volumeHint, volumeRow + 2, 1, 1, 2);
    layout->addLayout(grid);
    layout->addStretch();
    connect(m_volume, &QSpinBox::valueChanged, this, &LabMachinesPage::edited);
}

void LabMachinesPage::retranslateUi()
{
    m_intro->setText(tr("The image and the size of each kind of server. The proposals are a Debian 12 image and "
                        "the smallest flavor with at least 1 GiB of memory, enough for the tutorial."));
    //: Column header: the image (operating system) of a server
    m_imageHeader->setText(tr("Image"));
    //: Column header: the flavor (size) of a server
    m_flavorHeader->setText(tr("Flavor"));
    const QString labels[] = {tr("&Load balancer:"), tr("&Web servers:"), tr("&Database:"), tr("&Name server:")};
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].label->setText(labels[i]);
    m_volumeLabel->setText(tr("Database &volume:"));
    //: Suffix of a size in gibibytes in a spin box; mind the leading space
    m_volume->setSuffix(tr(" GiB"));
    m_volumeHint->setText(tr("A Cinder volume attached to the database server holds MariaDB's data, so the data "
                             "outlives the server and can be snapshotted."));
}

void LabMachinesPage::fillImages()
{
    const QList<Image> images = m_images->images();
    QStringList names;
    for (const Image& image : images) {
        if (!image.name.isEmpty() && !names.contains(image.name))
            names << image.name;
    }
    std::sort(names.begin(), names.end());
    const QString proposed = LabMachineDefaults::image(images);
    bool changed = false;
    for (Row& row : m_rows) {
        row.image->setChoices(names);
        if (row.image->currentIndex() < 0 && !row.image->isUserChoice() && !proposed.isEmpty()) {
            row.image->setChoice(proposed);
            changed = true;
        }
    }
    if (changed || m_images->isLoaded())
        Q_EMIT edited();
}

void LabMachinesPage::fillFlavors()
{
    const QList<Flavor> flavors = m_flavors->flavors();
    QList<Flavor> sorted = flavors;
    std::sort(sorted.begin(), sorted.end(), [](const Flavor& a, const Flavor& b) {
        return std::tie(a.ram, a.vcpus, a.name) < std::tie(b.ram, b.vcpus, b.name);
    });
    QStringList names;
    QStringList labels;
    for (const Flavor& flavor : std::as_const(sorted)) {
        if (flavor.disabled || names.contains(flavor.name))
            continue;
        names << flavor.name;
        const QString memory =
            flavor.ram % 1024 == 0 ? tr("%1 GiB").arg(flavor.ram / 1024) : tr("%1 MiB").arg(flavor.ram);
        //: A flavor in its picker: %1 its name, %n vCPUs, %2 its memory ("2 GiB")
        labels << tr("%1 (%n vCPU(s), %2)", nullptr, flavor.vcpus).arg(flavor.name, memory);
    }
    const QString proposed = LabMachineDefaults::flavor(flavors);
    bool changed = false;
    for (Row& row : m_rows) {
        row.flavor->setChoices(names, labels);
        if (row.flavor->currentIndex() < 0 && !row.flavor->isUserChoice() && !proposed.isEmpty()) {
            row.flavor->setChoice(proposed);
            changed = true;
        }
    }
    if (changed || m_flavors->isLoaded())
        Q_EMIT edited();
}

void LabMachinesPage::readPlan(const LabPlan& plan)
{
    for (Row& row : m_rows) {
        const LabMachine& machine = machineOf(plan, row.role);
        if (!machine.image.isEmpty())
            row.image->setChoice(machine.image);
        if (!machine.flavor.isEmpty())
            row.flavor->setChoice(machine.flavor);
    }
    const QSignalBlocker blocker(m_volume);
    m_volume->setValue(plan.databaseVolumeGb);
}

void LabMachinesPage::writePlan(LabPlan* plan) const
{
    for (const Row& row : m_rows) {
        LabMachine* machine = machineOf(plan, row.role);
        machine->image = row.image->choice();
        machine->flavor = row.flavor->choice();
    }
    plan->databaseVolumeGb = m_volume->value();
}

int LabMachinesPage::showIssues(const QList<LabPlanIssue>& issues)
{
    int shown = 0;
    for (Row& row : m_rows) {
        QStringList texts;
        for (const LabPlanIssue& issue : issues) {
            const bool machineField =
                issue.field == LabPlanIssue::Field::Image || issue.field == LabPlanIssue::Field::Flavor;
            if (machineField && issue.role == row.role)
                texts << LabPlanIssueText::message(issue);
        }
        row.message->setMessage(texts.join(u'\n'));
        shown += int(texts.size());
    }
    QStringList texts;
    for (const LabPlanIssue& issue : issues) {
        if (issue.field == LabPlanIssue::Field::VolumeSize)
            texts << LabPlanIssueText::message(issue);
    }
    m_volumeMessage->setMessage(texts.join(u'\n'));
    return shown + int(texts.size());
}

} // namespace zenith
