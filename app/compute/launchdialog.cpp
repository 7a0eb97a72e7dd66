#include "launchdialog.h"

#include "cli/openstackcommand.h"
#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "stores/flavorstore.h"
#include "stores/imagestore.h"
#include "stores/serverstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenith {

namespace {

// A script a lab needs is a few kilobytes; anything much larger is the wrong file.
constexpr qint64 maxScriptFile = 1024 * 1024;

} // namespace

LaunchDialog::LaunchDialog(Session* session, ServerStore* servers, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_servers(servers)
    , m_images(new ImageStore(this))
    , m_flavors(new FlavorStore(this))
    , m_tabs(new QTabWidget(this))
    , m_banner(new MessageBanner(this))
    , m_busy(new BusyIndicator(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("launchDialog"));
    m_tabs->setObjectName(QStringLiteral("launchTabs"));
    m_banner->setObjectName(QStringLiteral("launchBanner"));
    m_tabs->addTab(buildSourceTab(), QString());
    m_tabs->addTab(buildNetworkTab(), QString());
    m_tabs->addTab(buildAccessTab(), QString());
    m_launch = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_launch->setObjectName(QStringLiteral("launchButton"));
    m_launch->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::launch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busy);
    bottom->addWidget(m_buttons, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    m_banner->hide();
    resize(820, 640);
    retranslateUi();
    startLoading();
}

LaunchDialog::~LaunchDialog() = default;

QWidget* LaunchDialog::buildSourceTab()
{
    auto* page = new QWidget;
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("launchName"));
    m_name->setMaxLength(300); // beyond Nova's 255, so that a pasted name gets the specific message
    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("launchCount"));
    m_count->setRange(1, LaunchRequest::maxCount);
    m_namesHint = new QLabel(page);
    m_namesHint->setObjectName(QStringLiteral("launchNamesHint"));
    m_namesHint->setWordWrap(true);
    connect(m_name, &QLineEdit::textChanged, this, &LaunchDialog::updateNamesHint);
    connect(m_count, &QSpinBox::valueChanged, this, &LaunchDialog::updateNamesHint);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_namesHint, 1);

    m_imageSearch = new QLineEdit(page);
    m_imageSearch->setObjectName(QStringLiteral("launchImageSearch"));
    m_imageSearch->setClearButtonEnabled(true);
    m_imageList = new QTreeWidget(page);
    m_imageList->setObjectName(QStringLiteral("launchImages"));
    m_imageList->setColumnCount(4);
    connect(m_imageSearch, &QLineEdit::textChanged, this, &LaunchDialog::filterImages);
    connect(m_imageList, &QTreeWidget::itemSelectionChanged, this, &LaunchDialog::updateFlavorFit);
    m_flavorList = new QTreeWidget(page);
    m_flavorList->setObjectName(QStringLiteral("launchFlavors"));
    m_flavorList->setColumnCount(5);
    for (QTreeWidget* list : {m_imageList, m_flavorList}) {
        list->setRootIsDecorated(false);
        list->setAlternatingRowColors(true);
        // Filled in a sensible order (names; vCPUs then RAM): sorting by text would put "16 GiB" before "2 GiB".
        list->setSortingEnabled(false);
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_zone = new QComboBox(page);
    m_zone->setObjectName(QStringLiteral("launchZone"));

    auto* form = new QFormLayout(page);
    auto* nameLabel = new QLabel(page);
    auto* countLabel = new QLabel(page);
    auto* imageLabel = new QLabel(page);
    auto* flavorLabel = new QLabel(page);
    auto* zoneLabel = new QLabel(page);
    form->addRow(nameLabel, m_name);
    form->addRow(countLabel, countRow);
    form->addRow(imageLabel, m_imageSearch);
    form->addRow(nullptr, m_imageList);
    form->addRow(flavorLabel, m_flavorList);
    form->addRow(zoneLabel, m_zone);
    m_labels += {{nameLabel, [] { return tr("&Name:"); }},
                 //: how many instances to launch at once
                 {countLabel, [] { return tr("&Count:"); }},
                 {imageLabel, [] { return tr("&Image:"); }},
                 //: the instance's size (vCPUs, RAM, disk)
                 {flavorLabel, [] { return tr("&Flavor:"); }},
                 {zoneLabel, [] { return tr("Availability &zone:"); }}};
    nameLabel->setBuddy(m_name);
    countLabel->setBuddy(m_count);
    imageLabel->setBuddy(m_imageSearch);
    flavorLabel->setBuddy(m_flavorList);
    zoneLabel->setBuddy(m_zone);
    return page;
}

