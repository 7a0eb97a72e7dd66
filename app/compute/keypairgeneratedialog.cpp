#include "keypairgeneratedialog.h"

#include "common/dialogsize.h"
#include "publickeytext.h"
#include "sshkeyfileiconprovider.h"

#include "cli/openstackcommand.h"
#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "compute/createkeypairrequest.h"
#include "compute/publickeyfile.h"
#include "core/session.h"
#include "core/whenfinished.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

QString expandHome(const QString& path)
{
    if (path == u"~" || path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

KeypairGenerateDialog::KeypairGenerateDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_generator(new SshKeyGenerator(this))
{
    setObjectName(QStringLiteral("keypairGenerateDialog"));
    buildUi();
    retranslateUi();
    updateSuggestedPath();
    connect(m_generator, &SshKeyGenerator::finished, this, &KeypairGenerateDialog::keyMade);
    connect(m_generator, &SshKeyGenerator::failed, this, &KeypairGenerateDialog::keyFailed);
}

KeypairGenerateDialog::~KeypairGenerateDialog() = default;

void KeypairGenerateDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keypairName"));
    m_name->setMaxLength(1024);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("privateKeyPath"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("choosePrivateKeyFile"));
    m_publicPath = new QLabel(this);
    m_publicPath->setObjectName(QStringLiteral("publicKeyPath"));
    m_publicPath->setTextFormat(Qt::PlainText);
    QPalette muted = m_publicPath->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_publicPath->setPalette(muted);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("generateMessage"));

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_form->addRow(m_nameLabel, m_name);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setBuddy(m_path);
    m_form->addRow(m_pathLabel, pathRow);
    m_form->addRow(static_cast<QWidget*>(nullptr), m_publicPath);

    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->hide();
    m_busyText = new QLabel(this);
    m_busyText->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addWidget(m_busyText);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addLayout(bottom);
    setDialogMinimumWidth(layout, fontMetrics().averageCharWidth() * 90);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeypairGenerateDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeypairGenerateDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &KeypairGenerateDialog::chooseFile);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_banner->hide();
        updateSuggestedPath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_banner->hide();
        retranslateUi();
    });
}

void KeypairGenerateDialog::retranslateUi()
{
    //: Title of the dialog that makes a new SSH key on this computer
    setWindowTitle(tr("Generate a Key Pair"));
    m_intro->setText(tr("Zenith runs ssh-keygen to make a new Ed25519 key on this computer. The private key is saved "
                        "where you choose, without a passphrase and readable only by you (mode 0600); it never "
                        "leaves this computer. Only the public key is uploaded."));
    m_nameLabel->setText(tr("&Name:"));
    //: Form label: the file the new private key is written to
    m_pathLabel->setText(tr("&Private key:"));
    m_name->setPlaceholderText(tr("for example laptop"));
    m_choose->setText(tr("&Choose…"));
    const QString path = privateKeyPath();
    //: %1 is the public key file written next to the private key, e.g. "~/.ssh/id_ed25519_lab.pub"
    m_publicPath->setText(path.isEmpty() ? QString()
                                         : tr("Public key: %1").arg(PublicKeyText::shownPath(path + u".pub")));
    //: Button: make the key on this computer, then upload its public half
    m_generate->setText(tr("&Generate and Import"));
    m_busyText->setText(m_madePath.isEmpty() ? tr("Generating…") : tr("Uploading the public key…"));
}

void KeypairGenerateDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    warnIfProgramMissing();
}

void KeypairGenerateDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString KeypairGenerateDialog::missingProgramText() const
{
    return tr("ssh-keygen was not found on this computer, so no key can be made here. Install the openssh-client "
              "package (on Debian or Ubuntu: sudo apt install openssh-client) and try again, or import a public "
              "key you already have.");
}

void KeypairGenerateDialog::setTakenNames(const QStringList& names)
{
    m_taken = names;
}

void KeypairGenerateDialog::setKeygenProgram(const QString& program)
{
    m_generator->setProgram(program);
    warnIfProgramMissing();
}

