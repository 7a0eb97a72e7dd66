#include "dnsproviderbar.h"

#include "ovhstoredkeys.h"

#include "ovhcredentialsdialog.h"

#include "core/session.h"
#include "core/whenfinished.h"
#include "democloud/demoovhauth.h"
#include "dns/designateprovider.h"
#include "dns/ovhdnsprovider.h"
#include "ovh/ovhcredentialstore.h"
#include "secrets/keychainsecretstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace zenith {

namespace {

const QString kDesignate = QStringLiteral("designate");
const QString kOvh = QStringLiteral("ovh");

} // namespace

DnsProviderBar::DnsProviderBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_change(new QPushButton(this))
    , m_forget(new QPushButton(this))
{
    setObjectName(QStringLiteral("dnsProviderBar"));
    m_kind->setObjectName(QStringLiteral("dnsProvider"));
    m_kind->addItem(QString(), kDesignate);
    m_kind->addItem(QString(), kOvh);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_kind);
    m_change->setObjectName(QStringLiteral("ovhCredentials"));
    m_forget->setObjectName(QStringLiteral("ovhForget"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DnsProviderBar::comboChanged);
    connect(m_change, &QPushButton::clicked, this, &DnsProviderBar::changeCredentials);
    connect(m_forget, &QPushButton::clicked, this, &DnsProviderBar::forgetCredentials);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_kind);
    layout->addSpacing(12);
    layout->addWidget(m_change);
    layout->addWidget(m_forget);
    layout->addStretch();
    retranslateUi();
}

DnsProviderBar::~DnsProviderBar()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void DnsProviderBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DnsProviderBar::retranslateUi()
{
    //: Field above the DNS zones: which DNS service holds them
    m_label->setText(tr("DNS &provider:"));
    m_kind->setItemText(0, tr("OpenStack Designate"));
    //: OVHcloud's API for the domains and DNS zones of an OVHcloud account
    m_kind->setItemText(1, tr("OVHcloud domain API"));
    m_kind->setToolTip(tr("Designate is the cloud's own DNS service. OVHcloud's public cloud has none: the zones of "
                          "domains bought at OVHcloud are managed through OVHcloud's domain API, with its own keys."));
    m_forget->setText(tr("&Forget Credentials"));
    updateState();
}

void DnsProviderBar::updateState()
{
    const bool ovh = kind() == Kind::Ovh;
    m_kind->setEnabled(m_session);
    m_change->setVisible(ovh);
    m_forget->setVisible(ovh);
    m_change->setEnabled(m_session);
    //: Button: open the dialog of the OVHcloud API keys
    m_change->setText(m_credentials ? tr("&Change Credentials…") : tr("&Enter Credentials…"));
    const QSettings settings;
    m_forget->setEnabled(m_credentials || settings.contains(settingsGroup() + u"/ovhApplicationKey"));
}

QString DnsProviderBar::settingsGroup() const
{
    return dnsSettingsGroup(m_session ? m_session->cloud().name : QString());
}

void DnsProviderBar::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

SecretStore* DnsProviderBar::secrets()
{
    if (m_secrets)
        return m_secrets;
    if (!m_ownSecrets)
        m_ownSecrets =
            new KeychainSecretStore(KeychainSecretStore::defaultService(), KeychainSecretStore::defaultTimeout, this);
    return m_ownSecrets;
}

void DnsProviderBar::setSession(Session* session)
{
    m_session = session;
    const QString saved = QSettings().value(settingsGroup() + u"/provider", kDesignate).toString();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(saved == kOvh ? 1 : 0);
    }
    apply(false);
}

DnsProviderBar::Kind DnsProviderBar::kind() const
{
    return m_kind->currentData().toString() == kOvh ? Kind::Ovh : Kind::Designate;
}

void DnsProviderBar::choose(Kind kind)
{
    m_kind->setCurrentIndex(kind == Kind::Ovh ? 1 : 0); // comboChanged() follows
}

DnsProvider* DnsProviderBar::provider() const
{
    return m_provider;
}

QComboBox* DnsProviderBar::providerField() const
{
    return m_kind;
}

void DnsProviderBar::comboChanged()
{
    if (m_session)
        QSettings().setValue(settingsGroup() + u"/provider", m_kind->currentData().toString());
    apply(true);
}

