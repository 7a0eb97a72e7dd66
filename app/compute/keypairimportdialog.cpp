#include "keypairimportdialog.h"

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
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

// A public key is under 16 KiB: reading more of a huge file picked by mistake would only stall.
constexpr qint64 readLimit = 1024 * 1024;

void setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}

QString sshFolder()
{
    const QString ssh = QDir::home().filePath(QStringLiteral(".ssh"));
    return QFileInfo(ssh).isDir() ? ssh : QDir::homePath();
}

} // namespace

KeypairImportDialog::KeypairImportDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("keypairImportDialog"));
    buildUi();
    retranslateUi();
}

KeypairImportDialog::~KeypairImportDialog() = default;

void KeypairImportDialog::buildUi()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("keypairName"));
    m_name->setMaxLength(1024); // longer than Nova's 255, so that the name check can say so
    m_key = new QPlainTextEdit(this);
    m_key->setObjectName(QStringLiteral("publicKeyText"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_key->setWordWrapMode(QTextOption::WrapAnywhere); // base64 has no spaces to break at
    m_key->setTabChangesFocus(true);
    m_key->setMinimumHeight(m_key->fontMetrics().lineSpacing() * 5 + 12);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseKeyFile"));
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("keySource"));
    m_source->setTextFormat(Qt::PlainText);
    QPalette muted = m_source->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_source->setPalette(muted);
    // A long path must not widen the dialog: it is elided in the middle, and whole in the tooltip.
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_source->installEventFilter(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("importMessage"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_source, 1);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_name);
    m_form->addRow(new QLabel(this), m_key);
    m_form->addRow(static_cast<QWidget*>(nullptr), fileRow);
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_key)})
        qobject_cast<QLabel*>(m_form->labelForField(field))->setBuddy(field);

    m_busyIndicator = new BusyIndicator(this);
    m_busyIndicator->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyIndicator);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    // The key's box takes the height to spare, rather than a stretch: the room an error made
    // goes back to the key once the error clears, instead of staying as a blank gap.
    layout->addLayout(m_form, 1);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);
    setDialogMinimumWidth(layout, fontMetrics().averageCharWidth() * 90);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KeypairImportDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KeypairImportDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &KeypairImportDialog::chooseFile);
    connect(m_key, &QPlainTextEdit::textChanged, this, &KeypairImportDialog::keyEdited);
    // textEdited: only the user's own typing, never the names the dialog suggests.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) { m_nameTyped = !text.isEmpty(); });
}

void KeypairImportDialog::retranslateUi()
{
    //: Title of the dialog that uploads an existing SSH public key
    setWindowTitle(tr("Import a Public Key"));
    m_intro->setText(tr("Upload the public half of an SSH key you already have, so that new instances let you log in "
                        "with it. Choose its .pub file or paste its content. The private key stays on your "
                        "computer."));
    //: Form label: the name of the key pair in OpenStack
    setRowLabel(m_form, m_name, tr("&Name:"));
    setRowLabel(m_form, m_key, tr("&Public key:"));
    //: Placeholder of the key pair name field
    m_name->setPlaceholderText(tr("for example laptop"));
    //: Placeholder of the public key box: the start of an OpenSSH public key line
    m_key->setPlaceholderText(tr("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@your-computer"));
    m_choose->setText(tr("Choose &File…"));
    if (m_sourceFile.isEmpty())
        setSourceText(tr("or paste the content of a .pub file above"));
    else
        //: %1 is the file the key was read from, e.g. "~/.ssh/id_ed25519.pub"
        setSourceText(tr("Read from %1").arg(PublicKeyText::shownPath(m_sourceFile)));
    //: Button that uploads the public key
    m_import->setText(tr("&Import"));
}

void KeypairImportDialog::setSourceText(const QString& text)
{
    m_sourceText = text;
    m_source->setToolTip(text);
    m_source->setText(m_source->fontMetrics().elidedText(text, Qt::ElideMiddle, qMax(m_source->width(), 40)));
}

bool KeypairImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_source && event->type() == QEvent::Resize)
        setSourceText(m_sourceText);
    return QDialog::eventFilter(watched, event);
}

void KeypairImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void KeypairImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("publicKeyFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setWindowTitle(tr("Choose a Public Key"));
    dialog->setDirectory(m_lastFolder.isEmpty() ? sshFolder() : m_lastFolder);
    dialog->setNameFilters({tr("Public keys (*.pub)"), tr("All files (*)")});
    // Dot files too: people keep keys in ~/.ssh and name them as they like.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    connect(dialog, &QFileDialog::fileSelected, this, &KeypairImportDialog::loadFile);
    SshKeyFileIconProvider::install(dialog);
    dialog->open();
}