void KeypairGenerateDialog::warnIfProgramMissing()
{
    // Said at once, not only after a click: the user may rather import a key they have.
    if (isVisible() && m_generator->resolvedProgram().isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Warning, missingProgramText());
        adjustSize();
    }
}

void KeypairGenerateDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void KeypairGenerateDialog::setPrivateKeyPath(const QString& path)
{
    m_pathChosen = true;
    m_path->setText(PublicKeyText::shownPath(path));
}

void KeypairGenerateDialog::updateSuggestedPath()
{
    if (m_pathChosen)
        return;
    // ~/.ssh/id_ed25519_NAME, as ssh-keygen names its files; spaces would only make the path awkward.
    QString suffix = PublicKeyFile::suggestedName(m_name->text(), QString());
    suffix.replace(u' ', u'_');
    const QString file = suffix.isEmpty() ? QStringLiteral("id_ed25519") : QString(u"id_ed25519_" + suffix);
    m_path->setText(QStringLiteral("~/.ssh/") + file);
}

QString KeypairGenerateDialog::privateKeyPath() const
{
    const QString typed = m_path->text().trimmed();
    return typed.isEmpty() ? QString() : QFileInfo(expandHome(typed)).absoluteFilePath();
}

void KeypairGenerateDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("privateKeyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setWindowTitle(tr("Save the Private Key As"));
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    SshKeyFileIconProvider::install(dialog);
    const QString path = privateKeyPath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        dialog->setDirectory(info.absoluteDir().exists() ? info.absolutePath() : QDir::homePath());
        dialog->selectFile(info.fileName());
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        setPrivateKeyPath(file);
        // The save dialog asked before replacing an existing file.
        if (QFileInfo::exists(file))
            m_confirmedPath = QFileInfo(file).absoluteFilePath();
    });
    dialog->open();
}

void KeypairGenerateDialog::submit()
{
    if (m_busy)
        return;
    const QString name = m_name->text();
    if (const QString problem = PublicKeyText::nameProblem(name); !problem.isEmpty()) {
        refuse(problem);
        m_name->setFocus();
        return;
    }
    if (m_taken.contains(name)) {
        refuse(tr("A key pair named %1 already exists. Choose another name.").arg(quoted(name)));
        m_name->setFocus();
        return;
    }
    if (!m_session) {
        refuse(tr("Sign in to a cloud first."));
        return;
    }
    const QString path = privateKeyPath();
    // Made before and not uploaded (the cloud refused it): upload it again, make nothing new.
    if (!m_madePath.isEmpty() && m_madePath == path) {
        upload();
        return;
    }
    if (path.isEmpty()) {
        refuse(tr("Choose where to save the private key."));
        m_path->setFocus();
        return;
    }
    if (QFileInfo(path).isDir()) {
        refuse(tr("%1 is a folder. Add a file name for the private key, for example id_ed25519_%2.")
                   .arg(PublicKeyText::shownPath(path), PublicKeyFile::suggestedName(name, QString())));
        m_path->setFocus();
        return;
    }
    if (m_generator->resolvedProgram().isEmpty()) {
        refuse(missingProgramText());
        return;
    }
    const bool exists = QFileInfo::exists(path) || QFileInfo::exists(path + u".pub");
    if (exists && m_confirmedPath != path) {
        askOverwrite(path);
        return;
    }
    m_madePath.clear();
    m_uploadName = name;
    setBusy(true);
    m_generator->generate(path, name);
}

void KeypairGenerateDialog::askOverwrite(const QString& path)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Replace the Existing Key?"),
                        tr("%1 already exists. Replace it with the new key?").arg(PublicKeyText::shownPath(path)),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmOverwrite"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The key now in this file is lost for good: servers and services that accept only "
                               "that key will no longer let you in with it."));
    //: Button: overwrite the existing private key file
    QPushButton* replace = box->addButton(tr("Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, replace, path] {
        if (box->clickedButton() != replace)
            return;
        m_confirmedPath = path;
        submit();
    });
    box->open();
}