QWidget* LaunchDialog::buildNetworkTab()
{
    auto* page = new QWidget;
    m_nicList = new QTreeWidget(page);
    m_nicList->setObjectName(QStringLiteral("launchNics"));
    m_nicList->setColumnCount(2);
    m_nicList->setRootIsDecorated(false);
    m_nicList->setAlternatingRowColors(true);
    m_nicList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_nicUp = new QPushButton(page);
    m_nicUp->setObjectName(QStringLiteral("launchNicUp"));
    m_nicDown = new QPushButton(page);
    m_nicDown->setObjectName(QStringLiteral("launchNicDown"));
    connect(m_nicUp, &QPushButton::clicked, this, [this] { moveNic(-1); });
    connect(m_nicDown, &QPushButton::clicked, this, [this] { moveNic(1); });
    auto* order = new QVBoxLayout;
    order->addWidget(m_nicUp);
    order->addWidget(m_nicDown);
    order->addStretch();
    auto* nics = new QHBoxLayout;
    nics->addWidget(m_nicList, 1);
    nics->addLayout(order);
    m_securityGroups = new QListWidget(page);
    m_securityGroups->setObjectName(QStringLiteral("launchSecurityGroups"));

    auto* nicLabel = new QLabel(page);
    nicLabel->setWordWrap(true);
    nicLabel->setBuddy(m_nicList);
    auto* groupLabel = new QLabel(page);
    groupLabel->setBuddy(m_securityGroups);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(nicLabel);
    layout->addLayout(nics, 3);
    layout->addWidget(groupLabel);
    layout->addWidget(m_securityGroups, 2);
    m_labels += {{nicLabel,
                  [] {
                      return tr("&Networks and ports: tick each one the instance connects to; its interfaces are "
                                "created in this order (the first is eth0).");
                  }},
                 {groupLabel, [] { return tr("&Security groups (the firewall rules of every interface):"); }}};
    return page;
}