void KeypairImportDialog::loadFile(const QString& path)
{
    const QFileInfo info(path);
    m_lastFolder = info.absolutePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the system's reason
        refuse(tr("%1 could not be read: %2").arg(info.fileName(), file.errorString()));
        return;
    }
    const qint64 size = file.size();
    PublicKeyFile parsed = PublicKeyFile::parse(file.read(readLimit));
    if (parsed.kind == PublicKeyFile::Kind::TooLarge)
        parsed.detail = QString::number(size);
    if (!parsed.isPublicKey()) {
        // The fields keep what they held; nothing of a private key is ever copied into them.
        //: %1 is a file name, %2 says what it is and what to pick instead
        refuse(tr("%1 cannot be imported. %2").arg(info.fileName(), PublicKeyText::refusal(parsed, info.fileName())));
        return;
    }
    m_filling = true;
    m_key->setPlainText(parsed.key);
    if (!m_nameTyped || m_name->text().isEmpty()) {
        QString name = PublicKeyFile::suggestedName(QString(), info.fileName());
        if (name.isEmpty())
            name = PublicKeyFile::suggestedName(parsed.comment, QString());
        m_name->setText(name);
    }
    m_filling = false;
    m_sourceFile = info.absoluteFilePath();
    m_banner->hide();
    retranslateUi();
}

void KeypairImportDialog::keyEdited()
{
    if (m_filling)
        return;
    m_banner->hide();
    if (!m_sourceFile.isEmpty()) {
        m_sourceFile.clear(); // the key is no longer the file's as read
        retranslateUi();
    }
    if (m_nameTyped && !m_name->text().isEmpty())
        return;
    const QString text = m_key->toPlainText();
    if (text.size() > PublicKeyFile::maxBytes)
        return;
    // Pasted: name the key after its comment ("student@lab" -> "student-lab").
    const PublicKeyFile parsed = PublicKeyFile::parse(text.toUtf8());
    if (parsed.isPublicKey() && !parsed.comment.isEmpty())
        m_name->setText(PublicKeyFile::suggestedName(parsed.comment, QString()));
}

void KeypairImportDialog::submit()
{
    if (m_busy)
        return;
    const PublicKeyFile parsed = PublicKeyFile::parse(m_key->toPlainText().toUtf8());
    if (!parsed.isPublicKey()) {
        refuse(PublicKeyText::refusal(parsed));
        m_key->setFocus();
        return;
    }
    const QString name = m_name->text();
    if (const QString problem = PublicKeyText::nameProblem(name); !problem.isEmpty()) {
        refuse(problem);
        m_name->setFocus();
        return;
    }
    if (!m_session) {
        refuse(tr("Sign in to a cloud first."));
        return;
    }
    CreateKeypairRequest request;
    request.name = name;
    request.publicKey = parsed.key;
    setBusy(true);
    whenFinished(m_session->send(request), this,
                 [this, name](const Result<Keypair>& created) { finish(name, created); });
}

void KeypairImportDialog::finish(const QString& name, const Result<Keypair>& created)
{
    setBusy(false);
    if (!created) {
        const ApiError& error = created.error();
        if (error.kind == ApiError::Kind::Conflict)
            refuse(QString(tr("A key pair named %1 already exists. Choose another name, or delete the old key "
                              "pair first.")
                               .arg(quoted(name)) %
                           u"\n\n" % ErrorText::message(error)));
        else
            //: Shown above the server's explanation when an import failed
            refuse(QString(tr("The key pair could not be imported.") % u"\n\n" % ErrorText::message(error)));
        return;
    }
    if (!m_sourceFile.isEmpty()) {
        Q_EMIT commandIssued(
            OpenstackCommand::keypairCreate(name, m_sourceFile),
            //: %1 is a file name, %2 a key pair name
            tr("Imports the public key %1 as the key pair %2.").arg(QFileInfo(m_sourceFile).fileName(), quoted(name)));
    } else {
        const QString file = name + QStringLiteral(".pub");
        Q_EMIT commandIssued(OpenstackCommand::keypairCreate(name, file),
                             //: %1 is a key pair name, %2 a file name such as "laptop.pub"
                             tr("Imports a public key as the key pair %1. The command reads a file: save the pasted "
                                "key as %2 first.")
                                 .arg(quoted(name), file));
    }
    Q_EMIT imported(created.value());
    accept();
}

void KeypairImportDialog::refuse(const QString& message)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    adjustSize();
}

void KeypairImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_name->setReadOnly(busy);
    m_key->setReadOnly(busy);
    m_choose->setEnabled(!busy);
    // The upload is one short request: it cannot be taken back once sent, so it is awaited.
    m_buttons->setEnabled(!busy);
    if (busy)
        m_banner->hide();
}

QString KeypairImportDialog::name() const
{
    return m_name->text();
}

QString KeypairImportDialog::keyText() const
{
    return m_key->toPlainText();
}

QString KeypairImportDialog::sourceFile() const
{
    return m_sourceFile;
}

QString KeypairImportDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool KeypairImportDialog::isBusy() const
{
    return m_busy;
}

void KeypairImportDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace zenith
