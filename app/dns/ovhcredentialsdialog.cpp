#include "ovhcredentialsdialog.h"

#include "ovherrortext.h"

#include "cli/ovhcallcommand.h"
#include "common/dialogsize.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "ovh/ovhclient.h"
#include "ovh/ovhcredentialstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

OvhCredentialsDialog::OvhCredentialsDialog(Session* session, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_secrets(secrets)
    , m_endpoint(new QComboBox(this))
    , m_applicationKey(new QLineEdit(this))
    , m_applicationSecret(new QLineEdit(this))
    , m_consumerKey(new QLineEdit(this))
    , m_intro(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ovhCredentialsDialog"));
    //: Dialog title: the keys of OVHcloud's API
    setWindowTitle(tr("OVHcloud API Keys"));
    m_endpoint->setObjectName(QStringLiteral("ovhEndpoint"));
    //: An OVHcloud API platform; the host name stays as is
    m_endpoint->addItem(tr("OVHcloud Europe (eu.api.ovh.com)"), OvhCredentials::endpointUrl(u"eu"));
    m_endpoint->addItem(tr("OVHcloud Canada (ca.api.ovh.com)"), OvhCredentials::endpointUrl(u"ca"));
    m_endpoint->addItem(tr("OVHcloud US (api.us.ovhcloud.com)"), OvhCredentials::endpointUrl(u"us"));
    m_applicationKey->setObjectName(QStringLiteral("ovhApplicationKey"));
    m_applicationSecret->setObjectName(QStringLiteral("ovhApplicationSecret"));
    m_consumerKey->setObjectName(QStringLiteral("ovhConsumerKey"));
    for (QLineEdit* secret : {m_applicationSecret, m_consumerKey}) {
        secret->setEchoMode(QLineEdit::Password);
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    for (QLineEdit* field : {m_applicationKey, m_applicationSecret, m_consumerKey}) {
        field->setMinimumWidth(320);
        connect(field, &QLineEdit::textEdited, m_banner, &QWidget::hide);
    }
    m_intro->setWordWrap(true);
    m_intro->setText(tr("OVHcloud's DNS is not an OpenStack service: Zenith reaches it through OVHcloud's own API, "
                        "which signs every call with three keys."));
    m_hint->setObjectName(QStringLiteral("ovhHint"));
    m_hint->setWordWrap(true);
    // Text to copy, not a link: the dialog opens nothing on the network by itself.
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setObjectName(QStringLiteral("ovhMessage"));
    m_banner->hide();
    //: Button: try the OVHcloud keys and keep them
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ovhConnect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OvhCredentialsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OvhCredentialsDialog::reject);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &OvhCredentialsDialog::endpointChanged);

    auto* form = new QFormLayout;
    //: Field: which OVHcloud API platform
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("Application &key:"), m_applicationKey);
    form->addRow(tr("Application &secret:"), m_applicationSecret);
    form->addRow(tr("&Consumer key:"), m_consumerKey);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setDialogMinimumWidth(layout, 620);
    endpointChanged();
}

OvhCredentialsDialog::~OvhCredentialsDialog() = default;

QString OvhCredentialsDialog::createTokenUrl(const QUrl& endpoint)
{
    QUrl url = endpoint;
    url.setPath(QStringLiteral("/createToken/"));
    return url.toString();
}

void OvhCredentialsDialog::setCredentials(const OvhCredentials& credentials)
{
    int index = m_endpoint->findData(credentials.endpoint);
    if (index < 0 && credentials.endpoint.isValid()) {
        m_endpoint->addItem(credentials.endpoint.toString(), credentials.endpoint);
        index = m_endpoint->count() - 1;
    }
    if (index >= 0)
        m_endpoint->setCurrentIndex(index);
    m_applicationKey->setText(credentials.applicationKey);
    m_applicationSecret->setText(credentials.applicationSecret);
    m_consumerKey->setText(credentials.consumerKey);
}

void OvhCredentialsDialog::offerDemo(const OvhCredentials& demo)
{
    m_demo = demo;
    //: The demo cloud's simulation of OVHcloud's API, chosen in the endpoint list
    m_endpoint->addItem(tr("Zenith demo cloud (simulated, no account needed)"), demo.endpoint);
    m_endpoint->setCurrentIndex(m_endpoint->count() - 1);
}

