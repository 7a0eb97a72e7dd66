#include "logindialog.h"

#include "common/busyindicator.h"
#include "common/dialogsize.h"
#include "common/errortext.h"
#include "common/icons.h"
#include "common/messagebanner.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

namespace {

QLabel* makeValue(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setRowLabel(QFormLayout* form, QWidget* field, const QString& text)
{
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
        label->setText(text);
}

QString firstOf(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a;
}

} // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loginDialog"));
    buildUi();
    retranslateUi();
    updateRows();
    updateState();
}

void LoginDialog::buildUi()
{
    m_banner = new MessageBanner(this);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(buildHeader());
    layout->addLayout(buildForm());
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addLayout(buildButtons());
    setDialogMinimumWidth(layout, fontMetrics().averageCharWidth() * 84);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_secret, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_credentialId, &QLineEdit::textChanged, this, &LoginDialog::updateState);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setIcon(Icons::icon(shown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
        retranslateUi();
    });
}

QLayout* LoginDialog::buildHeader()
{
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("key")).pixmap(32, 32));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("loginHeader"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    m_header->setFont(headerFont);
    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(icon);
    header->addWidget(m_header, 1);
    return header;
}

QLayout* LoginDialog::buildForm()
{
    m_cloudValue = makeValue(this, QStringLiteral("cloudValue"));
    m_urlValue = makeValue(this, QStringLiteral("authUrlValue"));
    m_userValue = makeValue(this, QStringLiteral("userValue"));
    m_credentialValue = makeValue(this, QStringLiteral("credentialValue"));
    m_projectValue = makeValue(this, QStringLiteral("projectValue"));
    m_credentialId = new QLineEdit(this);
    m_credentialId->setObjectName(QStringLiteral("credentialIdEdit"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_reveal = m_secret->addAction(Icons::icon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    m_keyringNote = new QLabel(this);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    QPalette muted = m_keyringNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_keyringNote->setPalette(muted);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    // Labels are created empty and named in retranslateUi(); the last two rows have none.
    for (QLabel* field : {m_cloudValue, m_urlValue, m_userValue, m_credentialValue, m_projectValue})
        m_form->addRow(new QLabel(this), field);
    m_form->addItem(new QSpacerItem(0, 8, QSizePolicy::Minimum, QSizePolicy::Fixed));
    for (QLineEdit* field : {m_credentialId, m_secret}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    m_form->addRow(static_cast<QWidget*>(nullptr), m_remember);
    m_form->addRow(static_cast<QWidget*>(nullptr), m_keyringNote);
    return m_form;
}

QLayout* LoginDialog::buildButtons()
{
    m_spinner = new BusyIndicator(this);
    m_busyLabel = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_spinner);
    bottom->addWidget(m_busyLabel);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    return bottom;
}

void LoginDialog::setCloud(const CloudConfig& cloud)
{
    const AuthSettings& auth = cloud.auth;
    m_cloudName = cloud.name;
    m_authUrl = auth.authUrl;
    m_method = auth.method;
    m_user = firstOf(auth.username, auth.userId);
    m_project = firstOf(auth.projectName, auth.projectId);
    if (m_project.isEmpty())
        m_project = firstOf(auth.domainName, auth.domainId);
    m_credentialName = firstOf(auth.applicationCredentialName, auth.applicationCredentialId);
    m_askCredentialId = m_method == AuthSettings::Method::ApplicationCredential && m_credentialName.isEmpty();
    m_secret->clear();
    m_credentialId->clear();
    m_error.reset();
    m_banner->hide();
    retranslateUi();
    updateRows();
    updateState();
    (m_askCredentialId ? m_credentialId : m_secret)->setFocus();
}

void LoginDialog::setKeyringAvailable(bool available)
{
    m_keyringAvailable = available;
    if (!available)
        m_remember->setChecked(false);
    updateRows();
    updateState();
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember && m_keyringAvailable);
}

LoginCredentials LoginDialog::credentials() const
{
    LoginCredentials credentials;
    credentials.method = m_method;
    credentials.secret = m_secret->text();
    if (m_askCredentialId)
        credentials.applicationCredentialId = m_credentialId->text().trimmed();
    credentials.remember = m_keyringAvailable && m_remember->isChecked();
    return credentials;
}

bool LoginDialog::isBusy() const
{
    return m_busy;
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void LoginDialog::showError(const ApiError& error)
{
    m_error = error;
    setBusy(false);
    retranslateUi();
    fitHeight();
    m_secret->setFocus();
    m_secret->selectAll();
}

void LoginDialog::reject()
{
    if (m_busy) {
        setBusy(false);
        Q_EMIT signInCancelled();
        return;
    }
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    m_error.reset();
    m_banner->hide();
    setBusy(true);
    Q_EMIT signInRequested(credentials());
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign In"));
    m_header->setText(
        tr("Sign in to %1").arg(QStringLiteral("<b>") + m_cloudName.toHtmlEscaped() + QStringLiteral("</b>")));
    setRowLabel(m_form, m_cloudValue, tr("Cloud:"));
    setRowLabel(m_form, m_urlValue, tr("Authentication URL:"));
    setRowLabel(m_form, m_userValue, tr("User:"));
    setRowLabel(m_form, m_credentialValue, tr("Application credential:"));
    setRowLabel(m_form, m_projectValue, tr("Project:"));
    setRowLabel(m_form, m_credentialId, tr("Credential &ID:"));
    m_cloudValue->setText(m_cloudName);
    m_urlValue->setText(m_authUrl.isEmpty() ? tr("not set") : m_authUrl.toDisplayString());
    m_userValue->setText(m_user);
    m_credentialValue->setText(m_credentialName);
    m_projectValue->setText(m_project.isEmpty() ? tr("none (unscoped token)") : m_project);
    m_credentialId->setPlaceholderText(tr("Shown when the application credential was created"));

    switch (m_method) {
    case AuthSettings::Method::Password:
        setRowLabel(m_form, m_secret, tr("&Password:"));
        m_keyringNote->setText(tr("No system keyring is available: Zenith will ask for your password each session."));
        break;
    case AuthSettings::Method::ApplicationCredential:
        setRowLabel(m_form, m_secret, tr("&Secret:"));
        m_keyringNote->setText(tr("No system keyring is available: Zenith will ask for the secret each session."));
        break;
    case AuthSettings::Method::Token:
        setRowLabel(m_form, m_secret, tr("&Token:"));
        m_keyringNote->setText(tr("No system keyring is available: Zenith will ask for a token each session."));
        break;
    }
    m_remember->setText(tr("&Remember in the system keyring"));
    m_remember->setToolTip(tr("Keeps the secret in your desktop's keyring (GNOME Keyring, KWallet), never in a file."));
    m_reveal->setToolTip(m_reveal->isChecked() ? tr("Hide the text") : tr("Show the text"));
    m_busyLabel->setText(tr("Signing in…"));
    m_signIn->setText(tr("&Sign In"));
    if (m_error)
        m_banner->showMessage(MessageBanner::Type::Error, tr("Sign-in failed.") + u'\n' + ErrorText::message(*m_error));
}

// A top-level window's minimum size ignores height-for-width, so word-wrapped text that appears
// after the dialog is shown (keyring note, error) would be clipped: grow to what the layout needs.
void LoginDialog::fitHeight()
{
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void LoginDialog::updateRows()
{
    const bool appCredential = m_method == AuthSettings::Method::ApplicationCredential;
    m_form->setRowVisible(m_userValue, !m_user.isEmpty());
    m_form->setRowVisible(m_credentialValue, appCredential && !m_credentialName.isEmpty());
    m_form->setRowVisible(m_credentialId, m_askCredentialId);
    m_form->setRowVisible(m_keyringNote, !m_keyringAvailable);
    fitHeight();
}

void LoginDialog::updateState()
{
    const bool complete =
        !m_secret->text().isEmpty() && (!m_askCredentialId || !m_credentialId->text().trimmed().isEmpty());
    m_signIn->setEnabled(complete && !m_busy);
    m_secret->setEnabled(!m_busy);
    m_credentialId->setEnabled(!m_busy);
    m_remember->setEnabled(m_keyringAvailable && !m_busy);
    m_spinner->setVisible(m_busy);
    m_busyLabel->setVisible(m_busy);
}

} // namespace zenith