void KeypairGenerateDialog::keyMade(const QString& path, const QByteArray& publicKey)
{
    const PublicKeyFile parsed = PublicKeyFile::parse(publicKey);
    m_madePath = path;
    m_madeKey = parsed.key;
    m_confirmedPath.clear(); // a new run over the same file must ask again
    m_pathChosen = true;     // a new name (after a refusal) must not move the path off the key just made
    if (!parsed.isPublicKey()) {
        setBusy(false);
        refuse(PublicKeyText::refusal(parsed, QFileInfo(path + u".pub").fileName()));
        return;
    }
    upload();
}

void KeypairGenerateDialog::keyFailed(SshKeyGenerator::Failure failure, const QString& detail)
{
    setBusy(false);
    const QString path = PublicKeyText::shownPath(privateKeyPath());
    switch (failure) {
    case SshKeyGenerator::Failure::ProgramMissing: refuse(missingProgramText()); return;
    case SshKeyGenerator::Failure::FolderFailed:
        refuse(tr("The folder %1 could not be created or written to. Choose another place for the private key.")
                   .arg(PublicKeyText::shownPath(detail)));
        return;
    case SshKeyGenerator::Failure::StartFailed:
        //: %1 is the system's reason
        refuse(tr("ssh-keygen could not be started: %1").arg(detail));
        return;
    case SshKeyGenerator::Failure::KeygenFailed:
        //: %1 is ssh-keygen's own error message
        refuse(tr("ssh-keygen failed: %1").arg(detail));
        return;
    case SshKeyGenerator::Failure::SaveFailed:
        //: %1 is a file, %2 the reason
        refuse(tr("The new key could not be saved as %1: %2").arg(path, detail));
        return;
    }
}

void KeypairGenerateDialog::upload()
{
    m_uploadName = m_name->text();
    CreateKeypairRequest request;
    request.name = m_uploadName;
    request.publicKey = m_madeKey;
    setBusy(true);
    whenFinished(m_session->send(request), this, [this](const Result<Keypair>& created) { finish(created); });
}

void KeypairGenerateDialog::finish(const Result<Keypair>& created)
{
    setBusy(false);
    const QString path = PublicKeyText::shownPath(m_madePath);
    if (!created) {
        //: %1 is the private key file; the server's explanation follows
        refuse(QString(tr("The key was made and saved as %1, but the cloud did not accept its public key. Change "
                          "the name if it is taken and try again: only the upload is retried.")
                           .arg(path) %
                       u"\n\n" % ErrorText::message(created.error())));
        return;
    }
    const QString command = SshKeyGenerator::commandLine(m_madePath, m_uploadName) + QStringLiteral(" && ") +
                            OpenstackCommand::keypairCreate(m_uploadName, m_madePath + u".pub");
    //: %1 is the private key file, %2 the key pair name
    Q_EMIT commandIssued(command, tr("Makes an Ed25519 key on this computer (the private key %1 stays here), then "
                                     "uploads its public key as the key pair %2.")
                                      .arg(path, quoted(m_uploadName)));
    Q_EMIT generated(created.value(), m_madePath);
    accept();
}

void KeypairGenerateDialog::refuse(const QString& message)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    adjustSize();
}

void KeypairGenerateDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_busyText->setVisible(busy);
    m_name->setReadOnly(busy);
    m_path->setReadOnly(busy);
    m_choose->setEnabled(!busy);
    m_generate->setEnabled(!busy);
    if (busy)
        m_banner->hide();
    retranslateUi();
}

void KeypairGenerateDialog::reject()
{
    if (m_busy && m_madePath.isEmpty()) {
        m_generator->cancel(); // ssh-keygen stops; its temporary folder goes, the target is untouched
        setBusy(false);
    }
    if (!m_busy)
        QDialog::reject();
}

QString KeypairGenerateDialog::name() const
{
    return m_name->text();
}

QString KeypairGenerateDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool KeypairGenerateDialog::isBusy() const
{
    return m_busy;
}

} // namespace zenith