QWidget* LaunchDialog::buildAccessTab()
{
    auto* page = new QWidget;
    m_keypair = new QComboBox(page);
    m_keypair->setObjectName(QStringLiteral("launchKeypair"));
    m_keypair->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_importKeypair = new QPushButton(page);
    m_importKeypair->setObjectName(QStringLiteral("launchImportKeypair"));
    connect(m_importKeypair, &QPushButton::clicked, this, &LaunchDialog::importKeypairRequested);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keypair, 1);
    keyRow->addWidget(m_importKeypair);

    m_userData = new QPlainTextEdit(page);
    m_userData->setObjectName(QStringLiteral("launchUserData"));
    m_userData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_userData->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_userData->setTabChangesFocus(true);
    connect(m_userData, &QPlainTextEdit::textChanged, this, &LaunchDialog::updateUserDataSize);
    m_loadUserData = new QPushButton(page);
    m_loadUserData->setObjectName(QStringLiteral("launchLoadUserData"));
    connect(m_loadUserData, &QPushButton::clicked, this, [this] {
        //: file dialog title
        const QString path = QFileDialog::getOpenFileName(this, tr("Post-install script"), QString(),
                                                          tr("Scripts (*.sh *.yaml *.yml *.txt *.cfg);;All files (*)"));
        if (!path.isEmpty())
            loadUserDataFile(path);
    });
    m_userDataHint = new QLabel(page);
    m_userDataHint->setWordWrap(true);
    m_userDataSize = new QLabel(page);
    m_userDataSize->setObjectName(QStringLiteral("launchUserDataSize"));
    m_userDataSize->setWordWrap(true);
    m_userDataSize->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scriptRow = new QHBoxLayout;
    scriptRow->addWidget(m_userDataHint, 1);
    scriptRow->addWidget(m_loadUserData, 0, Qt::AlignTop);

    m_configDrive = new QCheckBox(page);
    m_configDrive->setObjectName(QStringLiteral("launchConfigDrive"));
    m_serverGroup = new QComboBox(page);
    m_serverGroup->setObjectName(QStringLiteral("launchServerGroup"));

    auto* keyLabel = new QLabel(page);
    keyLabel->setBuddy(m_keypair);
    auto* scriptLabel = new QLabel(page);
    scriptLabel->setBuddy(m_userData);
    auto* groupLabel = new QLabel(page);
    groupLabel->setBuddy(m_serverGroup);
    auto* form = new QFormLayout(page);
    form->addRow(keyLabel, keyRow);
    form->addRow(scriptLabel, scriptRow);
    form->addRow(m_userData);
    form->addRow(m_userDataSize);
    form->addRow(groupLabel, m_serverGroup);
    form->addRow(nullptr, m_configDrive);
    m_labels += {{keyLabel, [] { return tr("&Key pair:"); }},
                 {scriptLabel, [] { return tr("&Post-install script:"); }},
                 {groupLabel, [] { return tr("Server &group:"); }}};
    updateUserDataSize();
    return page;
}

void LaunchDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LaunchDialog::retranslateUi()
{
    setWindowTitle(tr("Launch instance"));
    //: tab of the launch dialog: the image, the flavor and the name
    m_tabs->setTabText(SourceTab, tr("Image and size"));
    m_tabs->setTabText(NetworkTab, tr("Network"));
    //: tab of the launch dialog: key pair, post-install script, server group
    m_tabs->setTabText(AccessTab, tr("Access and script"));
    for (const auto& [label, text] : std::as_const(m_labels))
        label->setText(text());
    m_name->setPlaceholderText(tr("e.g. web1"));
    //: placeholder of the search box above the images
    m_imageSearch->setPlaceholderText(tr("Search images by name"));
    m_imageList->setHeaderLabels({tr("Name"), tr("Size"), tr("Min. disk"), tr("Min. RAM")});
    //: flavor columns; the last says whether the flavor can hold the chosen image
    m_flavorList->setHeaderLabels({tr("Name"), tr("vCPUs"), tr("RAM"), tr("Disk"), tr("Fits the image")});
    m_nicList->setHeaderLabels({tr("Network or port"), tr("Details")});
    m_nicUp->setText(tr("Move &up"));
    m_nicDown->setText(tr("Move &down"));
    //: opens the dialog that imports a public key file as a key pair
    m_importKeypair->setText(tr("&Import…"));
    m_loadUserData->setText(tr("L&oad from file…"));
    m_userDataHint->setText(tr("Runs once, at the first boot (cloud-init). Start it with #cloud-config for "
                               "cloud-init's YAML, or #!/bin/sh for a shell script."));
    m_userData->setPlaceholderText(QStringLiteral("#!/bin/sh\napt-get update\napt-get install -y nginx\n\n") %
                                   tr("(or the same in cloud-init's YAML:)") %
                                   QStringLiteral("\n\n#cloud-config\npackages:\n  - nginx"));
    m_configDrive->setText(tr("Use a &configuration drive (metadata on a disk, for networks without a "
                              "metadata service)"));
    m_launch->setText(tr("&Launch"));
    updateNamesHint();
    updateUserDataSize();
    if (m_keypair->count() > 0)
        m_keypair->setItemText(0, tr("No key pair (no SSH access with a key)"));
    if (m_serverGroup->count() > 0)
        m_serverGroup->setItemText(0, tr("None"));
    if (m_zone->count() > 0)
        m_zone->setItemText(0, tr("Any (the cloud chooses)"));
    updateFlavorFit();
}