void DnsProviderBar::apply(bool interactive)
{
    ++m_generation;
    m_credentials.reset();
    if (!m_session) {
        use(nullptr);
        return;
    }
    if (kind() == Kind::Designate) {
        use(new DesignateProvider(m_session, this));
        return;
    }
    use(nullptr);
    const QSettings settings;
    const QUrl endpoint(settings.value(settingsGroup() + u"/ovhEndpoint").toString());
    const QString applicationKey = settings.value(settingsGroup() + u"/ovhApplicationKey").toString();
    if (!endpoint.isValid() || endpoint.isEmpty() || applicationKey.isEmpty()) {
        if (interactive)
            changeCredentials();
        return;
    }
    const quint64 generation = m_generation;
    whenFinished(
        loadOvhCredentials(*secrets(), endpoint, applicationKey), this,
        [this, generation, interactive](const Result<OvhCredentials, SecretError>& loaded) {
            if (generation != m_generation)
                return;
            if (loaded) {
                useOvh(loaded.value());
                return;
            }
            if (loaded.error().kind != SecretError::Kind::NotFound)
                //: %1 is the keyring's own explanation
                Q_EMIT noticed(
                    tr("The OVHcloud keys could not be read from the system keyring: %1").arg(loaded.error().message),
                    true);
            if (interactive)
                changeCredentials();
        });
}

void DnsProviderBar::useOvh(const OvhCredentials& credentials)
{
    m_credentials = credentials;
    use(new OvhDnsProvider(m_session, credentials, this));
}

void DnsProviderBar::use(DnsProvider* provider)
{
    DnsProvider* old = m_provider;
    m_provider = provider;
    Q_EMIT providerChanged(provider);
    if (old && old != provider)
        old->deleteLater();
    updateState();
}

std::optional<OvhCredentials> DnsProviderBar::demoCredentials(const Session* session)
{
    // The built-in demo cloud serves its simulation of OVHcloud's API beside its Keystone.
    if (!session || session->cloud().source != u"built-in")
        return std::nullopt;
    OvhCredentials keys;
    keys.endpoint = session->cloud().auth.authUrl.resolved(QUrl(QStringLiteral("/ovh/1.0")));
    keys.applicationKey = demo::DemoOvhAuth::applicationKey();
    keys.applicationSecret = demo::DemoOvhAuth::applicationSecret();
    keys.consumerKey = demo::DemoOvhAuth::consumerKey();
    return keys;
}

OvhCredentialsDialog* DnsProviderBar::changeCredentials()
{
    if (!m_session)
        return nullptr;
    auto* dialog = new OvhCredentialsDialog(m_session, secrets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto demo = demoCredentials(m_session))
        dialog->offerDemo(*demo);
    const QSettings settings;
    if (m_credentials) {
        dialog->setCredentials(*m_credentials);
    } else if (settings.contains(settingsGroup() + u"/ovhApplicationKey")) {
        OvhCredentials known;
        known.endpoint = QUrl(settings.value(settingsGroup() + u"/ovhEndpoint").toString());
        known.applicationKey = settings.value(settingsGroup() + u"/ovhApplicationKey").toString();
        dialog->setCredentials(known);
    }
    connect(dialog, &OvhCredentialsDialog::commandIssued, this, &DnsProviderBar::commandIssued);
    connect(dialog, &OvhCredentialsDialog::connected, this, [this](const OvhCredentials& keys, bool stored) {
        QSettings settings;
        settings.setValue(settingsGroup() + u"/ovhEndpoint", keys.endpoint.toString());
        settings.setValue(settingsGroup() + u"/ovhApplicationKey", keys.applicationKey);
        ++m_generation;
        useOvh(keys);
        if (!stored)
            Q_EMIT noticed(tr("The system keyring could not keep the OVHcloud keys: Zenith uses them until it quits, "
                              "then asks again."),
                           false);
    });
    dialog->open();
    return dialog;
}

void DnsProviderBar::forgetCredentials()
{
    QSettings settings;
    const QString group = settingsGroup();
    const QUrl endpoint =
        m_credentials ? m_credentials->endpoint : QUrl(settings.value(group + u"/ovhEndpoint").toString());
    const QString applicationKey =
        m_credentials ? m_credentials->applicationKey : settings.value(group + u"/ovhApplicationKey").toString();
    settings.remove(group + u"/ovhEndpoint");
    settings.remove(group + u"/ovhApplicationKey");
    if (!applicationKey.isEmpty()) {
        whenFinished(forgetOvhCredentials(*secrets(), endpoint, applicationKey), this,
                     [this](const SecretStore::WriteResult& removed) {
                         if (!removed)
                             Q_EMIT noticed(tr("The OVHcloud keys could not be removed from the system keyring: %1")
                                                .arg(removed.error().message),
                                            true);
                     });
    }
    ++m_generation;
    m_credentials.reset();
    use(nullptr);
}

} // namespace zenith
