#include "labaccesspage.h"

#include "labchoicecombo.h"
#include "labfieldmessage.h"
#include "labformrow.h"
#include "labplanissuetext.h"

#include "compute/keypairgeneratedialog.h"
#include "compute/keypairimportdialog.h"
#include "core/session.h"
#include "lab/labplanvalidation.h"
#include "stores/keypairstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace zenith {

LabAccessPage::LabAccessPage(QWidget* parent)
    : LabWizardPage(parent)
    , m_keypairs(new KeypairStore(this))
{
    setObjectName(QStringLiteral("labAccessPage"));
    buildUi();
    retranslateUi();
    connect(m_keypairs, &KeypairStore::keypairsAdded, this, &LabAccessPage::fillKeypairs);
    connect(m_keypairs, &KeypairStore::keypairsRemoved, this, &LabAccessPage::fillKeypairs);
    connect(m_keypairs, &KeypairStore::loadingFinished, this, &LabAccessPage::fillKeypairs);
}

LabAccessPage::~LabAccessPage()
{
    disconnectChildren();
}

QString LabAccessPage::title() const
{
    //: A step of the lab wizard: key pair, domain and HTTPS certificate
    return tr("Access");
}

void LabAccessPage::setSession(Session* session)
{
    m_session = session;
    m_keypairs->setSession(session);
}

void LabAccessPage::setActive(bool active)
{
    if (active && !m_keypairs->isLoaded())
        m_keypairs->load();
}

void LabAccessPage::buildUi()
{
    m_intro = new QLabel(this);
    QFormLayout* form = labPageForm(this, m_intro);

    m_keypair = new LabChoiceCombo(this);
    m_keypair->setObjectName(QStringLiteral("labKeypair"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("labImportKeypair"));
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("labGenerateKeypair"));
    auto* keyRow = new QWidget(this);
    auto* keyLayout = new QHBoxLayout(keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keypair, 1);
    keyLayout->addWidget(m_import);
    keyLayout->addWidget(m_generate);
    m_keypairMessage = new LabFieldMessage(this);
    m_keypairMessage->setObjectName(QStringLiteral("labKeypairMessage"));
    m_keypairNote = new QLabel(this);
    m_keypairNote->setWordWrap(true);
    m_keypairNote->setEnabled(false);
    m_keypairLabel = new QLabel(this);
    m_keypairLabel->setBuddy(m_keypair);
    form->addRow(m_keypairLabel, labFormField(this, {keyRow, m_keypairMessage, m_keypairNote}));

    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("labDomain"));
    m_domainMessage = new LabFieldMessage(this);
    m_domainMessage->setObjectName(QStringLiteral("labDomainMessage"));
    m_domainLabel = new QLabel(this);
    m_domainLabel->setBuddy(m_domain);
    form->addRow(m_domainLabel, labFormField(this, {m_domain, m_domainMessage}));

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("labDnsProvider"));
    m_provider->addItems({QString(), QString(), QString()});
    m_providerHint = new QLabel(this);
    m_providerHint->setWordWrap(true);
    m_providerHint->setEnabled(false);
    m_providerLabel = new QLabel(this);
    m_providerLabel->setBuddy(m_provider);
    form->addRow(m_providerLabel, labFormField(this, {m_provider, m_providerHint}));

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("labTlsEmail"));
    m_emailMessage = new LabFieldMessage(this);
    m_emailMessage->setObjectName(QStringLiteral("labTlsEmailMessage"));
    m_staging = new QCheckBox(this);
    m_staging->setObjectName(QStringLiteral("labTlsStaging"));
    m_stagingText = labExplanation(this);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setBuddy(m_email);
    form->addRow(m_emailLabel, labFormField(this, {m_email, m_emailMessage, m_staging, m_stagingText}));

    connect(m_keypair, &LabChoiceCombo::choiceEdited, this, &LabAccessPage::edited);
    connect(m_import, &QPushButton::clicked, this, &LabAccessPage::importKeypair);
    connect(m_generate, &QPushButton::clicked, this, &LabAccessPage::generateKeypair);
    connect(m_domain, &QLineEdit::textEdited, this, &LabAccessPage::edited);
    connect(m_provider, &QComboBox::activated, this, &LabAccessPage::edited);
    connect(m_email, &QLineEdit::textEdited, this, &LabAccessPage::edited);
    connect(m_staging, &QCheckBox::toggled, this, &LabAccessPage::edited);
}