void LaunchDialog::updateNamesHint()
{
    const QString name = m_name->text().trimmed().isEmpty() ? tr("name") : m_name->text();
    const QStringList names = LaunchRequest::instanceNames(name, m_count->value());
    if (names.size() == 1) {
        m_namesHint->clear();
        return;
    }
    //: %1, %2: the first two names Nova gives, %3 the last one (web-1, web-2 … web-5)
    m_namesHint->setText(names.size() == 2 ? tr("Nova names them %1 and %2.").arg(names[0], names[1])
                                           : tr("Nova names them %1, %2 … %3.").arg(names[0], names[1], names.last()));
}

void LaunchDialog::updateUserDataSize()
{
    const QString text = m_userData->toPlainText();
    const QLocale locale;
    QString message;
    bool bad = false;
    if (const auto problem = LaunchRequest::checkUserData(text)) {
        message = problem->message;
        bad = true;
    } else if (!text.isEmpty()) {
        //: %1 bytes typed, %2 once base64-encoded, %3 Nova's limit
        message =
            tr("%1 bytes, %2 once base64-encoded (Nova's limit: %3).")
                .arg(locale.toString(qint64(text.toUtf8().size())), locale.toString(LaunchRequest::encodedSize(text)),
                     locale.toString(LaunchRequest::maxEncodedUserData));
        if (!text.startsWith(u"#cloud-config") && !text.startsWith(u"#!"))
            message += u' ' + tr("Its first line is neither #cloud-config nor #!: cloud-init will not run it.");
    }
    m_userDataSize->setText(message);
    m_userDataSize->setStyleSheet(bad ? QStringLiteral("color: palette(bright-text); background: #c0392b; "
                                                       "padding: 4px; border-radius: 3px;")
                                      : QString());
}

bool LaunchDialog::loadUserDataFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    QString problem;
    if (!info.isFile())
        problem = tr("“%1” is not a file.").arg(path);
    else if (info.size() > maxScriptFile)
        //: %1 file, %2 its size
        problem = tr("“%1” is %2: far too large for a post-install script.")
                      .arg(path, QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeIecFormat));
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("“%1” cannot be read: %2").arg(path, file.errorString());
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, problem);
        m_banner->show();
        return false;
    }
    m_userData->setPlainText(QString::fromUtf8(file.readAll()));
    m_userDataFile = info.fileName();
    m_banner->hide();
    return true;
}

void LaunchDialog::moveNic(int delta)
{
    QTreeWidgetItem* item = m_nicList->currentItem();
    if (!item)
        return;
    const int from = m_nicList->indexOfTopLevelItem(item);
    const int to = from + delta;
    if (to < 0 || to >= m_nicList->topLevelItemCount())
        return;
    m_nicList->takeTopLevelItem(from);
    m_nicList->insertTopLevelItem(to, item);
    m_nicList->setCurrentItem(item);
}