OvhCredentials OvhCredentialsDialog::credentials() const
{
    OvhCredentials c;
    c.endpoint = m_endpoint->currentData().toUrl();
    c.applicationKey = m_applicationKey->text().trimmed();
    c.applicationSecret = m_applicationSecret->text().trimmed();
    c.consumerKey = m_consumerKey->text().trimmed();
    return c;
}

QComboBox* OvhCredentialsDialog::endpointField() const
{
    return m_endpoint;
}

QLineEdit* OvhCredentialsDialog::applicationKeyField() const
{
    return m_applicationKey;
}

QLineEdit* OvhCredentialsDialog::applicationSecretField() const
{
    return m_applicationSecret;
}

QLineEdit* OvhCredentialsDialog::consumerKeyField() const
{
    return m_consumerKey;
}

QString OvhCredentialsDialog::message() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool OvhCredentialsDialog::isBusy() const
{
    return m_busy;
}

void OvhCredentialsDialog::endpointChanged()
{
    m_banner->hide();
    const QUrl endpoint = m_endpoint->currentData().toUrl();
    const bool demo = m_demo && endpoint == m_demo->endpoint;
    if (demo) {
        // The simulation's keys are no secret: a class tries OVHcloud's DNS without an account.
        m_applicationKey->setText(m_demo->applicationKey);
        m_applicationSecret->setText(m_demo->applicationSecret);
        m_consumerKey->setText(m_demo->consumerKey);
        m_hint->setText(tr("The demo cloud simulates OVHcloud's API with the zone zenith-lab.example: its keys are "
                           "filled in. Connect to try it."));
        return;
    }
    if (m_demo && m_applicationKey->text() == m_demo->applicationKey) {
        m_applicationKey->clear();
        m_applicationSecret->clear();
        m_consumerKey->clear();
    }
    //: %1 is a web address to copy into a browser
    m_hint->setText(tr("Create the keys at %1 with the rights GET, POST, PUT and DELETE on /domain/*. Zenith keeps "
                       "the application secret and the consumer key in your system keyring.")
                        .arg(createTokenUrl(endpoint)));
}

void OvhCredentialsDialog::submit()
{
    if (m_busy)
        return;
    const OvhCredentials keys = credentials();
    if (keys.applicationKey.isEmpty())
        return refuse(tr("Enter the application key (AK), as shown when you created the keys."), m_applicationKey);
    if (keys.applicationSecret.isEmpty())
        return refuse(tr("Enter the application secret (AS), as shown when you created the keys."),
                      m_applicationSecret);
    if (keys.consumerKey.isEmpty())
        return refuse(tr("Enter the consumer key (CK), as shown when you created the keys."), m_consumerKey);
    if (!m_session)
        return refuse(tr("Sign in to a cloud first."), nullptr);
    setBusy(true);
    delete m_trial;
    m_trial = new OvhClient(m_session, keys, this);
    whenFinished(m_trial->listZones(), this,
                 [this, keys](const Result<QStringList>& zones) { tried(keys, zones ? nullptr : &zones.error()); });
}

void OvhCredentialsDialog::tried(const OvhCredentials& keys, const ApiError* error)
{
    Q_EMIT commandIssued(OvhCallCommand::listZones(), tr("Lists the DNS zones these OVHcloud keys may manage."));
    if (error) {
        setBusy(false);
        const QString field = OvhErrorText::faultyField(*error);
        refuse(OvhErrorText::message(*error), field == u"applicationKey"      ? m_applicationKey
                                              : field == u"applicationSecret" ? m_applicationSecret
                                              : field == u"consumerKey"       ? m_consumerKey
                                                                              : nullptr);
        return;
    }
    if (!m_secrets) {
        setBusy(false);
        Q_EMIT connected(keys, false);
        accept();
        return;
    }
    whenFinished(storeOvhCredentials(*m_secrets, keys), this, [this, keys](const SecretStore::WriteResult& written) {
        setBusy(false);
        Q_EMIT connected(keys, written.ok());
        accept();
    });
}

void OvhCredentialsDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void OvhCredentialsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->setEnabled(!busy);
    m_endpoint->setEnabled(!busy);
    for (QLineEdit* field : {m_applicationKey, m_applicationSecret, m_consumerKey})
        field->setReadOnly(busy);
    if (busy)
        m_banner->hide();
}

void OvhCredentialsDialog::refuse(const QString& message, QWidget* field)
{
    m_banner->showMessage(MessageBanner::Type::Error, message);
    m_banner->show();
    if (field)
        field->setFocus();
}

} // namespace zenith