void LabAccessPage::retranslateUi()
{
    m_intro->setText(tr("How you reach the lab: the SSH key its servers accept, and optionally a domain name "
                        "with an HTTPS certificate."));
    m_keypairLabel->setText(tr("&Key pair:"));
    m_import->setText(tr("&Import…"));
    m_generate->setText(tr("&Generate…"));
    m_keypairNote->setText(tr("You log in to the gateway with this key, and through it to the private servers."));
    m_domainLabel->setText(tr("&Domain:"));
    m_domain->setPlaceholderText(tr("optional, e.g. my-lab.example.org"));
    m_providerLabel->setText(tr("DNS &service:"));
    //: DNS provider: no DNS records are created
    m_provider->setItemText(0, tr("None"));
    //: DNS provider: OpenStack's DNS service
    m_provider->setItemText(1, tr("Designate (the cloud's DNS)"));
    //: DNS provider: OVHcloud's domain API
    m_provider->setItemText(2, tr("OVHcloud domain API"));
    m_providerHint->setText(tr("Creates A records for the domain and www, pointing at the gateway's public "
                               "address. The zone must already exist there."));
    m_emailLabel->setText(tr("Let's Encrypt &e-mail:"));
    m_email->setPlaceholderText(tr("optional: HTTPS needs a domain and an e-mail"));
    m_staging->setText(tr("Use Let's Encrypt's &staging server"));
    m_stagingText->setText(tr("Staging certificates are not trusted by browsers, but a whole class can get them: "
                              "the real service allows only a few certificates per domain and week."));
}

void LabAccessPage::fillKeypairs()
{
    QStringList names;
    for (const Keypair& keypair : m_keypairs->keypairs())
        names << keypair.name;
    std::sort(names.begin(), names.end());
    m_keypair->setChoices(names);
    // One key pair is the obvious choice; among several the student picks.
    if (m_keypair->currentIndex() < 0 && !m_keypair->isUserChoice() && m_keypair->choice().isEmpty() &&
        names.size() == 1)
        m_keypair->setChoice(names.first());
    Q_EMIT edited();
}

void LabAccessPage::choose(const QString& keypair)
{
    fillKeypairs();
    m_keypair->setChoice(keypair);
    Q_EMIT edited();
}

KeypairImportDialog* LabAccessPage::importKeypair()
{
    auto* dialog = new KeypairImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KeypairImportDialog::commandIssued, this, &LabAccessPage::commandIssued);
    connect(dialog, &KeypairImportDialog::imported, this, [this](const Keypair& keypair) {
        m_keypairs->insert(keypair);
        choose(keypair.name);
    });
    dialog->open();
    return dialog;
}

KeypairGenerateDialog* LabAccessPage::generateKeypair()
{
    auto* dialog = new KeypairGenerateDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList taken;
    for (const Keypair& keypair : m_keypairs->keypairs())
        taken << keypair.name;
    dialog->setTakenNames(taken);
    connect(dialog, &KeypairGenerateDialog::commandIssued, this, &LabAccessPage::commandIssued);
    connect(dialog, &KeypairGenerateDialog::generated, this, [this](const Keypair& keypair, const QString&) {
        m_keypairs->insert(keypair);
        choose(keypair.name);
    });
    dialog->open();
    return dialog;
}

void LabAccessPage::readPlan(const LabPlan& plan)
{
    if (!plan.keypair.isEmpty())
        m_keypair->setChoice(plan.keypair);
    m_domain->setText(plan.domain);
    m_provider->setCurrentIndex(int(plan.dnsProvider));
    m_email->setText(plan.tlsEmail);
    const QSignalBlocker blocker(m_staging);
    m_staging->setChecked(plan.tlsStaging);
}

void LabAccessPage::writePlan(LabPlan* plan) const
{
    plan->keypair = m_keypair->choice();
    plan->domain = m_domain->text().trimmed();
    if (plan->domain.endsWith(u'.'))
        plan->domain.chop(1);
    plan->dnsProvider = LabDnsProvider(std::clamp(m_provider->currentIndex(), 0, 2));
    plan->tlsEmail = m_email->text().trimmed();
    plan->tlsStaging = m_staging->isChecked();
}

int LabAccessPage::showIssues(const QList<LabPlanIssue>& issues)
{
    using Field = LabPlanIssue::Field;
    const std::pair<Field, LabFieldMessage*> fields[] = {
        {Field::Keypair, m_keypairMessage}, {Field::Domain, m_domainMessage}, {Field::TlsEmail, m_emailMessage}};
    int shown = 0;
    for (const auto& [field, message] : fields) {
        QStringList texts;
        for (const LabPlanIssue& issue : issues) {
            if (issue.field == field)
                texts << LabPlanIssueText::message(issue);
        }
        message->setMessage(texts.join(u'\n'));
        shown += int(texts.size());
    }
    return shown;
}

} // namespace zenith