LaunchRequest LaunchDialog::request() const
{
    LaunchRequest r;
    r.name = m_name->text();
    r.count = m_count->value();
    if (const QTreeWidgetItem* image = currentImage()) {
        r.imageId = image->data(0, IdRole).toString();
        r.imageName = image->data(0, LabelRole).toString();
        r.imageStatus = image->data(0, StatusRole).toString();
        r.imageSize = image->data(0, SizeRole).toLongLong();
        r.imageMinDisk = image->data(0, MinDiskRole).toInt();
        r.imageMinRam = image->data(0, MinRamRole).toInt();
    }
    if (const QTreeWidgetItem* flavor = currentFlavor()) {
        r.flavorId = flavor->data(0, IdRole).toString();
        r.flavorName = flavor->data(0, LabelRole).toString();
        r.flavorDisk = flavor->data(0, MinDiskRole).toInt();
        r.flavorRam = flavor->data(0, MinRamRole).toInt();
    }
    for (int i = 0; i < m_nicList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_nicList->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        r.nics << LaunchNic{LaunchNic::Kind(item->data(0, KindRole).toInt()), item->data(0, IdRole).toString(),
                            item->data(0, LabelRole).toString()};
    }
    r.usableNetworks = m_usableNetworks;
    r.onlyNetwork = m_onlyNetwork;
    for (int i = 0; i < m_securityGroups->count(); ++i) {
        if (m_securityGroups->item(i)->checkState() == Qt::Checked)
            r.securityGroups << m_securityGroups->item(i)->data(IdRole).toString();
    }
    r.availableSecurityGroups = m_securityGroups->count();
    r.keyName = m_keypair->currentData(IdRole).toString();
    r.userData = m_userData->toPlainText();
    r.userDataFile = m_userDataFile;
    r.configDrive = m_configDrive->isChecked();
    r.serverGroupId = m_serverGroup->currentData(IdRole).toString();
    r.serverGroupName = m_serverGroup->currentData(LabelRole).toString();
    r.availabilityZone = m_zone->currentData(IdRole).toString();
    return r;
}

bool LaunchDialog::isLaunching() const
{
    return m_launching;
}

void LaunchDialog::launch()
{
    if (m_launching || !m_session)
        return;
    const LaunchRequest r = request();
    const QList<LaunchProblem> problems = r.validate();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    m_launching = true;
    m_launch->setEnabled(false);
    m_busy->show();
    m_banner->hide();
    whenFinished(m_session->send(r.toCreateServerRequest()), this, [this, r](const Result<CreatedServer>& created) {
        m_launching = false;
        m_launch->setEnabled(true);
        m_busy->setVisible(isLoading());
        if (created) {
            landCreated(r, {created->id});
            return;
        }
        //: shown in the launch dialog above Nova's reason; the dialog stays open with every field as typed
        m_banner->showMessage(MessageBanner::Type::Error, QString(tr("The instance was not launched.") % u'\n' %
                                                                  ErrorText::message(created.error())));
        m_banner->show();
    });
}

void LaunchDialog::showProblems(const QList<LaunchProblem>& problems)
{
    using Field = LaunchProblem::Field;
    QStringList lines;
    for (const LaunchProblem& p : problems)
        lines << (problems.size() > 1 ? QString(u"• " + p.message) : p.message);
    m_banner->showMessage(MessageBanner::Type::Error, lines.join(u'\n'));
    m_banner->show();
    QWidget* focus = nullptr;
    switch (problems.first().field) {
    case Field::Name: focus = m_name; break;
    case Field::Count: focus = m_count; break;
    case Field::Image: focus = m_imageList; break;
    case Field::Flavor: focus = m_flavorList; break;
    case Field::Zone: focus = m_zone; break;
    case Field::Networks: focus = m_nicList; break;
    case Field::SecurityGroups: focus = m_securityGroups; break;
    case Field::Keypair: focus = m_keypair; break;
    case Field::UserData: focus = m_userData; break;
    case Field::ServerGroup: focus = m_serverGroup; break;
    }
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(focus))
            m_tabs->setCurrentIndex(tab);
    }
    focus->setFocus(Qt::OtherFocusReason);
}

void LaunchDialog::landCreated(const LaunchRequest& sent, const QStringList& ids)
{
    if (m_servers) {
        for (const QString& id : ids)
            m_servers->watch(id);
    }
    const QStringList names = LaunchRequest::instanceNames(sent.name, sent.count);
    //: explanation under the equivalent command; %1 the image, %2 the flavor
    Q_EMIT commandIssued(OpenstackCommand::serverCreate(sent.toCommandOptions()),
                         tr("Creates %n instance(s) from the image %1 with the flavor %2.", nullptr, sent.count)
                             .arg(sent.imageName, sent.flavorName));
    Q_EMIT launched(ids);
    accept();
}

} // namespace zenith
